/**
 * `#/sessions/:sessionId[/:tab]`: one meeting, run with five tabs at the bottom of the screen
 * (thumb reach). The tab is in the URL; while the session runs it is also remembered on the device,
 * so "Lanjutkan sesi" from home (a URL without a tab) reopens the tab and step the facilitator left.
 * Every tab writes as things happen; nothing here holds unsaved state.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { localTime } from '../../../../shared/model/clock';
import { isCatchUp } from '../../../../shared/rules/attendance-index';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { Banner, Button, Empty, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { AttendanceTab } from './attendance-tab';
import { GuideTab } from './guide-tab';
import { loadRun } from './load-run';
import { PhotosTab } from './photos-tab';
import { QuizTab } from './quiz-tab';
import type { RunContext } from './run-context';
import { isRunTab, RUN_TABS, type RunTab, readRunState, saveRunTab } from './run-state';
import { runCommand, startAndOpen } from './session-actions';
import { CatchUpTag, StatusTag, sessionTitle } from './session-card';
import { SummaryTab } from './summary-tab';
import './session.css';

export function RunSession(props: Record<string, string>) {
  const app = useApp();
  const t = useT();
  const { lang } = app;
  const sessionId = props.sessionId ?? '';
  const curriculum = useCurriculum(app.db);
  const loaded = useLiveQuery(() => loadRun(app.db, sessionId), [sessionId]);
  const place = useLiveQuery(() => readRunState(app.db, sessionId), [sessionId]);
  const [starting, setStarting] = useState(false);

  const status = loaded?.session.status;
  const tab: RunTab | undefined = isRunTab(props.tab) ? props.tab : place?.tab;
  useEffect(() => {
    // Remember the tab of a running session; written only when it changes.
    if (status !== 'running' || tab === undefined || place === undefined || place.tab === tab) return;
    void runCommand(app, saveRunTab(app.db, sessionId, tab));
  }, [status, tab, place, sessionId, app]);

  if (loaded === undefined || curriculum === undefined || place === undefined || tab === undefined) {
    return (
      <Screen title={t('session.title')} back="#/">
        <Loading />
      </Screen>
    );
  }
  if (loaded === null) {
    return (
      <Screen title={t('session.title')} back={href('plan')}>
        <Empty>{t('session.plan.notFound')}</Empty>
      </Screen>
    );
  }
  const { session, group, members } = loaded;
  const found = curriculum.find(session.curriculumCode);
  const title = sessionTitle(
    curriculum,
    session.curriculumCode,
    lang,
    t('session.unknownTitle', { code: session.curriculumCode }),
  );
  if (found === undefined) {
    return (
      <Screen title={title} back="#/">
        <Banner tone="error">{t('session.run.unknownCode', { code: session.curriculumCode })}</Banner>
      </Screen>
    );
  }
  const run: RunContext = { session, group, members, curriculum: found, finished: session.status === 'done' };

  async function start() {
    setStarting(true);
    await startAndOpen(app, session.id, found?.steps[0]?.id ?? null);
    setStarting(false);
  }

  const panels: Record<RunTab, () => ComponentChildren> = {
    guide: () => <GuideTab run={run} />,
    attendance: () => <AttendanceTab run={run} />,
    quiz: () => <QuizTab run={run} />,
    photos: () => <PhotosTab run={run} />,
    summary: () => <SummaryTab run={run} />,
  };

  return (
    <Screen
      title={title}
      back="#/"
      actions={
        session.status === 'planned' ? (
          <a class="btn head-link" href={href('sessions', session.id, 'edit')}>
            {t('session.run.edit')}
          </a>
        ) : undefined
      }
    >
      <div class="run-meta">
        <span>
          {group.name} · {formatDate(session.actualDate ?? session.plannedDate, lang)} · {session.plannedTime} ·{' '}
          {session.place}
        </span>
        <span class="tags">
          <StatusTag session={session} />
          {isCatchUp(session) && <CatchUpTag />}
          {session.status === 'running' && session.startedAt !== null && (
            <span class="muted">{t('session.run.runningSince', { time: localTime(new Date(session.startedAt)) })}</span>
          )}
          {session.status === 'done' && session.endedAt !== null && (
            <span class="muted">
              {t('session.run.doneAt', {
                date: formatDate(session.actualDate ?? session.plannedDate, lang),
                time: localTime(new Date(session.endedAt)),
              })}
            </span>
          )}
        </span>
      </div>
      {session.status === 'planned' && (
        <div class="start-bar">
          <span>{t('session.run.notStarted')}</span>
          <Button tone="primary" class="btn-big" onClick={() => void start()} disabled={starting}>
            {t('session.run.start')}
          </Button>
        </div>
      )}
      <div class="run-panel" key={`${session.id}-${tab}`}>
        {panels[tab]()}
      </div>
      <nav class="run-tabs no-print" aria-label={t('session.tabs.label')}>
        {RUN_TABS.map((name) => (
          <a key={name} href={href('sessions', session.id, name)} aria-current={name === tab ? 'page' : undefined}>
            {t(`session.tab.${name}`)}
          </a>
        ))}
      </nav>
    </Screen>
  );
}
