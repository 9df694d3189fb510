#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: Lentera's benchmarks against fresh production builds, in Debian's Chromium.
 * Prints progress to stderr, ONE table at the end to stdout, and writes the results as JSON to
 * bench/results/<ISO time>.json (a complete run also to latest.json and latest.md). See bench/PERFORMANCE.md.
 *
 *   node bench/run.mjs [--only sizes,cold,tap,lighthouse,supervisor,fill] [--skip …] [--no-build]
 *                      [--runs 5] [--taps 300] [--lighthouse-runs 3] [--facilitators 10]
 *                      [--seed-budget 45] [--reports 30] [--quick]
 *
 * Over-budget rows are marked OVER; the exit code is non-zero only when a benchmark failed to run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../scripts/chromium.mjs';
import { BUDGETS } from './budgets.mjs';
import { servePwa } from './lib/browser.mjs';
import { buildAll, ROOT } from './lib/build.mjs';
import { installFacilitatorDevice } from './lib/device.mjs';
import { bundleRows, coldStartRows, lighthouseRows, tapRows } from './lib/rows.mjs';
import { fillRows, supervisorRows } from './lib/rows-scale.mjs';
import { markdownTable, textTable } from './lib/table.mjs';
import { attributeFirstScreen, measureBundles } from './scenarios/bundle-size.mjs';
import { measureColdStart } from './scenarios/cold-start.mjs';
import { measureFill, measureTypistAlone } from './scenarios/fill.mjs';
import { measureLighthouse } from './scenarios/lighthouse.mjs';
import { measureSupervisor } from './scenarios/supervisor.mjs';
import { measureTapLatency } from './scenarios/tap-latency.mjs';

const SCENARIOS = ['sizes', 'cold', 'tap', 'lighthouse', 'supervisor', 'fill'];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    skip: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    taps: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    facilitators: { type: 'string' },
    'seed-budget': { type: 'string' },
    reports: { type: 'string' },
  },
});
const list = (/** @type {string | undefined} */ s) => (s ? s.split(',').map((x) => x.trim()) : []);
const only = list(values.only);
const skip = list(values.skip);
for (const name of [...only, ...skip]) {
  if (!SCENARIOS.includes(name)) throw new Error(`unknown benchmark "${name}": choose from ${SCENARIOS.join(', ')}`);
}
const wanted = (/** @type {string} */ name) => (only.length === 0 || only.includes(name)) && !skip.includes(name);
const num = (/** @type {string | undefined} */ s, /** @type {number} */ full, /** @type {number} */ quick) =>
  s === undefined ? (values.quick ? quick : full) : Number(s);
const options = {
  runs: num(values.runs, 5, 2),
  taps: num(values.taps, 300, 60),
  lighthouseRuns: num(values['lighthouse-runs'], 3, 1),
  facilitators: num(values.facilitators, 10, 5),
  seedBudgetMs: num(values['seed-budget'], 45, 20) * 1000,
  reports: num(values.reports, 30, 5),
};

const started = Date.now();
const log = (/** @type {string} */ line) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
const load = loadavg();
if ((load[0] ?? 0) > cpus().length) {
  log(
    `warning: the machine is busy (load ${load.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores): numbers will be noisy`,
  );
}

/** @type {import('./lib/table.mjs').Row[]} */
const rows = [];
/** @type {Record<string, unknown>} */
const results = {};
/** @type {Record<string, string>} */
const errors = {};

/** @param {string} name @param {() => Promise<void>} work */
async function phase(name, work) {
  if (!wanted(name)) return;
  log(`${name}…`);
  const t0 = Date.now();
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors[name] = message;
    rows.push({
      area: name,
      measure: 'benchmark failed',
      value: 'ERROR',
      status: 'ERROR',
      note: message.split('\n')[0] ?? '',
    });
    log(`${name} FAILED: ${message}`);
  }
  log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

let builds = {};
if (!values['no-build']) {
  log('building the PWA, the extension and the harness (production, into dist/bench/)…');
  builds = await buildAll();
}

await phase('sizes', async () => {
  const result = measureBundles();
  // Over budget: say what the first screen is made of (a second build, with source maps).
  const attribution = result.rows.some((row) => row.over) ? await attributeFirstScreen() : null;
  results.sizes = { ...result, firstScreenAttribution: attribution };
  rows.push(...bundleRows(result, attribution));
});

if (wanted('cold') || wanted('tap')) {
  log('installing the app over 5 years of one facilitator’s data…');
  const device = await installFacilitatorDevice();
  results.device = { counts: device.seeded.counts, today: device.seeded.today, fingerprint: device.seeded.fingerprint };
  try {
    await phase('cold', async () => {
      const result = await measureColdStart({
        context: device.browser.context,
        url: device.served.url,
        seeded: device.seeded,
        runs: options.runs,
      });
      results.cold = result;
      rows.push(...coldStartRows(result));
    });
    await phase('tap', async () => {
      const result = await measureTapLatency({
        context: device.browser.context,
        url: device.served.url,
        seeded: device.seeded,
        taps: options.taps,
      });
      results.tap = result;
      rows.push(...tapRows(result));
    });
  } finally {
    await device.browser.close();
    await device.served.close();
  }
}

await phase('lighthouse', async () => {
  const served = await servePwa();
  try {
    const result = await measureLighthouse({ url: served.url, runs: options.lighthouseRuns });
    results.lighthouse = result;
    rows.push(...lighthouseRows(result));
  } finally {
    await served.close();
  }
});

/** The typist (fill's comparison) mostly waits: it runs beside the supervisor's long import. */
/** @type {ReturnType<typeof measureTypistAlone> | undefined} */
let typist;
await phase('supervisor', async () => {
  const duringImport = wanted('fill')
    ? () => {
        log('  the typist starts beside the import');
        typist = measureTypistAlone({ latencyMs: 200, log });
        typist.catch(() => undefined); // awaited (and reported) by the fill phase
      }
    : undefined;
  const result = await measureSupervisor({
    facilitators: options.facilitators,
    seedBudgetMs: options.seedBudgetMs,
    log,
    ...(duringImport ? { duringImport } : {}),
  });
  results.supervisor = result;
  rows.push(...supervisorRows(result));
});

await phase('fill', async () => {
  const result = await measureFill({ reports: options.reports, log, ...(typist ? { typist } : {}) });
  results.fill = result;
  rows.push(...fillRows(result));
});

const durationMs = Date.now() - started;
const git = (/** @type {string[]} */ args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
let chromium = '';
try {
  chromium = execFileSync(findChromium(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  chromium = findChromium();
}
const report = {
  startedAt: new Date(started).toISOString(),
  durationMs,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    loadAverageAtStart: load,
    loadAverageAtEnd: loadavg(),
    node: process.version,
    chromium,
  },
  git: { commit: git(['rev-parse', 'HEAD']), dirty: git(['status', '--porcelain']).length > 0 },
  options,
  budgets: BUDGETS,
  builds,
  rows,
  results,
  errors,
};
const dir = join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stamp = new Date(started)
  .toISOString()
  .replace(/\.\d+Z$/, 'Z')
  .replaceAll(':', '-');
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(join(dir, `${stamp}.json`), json);
// latest.* describe complete runs only; a partial run (--only/--skip) keeps its own file.
const complete = only.length === 0 && skip.length === 0;
if (complete) {
  writeFileSync(join(dir, 'latest.json'), json);
  writeFileSync(join(dir, 'latest.md'), `${markdownTable(rows)}\n`);
}

process.stdout.write(
  `\nLentera benchmarks — ${report.startedAt}, ${chromium}, ${cpus().length} cores, load ${load.map((l) => l.toFixed(1)).join(' ')}\n\n`,
);
process.stdout.write(`${textTable(rows)}\n\n`);
process.stdout.write(
  `Total wall time: ${(durationMs / 1000).toFixed(0)} s. Results: bench/results/${stamp}.json (and latest.json, latest.md)\n`,
);
process.exitCode = Object.keys(errors).length > 0 ? 1 : 0;
