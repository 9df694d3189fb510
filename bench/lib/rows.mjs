// @ts-check
/** Rows of the one table (bench/lib/table.mjs) for the size, start-up, tap and Lighthouse benchmarks. */
import { BUDGETS } from '../budgets.mjs';
import { kib, ms } from './table.mjs';

/** @typedef {import('./table.mjs').Row} Row */
/** @typedef {{ n: number, median: number, p95: number, max: number }} Stats */

const status = (/** @type {boolean} */ over) => (over ? 'OVER' : 'ok');
/** Lazy screens listed one by one in the table. */
const LAZY_ROWS = 8;
const stat = (/** @type {Stats} */ s) => ({ value: ms(s.median), p95: ms(s.p95), max: ms(s.max) });

/**
 * @param {ReturnType<typeof import('../scenarios/bundle-size.mjs').measureBundles>} r
 * @param {{ owner: string, bytes: number, gzip: number }[] | null} attribution
 * @returns {Row[]}
 */
export function bundleRows(r, attribution) {
  /** @type {Row[]} */
  const rows = [];
  // The table lists the largest lazy screens; the rest are summed in one row (all are in the JSON).
  const lazy = r.rows.filter((row) => row.area === 'pwa lazy').sort((a, b) => b.gzip - a.gzip);
  const shown = new Set(lazy.slice(0, LAZY_ROWS));
  const rest = lazy.slice(LAZY_ROWS);
  for (const row of r.rows) {
    if (row.area === 'pwa lazy') {
      if (row !== lazy[0]) continue;
      for (const screen of lazy.filter((l) => shown.has(l))) {
        rows.push({
          area: 'size: pwa lazy',
          measure: `${screen.name} (with what it imports beyond the first screen)`,
          value: `${kib(screen.gzip)} gz / ${kib(screen.brotli)} br`,
        });
      }
      if (rest.length > 0) {
        rows.push({
          area: 'size: pwa lazy',
          measure: `${rest.length} other lazily loaded parts, each ≤ ${kib(rest[0]?.gzip ?? 0)} gz`,
          value: `${kib(rest.reduce((sum, t) => sum + t.gzip, 0))} gz in all`,
        });
      }
      continue;
    }
    rows.push({
      area: `size: ${row.area}`,
      measure: row.name,
      value: `${kib(row.gzip)} gz / ${kib(row.brotli)} br`,
      ...(row.budgetGzip ? { budget: `≤ ${kib(row.budgetGzip)} gz`, status: status(row.over === true) } : {}),
    });
    if (row.budgetGzip && attribution) {
      for (const part of attribution.slice(0, 6)) {
        rows.push({
          area: `size: ${row.area}`,
          measure: `  of which ${part.owner}`,
          value: `${kib(part.gzip)} gz alone (${kib(part.bytes)} min)`,
        });
      }
    }
  }
  return rows;
}

/** @param {Awaited<ReturnType<typeof import('../scenarios/cold-start.mjs').measureColdStart>>} r @returns {Row[]} */
export function coldStartRows(r) {
  /** @type {Row[]} */
  const rows = [];
  const budgets = /** @type {Record<string, Record<number, number>>} */ ({
    'home.today': BUDGETS.coldHomeMs,
    'attendance.interactive': BUDGETS.coldAttendanceMs,
  });
  const labels = /** @type {Record<string, string>} */ ({
    'home.fcp': 'home: first contentful paint',
    'home.today': "home: today's sessions shown",
    'attendance.route': 'attendance (30 families): screen rendered',
    'attendance.interactive': 'attendance (30 families): first card tappable',
  });
  for (const rate of r.rates) {
    for (const [key, label] of Object.entries(labels)) {
      const s = r.stats[`${key}@${rate}x`];
      const budget = budgets[key]?.[rate];
      if (!s) {
        rows.push({
          area: `cold start offline ${rate}×`,
          measure: label,
          value: 'n/a',
          status: 'not measured',
          note: 'the screen never showed it',
        });
        continue;
      }
      rows.push({
        area: `cold start offline ${rate}×`,
        measure: `${label} (median of ${s.n})`,
        ...stat(s),
        ...(budget ? { budget: `≤ ${ms(budget)}`, status: status(s.median > budget) } : {}),
      });
    }
  }
  return rows;
}

/** @param {Awaited<ReturnType<typeof import('../scenarios/tap-latency.mjs').measureTapLatency>>} r @returns {Row[]} */
export function tapRows(r) {
  if ('skipped' in r)
    return [
      {
        area: 'attendance tap 4×',
        measure: 'tap latency',
        value: 'n/a',
        status: 'not measured',
        note: String(r.skipped),
      },
    ];
  const area = `attendance tap ${r.rate}×`;
  const note = `${r.taps - r.failures}/${r.taps} taps on ${r.cards} cards${r.consistent ? ', stored = shown' : ', STORED ≠ SHOWN'}`;
  return [
    {
      area,
      measure: 'tap → card shows new status',
      ...stat(r.shown),
      budget: `p95 ≤ ${ms(BUDGETS.tapShownP95Ms)}`,
      status: status(r.shown.p95 > BUDGETS.tapShownP95Ms),
    },
    { area, measure: 'tap → IndexedDB commit', ...stat(r.commit) },
    {
      area,
      measure: 'tap → card shows saved (after commit)',
      ...stat(r.settled),
      budget: `p95 ≤ ${ms(BUDGETS.tapSavedP95Ms)}`,
      status: status(r.settled.p95 > BUDGETS.tapSavedP95Ms || !r.consistent || r.failures > 0),
      note,
    },
  ];
}

/** @param {Awaited<ReturnType<typeof import('../scenarios/lighthouse.mjs').measureLighthouse>>} r @returns {Row[]} */
export function lighthouseRows(r) {
  if ('skipped' in r)
    return [
      {
        area: 'lighthouse mobile',
        measure: 'performance score',
        value: 'n/a',
        status: 'not measured',
        note: String(r.skipped),
      },
    ];
  const area = `lighthouse ${r.version} mobile`;
  return [
    {
      area,
      measure: `performance score (median of ${r.runs.length})`,
      value: String(r.score),
      max: String(Math.max(...r.runs.map((x) => x.score))),
      budget: `≥ ${BUDGETS.lighthouseScore}`,
      status: status(r.score < BUDGETS.lighthouseScore),
      note: r.source,
    },
    { area, measure: 'FCP / LCP (simulated slow 4G, 4× CPU)', value: `${ms(r.fcp)} / ${ms(r.lcp)}` },
    { area, measure: 'TBT / time to interactive', value: `${ms(r.tbt)} / ${ms(r.tti)}` },
  ];
}
