/**
 * The app lock on a shared tablet, in real Chromium with the page's clock under the test's
 * control: a PIN typed twice; stored only as a salted hash; the app starts locked with nothing of
 * the records in the page; wrong PINs are counted and, after five, each try waits (also across a
 * reload); the right PIN opens; the app locks itself after the idle minutes; changing or removing
 * the PIN needs the current one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettingRow } from '../fixtures/bundles-e2e/page-db';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = '/work/main/.tmp';
const PIN = '2468';

async function tapPin(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Buka kunci' }).click();
}

async function lockMessage(page: Page): Promise<string> {
  return (await page.getByTestId('lock-message').textContent()) ?? '';
}

/**
 * The groups screen's heading, polled from the test with one-shot counts: with the page's clock
 * faked, a locator's own in-page wait (which runs on the page's animation frames) can stall.
 */
const groupsHeading = (page: Page) => page.getByRole('heading', { name: 'Kelompok', level: 1 });

describe('app lock', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch();
    page = await browser.context.newPage();
    await page.clock.install();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { demo: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('sets a PIN typed twice and keeps only a salted hash of it', async () => {
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    const settings = page.getByTestId('lock-settings');
    expect(await page.getByTestId('lock-state').textContent()).toBe('Kunci tidak aktif.');
    await settings.getByRole('button', { name: 'Pasang PIN' }).click();
    await settings.getByLabel('PIN baru (4–8 angka)').fill('12');
    await settings.getByLabel('Ulangi PIN baru').fill('12');
    await settings.getByRole('button', { name: 'Simpan PIN' }).click();
    await settings.getByText('PIN berisi 4 sampai 8 angka.').waitFor();
    await settings.getByLabel('PIN baru (4–8 angka)').fill(PIN);
    await settings.getByLabel('Ulangi PIN baru').fill('2469');
    await settings.getByRole('button', { name: 'Simpan PIN' }).click();
    await settings.getByText('Kedua PIN tidak sama.').waitFor();
    expect(await readSettingRow(page, 'appLock')).toBeUndefined();
    await settings.getByLabel('Ulangi PIN baru').fill(PIN);
    await page.screenshot({ path: `${SHOTS}/data-lock-set.png`, fullPage: true });
    await settings.getByRole('button', { name: 'Simpan PIN' }).click();
    await expect
      .poll(() => page.getByTestId('lock-state').textContent())
      .toBe('Kunci aktif: terkunci setelah 5 menit tanpa sentuhan.');

    const stored = (await readSettingRow(page, 'appLock')) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['failures', 'hash', 'idleMinutes', 'iterations', 'retryAt', 'salt']);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.values(stored)).not.toContain(PIN);
  });

  it('starts locked with nothing of the records in the page; wrong PINs wait; the right one opens', async () => {
    await page.goto(`${served.url}/#/groups`);
    await page.reload();
    await page.getByRole('heading', { name: 'Lentera terkunci' }).waitFor();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Kelompok Contoh Melati');
    expect(text).not.toContain('Siti Rahmawati');
    expect(await page.locator('nav, .screen').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lupa PIN?' }).click();
    expect(await page.getByTestId('lock-forgot').textContent()).toContain('hapus data aplikasi ini');
    await page.screenshot({ path: `${SHOTS}/data-lock-screen.png`, fullPage: true });

    await tapPin(page, '1111');
    await expect.poll(() => lockMessage(page)).toBe('PIN salah. Sisa 4 kali sebelum harus menunggu.');
    for (let i = 0; i < 4; i++) {
      await expect.poll(() => page.getByRole('button', { name: '1', exact: true }).isEnabled()).toBe(true);
      await tapPin(page, '1111');
    }
    await expect.poll(() => lockMessage(page)).toBe('Terlalu banyak PIN salah. Coba lagi dalam 30 detik.');
    expect(await page.getByRole('button', { name: '2', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/data-lock-wait.png`, fullPage: true });

    // A reload does not reset the wait.
    await page.reload();
    await expect.poll(() => lockMessage(page)).toMatch(/^Terlalu banyak PIN salah\. Coba lagi dalam \d+ detik\.$/);
    await page.clock.fastForward('00:31');
    await expect.poll(() => page.getByRole('button', { name: '2', exact: true }).isEnabled()).toBe(true);

    // The physical keyboard works too.
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await expect.poll(() => groupsHeading(page).count()).toBe(1);
    expect(((await readSettingRow(page, 'appLock')) as { failures: number }).failures).toBe(0);
  });

  it('locks itself after the idle minutes', async () => {
    await expect.poll(() => groupsHeading(page).count()).toBe(1);
    await page.clock.fastForward('04:00');
    expect(await page.getByRole('heading', { name: 'Lentera terkunci' }).count()).toBe(0);
    await page.clock.fastForward('01:10');
    await page.getByRole('heading', { name: 'Lentera terkunci' }).waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toContain('Kelompok Contoh Melati');
    await tapPin(page, PIN);
    await expect.poll(() => groupsHeading(page).count()).toBe(1);
  });

  it('changes and removes the PIN only with the current one', async () => {
    await page.goto(`${served.url}/#/data`);
    const settings = page.getByTestId('lock-settings');
    await settings.getByRole('button', { name: 'Kunci sekarang' }).click();
    await page.getByRole('heading', { name: 'Lentera terkunci' }).waitFor();
    await tapPin(page, PIN);
    await settings.getByRole('button', { name: 'Ganti PIN' }).click();
    await settings.getByLabel('PIN sekarang').fill('0000');
    await settings.getByLabel('PIN baru (4–8 angka)').fill('135790');
    await settings.getByLabel('Ulangi PIN baru').fill('135790');
    await settings.getByRole('button', { name: 'Simpan PIN' }).click();
    await settings.getByText('PIN sekarang salah. Tidak ada yang berubah.').waitFor();
    await settings.getByLabel('PIN sekarang').fill(PIN);
    await settings.getByRole('button', { name: 'Simpan PIN' }).click();
    await settings.getByRole('button', { name: 'Hapus PIN' }).waitFor();

    await settings.getByRole('button', { name: 'Hapus PIN' }).click();
    await settings.getByLabel('PIN sekarang').fill(PIN);
    await settings.getByRole('button', { name: 'Hapus PIN' }).click();
    await settings.getByText('PIN sekarang salah. Tidak ada yang berubah.').waitFor();
    await settings.getByLabel('PIN sekarang').fill('135790');
    await settings.getByRole('button', { name: 'Hapus PIN' }).click();
    await expect.poll(() => page.getByTestId('lock-state').textContent()).toBe('Kunci tidak aktif.');
    expect(await readSettingRow(page, 'appLock')).toBeUndefined();
    await page.reload();
    await page.getByTestId('backup-section').waitFor();
  });
});
