/**
 * Watches how full the origin's storage is. The browser's estimate is cheap, so it is read on
 * start, every minute, whenever the app comes back to the foreground, and when a screen that just
 * wrote or freed a lot asks (`refreshStorage()`), e.g. after photos or an import.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readStorageState, type StorageState } from './storage';

/** Share of the quota from which the app warns: photos can fill the rest within a few sessions. */
export const QUOTA_WARN_RATIO = 0.8;
const POLL_MS = 60_000;
const REFRESH_EVENT = 'lentera:storage-refresh';

export function usedRatio(state: StorageState): number | null {
  if (state.usage === null || state.quota === null || state.quota <= 0) return null;
  return state.usage / state.quota;
}

export function isQuotaHigh(state: StorageState): boolean {
  const ratio = usedRatio(state);
  return ratio !== null && ratio >= QUOTA_WARN_RATIO;
}

/** Asks every watcher on the page to read the estimate again. */
export function refreshStorage(): void {
  dispatchEvent(new Event(REFRESH_EVENT));
}

/** The latest storage state (null until first read, or when the browser cannot tell). */
export function useStorageState(): { state: StorageState | null; refresh: () => Promise<void> } {
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = useCallback(async () => {
    try {
      setState(await readStorageState());
    } catch (error) {
      // An estimate that fails leaves the last one shown; nothing to write or lose here.
      console.error('storage estimate failed', error);
    }
  }, []);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const onRefresh = () => void refresh();
    document.addEventListener('visibilitychange', onVisible);
    addEventListener(REFRESH_EVENT, onRefresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      removeEventListener(REFRESH_EVENT, onRefresh);
    };
  }, [refresh]);
  return { state, refresh };
}
