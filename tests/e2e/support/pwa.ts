/** Steps every PWA test takes: open, wait for the service worker, finish first-run setup. */
import type { Page } from 'playwright-core';

export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

export async function completeSetup(page: Page, options: { name?: string; demo?: boolean } = {}): Promise<void> {
  await page.getByLabel('Nama Anda').fill(options.name ?? 'Rina Pendamping');
  await page.getByLabel('Wilayah tugas (kabupaten/kecamatan)').fill('Kab. Bogor');
  if (options.demo) await page.getByLabel(/Coba dengan data contoh/).check();
  await page.getByRole('button', { name: 'Mulai' }).click();
  await page.getByRole('heading', { name: /^Halo, / }).waitFor();
}
