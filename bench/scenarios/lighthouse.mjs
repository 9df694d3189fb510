// @ts-check
/**
 * Lighthouse performance score, mobile form factor (Lighthouse's default: a mid-range phone's
 * screen, simulated slow 4G and 4× CPU), performance category only, against the served production
 * build, in Debian's Chromium. Lighthouse is pinned at 12.2.3 (the last line that runs on Node 20).
 *
 * Where it comes from, in order: the project's node_modules (a devDependency, `lighthouse@12.2.3`),
 * then `LIGHTHOUSE_DIR` or /tmp/lh (a scratch install: `mkdir /tmp/lh && cd /tmp/lh && npm i
 * lighthouse@12.2.3`). When neither has it, the row says so instead of failing the whole run.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from '../../scripts/chromium.mjs';
import { ROOT } from '../lib/build.mjs';
import { median } from '../lib/stats.mjs';

export const LIGHTHOUSE_VERSION = '12.2.3';

function findLighthouse() {
  const roots = [ROOT, process.env.LIGHTHOUSE_DIR, '/tmp/lh'].filter((r) => typeof r === 'string' && r !== '');
  for (const root of /** @type {string[]} */ (roots)) {
    if (!existsSync(join(root, 'node_modules', 'lighthouse', 'package.json'))) continue;
    const require = createRequire(join(root, 'package.json'));
    return {
      root,
      lighthouse: pathToFileURL(require.resolve('lighthouse')).href,
      launcher: pathToFileURL(require.resolve('chrome-launcher')).href,
      version: /** @type {{ version: string }} */ (require('lighthouse/package.json')).version,
      fromProject: root === ROOT,
    };
  }
  return null;
}

/** @param {{ url: string, runs?: number }} options */
export async function measureLighthouse(options) {
  const found = findLighthouse();
  if (found === null) {
    return { skipped: `lighthouse@${LIGHTHOUSE_VERSION} is not installed (devDependency missing; no /tmp/lh)` };
  }
  const { default: lighthouse } = await import(found.lighthouse);
  const chromeLauncher = await import(found.launcher);
  const runs = options.runs ?? 3;
  /** @type {{ score: number, fcp: number, lcp: number, tbt: number, si: number, tti: number }[]} */
  const results = [];
  for (let i = 0; i < runs; i++) {
    // A fresh browser per run: no cache and no service worker from the run before.
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
      ],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(options.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        formFactor: 'mobile',
      });
      const lhr = result?.lhr;
      const audit = (/** @type {string} */ id) => /** @type {number} */ (lhr?.audits?.[id]?.numericValue ?? Number.NaN);
      results.push({
        score: Math.round((lhr?.categories?.performance?.score ?? Number.NaN) * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        si: audit('speed-index'),
        tti: audit('interactive'),
      });
    } finally {
      await chrome.kill();
    }
  }
  const pickMedian = (/** @type {keyof (typeof results)[number]} */ key) => median(results.map((r) => r[key]));
  return {
    version: found.version,
    source: found.fromProject ? 'devDependency' : `scratch install at ${found.root}`,
    runs: results,
    score: pickMedian('score'),
    fcp: pickMedian('fcp'),
    lcp: pickMedian('lcp'),
    tbt: pickMedian('tbt'),
    si: pickMedian('si'),
    tti: pickMedian('tti'),
  };
}
