/**
 * One facilitator's supervision history: every observation with its mean score, newest first, and
 * how scores moved over the last observations (overall and per item).
 */
import { useState } from 'preact/hooks';
import {
  facilitatorHistories,
  observationMean,
  observationTrend,
} from '../../../../shared/supervision/observation-summary';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import { listObservations } from '../../data/observations';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { Empty, LinkButton, Loading } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { useMeanText } from './care-labels';
import { ObservationTrend } from './observation-trend';
import { sessionLabel } from './session-label';

const WINDOWS = [5, 10, 20] as const;

export function FacilitatorHistoryView(props: { facilitatorKey: string; readOnly: boolean }) {
  const app = useApp();
  const t = useT();
  const meanText = useMeanText();
  const curriculum = useCurriculum(app.db);
  const [lastN, setLastN] = useState<number>(10);
  const observations = useLiveQuery(() => listObservations(app.db), []);
  if (observations === undefined) return <Loading />;
  const history = facilitatorHistories(observations).find((h) => h.key === props.facilitatorKey);
  if (history === undefined) return <Empty>{t(props.readOnly ? 'care.obs.myNone' : 'care.obs.none')}</Empty>;
  const trend = observationTrend(history.observations, lastN);

  return (
    <>
      <div class="card care-history-head">
        <h2 data-testid="history-name">{history.name}</h2>
        <p>
          {t('care.obs.countLine', {
            count: history.observations.length,
            date: formatDate(history.latestDate, app.lang),
          })}
        </p>
        <p class="care-mean" data-testid="history-mean">
          {t('care.obs.overallMean', { mean: meanText(history.mean, app.lang) })}
        </p>
      </div>
      <h2>{t('care.obs.listTitle')}</h2>
      <ul class="cards" data-testid="history-list">
        {history.observations.map((observation) => (
          <li key={observation.id}>
            <a class="card" href={href('observations', observation.id)} data-testid="history-item">
              <strong>{formatDate(observation.date, app.lang)}</strong>
              <span>
                {[
                  observation.groupName,
                  observation.curriculumCode === ''
                    ? ''
                    : sessionLabel(curriculum, observation.curriculumCode, app.lang),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span class="care-mean" data-testid="history-item-mean">
                {t('care.obs.meanLabel', { mean: meanText(observationMean(observation), app.lang) })}
              </span>
              {observation.followUps.some((f) => !f.done) && (
                <span class="muted">
                  {t('care.hub.followUpsOpen', { count: observation.followUps.filter((f) => !f.done).length })}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('care.trend.title')}</h2>
      <fieldset class="care-chips">
        <legend>{t('care.trend.window')}</legend>
        {WINDOWS.map((n) => (
          <label key={n} class={`chip care-chip${lastN === n ? ' chip-on' : ''}`}>
            <input type="radio" name="trend-window" checked={lastN === n} onChange={() => setLastN(n)} />
            <span>{t('care.trend.lastN', { count: n })}</span>
          </label>
        ))}
      </fieldset>
      <ObservationTrend trend={trend} />
      {!props.readOnly && <LinkButton href={href('observations')}>{t('care.obs.backToAll')}</LinkButton>}
    </>
  );
}
