import type { AbsenceFlag } from '../../../../shared/rules/catch-up';
import { useApp, useT } from '../../app-context';
import { type Curriculum, useCurriculum } from '../../data/curriculum';
import { loadGroupHistory, type SessionLine } from '../../data/followup';
import { href } from '../../router';
import { formatDate, formatPercent } from '../../ui/format';
import { Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { MonthChart } from './month-chart';
import { sessionName } from './session-name';
import { StatusBadge } from './status-badge';
import './followup.css';

/** The threshold `repeatedAbsence` uses by default; said out loud in the hint. */
const ABSENCE_THRESHOLD = 2;

/** A group's meetings over time: monthly attendance, families who keep missing, every session. */
export function GroupHistory(props: { readonly groupId?: string; readonly [param: string]: string | undefined }) {
  // Route params arrive as text; a missing one finds nothing and shows "not found".
  const groupId = props.groupId ?? '';
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(() => loadGroupHistory(app.db, groupId), [groupId]);
  const curriculum = useCurriculum(app.db);

  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('followup.history.title', { group: '' })} back={href('groups')}>
        <Empty>{t('followup.notFound.group')}</Empty>
        <NavBar current="groups" />
      </Screen>
    );
  }
  const { group } = data;
  return (
    <Screen title={t('followup.history.title', { group: group.name })} back={href('groups', group.id)}>
      <div class="row">
        <LinkButton href={href('groups', group.id, 'catch-up')}>{t('followup.history.catchUp')}</LinkButton>
      </div>

      <section aria-labelledby="fu-months">
        <h2 id="fu-months">{t('followup.history.months')}</h2>
        {data.months.length === 0 ? (
          <Empty>{t('followup.history.monthsEmpty')}</Empty>
        ) : (
          <MonthChart months={data.months} />
        )}
      </section>

      <section aria-labelledby="fu-absence">
        <h2 id="fu-absence">{t('followup.history.absence')}</h2>
        <p class="muted">{t('followup.history.absenceHint', { count: ABSENCE_THRESHOLD })}</p>
        {data.absences.length === 0 ? (
          <Empty>{t('followup.history.absenceNone')}</Empty>
        ) : (
          <ul class="cards" data-testid="absence-list">
            {data.absences.map((flag) => (
              <AbsenceCard key={flag.memberId} flag={flag} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="fu-sessions">
        <h2 id="fu-sessions">{t('followup.history.sessions')}</h2>
        {data.sessions.length === 0 ? (
          <Empty>{t('followup.history.sessionsEmpty')}</Empty>
        ) : (
          <ul class="fu-list" data-testid="session-history">
            {data.sessions.map((line) => (
              <SessionItem key={line.session.id} line={line} curriculum={curriculum} />
            ))}
          </ul>
        )}
      </section>
      <NavBar current="groups" />
    </Screen>
  );
}

function AbsenceCard(props: { flag: AbsenceFlag }) {
  const { lang } = useApp();
  const t = useT();
  const { flag } = props;
  return (
    <li>
      <a class="card fu-absence" href={href('members', flag.memberId, 'history')}>
        <strong>{flag.name}</strong>
        <span class="fu-streak">{t('rules.absence.streak', { count: flag.count })}</span>
        <span class="fu-badges">
          {flag.statuses.map((status, i) => (
            // The statuses are one per meeting, latest first: the position is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <StatusBadge key={i} status={status} />
          ))}
        </span>
        <span class="muted">
          {flag.lastPresent === null
            ? t('followup.history.neverPresent')
            : t('followup.history.lastPresent', { date: formatDate(flag.lastPresent, lang) })}
        </span>
      </a>
    </li>
  );
}

function SessionItem(props: { line: SessionLine; curriculum: Curriculum | undefined }) {
  const { lang } = useApp();
  const t = useT();
  const { session, summary } = props.line;
  const date = session.actualDate ?? session.plannedDate;
  let attendance: string;
  if (session.status === 'done') {
    attendance = t('followup.history.attended', { present: summary.counts.hadir, expected: summary.expected });
    if (summary.rate !== null) attendance += ` · ${formatPercent(summary.rate, lang)}`;
  } else if (session.status === 'running') {
    attendance = t('followup.history.recorded', { marked: summary.marked, expected: summary.expected });
  } else {
    attendance = t('followup.history.invited', { expected: summary.expected });
  }
  return (
    <li class="card fu-session" data-session-id={session.id}>
      <a class="fu-session-link" href={href('sessions', session.id)}>
        <strong>{sessionName(props.curriculum, session.curriculumCode, lang)}</strong>
        <span class="muted">
          {formatDate(date, lang)} · {session.plannedTime}
        </span>
      </a>
      <span class="fu-badges">
        <span class={`tag fu-tag-${session.status}`}>{t(`session.status.${session.status}`)}</span>
        {session.catchUpFor.length > 0 && <span class="tag fu-tag-catchup">{t('followup.catchUpTag')}</span>}
      </span>
      <span class="fu-attendance">{attendance}</span>
      <div class="row fu-session-actions">
        <LinkButton href={href('sessions', session.id, 'print', 'attendance')}>
          {t('followup.history.sheet')}
        </LinkButton>
        {session.status !== 'planned' && (
          <LinkButton href={href('sessions', session.id, 'print', 'report')}>{t('followup.history.report')}</LinkButton>
        )}
      </div>
    </li>
  );
}
