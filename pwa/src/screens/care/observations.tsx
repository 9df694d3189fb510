/**
 * Session quality supervision. A supervisor picks a session to observe (recent sessions in this
 * database, or a free observation typed by hand), reads each facilitator's history with mean
 * scores and trends, and edits the checklist (`?view=items`). A facilitator sees their own history
 * only, read-only.
 */
import { localDate } from '../../../../shared/model/clock';
import { facilitatorHistories, facilitatorKey } from '../../../../shared/supervision/observation-summary';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import { listObservations, observableSessions } from '../../data/observations';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { useMeanText } from './care-labels';
import { ChecklistEditor } from './checklist-editor';
import { FacilitatorHistoryView } from './facilitator-history';
import { sessionLabel } from './session-label';
import './care.css';

export function Observations(props: { readonly facilitator?: string; readonly view?: string }) {
  const app = useApp();
  const t = useT();
  const supervisor = app.profile?.role === 'supervisor';
  if (supervisor && props.view === 'items') {
    return (
      <Screen title={t('care.items.title')} back={href('observations')}>
        <ChecklistEditor />
        <NavBar current="care" />
      </Screen>
    );
  }
  // A facilitator's page is always their own history.
  const key = supervisor ? props.facilitator : facilitatorKey(app.profile?.name ?? '');
  if (!supervisor || (key !== undefined && key !== '')) {
    return (
      <Screen
        title={supervisor ? t('care.obs.historyTitle') : t('care.obs.myHistory')}
        back={supervisor ? href('observations') : href('care')}
      >
        <FacilitatorHistoryView facilitatorKey={key ?? ''} readOnly={!supervisor} />
        <NavBar current="care" />
      </Screen>
    );
  }
  return (
    <Screen title={t('care.obs.title')} back={href('care')}>
      <SupervisorOverview />
      <NavBar current="care" />
    </Screen>
  );
}

function SupervisorOverview() {
  const app = useApp();
  const t = useT();
  const meanText = useMeanText();
  const today = localDate(app.write.clock.now());
  const curriculum = useCurriculum(app.db);
  const data = useLiveQuery(async () => {
    const [observations, sessions] = await Promise.all([listObservations(app.db), observableSessions(app.db, today)]);
    return { histories: facilitatorHistories(observations), sessions };
  }, [today]);
  if (data === undefined) return <Loading />;

  return (
    <>
      <div class="row">
        <LinkButton href={href('observations', 'new')} tone="primary">
          {t('care.obs.newFree')}
        </LinkButton>
        <LinkButton href={`${href('observations')}?view=items`}>{t('care.items.edit')}</LinkButton>
      </div>
      <h2>{t('care.obs.sessionsTitle')}</h2>
      {data.sessions.length === 0 ? (
        <Empty>{t('care.obs.sessionsNone')}</Empty>
      ) : (
        <ul class="cards" data-testid="observable-sessions">
          {data.sessions.slice(0, 12).map(({ session, groupName, facilitator, observationId }) => (
            <li key={session.id} class="card care-session-card">
              <strong>{groupName}</strong>
              <span>{sessionLabel(curriculum, session.curriculumCode, app.lang)}</span>
              <span class="muted">
                {[
                  formatDate(session.actualDate ?? session.plannedDate, app.lang),
                  facilitator,
                  t(`care.obs.status.${session.status}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {observationId === null ? (
                <a
                  class="btn btn-primary"
                  href={`${href('observations', 'new')}?session=${encodeURIComponent(session.id)}`}
                  aria-label={t('care.obs.observeLabel', { group: groupName })}
                >
                  {t('care.obs.observe')}
                </a>
              ) : (
                <a class="btn btn-plain" href={href('observations', observationId)}>
                  {t('care.obs.seeObservation')}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('care.obs.facilitatorsTitle')}</h2>
      {data.histories.length === 0 ? (
        <Empty>{t('care.obs.none')}</Empty>
      ) : (
        <ul class="cards" data-testid="facilitator-histories">
          {data.histories.map((history) => (
            <li key={history.key}>
              <a
                class="card"
                href={`${href('observations')}?facilitator=${encodeURIComponent(history.key)}`}
                data-facilitator={history.name}
              >
                <strong>{history.name}</strong>
                <span>
                  {t('care.obs.countLine', {
                    count: history.observations.length,
                    date: formatDate(history.latestDate, app.lang),
                  })}
                </span>
                <span class="care-mean">
                  {t('care.obs.latestMean', { mean: meanText(history.latestMean, app.lang) })}
                </span>
                {history.openFollowUps > 0 && (
                  <span class="muted">{t('care.hub.followUpsOpen', { count: history.openFollowUps })}</span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
