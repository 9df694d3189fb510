// @ts-check
/**
 * A facilitator's tablet as the field benchmarks need it: the PWA installed (first visit, service
 * worker active and its precache complete) over a database holding 5 years of one facilitator's
 * history, seeded through the harness before the first visit (the service worker would otherwise
 * answer the harness page's navigation with the app shell).
 */
import { launch, openHarness, servePwa } from './browser.mjs';

/**
 * @typedef {{ ms: number, counts: Record<string, number>, groupIds: string[], todayRunningId: string,
 *   todayPlannedId: string, today: string, fingerprint: string }} Seeded
 */

export async function installFacilitatorDevice() {
  const served = await servePwa();
  const browser = await launch();
  const harness = await openHarness(browser.context, served.url);
  /** @type {Seeded} */
  const seeded = await harness.evaluate(async () => {
    const api = /** @type {any} */ (globalThis).lenteraBench;
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const scale = { ...api.scales.facilitator, today };
    const result = await api.seed(scale, 'facilitator');
    api.close();
    return { ...result, today, fingerprint: await api.fingerprint(scale, 0) };
  });
  await harness.close();
  const page = await browser.context.newPage();
  await page.goto(served.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await page.locator(`a[href="#/sessions/${seeded.todayRunningId}"]`).first().waitFor({ timeout: 60_000 });
  await page.close();
  return { served, browser, seeded };
}
