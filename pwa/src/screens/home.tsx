import { useEffect, useState } from 'preact/hooks';
import { addDays, localDate } from '../../../shared/model/clock';
import type { Group, Session } from '../../../shared/model/types';
import { useApp, useT } from '../app-context';
import { useCurriculum } from '../data/curriculum';
import { countMembersByGroup, listGroups, sessionsBetween } from '../data/queries';
import { runningSessions } from '../data/sessions';
import { readStorageState } from '../platform/storage';
import { href } from '../router';
import { Banner, Button, Empty, LinkButton, Loading } from '../ui/kit';
import { Lazy, screen } from '../ui/lazy-screen';
import { NavBar } from '../ui/nav-bar';
import { useLiveQuery } from '../use-live-query';
import { SessionCard, sessionTitle } from './session/session-card';

/** Due and overdue case actions; its code loads after the first screen. */
const careDue = screen(() => import('./care/care-due').then((m) => () => <m.CareDue />));
/**
 * Home: a session left running comes first with a big "continue" (the facilitator is in front of a
 * group), then today's sessions with "start", the next two weeks, and the groups.
 */
export function Home() {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const data = useLiveQuery(async () => {
    const [groups, counts, sessions, running, allGroups] = await Promise.all([
      listGroups(app.db, { archived: false }),
      countMembersByGroup(app.db),
      sessionsBetween(app.db, today, addDays(today, 14)),
      runningSessions(app.db),
      listGroups(app.db),
    ]);
    return { groups, counts, sessions, running, allGroups };
  }, [today]);
  const [unprotected, setUnprotected] = useState(false);
  useEffect(() => {
    readStorageState().then(
      (state) => setUnprotected(state.persisted === false),
      () => setUnprotected(false),
    );
  }, []);

  if (data === undefined) return <Loading />;
  const groupById = new Map(data.allGroups.map((group) => [group.id, group]));
  // Running sessions are shown on top; today's planned and done ones here.
  const todays = data.sessions.filter((session) => session.plannedDate === today && session.status !== 'running');
  const upcoming = data.sessions.filter((session) => session.plannedDate > today && session.status === 'planned');

  return (
    <section class="screen home" aria-labelledby="screen-title">
      <header class="screen-head">
        <h1 id="screen-title">{t('pwa.home.hello', { name: app.profile?.name ?? '' })}</h1>
        <a class="chip head-link" href={href('status')}>
          {t('pwa.nav.status')}
        </a>
      </header>
      <div class="screen-body">
        {unprotected && (
          <Banner tone="warn">
            <a href={href('status')}>{t('pwa.home.storageWarning')}</a>
          </Banner>
        )}
        {data.running.length > 0 && (
          <section class="running-card" aria-labelledby="running-title" data-testid="running-sessions">
            <h2 id="running-title">{t('session.home.running')}</h2>
            <SessionList sessions={data.running} groups={groupById} action="continue" />
          </section>
        )}
        <h2>{t('pwa.home.today')}</h2>
        {todays.length === 0 ? (
          <Empty>{t('pwa.home.noToday')}</Empty>
        ) : (
          <SessionList sessions={todays} groups={groupById} action="start" />
        )}
        {upcoming.length > 0 && (
          <>
            <h2>{t('pwa.home.upcoming')}</h2>
            <SessionList sessions={upcoming} groups={groupById} />
          </>
        )}
        <Lazy load={careDue} fallback={null} />
        <h2>{t('pwa.home.groups')}</h2>
        {data.groups.length === 0 ? (
          <Empty>{t('pwa.home.noGroups')}</Empty>
        ) : (
          <ul class="cards" data-testid="group-list">
            {data.groups.map((group) => (
              <li key={group.id}>
                <a class="card" href={href('groups', group.id)}>
                  <strong>{group.name}</strong>
                  {group.demo && <span class="tag">{t('pwa.demo')}</span>}
                  <span class="muted">
                    {group.region.villageName} · {t('pwa.home.families', { count: data.counts.get(group.id) ?? 0 })}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
        <LinkButton href={href('groups')} tone="primary">
          {t('pwa.nav.groups')}
        </LinkButton>
      </div>
      <NavBar current="home" />
    </section>
  );
}

function SessionList(props: {
  sessions: readonly Session[];
  groups: ReadonlyMap<string, Group>;
  action?: 'start' | 'continue';
}) {
  const app = useApp();
  const t = useT();
  const curriculum = useCurriculum(app.db);
  const [busy, setBusy] = useState(false);

  async function start(session: Session) {
    setBusy(true);
    // Loaded on demand: starting is one tap, but its code is not needed to draw home.
    const { startAndOpen } = await import('./session/session-actions');
    await startAndOpen(app, session.id, curriculum?.find(session.curriculumCode)?.steps[0]?.id ?? null);
    setBusy(false);
  }

  return (
    <ul class="cards">
      {props.sessions.map((session) => (
        <li key={session.id}>
          <SessionCard
            session={session}
            group={props.groups.get(session.groupId)}
            curriculum={curriculum}
            lang={app.lang}
          >
            {props.action === 'continue' && (
              <a class="btn btn-primary btn-big" href={href('sessions', session.id)}>
                {t('session.home.continue')}
              </a>
            )}
            {props.action === 'start' && session.status === 'planned' && (
              <Button
                tone="primary"
                disabled={busy}
                onClick={() => void start(session)}
                aria-label={t('session.home.startLabel', {
                  title: sessionTitle(curriculum, session.curriculumCode, app.lang, session.curriculumCode),
                })}
              >
                {t('session.home.start')}
              </Button>
            )}
          </SessionCard>
        </li>
      ))}
    </ul>
  );
}
