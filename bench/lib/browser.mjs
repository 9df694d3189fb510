// @ts-check
/**
 * Debian's Chromium through playwright-core (no browser download; flags from scripts/chromium.mjs),
 * the production PWA served by Vite's `preview()` on 127.0.0.1, and the benchmark harness served
 * beside it at `/__bench/` so it shares the app's origin and so its IndexedDB.
 *
 * The service worker answers every navigation with the app shell, so the harness page must be
 * opened before the first app visit installs it, or in a context that blocks service workers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { HARNESS_DIST, PWA_DIST, ROOT } from './build.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/**
 * @param {{ extension?: string, serviceWorkers?: 'allow' | 'block', viewport?: { width: number, height: number },
 *   profileDir?: string }} [options]
 */
export async function launch(options = {}) {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lentera-bench-'));
  const args = [...chromiumArgs];
  if (options.extension)
    args.push(`--disable-extensions-except=${options.extension}`, `--load-extension=${options.extension}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: options.viewport ?? { width: 800, height: 1280 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return {
    context,
    profileDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

const HARNESS_HTML = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Lentera bench</title></head>
<body><p>Lentera benchmark harness</p><script src="/__bench/harness.js"></script></body></html>`;

/** The PWA build at `dist` on 127.0.0.1, plus `/__bench/harness.{html,js}`. */
export async function servePwa(dist = PWA_DIST) {
  /** @type {import('vite').Plugin} */
  const harness = {
    name: 'lentera-bench-harness',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench', (req, res) => {
        if (req.url?.startsWith('/harness.js')) {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(readFileSync(join(HARNESS_DIST, 'harness.js')));
        } else {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(HARNESS_HTML);
        }
      });
    },
  };
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    plugins: [harness],
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** Opens the harness page at the app's origin and waits for `window.lenteraBench`. @param {BrowserContext} context @param {string} url */
export async function openHarness(context, url) {
  const page = await context.newPage();
  await page.goto(`${url}/__bench/harness.html`);
  await page.waitForFunction(() => 'lenteraBench' in globalThis);
  return page;
}

/** CPU slowdown for one page (1 = none), as DevTools' "CPU throttling". @param {Page} page @param {number} rate */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** V8 heap of a page, precise (performance.memory is bucketed without a flag). @param {Page} page */
export async function heapUsage(page) {
  const cdp = await page.context().newCDPSession(page);
  const usage = /** @type {{ usedSize: number, totalSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
  await cdp.detach();
  return usage;
}

export function chromiumVersion() {
  return findChromium();
}
