/** A batch while it runs and after: progress (n of m), pause / resume / stop, and one line per record. */
import { useEffect, useState } from 'preact/hooks';
import type { ErrorData } from '../../../shared/errors';
import type { FillProgress } from '../../../shared/fill/fill-messages';
import { describeError, type Lang, t as translate } from '../../../shared/i18n/translate';
import type { RecordSummary } from '../background/queue';
import { api } from '../platform/browser';
import type { Batch, BatchResult, BatchState } from './batch-runner';
import { formatInstant } from './format';
import { usePanel } from './panel-context';
import { RecordLine } from './record-line';

/** A problem in words; an "already sent" gets its time shown the local way. */
export function problemText(lang: Lang, problem: ErrorData): string {
  const when = problem.details.when;
  if (problem.code === 'fill.alreadySent' && typeof when === 'string') {
    return translate(lang, 'error.fill.alreadySent', { ...problem.details, when: formatInstant(when, lang) });
  }
  return describeError(lang, problem);
}

function ResultLine(props: { result: BatchResult; summary: RecordSummary | undefined }) {
  const { t, lang } = usePanel();
  const { result } = props;
  const status =
    result.status === 'sent'
      ? t('panel.result.sent', { reference: result.reference ?? '—' })
      : t(`panel.result.${result.status}`);
  return (
    <li class={`result result-${result.status}`} data-status={result.status}>
      {props.summary !== undefined ? <RecordLine summary={props.summary} /> : <span>{result.recordKey}</span>}
      <strong class="result-status">{status}</strong>
      {result.problems.length > 0 && (
        <ul class="problems">
          {result.problems.map((problem, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity and never reorder
            <li key={i}>{problemText(lang, problem)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The step the engine is on, from its `fill.progress` broadcasts. */
function useFillStep(active: boolean): string {
  const { t } = usePanel();
  const [text, setText] = useState('');
  useEffect(() => {
    if (!active) return;
    const listener = (message: unknown) => {
      const m = message as { type?: unknown; payload?: FillProgress };
      if (m?.type !== 'fill.progress' || m.payload === undefined) return false;
      const { phase, step } = m.payload;
      setText(`${t(`panel.phase.${phase}`)}${step === '' ? '' : ` · ${step}`}`);
      return false;
    };
    api.runtime.onMessage.addListener(listener);
    return () => api.runtime.onMessage.removeListener(listener);
  }, [active, t]);
  return active ? text : '';
}

/** A batch with its latest state and what its records were; the panel keeps it across views. */
export interface BatchRun {
  readonly batch: Batch;
  readonly state: BatchState;
  readonly summaries: ReadonlyMap<string, RecordSummary>;
}

export function BatchView(props: { batch: Batch; state: BatchState; summaries: ReadonlyMap<string, RecordSummary> }) {
  const { t } = usePanel();
  const { batch, state } = props;
  const step = useFillStep(state.current !== null);
  const finished = state.phase === 'done';
  return (
    <section class="batch" aria-label={t('panel.batch.title')}>
      <div class="progress-line">
        <progress max={state.total} value={state.done} aria-label={t('panel.batch.title')} />
        <span data-testid="batch-progress">{t('panel.batch.progress', { done: state.done, total: state.total })}</span>
      </div>
      {state.current !== null && step !== '' && <p class="muted">{step}</p>}
      {state.waitingForUser && <p class="banner banner-info">{t('panel.batch.waitingForUser')}</p>}
      {finished && state.end !== null && (
        <p class={`banner banner-${state.end === 'error' ? 'error' : 'ok'}`} role="status">
          {t(`panel.batch.end.${state.end}`, {
            sent: state.results.filter((r) => r.status === 'sent').length,
            failed: state.results.filter((r) => r.status === 'failed').length,
          })}
        </p>
      )}
      {!finished && (
        <div class="row">
          {state.phase === 'paused' ? (
            <button type="button" class="btn" onClick={() => batch.resume()}>
              {t('panel.batch.resume')}
            </button>
          ) : (
            <button
              type="button"
              class="btn btn-plain"
              onClick={() => batch.pause()}
              disabled={state.phase !== 'running'}
            >
              {t('panel.batch.pause')}
            </button>
          )}
          <button
            type="button"
            class="btn btn-danger"
            onClick={() => batch.stop()}
            disabled={state.phase === 'stopping'}
          >
            {t('panel.batch.stop')}
          </button>
        </div>
      )}
      <ul class="results" aria-live="polite">
        {state.results.map((result) => (
          <ResultLine key={result.recordKey} result={result} summary={props.summaries.get(result.recordKey)} />
        ))}
      </ul>
    </section>
  );
}
