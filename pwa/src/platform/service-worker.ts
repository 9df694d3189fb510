/**
 * Registers the service worker and hands a waiting new version to the app instead of reloading:
 * the app decides when to apply it (never in the middle of a running session).
 */
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Activates the waiting version; the page reloads once it controls the page. */
  apply(): void;
}

export function registerServiceWorker(onUpdateReady: (update: UpdateHandle) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdateReady({
      apply() {
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register().catch((error: unknown) => console.error('service worker registration failed', error));
}
