// @ts-check
/**
 * Supervisor scale: the seeded data of many facilitators (full scale: 100 facilitators × 10 groups
 * × 30 families over 5 years = 30,000 families, ~71,000 sessions, ~1.8 million attendance rows)
 * in the app's IndexedDB, on a laptop (no CPU throttle). Measured, each through the app's own code:
 * - seeding throughput (rows/s into IndexedDB; the floor for any import of that size);
 * - open a group (families + sessions), the catch-up list of a group (`loadCatchUp` →
 *   `catchUpList`), a month report over all groups (sessions + attendance of one month, summarised);
 * - the same screens in the app: home, group list, a group, its catch-up list (in-app navigation);
 * - a full bundle export (`exportBundle`, scope all, verified) and import into an empty database
 *   (`readBundle` + `applyImport`), with the page's V8 heap and Chromium's RSS at their peaks.
 * Seeding 1.8 M rows does not fit the 10-minute budget on this machine, so the default is a
 * fraction of the facilitators (seeded until `facilitators` or `seedBudgetMs`, whichever comes
 * first); numbers that grow with the data are also given extrapolated linearly to full scale,
 * labelled as such. Per-group numbers read by index and do not grow with the number of groups.
 */
import { heapUsage, launch, openHarness, servePwa } from '../lib/browser.mjs';
import { chromiumRss, sampleRss } from '../lib/rss.mjs';
import { summarize } from '../lib/stats.mjs';

/** @typedef {import('playwright-core').Page} Page */

const FULL_FACILITATORS = 100;

/** Samples a page's V8 heap every 250 ms; `stop()` returns the peak. @param {Page} page */
async function sampleHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    cdp
      .send('Runtime.getHeapUsage')
      .then((usage) => {
        peak = Math.max(peak, /** @type {{ usedSize: number }} */ (usage).usedSize);
      })
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, 250);
  return {
    async stop() {
      clearInterval(timer);
      const usage = /** @type {{ usedSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
      await cdp.detach().catch(() => undefined);
      return Math.max(peak, usage.usedSize);
    },
  };
}

/** Runs `work` and reports its result with the heap and RSS peaks meanwhile. @template T @param {Page} page @param {() => Promise<T>} work */
async function withMemory(page, work) {
  const heap = await sampleHeap(page);
  const rss = sampleRss();
  const result = await work();
  return { result, heapPeak: await heap.stop(), rss: rss.stop() };
}

/**
 * Times an in-app navigation: sets the hash and waits (in the page) for `selector`.
 * @param {Page} page @param {string} hash @param {string} selector
 */
async function timeNavigation(page, hash, selector) {
  // Leave for a light screen first, so the selector cannot match the previous screen.
  await page.evaluate(() => {
    location.hash = '#/status';
  });
  await page.waitForFunction(() => document.querySelector('main .loading') === null, undefined, { timeout: 30_000 });
  return page.evaluate(
    ([target, wanted]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const check = () => {
          if (document.querySelector(wanted) === null) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 60_000);
        location.hash = target;
      }),
    /** @type {const} */ ([hash, selector]),
  );
}

/**
 * @param {{ facilitators?: number, seedBudgetMs?: number, log?: (line: string) => void,
 *   duringImport?: () => void }} [options] `duringImport` starts work that may share the machine
 *   with the import (timed in tens of seconds), e.g. the typist, who mostly waits.
 */
export async function measureSupervisor(options = {}) {
  const target = options.facilitators ?? 25;
  const seedBudgetMs = options.seedBudgetMs ?? 45_000;
  const log = options.log ?? (() => undefined);
  const served = await servePwa();
  const browser = await launch({ serviceWorkers: 'block' });
  try {
    const harness = await openHarness(browser.context, served.url);
    const today = await harness.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    // Seed in slices of 2 facilitators until the target or the time budget.
    const seedRss = sampleRss();
    const seeded = {
      facilitators: 0,
      ms: 0,
      writeMs: 0,
      generateMs: 0,
      groups: 0,
      members: 0,
      sessions: 0,
      attendance: 0,
    };
    /** @type {string[]} */
    const groupIds = [];
    const t0 = performance.now();
    while (seeded.facilitators < target && performance.now() - t0 < seedBudgetMs) {
      const from = seeded.facilitators;
      const to = Math.min(target, from + 2);
      const slice = await harness.evaluate(
        ([scaleToday, a, b]) => {
          const api = /** @type {any} */ (globalThis).lenteraBench;
          return api.seed({ ...api.scales.supervisor, today: scaleToday }, 'supervisor', a, b);
        },
        /** @type {const} */ ([today, from, to]),
      );
      seeded.facilitators = to;
      seeded.ms += slice.ms;
      seeded.writeMs += slice.writeMs;
      seeded.generateMs += slice.generateMs;
      for (const key of /** @type {const} */ (['groups', 'members', 'sessions', 'attendance']))
        seeded[key] += slice.counts[key];
      groupIds.push(...slice.groupIds);
      log(`  seeded ${to}/${target} facilitators (${seeded.attendance.toLocaleString('en')} attendance rows)`);
    }
    const seedPeak = seedRss.stop();
    const rows = seeded.groups + seeded.members + seeded.sessions + seeded.attendance;
    const fingerprint = await harness.evaluate((d) => {
      const api = /** @type {any} */ (globalThis).lenteraBench;
      return api.fingerprint({ ...api.scales.supervisor, today: d }, 0);
    }, today);
    const scale = seeded.facilitators / FULL_FACILITATORS;

    // Database-level reads, through the app's read models.
    const pick = (/** @type {number} */ count) =>
      Array.from({ length: count }, (_, i) => groupIds[Math.floor(((i + 0.5) * groupIds.length) / count)] ?? '');
    const openGroup = [];
    for (const id of pick(15))
      openGroup.push(await harness.evaluate((g) => /** @type {any} */ (globalThis).lenteraBench.openGroup(g), id));
    const catchUp = [];
    for (const id of pick(10))
      catchUp.push(await harness.evaluate((g) => /** @type {any} */ (globalThis).lenteraBench.catchUp(g), id));
    const reads = [];
    for (const id of pick(6))
      reads.push(await harness.evaluate((g) => /** @type {any} */ (globalThis).lenteraBench.attendanceReads(g), id));
    const counts = [];
    for (let i = 0; i < 3; i++)
      counts.push(await harness.evaluate(() => /** @type {any} */ (globalThis).lenteraBench.memberCounts()));
    const months = [3, 2, 1].map((back) => {
      const [y, m] = today.split('-').map(Number);
      const index = (y ?? 2000) * 12 + ((m ?? 1) - 1) - back;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    });
    const monthReport = [];
    for (const month of months)
      monthReport.push(
        await harness.evaluate((mo) => /** @type {any} */ (globalThis).lenteraBench.monthReport(mo), month),
      );
    await harness.evaluate(() => /** @type {any} */ (globalThis).lenteraBench.close());
    log('  measured reads');

    // The same screens in the app (in-app navigation, as a tap on a link).
    const app = await browser.context.newPage();
    const homeStart = performance.now();
    await app.goto(served.url);
    await app.locator('.home [data-testid="group-list"]').waitFor({ timeout: 120_000 });
    const homeMs = performance.now() - homeStart;
    const screens = {
      groupList: /** @type {number[]} */ ([]),
      group: /** @type {number[]} */ ([]),
      catchUp: /** @type {number[]} */ ([]),
    };
    for (let i = 0; i < 3; i++) {
      const ms = await timeNavigation(app, '#/groups', '[data-testid="group-list"]');
      if (typeof ms === 'number') screens.groupList.push(ms);
    }
    for (const id of pick(5)) {
      const ms = await timeNavigation(app, `#/groups/${id}`, '[data-testid="member-list"]');
      if (typeof ms === 'number') screens.group.push(ms);
    }
    for (const id of pick(5).reverse()) {
      const ms = await timeNavigation(
        app,
        `#/groups/${id}/catch-up`,
        '[data-testid="catch-up-list"], [data-testid="catch-up-empty"]',
      );
      if (typeof ms === 'number') screens.catchUp.push(ms);
    }
    await app.close();
    log('  measured screens');

    // Full bundle export, then import into an empty database.
    const beforeBundle = { heap: (await heapUsage(harness)).usedSize, rss: chromiumRss() };
    const exported = await withMemory(harness, () =>
      harness.evaluate(() => /** @type {any} */ (globalThis).lenteraBench.exportAll()),
    );
    log(`  exported ${(exported.result.bytes / 1048576).toFixed(1)} MB`);
    options.duringImport?.();
    const imported = await withMemory(harness, () =>
      harness.evaluate(() => /** @type {any} */ (globalThis).lenteraBench.importLast()),
    );
    log('  imported');
    return {
      scale,
      extrapolate: 1 / scale,
      seeded: { ...seeded, rows, rowsPerSecond: rows / (seeded.writeMs / 1000), rssPeak: seedPeak, today, fingerprint },
      openGroup: summarize(openGroup.map((r) => r.ms)),
      catchUp: summarize(catchUp.map((r) => r.ms)),
      catchUpRule: summarize(catchUp.map((r) => r.ruleMs)),
      catchUpFamilies: catchUp.map((r) => r.count),
      attendanceReads: {
        anyOf: summarize(reads.map((r) => r.anyOfMs)),
        equals: summarize(reads.map((r) => r.equalsMs)),
        rows: summarize(reads.map((r) => r.rows)),
      },
      memberCounts: {
        each: summarize(counts.map((c) => c.eachMs)),
        toArray: summarize(counts.map((c) => c.toArrayMs)),
        members: counts[0]?.members ?? 0,
      },
      monthReport: summarize(monthReport.map((r) => r.ms)),
      monthReportRows: monthReport.map((r) => ({ attendance: r.count, ...r.report })),
      screens: {
        homeLoadMs: homeMs,
        groupList: summarize(screens.groupList),
        group: summarize(screens.group),
        catchUp: summarize(screens.catchUp),
      },
      bundle: {
        before: beforeBundle,
        export: {
          ms: exported.result.ms,
          bytes: exported.result.bytes,
          heapPeak: exported.heapPeak,
          rss: exported.rss,
        },
        import: {
          readMs: imported.result.readMs,
          applyMs: imported.result.applyMs,
          rows: imported.result.rows,
          writes: imported.result.writes,
          heapPeak: imported.heapPeak,
          rss: imported.rss,
        },
      },
    };
  } finally {
    await browser.close();
    await served.close();
  }
}
