/**
 * The foundation promise of the PWA: it installs, stores a record, and after going offline it
 * reloads from the service worker with the record intact — also after a browser restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, newProfileDir } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

describe('PWA offline', () => {
  let served: Served;
  let browser: Browser;
  const profileDir = newProfileDir();

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch({ profileDir });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('is installable, stores a group, and reloads offline with it intact', async () => {
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);

    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);

    await completeSetup(page);
    await page.getByRole('link', { name: 'Kelompok' }).first().click();
    await page.getByRole('button', { name: 'Tambah kelompok' }).click();
    await page.getByLabel('Nama kelompok').fill('Kelompok Melati <b>1</b>');
    await page.getByLabel('Desa/Kelurahan').fill('Pakansari');
    await page.getByLabel(/Kode desa/).fill('32.01.01.2001');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByTestId('group-list').textContent()).toContain('Kelompok Melati <b>1</b>');

    await served.close();
    await browser.context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('group-list').textContent()).toContain('Kelompok Melati <b>1</b>');
    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { name: 'Halo, Rina Pendamping' }).waitFor();

    await browser.close({ keepProfile: true });
    browser = await launch({ profileDir });
    await browser.context.setOffline(true);
    const again = await browser.context.newPage();
    await again.goto(served.url);
    await expect.poll(() => again.getByTestId('group-list').textContent()).toContain('Kelompok Melati <b>1</b>');
  });
});
