// @ts-check
/**
 * Lentera's performance budgets, in one place. The first-screen budget is the product's promise for
 * a cheap tablet; the others are the team's targets (see bench/PERFORMANCE.md for why each).
 * A row over its budget is marked OVER in the table; the run still succeeds (benchmarks report,
 * they do not gate).
 */
export const BUDGETS = {
  /** JS of the PWA's first screen, gzip. */
  firstScreenGzipKiB: 60,
  /** Installed app, offline, fresh tab: today's sessions on the home screen. */
  coldHomeMs: { 4: 2000, 6: 3000 },
  /** Installed app, offline, fresh tab: the attendance screen of a group of 30, first card tappable. */
  coldAttendanceMs: { 4: 2500, 6: 3500 },
  /** Lighthouse mobile performance score. */
  lighthouseScore: 90,
  /** Attendance tap under a 4× throttle: the card shows the new status (p95). */
  tapShownP95Ms: 100,
  /** Attendance tap under a 4× throttle: committed and shown as saved (p95). */
  tapSavedP95Ms: 500,
  /** Supervisor scale (laptop, full scale): open one group (families + sessions). */
  openGroupMs: 200,
  /** Supervisor scale: a group's catch-up list. */
  catchUpMs: 500,
  /** Supervisor scale: a month report over all 1,000 groups (full scale). */
  monthReportMs: 3000,
  /** Supervisor scale: full bundle export (full scale). */
  exportMs: 60_000,
  /** Supervisor scale: full bundle import into an empty database (full scale). */
  importMs: 180_000,
  /** Supervisor scale: V8 heap of the page at the peak of export or import (full scale). */
  heapPeakMiB: 1024,
  /** Filling: the extension's own time per session report (without the portal's). */
  extensionPerReportMs: 3000,
  /** Filling: at least this many times faster than a person typing the same records. */
  speedUp: 10,
};
