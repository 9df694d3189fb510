/**
 * "Test on one record": fills the first waiting record of the map's kind into the portal tab with
 * submitting off, and shows what the page kept (the read-back), what it refused and every warning.
 * The form stays filled for the user to look at; nothing is sent.
 */
import { useState } from 'preact/hooks';
import type { FillOutcome } from '../../../shared/fill/fill-messages';
import type { FormMap } from '../../../shared/fill/form-map';
import '../background/queue-messages';
import type { RecordSummary } from '../background/queue';
import { sendToBackground } from '../platform/browser';
import { problemText } from './batch-view';
import { usePanel } from './panel-context';
import { RecordLine } from './record-line';
import { fillOne } from './run-fill';
import type { TargetTab } from './use-target-tab';

export function MapTester(props: { map: Pick<FormMap, 'id' | 'recordKind'>; target: TargetTab | null }) {
  const { t, lang, fail, dataChanged } = usePanel();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ outcome: FillOutcome; summary: RecordSummary } | null>(null);
  const [empty, setEmpty] = useState(false);
  const { map, target } = props;

  async function test() {
    if (target === null) return;
    setBusy(true);
    setEmpty(false);
    try {
      const { items } = await sendToBackground('panel.queue', { mapId: map.id, recordKind: map.recordKind });
      const [first] = items;
      if (first === undefined) {
        setEmpty(true);
        return;
      }
      const fillTarget = { tabId: target.id, formUrl: target.url, mapId: map.id, submit: false };
      setResult({ outcome: await fillOne(fillTarget, first.record, { reopen: false }), summary: first.summary });
      dataChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  const outcome = result?.outcome;
  return (
    <div class="tester">
      <button type="button" class="btn" disabled={busy || target === null} onClick={() => void test()}>
        {t('panel.test.run')}
      </button>
      {empty && <p class="muted">{t('panel.test.noRecord')}</p>}
      {result !== null && outcome !== undefined && (
        <div class="test-result" data-testid="test-result" role="status">
          <RecordLine summary={result.summary} />
          <strong>
            {outcome.status === 'sent'
              ? t('panel.result.sent', { reference: outcome.reference ?? '—' })
              : t(`panel.result.${outcome.status}`)}
          </strong>
          <span>
            {t('extension.readBack.summary', {
              ok: outcome.readBack.ok,
              changed: outcome.readBack.changed,
              rejected: outcome.readBack.rejected,
            })}
          </span>
          <ul class="problems">
            {outcome.problems.map((problem, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity and never reorder
              <li key={`p${i}`}>{problemText(lang, problem)}</li>
            ))}
            {outcome.warnings.map((warning, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no identity and never reorder
              <li key={`w${i}`} class="warning">
                {t(warning.key, { ...warning.values, step: warning.step })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
