/**
 * Backups that happen, in real Chromium with the page's clock under the test's control:
 * - home reminds once changes are older than the chosen days (7 by default), not before, and not
 *   when the facilitator chose more days; the reminder leads straight to the one-tap backup, and a
 *   saved backup ends it (lastExportAt);
 * - an export of some groups, without a passphrase, is a plain bundle of that scope and does not
 *   count as a backup;
 * - a file shared to the installed app (manifest share_target → service worker → data screen) is
 *   imported through the same preview; a share without a usable file says so.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../shared/bundle';
import { readSettingRow } from '../fixtures/bundles-e2e/page-db';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = '/work/main/.tmp';
const PASSPHRASE = 'cadangan mingguan rina';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Posts a form to the share target the way Android's share sheet does (a navigation). */
async function shareToApp(page: Page, file: { name: string; buffer: Buffer } | null): Promise<void> {
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.enctype = 'multipart/form-data';
    form.action = '/share-target';
    form.id = 'share-sim';
    const input = document.createElement('input');
    input.type = 'file';
    input.name = 'bundle';
    form.append(input);
    document.body.append(form);
  });
  if (file !== null) {
    await page.locator('#share-sim input').setInputFiles({ ...file, mimeType: 'application/octet-stream' });
  }
  await Promise.all([
    page.waitForURL(/#\/data\?shared=/),
    page.evaluate(() => (document.getElementById('share-sim') as HTMLFormElement).submit()),
  ]);
}

describe('backups that happen', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let backup: Buffer;

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch();
    page = await browser.context.newPage();
    await page.clock.install();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { name: 'Rina Pendamping', demo: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('reminds on home after 7 days without a backup, and a one-tap backup ends it', async () => {
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);

    await page.clock.fastForward(6 * DAY_MS);
    await page.reload();
    await page.getByRole('heading', { name: 'Halo, Rina Pendamping' }).waitFor();
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);

    await page.clock.fastForward(DAY_MS);
    await page.reload();
    const reminder = page.getByTestId('backup-reminder');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Data Anda belum pernah dicadangkan (7 hari');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/data-reminder-home.png`, fullPage: true });

    // More days chosen: no reminder yet.
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByLabel('Ingatkan saya jika belum dicadangkan selama').selectOption('14');
    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { name: 'Halo, Rina Pendamping' }).waitFor();
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByLabel('Ingatkan saya jika belum dicadangkan selama').selectOption('7');
    await page.getByRole('link', { name: 'Beranda' }).click();

    // The reminder's button opens the backup itself: only the passphrase is asked.
    await reminder.getByRole('link', { name: 'Cadangkan sekarang' }).click();
    await page.getByRole('heading', { name: 'Cadangan', level: 2 }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByLabel('Ulangi kata sandi').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buat berkas cadangan' }).click();
    await page.getByTestId('export-ready').waitFor({ timeout: 60_000 });
    expect(await readSettingRow(page, 'lastExportAt')).toBeUndefined();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan ke perangkat' }).click(),
    ]);
    backup = readFileSync((await download.path()) ?? '');
    await page.getByTestId('export-saved').waitFor();
    expect(typeof (await readSettingRow(page, 'lastExportAt'))).toBe('string');
    await page.getByRole('button', { name: 'Selesai' }).click();
    expect(await page.getByTestId('last-backup').textContent()).toMatch(/^Cadangan terakhir: /);

    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { name: 'Halo, Rina Pendamping' }).waitFor();
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
  });

  it('exports some groups as a plain file that is not counted as a backup', async () => {
    const lastBackup = await readSettingRow(page, 'lastExportAt');
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('button', { name: 'Ekspor data…' }).click();
    await page.getByLabel('Kelompok tertentu').check();
    await page.getByRole('button', { name: 'Buat berkas' }).click();
    await page.getByText('Pilih paling sedikit satu kelompok.').waitFor();
    await page.getByTestId('export-groups').getByLabel('Kelompok Contoh Melati').check();
    await page.getByLabel(/Kunci berkas dengan kata sandi/).uncheck();
    await page.getByText('Berkas tanpa kata sandi bisa dibaca siapa saja').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/data-export-groups.png`, fullPage: true });
    await page.getByRole('button', { name: 'Buat berkas' }).click();
    await page.getByTestId('export-ready').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan ke perangkat' }).click(),
    ]);
    const parsed = await readBundle(readFileSync((await download.path()) ?? ''));
    expect(parsed.encrypted).toBe(false);
    expect(parsed.manifest.scope.kind).toBe('groups');
    expect(parsed.tables.members).toHaveLength(20);
    expect(await readSettingRow(page, 'lastExportAt')).toBe(lastBackup);
  });

  it('fits a phone and a landscape tablet without sideways scrolling', async () => {
    for (const [label, size] of [
      ['phone', { width: 360, height: 740 }],
      ['landscape', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`${served.url}/#/`);
      await page.getByRole('link', { name: 'Data', exact: true }).click();
      await page.getByTestId('backup-section').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await smallTouchTargets(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/data-home-${label}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Ekspor data…' }).click();
      await page.getByLabel('Pertemuan dalam rentang tanggal').check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/data-export-${label}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Batal' }).click();
    }
    await page.setViewportSize({ width: 800, height: 1280 });
  });
  it('imports a file shared to the installed app, and says when a share brought nothing', async () => {
    const manifest = (await (await fetch(`${served.url}/manifest.webmanifest`)).json()) as {
      share_target?: { action: string; method: string; enctype: string; params: { files: { accept: string[] }[] } };
    };
    expect(manifest.share_target).toMatchObject({
      action: '/share-target',
      method: 'POST',
      enctype: 'multipart/form-data',
    });
    expect(manifest.share_target?.params.files[0]?.accept).toContain('.lentera');

    await page.goto(`${served.url}/#/`);
    await shareToApp(page, { name: 'cadangan.lentera', buffer: backup });
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buka berkas' }).click();
    // Everything in the backup is already on this device.
    await page.getByTestId('import-nothing').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(async () => (await (await caches.open('lentera-shared')).keys()).length)).toBe(0);

    await page.goto(`${served.url}/#/`);
    await shareToApp(page, null);
    await page.getByText('Berkas yang dibagikan tidak bisa diterima.').waitFor();
  });
});
