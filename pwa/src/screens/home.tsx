import { useEffect, useState } from 'preact/hooks';
import { addDays, localDate } from '../../../shared/model/clock';
import type { Group, Session } from '../../../shared/model/types';
import { useApp, useT } from '../app-context';
import { useCurriculum } from '../data/curriculum';
import { countMembersByGroup, listGroups, sessionsBetween } from '../data/queries';
import { readStorageState } from '../platform/storage';
import { href } from '../router';
import { formatDate } from '../ui/format';
import { Banner, Empty, LinkButton, Loading } from '../ui/kit';
import { NavBar } from '../ui/nav-bar';
import { useLiveQuery } from '../use-live-query';

/** Home: today's sessions first (what a facilitator opens the app for), then groups. */
export function Home() {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const data = useLiveQuery(async () => {
    const [groups, counts, sessions] = await Promise.all([
      listGroups(app.db, { archived: false }),
      countMembersByGroup(app.db),
      sessionsBetween(app.db, today, addDays(today, 14)),
    ]);
    return { groups, counts, sessions };
  }, [today]);
  const [unprotected, setUnprotected] = useState(false);
  useEffect(() => {
    readStorageState().then(
      (state) => setUnprotected(state.persisted === false),
      () => setUnprotected(false),
    );
  }, []);

  if (data === undefined) return <Loading />;
  const groupById = new Map(data.groups.map((group) => [group.id, group]));
  const todays = data.sessions.filter((session) => session.plannedDate === today && session.status !== 'done');
  const upcoming = data.sessions.filter((session) => session.plannedDate > today && session.status === 'planned');

  return (
    <section class="screen home" aria-labelledby="screen-title">
      <header class="screen-head">
        <h1 id="screen-title">{t('pwa.home.hello', { name: app.profile?.name ?? '' })}</h1>
      </header>
      <div class="screen-body">
        {unprotected && (
          <Banner tone="warn">
            <a href={href('status')}>{t('pwa.home.storageWarning')}</a>
          </Banner>
        )}
        <h2>{t('pwa.home.today')}</h2>
        {todays.length === 0 ? (
          <Empty>{t('pwa.home.noToday')}</Empty>
        ) : (
          <SessionList sessions={todays} groups={groupById} />
        )}
        {upcoming.length > 0 && (
          <>
            <h2>{t('pwa.home.upcoming')}</h2>
            <SessionList sessions={upcoming} groups={groupById} />
          </>
        )}
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

function SessionList(props: { sessions: readonly Session[]; groups: ReadonlyMap<string, Group> }) {
  const { lang, db } = useApp();
  const curriculum = useCurriculum(db);
  return (
    <ul class="cards">
      {props.sessions.map((session) => {
        const found = curriculum?.find(session.curriculumCode);
        return (
          <li key={session.id}>
            <a class="card" href={href('sessions', session.id)}>
              <strong>{found ? `${found.number}. ${found.title[lang]}` : session.curriculumCode}</strong>
              <span class="muted">
                {props.groups.get(session.groupId)?.name ?? '—'} · {formatDate(session.plannedDate, lang)}{' '}
                {session.plannedTime}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
