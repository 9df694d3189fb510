/**
 * One record into the portal tab, as the batch does it: from the second record on, the form is
 * opened again at the address the batch started on (after a submit the portal shows a list or a
 * success page, and a fresh form keeps one record's values from mixing with the next), then the
 * engine's `fill.run` enters it. Afterwards the app bridge is told, best effort: an app tab that
 * is closed gets the result at the next pull.
 */
import '../../../shared/bridge/bridge-messages';
import { AppError } from '../../../shared/errors';
import type { FillOutcome } from '../../../shared/fill/fill-messages';
import '../../../shared/fill/fill-messages';
import type { FillRecord } from '../../../shared/fill/fill-record';
import { api, sendToBackground } from '../platform/browser';

const LOAD_TIMEOUT_MS = 30_000;

/** Opens `url` in the tab and resolves once it has loaded. */
export async function openForm(tabId: number, url: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let started = false;
    const timer = setTimeout(() => {
      api.tabs.onUpdated.removeListener(listener);
      reject(new AppError('fill.timeout', { seconds: LOAD_TIMEOUT_MS / 1000 }));
    }, LOAD_TIMEOUT_MS);
    function listener(id: number, change: { status?: string }) {
      if (id !== tabId) return;
      if (change.status === 'loading') started = true;
      if (change.status === 'complete' && started) {
        clearTimeout(timer);
        api.tabs.onUpdated.removeListener(listener);
        resolve();
      }
    }
    api.tabs.onUpdated.addListener(listener);
    api.tabs.update(tabId, { url }).catch((error: unknown) => {
      clearTimeout(timer);
      api.tabs.onUpdated.removeListener(listener);
      reject(error);
    });
  });
}

export interface FillTarget {
  readonly tabId: number;
  /** The form's address when the batch started. */
  readonly formUrl: string;
  readonly mapId: string;
  readonly submit: boolean;
}

export async function fillOne(
  target: FillTarget,
  record: FillRecord,
  options: { readonly reopen: boolean; readonly force?: boolean },
): Promise<FillOutcome> {
  if (options.reopen) await openForm(target.tabId, target.formUrl);
  const outcome = await sendToBackground('fill.run', {
    tabId: target.tabId,
    mapId: target.mapId,
    record,
    submit: target.submit,
    ...(options.force === true && { force: true }),
  });
  await tellApp([record.recordKey]);
  return outcome;
}

/** Hands the ledger results of these records to an open app tab; never fails the fill. */
export async function tellApp(recordKeys: readonly string[]): Promise<void> {
  try {
    await sendToBackground('bridge.report', { recordKeys });
  } catch (error) {
    console.warn('could not report to the Lentera app', error);
  }
}
