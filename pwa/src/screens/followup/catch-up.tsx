import { useState } from 'preact/hooks';
import type { CatchUpEntry, CatchUpFamily } from '../../../../shared/rules/catch-up';
import { useApp, useT } from '../../app-context';
import { type Curriculum, useCurriculum } from '../../data/curriculum';
import { catchUpPlanHref, loadCatchUp, type ScheduledCatchUp } from '../../data/followup';
import { href, navigate } from '../../router';
import { formatDate } from '../../ui/format';
import { Button, Empty, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { sessionName } from './session-name';
import { StatusBadge } from './status-badge';
import './followup.css';

/**
 * Who missed which session, and a way to plan the catch-up. Families start ticked, except those a
 * planned catch-up of the same session already lists: inviting them twice is the mistake to avoid,
 * and one tap ticks them back.
 */
export function CatchUp(props: { readonly groupId?: string; readonly [param: string]: string | undefined }) {
  // Route params arrive as text; a missing one finds nothing and shows "not found".
  const groupId = props.groupId ?? '';
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(() => loadCatchUp(app.db, groupId), [groupId]);
  const curriculum = useCurriculum(app.db);

  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('followup.catchUp.title', { group: '' })} back={href('groups')}>
        <Empty>{t('followup.notFound.group')}</Empty>
        <NavBar current="groups" />
      </Screen>
    );
  }
  const { group } = data;
  return (
    <Screen title={t('followup.catchUp.title', { group: group.name })} back={href('groups', group.id)}>
      {data.entries.length === 0 ? (
        <p class="fu-all-clear" data-testid="catch-up-empty">
          {t('followup.catchUp.empty')}
        </p>
      ) : (
        <>
          <p>{t('followup.catchUp.intro')}</p>
          <ul class="fu-list" data-testid="catch-up-list">
            {data.entries.map((entry) => (
              <EntryCard key={`${group.id}-${entry.code}`} entry={entry} groupId={group.id} curriculum={curriculum} />
            ))}
          </ul>
        </>
      )}

      <section aria-labelledby="fu-scheduled">
        <h2 id="fu-scheduled">{t('followup.catchUp.scheduled')}</h2>
        {data.scheduled.length === 0 ? (
          <Empty>{t('followup.catchUp.scheduledEmpty')}</Empty>
        ) : (
          <ul class="cards" data-testid="scheduled-catch-ups">
            {data.scheduled.map((item) => (
              <ScheduledCard key={item.session.id} item={item} curriculum={curriculum} />
            ))}
          </ul>
        )}
      </section>
      <NavBar current="groups" />
    </Screen>
  );
}

function EntryCard(props: { entry: CatchUpEntry; groupId: string; curriculum: Curriculum | undefined }) {
  const { lang } = useApp();
  const t = useT();
  const { entry } = props;
  // Only what the user changed is kept, so a family newly missing (live update) starts ticked too.
  const [changed, setChanged] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isTicked = (family: CatchUpFamily) => changed.get(family.memberId) ?? family.scheduledCatchUpId === null;
  const ticked = entry.families.filter(isTicked).map((family) => family.memberId);
  const headingId = `fu-entry-${entry.code}`;

  return (
    <li class="card fu-entry" data-code={entry.code}>
      <h2 id={headingId}>{sessionName(props.curriculum, entry.code, lang)}</h2>
      <p class="muted">
        {t('followup.catchUp.heldOn', { date: formatDate(entry.heldOn, lang) })} ·{' '}
        {t('followup.catchUp.families', { count: entry.families.length })}
      </p>
      <fieldset class="choices" aria-labelledby={headingId}>
        {entry.families.map((family) => (
          <label key={family.memberId} class="choice fu-family">
            <input
              type="checkbox"
              name={`${entry.code}-${family.memberId}`}
              value={family.memberId}
              checked={isTicked(family)}
              onChange={(event) => {
                const next = new Map(changed);
                next.set(family.memberId, event.currentTarget.checked);
                setChanged(next);
              }}
            />
            <span class="fu-family-name">{family.name}</span>
            <StatusBadge status={family.status} />
            {family.scheduledCatchUpId !== null && (
              <span class="tag fu-tag-catchup">{t('followup.catchUp.scheduledFor')}</span>
            )}
          </label>
        ))}
      </fieldset>
      <Button
        tone="primary"
        disabled={ticked.length === 0}
        onClick={() => navigate(catchUpPlanHref(props.groupId, entry.code, ticked))}
      >
        {t('followup.catchUp.plan', { count: ticked.length })}
      </Button>
    </li>
  );
}

function ScheduledCard(props: { item: ScheduledCatchUp; curriculum: Curriculum | undefined }) {
  const { lang } = useApp();
  const t = useT();
  const { session, families } = props.item;
  return (
    <li>
      <a class="card" href={href('sessions', session.id)}>
        <strong>{sessionName(props.curriculum, session.curriculumCode, lang)}</strong>
        <span class="muted">
          {formatDate(session.plannedDate, lang)} · {session.plannedTime} · {t(`session.status.${session.status}`)}
        </span>
        <span>{t('followup.catchUp.for', { names: families.map((f) => f.name).join(', ') })}</span>
      </a>
    </li>
  );
}
