// @ts-check
/**
 * Filling throughput: the built extension enters 30 session reports (the classic report form with
 * select2, cascading regions, date, photo and a full-page POST) and one 30-family attendance table
 * (three pages of 10, each saved) into the mock portal answering every request after `latencyMs`.
 *
 * Per record: wall time from opening the form to the portal's confirmation, split into
 * - portal time: the time at least one request to the portal was in flight (union of the
 *   [start, responseEnd] intervals of every portal request in the browser, from Playwright's
 *   request timing), i.e. the server's latency, its own processing (region look-ups 300 ms, saving
 *   a page 150 ms) and the transfer;
 * - extension time: the rest (collect, plan, execute, read back, waiting for the page to settle).
 * The same fill is also run with the portal's latency at 0 in the same run, as a cross-check of
 * the split. The comparison is a scripted typist (typist.mjs) on the same forms.
 */

import { startPortal } from '../../tests/fixtures/portal/server.mjs';
import { launch } from '../lib/browser.mjs';
import { EXTENSION_DIST } from '../lib/build.mjs';
import {
  attendanceTable,
  familiesOf,
  grantSite,
  logIn,
  membersOf,
  openPanel,
  seedPhoto,
  sendMessage,
  sessionReport,
  tabIdOf,
} from '../lib/portal-driver.mjs';
import { summarize } from '../lib/stats.mjs';
import { measureTypist } from './typist.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/** Measure of the union of intervals, clipped to [from, to]. @param {[number, number][]} intervals */
function unionLength(intervals, from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY) {
  const clipped = intervals
    .map(([a, b]) => /** @type {[number, number]} */ ([Math.max(a, from), Math.min(b, to)]))
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Records [start, end] (epoch ms) of every finished request to `origin`. @param {BrowserContext} context @param {string} origin */
function recordPortalRequests(context, origin) {
  /** @type {[number, number][]} */
  const intervals = [];
  let count = 0;
  context.on('requestfinished', (request) => {
    if (!request.url().startsWith(origin)) return;
    const timing = request.timing();
    if (timing.responseEnd < 0) return;
    count += 1;
    intervals.push([timing.startTime, timing.startTime + timing.responseEnd]);
  });
  return { intervals, count: () => count };
}

/** @param {{ latencyMs: number, reports: number, attendance: boolean, log?: (line: string) => void }} options */
async function fillAt(options) {
  const log = options.log ?? (() => undefined);
  const portal = await startPortal({ port: 0, latencyMs: options.latencyMs });
  const browser = await launch({ extension: EXTENSION_DIST });
  try {
    await grantSite(browser.context, portal.url);
    const page = await browser.context.newPage();
    await logIn(page, portal.url);
    const panel = await openPanel(browser.context);
    await seedPhoto(panel);
    const members = membersOf(await familiesOf(page, 'KLP-001'));
    const requests = recordPortalRequests(browser.context, portal.url);
    /** @type {{ wall: number, portal: number, extension: number, requests: number, reference: string | null }[]} */
    const reports = [];
    for (let i = 0; i < options.reports; i++) {
      const t0 = Date.now();
      const before = requests.count();
      await page.goto(`${portal.url}/p2k2/laporan/baru`);
      await page.locator('#sesi_id + .select2 .select2-selection').waitFor();
      const tabId = await tabIdOf(panel, `${portal.url}/p2k2/laporan/baru`);
      const reply = await sendMessage(panel, 'fill.run', {
        tabId,
        mapId: 'mock-p2k2-laporan',
        record: sessionReport(members, i),
        submit: true,
      });
      const t1 = Date.now();
      if (!reply?.ok || reply.value.status !== 'sent') {
        throw new Error(`report ${i + 1} was not sent: ${JSON.stringify(reply).slice(0, 500)}`);
      }
      const portalMs = unionLength(requests.intervals, t0, t1);
      reports.push({
        wall: t1 - t0,
        portal: portalMs,
        extension: t1 - t0 - portalMs,
        requests: requests.count() - before,
        reference: reply.value.reference,
      });
    }
    log(`  latency ${options.latencyMs} ms: ${options.reports} reports sent`);
    /** @type {{ wall: number, portal: number, extension: number, requests: number } | null} */
    let table = null;
    if (options.attendance) {
      const t0 = Date.now();
      const before = requests.count();
      await page.goto(`${portal.url}/p2k2/kehadiran?kelompok=KLP-001&page=1`);
      await page.locator('#tabel-kehadiran').waitFor();
      const tabId = await tabIdOf(panel, `${portal.url}/p2k2/kehadiran`);
      const reply = await sendMessage(panel, 'fill.run', {
        tabId,
        mapId: 'mock-p2k2-kehadiran',
        record: attendanceTable(members, `bench-attendance-${options.latencyMs}`),
        submit: true,
      });
      const t1 = Date.now();
      if (!reply?.ok || reply.value.status !== 'sent') {
        throw new Error(`attendance table was not sent: ${JSON.stringify(reply).slice(0, 500)}`);
      }
      const portalMs = unionLength(requests.intervals, t0, t1);
      table = { wall: t1 - t0, portal: portalMs, extension: t1 - t0 - portalMs, requests: requests.count() - before };
      log(`  latency ${options.latencyMs} ms: attendance table (30 families) sent`);
    }
    const received = portal.received();
    return {
      latencyMs: options.latencyMs,
      reports: {
        n: reports.length,
        wall: summarize(reports.map((r) => r.wall)),
        portal: summarize(reports.map((r) => r.portal)),
        extension: summarize(reports.map((r) => r.extension)),
        requests: summarize(reports.map((r) => r.requests)),
        totalWall: reports.reduce((s, r) => s + r.wall, 0),
      },
      table,
      received: {
        reports: received.reports.length,
        attendancePages: received.attendance.length,
        rejected: received.rejected.length,
      },
    };
  } finally {
    await browser.close();
    await portal.close();
  }
}

/**
 * The typist on its own portal (same latency) and browser (no extension). It spends 98 % of its
 * time waiting (the pauses and the 300 ms between keys), so `npm run bench` runs it beside a long
 * phase that does not time small things (the supervisor's bundle import), which saves a minute
 * and a half of the 10-minute budget; alone (`--only fill`) it runs beside the latency-0
 * cross-check.
 * @param {{ latencyMs: number, log: (line: string) => void }} options
 */
export async function measureTypistAlone(options) {
  const portal = await startPortal({ port: 0, latencyMs: options.latencyMs });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await logIn(page, portal.url);
    const members = membersOf(await familiesOf(page, 'KLP-001'));
    await page.close();
    const result = await measureTypist({ context: browser.context, portalUrl: portal.url, members });
    options.log('  typist measured');
    return result;
  } finally {
    await browser.close();
    await portal.close();
  }
}

/**
 * @param {{ latencyMs?: number, reports?: number, compareReports?: number,
 *   typist?: Promise<Awaited<ReturnType<typeof measureTypistAlone>>> | false, log?: (line: string) => void }} [options]
 *   `typist`: a typist run already under way (started beside another phase), or false for none.
 */
export async function measureFill(options = {}) {
  const latencyMs = options.latencyMs ?? 200;
  const log = options.log ?? (() => undefined);
  const main = await fillAt({ latencyMs, reports: options.reports ?? 30, attendance: true, log });
  const typistRun =
    options.typist === false ? Promise.resolve(null) : (options.typist ?? measureTypistAlone({ latencyMs, log }));
  const zero = await fillAt({ latencyMs: 0, reports: options.compareReports ?? 5, attendance: true, log });
  return {
    main,
    zero,
    typist: await typistRun,
    typistBeside: options.typist ? 'supervisor import' : 'latency-0 cross-check',
  };
}
