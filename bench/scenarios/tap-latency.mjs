// @ts-check
/**
 * Attendance tap latency under a 4× CPU throttle, on the installed app over 5 years of one
 * facilitator's history: 300 taps on the 30 family cards of today's running session (round robin,
 * so every card cycles hadir → izin → sakit → alpa → hadir …), one after another.
 *
 * Measured in the page, from the tap's `pointerdown` event:
 * - shown:   the card's `data-status` shows the new status (the optimistic display);
 * - commit:  the IndexedDB readwrite transaction over `attendance` completed (IDBDatabase#transaction
 *            is wrapped by an init script to time every `complete` event);
 * - settled: the card's button leaves `aria-busy="true"` with the new status, which the attendance
 *            tab does only after the write resolved: what the facilitator sees as "saved".
 * At the end the stored rows are read back and compared with what the cards show.
 */
import { summarize } from '../lib/stats.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

const CARD = '[data-testid="attendance-card"]';
const CYCLE = ['none', 'hadir', 'izin', 'sakit', 'alpa'];
const next = (/** @type {string} */ status) =>
  status === 'alpa' ? 'hadir' : (CYCLE[CYCLE.indexOf(status) + 1] ?? 'hadir');

function installProbe() {
  /** @type {{ t: number, stores: string[] }[]} */
  const commits = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = /** @type {typeof original} */ (
    function (
      /** @type {string | string[]} */ stores,
      /** @type {IDBTransactionMode} */ mode,
      /** @type {any} */ options,
    ) {
      const tx = original.call(this, stores, mode, options);
      if (mode === 'readwrite') {
        const names = typeof stores === 'string' ? [stores] : [...stores];
        tx.addEventListener('complete', () => commits.push({ t: performance.now(), stores: names }));
      }
      return tx;
    }
  );
  /** @type {{ index: number, expected: string, t0: number | null, shown: number | null, settled: number | null,
   *   resolve: ((value: unknown) => void) | null }} */
  const tap = { index: -1, expected: '', t0: null, shown: null, settled: null, resolve: null };
  const cardAt = (/** @type {number} */ i) =>
    /** @type {HTMLElement | undefined} */ (document.querySelectorAll('[data-testid="attendance-card"]')[i]);
  document.addEventListener(
    'pointerdown',
    (event) => {
      const card = cardAt(tap.index);
      if (tap.t0 === null && card?.contains(/** @type {Node} */ (event.target))) tap.t0 = event.timeStamp;
    },
    true,
  );
  const observer = new MutationObserver(() => {
    const card = cardAt(tap.index);
    if (!card || tap.t0 === null) return;
    const now = performance.now();
    const button = card.querySelector('button[aria-pressed]');
    if (tap.shown === null && card.dataset.status === tap.expected) tap.shown = now;
    if (
      tap.settled === null &&
      card.dataset.status === tap.expected &&
      button?.getAttribute('aria-busy') !== 'true' &&
      commits.some((c) => c.t >= (tap.t0 ?? 0) && c.stores.includes('attendance'))
    ) {
      tap.settled = now;
      tap.resolve?.(null);
    }
  });
  const bench = {
    /** Scrolls card `index` into view and returns its centre. */
    arm(/** @type {number} */ index, /** @type {string} */ expected) {
      Object.assign(tap, { index, expected, t0: null, shown: null, settled: null, resolve: null });
      const card = cardAt(index);
      if (!card) throw new Error(`no card ${index}`);
      observer.disconnect();
      observer.observe(card, { subtree: true, attributes: true, childList: true, characterData: true });
      card.scrollIntoView({ block: 'center' });
      const box = /** @type {HTMLElement} */ (card.querySelector('button[aria-pressed]')).getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 30) };
    },
    done(/** @type {number} */ timeoutMs) {
      const finish = () => {
        const t0 = tap.t0 ?? Number.NaN;
        const commit = commits.find((c) => c.t >= t0 && c.stores.includes('attendance'));
        return {
          shown: (tap.shown ?? Number.NaN) - t0,
          commit: (commit?.t ?? Number.NaN) - t0,
          settled: (tap.settled ?? Number.NaN) - t0,
        };
      };
      if (tap.settled !== null) return finish();
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(finish()), timeoutMs);
        tap.resolve = () => {
          clearTimeout(timer);
          resolve(finish());
        };
      });
    },
    /** Waits for the tap in flight (if any), then arms the next one: one round trip per tap. */
    async next(/** @type {number} */ index, /** @type {string} */ expected, /** @type {number} */ timeoutMs) {
      const previous = tap.index >= 0 ? await bench.done(timeoutMs) : null;
      return { previous, point: bench.arm(index, expected) };
    },
    statuses: () =>
      [...document.querySelectorAll('[data-testid="attendance-card"]')].map(
        (c) => /** @type {HTMLElement} */ (c).dataset.status ?? '',
      ),
  };
  Object.defineProperty(globalThis, '__benchTap', { value: bench });
}

/**
 * @param {{ context: BrowserContext, url: string, seeded: import('../lib/device.mjs').Seeded, taps?: number,
 *   rate?: number }} options
 */
export async function measureTapLatency(options) {
  const { context, url, seeded } = options;
  const taps = options.taps ?? 300;
  const rate = options.rate ?? 4;
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/#/sessions/${seeded.todayRunningId}/attendance`);
  const found = await page
    .locator(`${CARD} button[aria-pressed]:not([disabled])`)
    .first()
    .waitFor({ timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  if (!found) {
    await page.close();
    return { skipped: 'the attendance screen shows no family cards', rate, taps: 0 };
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const cards = await page.locator(CARD).count();
  /** @type {{ shown: number[], commit: number[], settled: number[] }} */
  const samples = { shown: [], commit: [], settled: [] };
  let statuses = await page.evaluate(() => /** @type {any} */ (globalThis).__benchTap.statuses());
  let failures = 0;
  /** @param {{ shown: number, commit: number, settled: number } | null} result @param {number} index @param {string} expected */
  const record = async (result, index, expected) => {
    if (result === null) return;
    if (Number.isFinite(result.settled)) {
      samples.shown.push(result.shown);
      samples.commit.push(result.commit);
      samples.settled.push(result.settled);
      statuses[index] = expected;
    } else {
      failures += 1;
      statuses = await page.evaluate(() => /** @type {any} */ (globalThis).__benchTap.statuses());
    }
  };
  const t0 = performance.now();
  let pending = { index: -1, expected: '' };
  for (let i = 0; i <= taps; i++) {
    if (i === taps) {
      const last = await page.evaluate((ms) => /** @type {any} */ (globalThis).__benchTap.done(ms), 10_000);
      await record(last, pending.index, pending.expected);
      break;
    }
    const index = i % cards;
    // The card's last tap (30 taps ago) is recorded by now: its status is known.
    const expected = next(statuses[index] ?? 'none');
    const step = await page.evaluate(
      ([n, e]) => /** @type {any} */ (globalThis).__benchTap.next(n, e, 10_000),
      /** @type {const} */ ([index, expected]),
    );
    await record(step.previous, pending.index, pending.expected);
    pending = { index, expected };
    await page.mouse.click(step.point.x, step.point.y);
  }
  const wallMs = performance.now() - t0;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // What the database holds must be what the cards show.
  const stored = await page.evaluate(async (sessionId) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise((resolve, reject) => {
      const request = /** @type {IDBDatabase} */ (db)
        .transaction('attendance')
        .objectStore('attendance')
        .index('sessionId')
        .getAll(sessionId);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    /** @type {IDBDatabase} */ (db).close();
    return /** @type {{ status: string }[]} */ (rows).map((row) => row.status).sort();
  }, seeded.todayRunningId);
  const shownNow = (await page.evaluate(() => /** @type {any} */ (globalThis).__benchTap.statuses()))
    .filter((/** @type {string} */ s) => s !== 'none')
    .sort();
  await page.close();
  return {
    rate,
    taps,
    cards,
    failures,
    wallMs,
    consistent: JSON.stringify(stored) === JSON.stringify(shownNow),
    shown: summarize(samples.shown),
    commit: summarize(samples.commit),
    settled: summarize(samples.settled),
  };
}
