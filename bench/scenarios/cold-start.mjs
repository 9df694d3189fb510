// @ts-check
/**
 * Cold start offline on a slow device. The app is installed (service worker active, precache
 * complete) over 5 years of one facilitator's data; then the network goes off, the service worker
 * is stopped (a tablet that was put away), and a fresh tab opens with the CPU throttled 4× and 6×:
 * - home: time until today's session shows on the home screen;
 * - attendance: `#/sessions/<id>/attendance` of today's running session (a group of 30) until the
 *   first family card's button is enabled (interactive), and until the route first rendered.
 * Times are ms from navigation start, taken in the page by a MutationObserver (bench/lib/probe.mjs).
 */

import { markWhenPresent, readMarks } from '../lib/probe.mjs';
import { summarize } from '../lib/stats.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * @param {{ context: BrowserContext, url: string, seeded: import('../lib/device.mjs').Seeded,
 *   rates?: number[], runs?: number }} options
 */
export async function measureColdStart(options) {
  const { context, url, seeded } = options;
  const rates = options.rates ?? [4, 6];
  const runs = options.runs ?? 5;
  await context.setOffline(true);
  const running = seeded.todayRunningId;
  const screens = {
    home: {
      path: '/',
      marks: {
        shell: '.screen-head h1',
        today: `a[href="#/sessions/${running}"]`,
      },
    },
    attendance: {
      path: `/#/sessions/${running}/attendance`,
      marks: {
        route: '.run-panel, .screen .empty',
        counts: '[data-testid="attendance-counts"]',
        // The card's main button (the one with aria-pressed), enabled: a tap would be taken.
        interactive: '[data-testid="attendance-card"] button[aria-pressed]:not([disabled])',
      },
    },
  };
  /** @type {Record<string, Record<string, number[]>>} */
  const samples = {};
  for (const rate of rates) {
    for (const [screen, spec] of Object.entries(screens)) {
      // A mark the first run never saw (a screen not built yet) is not waited for again.
      let expected = Object.keys(spec.marks);
      for (let run = 0; run < runs; run++) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        // A tablet taken out of a bag: the service worker is not running either.
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await markWhenPresent(page, spec.marks);
        await page.goto(`${url}${spec.path}`, { waitUntil: 'commit' });
        const marks = await readMarks(page, expected, 30_000);
        if (run === 0) expected = expected.filter((name) => typeof (/** @type {any} */ (marks)[name]) === 'number');
        for (const [name, value] of Object.entries(marks)) {
          if (typeof value !== 'number') continue;
          const key = `${screen}.${name}@${rate}x`;
          samples[key] ??= [];
          samples[key].push(value);
        }
        await page.close();
      }
    }
  }
  await context.setOffline(false);
  /** @type {Record<string, ReturnType<typeof summarize>>} */
  const stats = {};
  for (const [key, values] of Object.entries(samples)) stats[key] = summarize(values);
  return { rates, runs, stats };
}
