/**
 * Never lose a record, across devices: two Chromium profiles stand for two tablets.
 *
 * A: first run with the demo group, then offline: plan a session, run it, mark attendance, take a
 * photo (tests/fixtures/photos/meeting-2400x1600.jpg), finish; then a one-tap backup, locked with a
 * passphrase, saved through the browser's download.
 * B: a fresh profile imports that file: a wrong passphrase is refused and changes nothing; with
 * the right one the preview shows what is new, the import stores every row of A exactly (photo
 * bytes equal), the session shows once with its attendance and its photo; the same file again
 * says "nothing new" and changes nothing.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, type Dump, dumpDatabase, preserved, readSettingRow } from '../fixtures/bundles-e2e/page-db';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch, ROOT } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const PHOTO = join(ROOT, 'tests/fixtures/photos/meeting-2400x1600.jpg');
const SHOTS = join(ROOT, '.tmp');
const PASSPHRASE = 'melati mekar di balai desa';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

async function openData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('heading', { name: 'Data dan cadangan', level: 1 }).waitFor();
}

describe('two tablets: an encrypted backup from A restores on B, once', () => {
  let served: Served;
  const browsers: Browser[] = [];
  const work = mkdtempSync(join(tmpdir(), 'lentera-two-'));
  const bundlePath = join(work, 'backup.lentera');
  let dumpA: Dump;
  let sessionId = '';

  beforeAll(async () => {
    served = await servePwa();
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await served?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('A records a session offline and exports an encrypted backup', async () => {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { name: 'Rina Pendamping', demo: true });
    await browser.context.setOffline(true);

    // Plan the suggested session for today, start it.
    await page.getByRole('link', { name: 'Jadwal' }).click();
    await page.getByRole('link', { name: 'Rencanakan sesi' }).click();
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page
      .getByTestId('day-panel')
      .getByRole('link', { name: /1\. Menjadi Orangtua/ })
      .click();
    await page.getByRole('button', { name: 'Mulai sesi' }).click();
    await page.waitForURL(/#\/sessions\/[^/]+\/guide/);
    sessionId = /#\/sessions\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    expect(sessionId).not.toBe('');

    // Attendance: everyone present, then one excused.
    await page.goto(`${served.url}/#/sessions/${sessionId}/attendance`);
    await page.getByRole('button', { name: /Semua hadir/ }).click();
    await expect.poll(() => page.locator('[data-testid="attendance-card"][data-status="hadir"]').count()).toBe(20);
    const nur = page.getByRole('button', { name: 'Nur Aini: Hadir' });
    await nur.click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Nur Aini: Izin' }).getAttribute('aria-busy'))
      .toBe('false');

    // A photo, shrunk on the device.
    await page.goto(`${served.url}/#/sessions/${sessionId}/photos`);
    await page.getByTestId('photo-camera').setInputFiles(PHOTO);
    const draft = page.getByTestId('photo-draft');
    await draft.getByLabel('Keterangan foto').fill('Diskusi kelompok');
    await draft.getByLabel('Peserta setuju foto ini disimpan dan dikirim ke portal').check();
    await draft.getByRole('button', { name: 'Simpan foto' }).click();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(1);

    // Finish.
    await page.goto(`${served.url}/#/sessions/${sessionId}/summary`);
    await page.getByRole('button', { name: 'Selesaikan sesi' }).click();
    await page.getByRole('button', { name: 'Ya, selesaikan' }).click();
    await page.getByRole('button', { name: 'Buka kembali untuk koreksi' }).waitFor();

    // One-tap backup: only the passphrase is asked (twice); the file is saved by the browser.
    await page.goto(`${served.url}/#/`);
    await openData(page);
    expect(await page.getByTestId('last-backup').textContent()).toBe('Belum pernah dicadangkan di perangkat ini.');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-home.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await page.getByLabel('Kata sandi berkas').fill('pendek');
    await page.getByRole('button', { name: 'Buat berkas cadangan' }).click();
    await page.getByText('Kata sandi minimal 8 karakter.').first().waitFor();
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByLabel('Ulangi kata sandi').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Buat berkas cadangan' }).click();
    await page.getByText('Kedua kata sandi tidak sama.').waitFor();
    await page.getByLabel('Ulangi kata sandi').fill(PASSPHRASE);
    expect(await page.getByTestId('pass-strength').textContent()).toContain('Kuat');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-backup-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Buat berkas cadangan' }).click();
    const ready = page.getByTestId('export-ready');
    await ready.waitFor({ timeout: 60_000 });
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(await ready.textContent()).toContain(`lentera-rina-pendamping-${today}.lentera`);
    await page.screenshot({ path: join(SHOTS, 'data-backup-ready.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan ke perangkat' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`lentera-rina-pendamping-${today}.lentera`);
    await download.saveAs(bundlePath);
    expect(statSync(bundlePath).size).toBeGreaterThan(10_000);
    await ready.getByTestId('export-saved').waitFor();
    expect(typeof (await readSettingRow(page, 'lastExportAt'))).toBe('string');

    dumpA = await dumpDatabase(page);
    expect(dumpA.sessions).toHaveLength(1);
    expect(dumpA.attendance).toHaveLength(20);
    expect(dumpA.photos).toHaveLength(1);
  });

  it('B refuses a wrong passphrase, imports once, and the second import brings nothing new', async () => {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { name: 'Budi Supervisor' });
    await openData(page);
    const before = await dumpDatabase(page);

    // Wrong passphrase: a clear message, and nothing changed.
    await page.getByTestId('data-import-file').setInputFiles(bundlePath);
    await page.getByLabel('Kata sandi berkas').fill('bukan kata sandinya');
    await page.getByRole('button', { name: 'Buka berkas' }).click();
    await page
      .getByText('Kata sandi salah, atau berkasnya rusak. Tidak ada data yang berubah.')
      .waitFor({ timeout: 30_000 });
    expect(canonical(await dumpDatabase(page))).toBe(canonical(before));
    await page.screenshot({ path: join(SHOTS, 'data-import-wrong-pass.png'), fullPage: true });

    // The right one: the preview says what is new, in words.
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buka berkas' }).click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.textContent()).toContain('Dari Rina Pendamping (Pendamping)');
    expect(await page.getByTestId('import-groups').textContent()).toContain('Kelompok Contoh Melati');
    const changes = (await page.getByTestId('import-changes').textContent()) ?? '';
    expect(changes).toContain('Pertemuan1 baru');
    expect(changes).toContain('Kehadiran20 baru');
    expect(changes).toContain('Foto1 baru');
    expect(canonical(await dumpDatabase(page))).toBe(canonical(before));
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-import-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await expect
      .poll(() => page.getByTestId('import-result').textContent(), { timeout: 30_000 })
      .toMatch(/^Impor selesai: \d+ baru/);
    await page.screenshot({ path: join(SHOTS, 'data-import-done.png'), fullPage: true });

    // Every row of A is on B, the photo byte for byte.
    const dumpB = await dumpDatabase(page);
    const result = preserved(dumpA, dumpB);
    console.log(`records preserved: ${result.kept}/${result.total}`);
    expect(result.missing).toEqual([]);
    expect(dumpB.sessions).toHaveLength(1);
    expect(dumpB.photos[0]?.blob).toEqual(dumpA.photos[0]?.blob);

    // B shows the session once, with its attendance and its photo.
    await page.goto(`${served.url}/#/`);
    await page.getByRole('heading', { name: 'Halo, Budi Supervisor' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /1\. Menjadi Orangtua/ }).count()).toBe(1);
    await page.goto(`${served.url}/#/sessions/${sessionId}/attendance`);
    await expect.poll(() => page.getByTestId('count-hadir').locator('.att-count-n').textContent()).toBe('19');
    expect(await page.getByTestId('count-izin').locator('.att-count-n').textContent()).toBe('1');
    await page.goto(`${served.url}/#/sessions/${sessionId}/photos`);
    await expect
      .poll(() =>
        page
          .getByTestId('photo-item')
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBe(1280);
    expect(await page.getByTestId('photo-item').count()).toBe(1);

    // The same file again: nothing new, nothing written.
    await page.goto(`${served.url}/#/data`);
    await page.getByTestId('data-import-file').setInputFiles(bundlePath);
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buka berkas' }).click();
    await page.getByTestId('import-nothing').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-nothing').textContent()).toBe('Tidak ada yang baru.');
    expect(await page.getByRole('button', { name: 'Impor sekarang' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'data-import-nothing.png'), fullPage: true });
    expect(canonical(await dumpDatabase(page))).toBe(canonical(dumpB));
  });
});
