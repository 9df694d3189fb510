/**
 * Waiting for the page, always bounded and always abortable: a pause, a poll until something
 * holds, and "settled" — no DOM change for a quiet spell and no `aria-busy` region — which is
 * when a read-back can trust what it sees.
 */
import { AppError } from '../../../shared/errors';
import { allDocuments } from './frames-walk';

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Calls `probe` every `everyMs` until it returns something other than null, or `timeoutMs` passes. */
export async function poll<T>(
  probe: () => T | null,
  timeoutMs: number,
  signal: AbortSignal,
  everyMs = 100,
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== null) return found;
    if (Date.now() >= deadline) return null;
    await sleep(Math.min(everyMs, Math.max(deadline - Date.now(), 0)), signal);
  }
}

function isBusy(top: Document): boolean {
  return allDocuments(top).some((doc) => doc.querySelector('[aria-busy="true"]') !== null);
}

/**
 * Resolves once the page has not changed for `quietMs` and nothing is `aria-busy`, or after
 * `maxMs` whatever happens (a clock or an animation must not hang a fill).
 */
export function settle(top: Document, signal: AbortSignal, quietMs = 300, maxMs = 3_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let last = Date.now();
    const observers = allDocuments(top).map((doc) => {
      const observer = new MutationObserver(() => {
        last = Date.now();
      });
      observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      return observer;
    });
    const started = Date.now();
    const finish = (error?: unknown): void => {
      clearInterval(timer);
      for (const observer of observers) observer.disconnect();
      signal.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => finish(signal.reason ?? new AppError('unknown', { detail: 'aborted' }));
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - started >= maxMs || (now - last >= quietMs && !isBusy(top))) finish();
    }, 50);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
