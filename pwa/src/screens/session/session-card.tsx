/**
 * How a session is named and shown in lists (home, month view): "1. Menjadi Orangtua…", the group,
 * when and where, its status and a catch-up label. Titles come from the curriculum by code; a code
 * the device does not know still shows, as its code.
 */
import type { ComponentChildren } from 'preact';
import { textIn } from '../../../../shared/curriculum/text-in';
import type { Lang, MessageKey } from '../../../../shared/i18n/translate';
import type { Group, Session } from '../../../../shared/model/types';
import { isCatchUp, sessionDate } from '../../../../shared/rules/attendance-index';
import { useT } from '../../app-context';
import type { Curriculum } from '../../data/curriculum';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import './session.css';

export function sessionTitle(curriculum: Curriculum | undefined, code: string, lang: Lang, unknown: string): string {
  const found = curriculum?.find(code);
  return found ? `${found.number}. ${textIn(found.title, lang)}` : unknown;
}

export function StatusTag(props: { session: Session }) {
  const t = useT();
  const { status } = props.session;
  return <span class={`status-tag status-${status}`}>{t(`session.status.${status}` as MessageKey)}</span>;
}

export function CatchUpTag() {
  const t = useT();
  return <span class="status-tag status-catchup">{t('session.catchUp')}</span>;
}

/** One session as a tappable card; `children` adds actions below it (outside the link). */
export function SessionCard(props: {
  session: Session;
  group: Group | undefined;
  curriculum: Curriculum | undefined;
  lang: Lang;
  children?: ComponentChildren;
}) {
  const t = useT();
  const { session, lang } = props;
  const title = sessionTitle(
    props.curriculum,
    session.curriculumCode,
    lang,
    t('session.unknownTitle', { code: session.curriculumCode }),
  );
  return (
    <div class="session-card">
      <a class="card" href={href('sessions', session.id)}>
        <strong>{title}</strong>
        <span class="muted">
          {props.group?.name ?? '—'} · {formatDate(sessionDate(session), lang)} · {session.plannedTime}
        </span>
        <span class="muted">{session.place}</span>
        <span class="tags">
          <StatusTag session={session} />
          {isCatchUp(session) && <CatchUpTag />}
        </span>
      </a>
      {props.children !== undefined && <div class="session-card-actions">{props.children}</div>}
    </div>
  );
}
