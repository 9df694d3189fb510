/**
 * Hostile and broken files, as the facilitator meets them on the data screen: each one is refused
 * with a message in their language that says nothing changed, and the database is exactly as it
 * was. A valid file full of HTML in its names shows those names as text, in the preview and after
 * the import.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eBundles, HTML_GROUP, HTML_MEMBER, makeE2eBundles } from '../fixtures/bundles-e2e/make-e2e-bundles';
import { canonical, dumpDatabase } from '../fixtures/bundles-e2e/page-db';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = '/work/main/.tmp';
const NOTHING = 'Tidak ada data yang berubah.';

async function pick(page: Page, name: string, bytes: Uint8Array, mimeType = 'application/octet-stream') {
  await page.getByTestId('data-import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

async function errorText(page: Page): Promise<string> {
  const error = page.getByTestId('import-error');
  await error.waitFor({ timeout: 60_000 });
  return (await error.textContent()) ?? '';
}

async function back(page: Page) {
  await page.getByRole('button', { name: /^(Batal|Cancel)$/ }).click();
  await page.getByTestId('backup-section').waitFor();
}

describe('importing broken and hostile files', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let files: E2eBundles;

  beforeAll(async () => {
    files = await makeE2eBundles();
    served = await servePwa();
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { demo: true });
    await page.goto(`${served.url}/#/data`);
    await page.getByTestId('backup-section').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('refuses each with a clear message and changes nothing', async () => {
    const before = canonical(await dumpDatabase(page));
    const cases: [string, Uint8Array, string][] = [
      ['daftar-keluarga.lentera', files.roster, `Berkas ini bukan berkas data Lentera. ${NOTHING}`],
      ['rusak.lentera', files.truncated, `Berkas ini rusak atau telah diubah, jadi tidak bisa diimpor. ${NOTHING}`],
      ['bom-jujur.lentera', files.bombHonest, 'Ekspor per rentang tanggal atau per kelompok'],
      [
        'bom-bohong.lentera',
        files.bombLying,
        `Berkas ini rusak atau telah diubah, jadi tidak bisa diimpor. ${NOTHING}`,
      ],
      ['kosong.lentera', new Uint8Array(0), `Berkas ini bukan berkas data Lentera. ${NOTHING}`],
    ];
    for (const [name, bytes, expected] of cases) {
      await pick(page, name, bytes);
      expect(await errorText(page), name).toContain(expected);
      if (name === 'rusak.lentera') {
        await expect(seriousA11yViolations(page)).resolves.toEqual([]);
        expect(await smallTouchTargets(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/data-import-damaged.png`, fullPage: true });
      }
      expect(canonical(await dumpDatabase(page)), name).toBe(before);
      await back(page);
    }

    // The same refusal in English.
    await page.goto(`${served.url}/#/status`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${served.url}/#/data`);
    await pick(page, 'photo.lentera', files.roster, 'text/csv');
    expect(await errorText(page)).toBe('This file is not a Lentera data file. No data was changed.');
    await back(page);
    await page.goto(`${served.url}/#/status`);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    expect(canonical(await dumpDatabase(page))).toBe(before);
  });

  it('shows names full of HTML as text, before and after importing', async () => {
    await page.goto(`${served.url}/#/data`);
    await pick(page, 'nama-aneh.lentera', files.htmlNames);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await page.getByTestId('import-groups').textContent()).toBe(HTML_GROUP);
    expect(await preview.textContent()).toContain('Dari Dewi <i>Pendamping</i> (Pendamping)');
    expect(await preview.locator('b, i, img, script').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/data-import-html-names.png`, fullPage: true });
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.getByTestId('import-result').waitFor();

    await page.goto(`${served.url}/#/groups`);
    await expect.poll(() => page.locator('main').textContent()).toContain(HTML_GROUP);
    await page.getByText(HTML_GROUP).first().click();
    await expect.poll(() => page.locator('main').textContent()).toContain(HTML_MEMBER);
    expect(await page.locator('main img[src="x"], main script, main b').count()).toBe(0);
    expect(await page.title()).toBe('Lentera');
  });
});
