/**
 * "Nobody has touched the tablet for N minutes." Any pointer, key, touch or wheel input counts as
 * activity. Timers are throttled while the app is in the background, so the idle time is measured
 * from the last activity's clock time and checked again when the app comes back to the foreground:
 * a tablet left in a bag for an hour is locked the moment it is opened.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
const CHECK_MS = 5_000;

/** Calls `onIdle` once when `idleMs` pass without input; returns the function that stops watching. */
export function watchIdle(idleMs: number, onIdle: () => void, now: () => number = Date.now): () => void {
  let last = now();
  let fired = false;
  const check = () => {
    if (!fired && now() - last >= idleMs) {
      fired = true;
      onIdle();
    }
  };
  const onActivity = () => {
    // Input after the limit passed unnoticed (a sleeping tablet) locks instead of resetting the clock.
    check();
    last = now();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') check();
  };
  for (const name of ACTIVITY_EVENTS) addEventListener(name, onActivity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  const timer = setInterval(check, CHECK_MS);
  return () => {
    clearInterval(timer);
    for (const name of ACTIVITY_EVENTS) removeEventListener(name, onActivity, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
