// @ts-check
/** Rows of the one table (bench/lib/table.mjs) for the supervisor-scale and filling benchmarks. */
import { BUDGETS } from '../budgets.mjs';
import { count, mib, ms } from './table.mjs';

/** @typedef {import('./table.mjs').Row} Row */
/** @typedef {{ n: number, median: number, p95: number, max: number }} Stats */

const status = (/** @type {boolean} */ over) => (over ? 'OVER' : 'ok');
const role = (/** @type {{ peakByRole: Record<string, number> }} */ rss, /** @type {string} */ name) =>
  rss.peakByRole[name] ?? 0;
const stat = (/** @type {Stats} */ s) => ({ value: ms(s.median), p95: ms(s.p95), max: ms(s.max) });

/** @param {Awaited<ReturnType<typeof import('../scenarios/supervisor.mjs').measureSupervisor>>} r @returns {Row[]} */
export function supervisorRows(r) {
  const x = r.extrapolate;
  const pct = `${Math.round(r.scale * 100)} %`;
  const area = `supervisor (${pct} scale)`;
  const full = (/** @type {number} */ v) => `≈ ${ms(v * x)} at full scale (×${x.toFixed(1)}, linear)`;
  const s = r.seeded;
  const heapPeak = Math.max(r.bundle.export.heapPeak, r.bundle.import.heapPeak);
  // What the export or import added to the heap grows with the data; the page's own heap does not.
  const heapFull = r.bundle.before.heap + Math.max(0, heapPeak - r.bundle.before.heap) * x;
  const importMs = r.bundle.import.readMs + r.bundle.import.applyMs;
  return [
    {
      area,
      measure: `seed ${count(s.facilitators)} facilitators: ${count(s.members)} families, ${count(s.sessions)} sessions, ${count(s.attendance)} attendance`,
      value: `${ms(s.writeMs)} (${count(s.rowsPerSecond)} rows/s)`,
      note: `full scale (100 facilitators, ~1.8 M attendance rows) ≈ ${ms(s.writeMs * x)}`,
    },
    {
      area,
      measure: `open a group: families + sessions (median of ${r.openGroup.n})`,
      ...stat(r.openGroup),
      budget: `≤ ${ms(BUDGETS.openGroupMs)}`,
      status: status(r.openGroup.median > BUDGETS.openGroupMs),
      note: 'indexed; does not grow with the number of groups',
    },
    {
      area,
      measure: `catch-up list of a group: loadCatchUp (median of ${r.catchUp.n})`,
      ...stat(r.catchUp),
      budget: `≤ ${ms(BUDGETS.catchUpMs)}`,
      status: status(r.catchUp.median > BUDGETS.catchUpMs),
    },
    { area, measure: '  of which catchUpList (rules only)', ...stat(r.catchUpRule) },
    {
      area,
      measure: `  group's attendance (~${count(r.attendanceReads.rows.median)} rows) read with anyOf`,
      ...stat(r.attendanceReads.anyOf),
      note: `the same rows with one equals() per key, in parallel: ${ms(r.attendanceReads.equals.median)}`,
    },
    {
      area,
      measure: `month report, all ${count(r.monthReportRows[0]?.groups ?? 0)} groups (median of ${r.monthReport.n})`,
      ...stat(r.monthReport),
      budget: `≤ ${ms(BUDGETS.monthReportMs)} full`,
      status: status(r.monthReport.median * x > BUDGETS.monthReportMs),
      note: full(r.monthReport.median),
    },
    { area, measure: 'app: home screen load (all groups listed)', value: ms(r.screens.homeLoadMs) },
    {
      area,
      measure: `  home's family counts: countMembersByGroup over ${count(r.memberCounts.members)} families (each)`,
      ...stat(r.memberCounts.each),
      note: `the same count from one toArray(): ${ms(r.memberCounts.toArray.median)}; grows with the number of families`,
    },
    { area, measure: `app: group list screen (median of ${r.screens.groupList.n})`, ...stat(r.screens.groupList) },
    { area, measure: `app: group screen (median of ${r.screens.group.n})`, ...stat(r.screens.group) },
    { area, measure: `app: catch-up screen (median of ${r.screens.catchUp.n})`, ...stat(r.screens.catchUp) },
    {
      area,
      measure: `bundle export, all (${mib(r.bundle.export.bytes)} file, verified)`,
      value: ms(r.bundle.export.ms),
      budget: `≤ ${ms(BUDGETS.exportMs)} full`,
      status: status(r.bundle.export.ms * x > BUDGETS.exportMs),
      note: full(r.bundle.export.ms),
    },
    {
      area,
      measure: `bundle import into empty db: read ${ms(r.bundle.import.readMs)} + apply ${ms(r.bundle.import.applyMs)} (${count(r.bundle.import.writes)} rows)`,
      value: ms(importMs),
      budget: `≤ ${ms(BUDGETS.importMs)} full`,
      status: status(importMs * x > BUDGETS.importMs),
      note: full(importMs),
    },
    {
      area,
      measure: 'memory peak during export / import: V8 heap of the page',
      value: `${mib(r.bundle.export.heapPeak)} / ${mib(r.bundle.import.heapPeak)}`,
      budget: `≤ ${BUDGETS.heapPeakMiB} MiB full`,
      status: status(heapFull / 1048576 > BUDGETS.heapPeakMiB),
      note: `≈ ${mib(heapFull)} at full scale (the growth over the ${mib(r.bundle.before.heap)} before, ×${x.toFixed(1)})`,
    },
    {
      area,
      measure: 'Chromium RSS peak during export / import: renderer (the page)',
      value: `${mib(role(r.bundle.export.rss, 'renderer'))} / ${mib(role(r.bundle.import.rss, 'renderer'))}`,
      note: `before: ${mib(r.bundle.before.rss.byRole.renderer ?? 0)}`,
    },
    {
      area,
      measure: 'Chromium RSS peak during export / import: storage service (IndexedDB)',
      value: `${mib(role(r.bundle.export.rss, 'utility:storage.Storage'))} / ${mib(role(r.bundle.import.rss, 'utility:storage.Storage'))}`,
      note: `before: ${mib(r.bundle.before.rss.byRole['utility:storage.Storage'] ?? 0)}; all Chromium processes at the import's peak: ${mib(r.bundle.import.rss.peakTotal)}`,
    },
  ];
}

/** @param {Awaited<ReturnType<typeof import('../scenarios/fill.mjs').measureFill>>} r @returns {Row[]} */
export function fillRows(r) {
  const { main, zero, typist } = r;
  const area = `filling (portal latency ${main.latencyMs} ms)`;
  const reports = main.reports;
  /** @type {Row[]} */
  const rows = [
    {
      area,
      measure: `extension: session report, wall (median of ${reports.n})`,
      ...stat(reports.wall),
      note: `${count(reports.requests.median)} portal requests per report; ${count(main.received.reports)} received, ${count(main.received.rejected)} rejected`,
    },
    { area, measure: '  of which portal (requests in flight)', ...stat(reports.portal) },
    {
      area,
      measure: '  of which extension',
      ...stat(reports.extension),
      budget: `≤ ${ms(BUDGETS.extensionPerReportMs)}`,
      status: status(reports.extension.median > BUDGETS.extensionPerReportMs),
    },
  ];
  if (main.table) {
    rows.push({
      area,
      measure: 'extension: attendance table, 30 families on 3 pages',
      value: ms(main.table.wall),
      note: `portal ${ms(main.table.portal)} + extension ${ms(main.table.extension)}; ${ms(main.table.wall / 30)} per family`,
    });
  }
  rows.push({
    area: `filling (portal latency ${zero.latencyMs} ms)`,
    measure: `cross-check: session report, wall (median of ${zero.reports.n})`,
    ...stat(zero.reports.wall),
    note: `portal ${ms(zero.reports.portal.median)} (its own 300 ms look-ups) + extension ${ms(zero.reports.extension.median)}${r.typistBeside === 'latency-0 cross-check' ? '; ran beside the typist' : ''}`,
  });
  if (zero.table) {
    rows.push({
      area: `filling (portal latency ${zero.latencyMs} ms)`,
      measure: 'cross-check: attendance table, 30 families',
      value: ms(zero.table.wall),
    });
  }
  if (typist) {
    const tArea = `typist (200 cpm, ${ms(1500)} per click)`;
    const reportSpeedUp = typist.report.wall / reports.wall.median;
    const tableSpeedUp = main.table ? typist.tableMs / main.table.wall : Number.NaN;
    rows.push(
      {
        area: tArea,
        measure: `session report (measured once: ${typist.report.chars} chars, ${typist.report.clicks} clicks)`,
        value: ms(typist.report.wall),
        note: `${ms(typist.perCharMs)} per char, ${ms(typist.perClickMs)} per click (measured, beside the ${r.typistBeside})`,
      },
      {
        area: tArea,
        measure: 'attendance table, 30 families (computed: 1 measured page × 3 + 2 clicks)',
        value: ms(typist.tableMs),
        note: `measured page of 10: ${ms(typist.attendancePage.wall)}`,
      },
      {
        area: tArea,
        measure: '30 reports + 1 table (computed)',
        value: ms(typist.report.wall * 30 + typist.tableMs),
        note: `extension: ${ms(reports.totalWall + (main.table?.wall ?? 0))} measured`,
      },
      {
        area: 'filling speed-up',
        measure: 'session report: typist ÷ extension (wall, same portal latency)',
        value: `${reportSpeedUp.toFixed(1)}×`,
        budget: `≥ ${BUDGETS.speedUp}×`,
        status: status(reportSpeedUp < BUDGETS.speedUp),
      },
      {
        area: 'filling speed-up',
        measure: 'attendance table: typist ÷ extension',
        value: `${tableSpeedUp.toFixed(1)}×`,
        budget: `≥ ${BUDGETS.speedUp}×`,
        status: status(tableSpeedUp < BUDGETS.speedUp),
      },
    );
  }
  return rows;
}
