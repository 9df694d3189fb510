// @ts-check
/**
 * Renders pwa/public/icons/icon.svg to the PNG sizes the manifests need, with the same headless
 * Chromium the tests use. Run by hand when the icon changes; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const svg = readFileSync(new URL('../pwa/public/icons/icon.svg', import.meta.url), 'utf8');
const targets = [
  ['pwa/public/icons/icon-192.png', 192, 0],
  ['pwa/public/icons/icon-512.png', 512, 0],
  ['pwa/public/icons/icon-maskable-512.png', 512, 0.1],
  ['pwa/public/icons/apple-touch-icon.png', 180, 0],
  ['extension/public/icons/icon-48.png', 48, 0],
  ['extension/public/icons/icon-128.png', 128, 0],
];
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
for (const [file, size, pad] of targets) {
  const inset = Math.round(Number(size) * Number(pad));
  await page.setViewportSize({ width: Number(size), height: Number(size) });
  await page.setContent(
    `<body style="margin:0;background:#9a3412"><div style="padding:${inset}px">${svg.replace('<svg ', `<svg width="${Number(size) - 2 * inset}" height="${Number(size) - 2 * inset}" `)}</div></body>`,
  );
  await page.screenshot({ path: String(file), omitBackground: false });
}
await browser.close();
