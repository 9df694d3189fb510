// @ts-check
/**
 * In-page timing probes, installed as init scripts so they run before the app's own code. Times
 * are `performance.now()` of the page, i.e. milliseconds since the navigation started, taken by a
 * MutationObserver the moment the element appears: no polling from Node, whose round trips under
 * CPU throttling would add their own delay to the number.
 */

/** @typedef {import('playwright-core').Page} Page */

/**
 * Records when each selector first matches. Call before `page.goto`.
 * @param {Page} page @param {Record<string, string>} selectors name → CSS selector
 */
export async function markWhenPresent(page, selectors) {
  await page.addInitScript((wanted) => {
    /** @type {Record<string, number>} */
    const marks = {};
    Object.defineProperty(globalThis, '__benchMarks', { value: marks });
    const check = () => {
      for (const [name, selector] of Object.entries(wanted)) {
        if (marks[name] === undefined && document.querySelector(selector) !== null) marks[name] = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  }, selectors);
}

/**
 * Waits until every named mark exists (or the timeout passes) and returns them with the page's
 * first contentful paint. @param {Page} page @param {string[]} names @param {number} timeoutMs
 */
export async function readMarks(page, names, timeoutMs = 60_000) {
  await page
    .waitForFunction(
      (wanted) => {
        const marks = /** @type {Record<string, number>} */ (/** @type {any} */ (globalThis).__benchMarks ?? {});
        return wanted.every((name) => marks[name] !== undefined);
      },
      names,
      { timeout: timeoutMs, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const marks = /** @type {Record<string, number>} */ (/** @type {any} */ (globalThis).__benchMarks ?? {});
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return { ...marks, fcp };
  });
}
