/**
 * Storage safety in real Chromium, with the quota forced through DevTools
 * (`Storage.overrideQuotaForOrigin`, which Chromium enforces on IndexedDB writes) and the database
 * wiped the way a browser evicts it (`Storage.clearDataForOrigin`, IndexedDB only).
 *
 * Since Chrome 138 `navigator.storage.estimate()` reports usage + 10 GiB to ordinary sites
 * whatever the real quota (against incognito detection; the enforced quota is unchanged), so the
 * page cannot see a forced quota either. The browser here runs with that mitigation off
 * (`--disable-features=StaticStorageQuota`), so it reports the quota it enforces, as older Chrome
 * and other browsers do; the full-disk write is refused with or without it.
 *
 * - at 80% of the quota home warns, says what the photos take, and leads to freeing space:
 *   export the photos of old sessions, save the file, confirm, and only the photos go;
 * - a full disk during a write (importing 3,000 families) gives the clear message and every
 *   earlier row stays (the import is one transaction);
 * - data gone at start shows the full-screen notice; restoring from the backup file brings the
 *   records and the profile back; "start from scratch" leads to the first-run setup.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { makeE2eBundles } from '../fixtures/bundles-e2e/make-e2e-bundles';
import { canonical, dumpDatabase } from '../fixtures/bundles-e2e/page-db';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { newProfileDir, ROOT } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const PHOTO = join(ROOT, 'tests/fixtures/photos/meeting-2400x1600.jpg');
const SHOTS = join(ROOT, '.tmp');
const PASSPHRASE = 'foto lama sesi satu';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

/** A session of the demo group held 40 days ago, done, with two camera-sized photos. */
async function seedOldSession(page: Page, jpegBase64: string): Promise<string> {
  return page.evaluate(async (b64) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const groups = await new Promise<{ id: string; demo: boolean }[]>((resolve) => {
      const request = db.transaction('groups').objectStore('groups').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const group = groups.find((g) => g.demo);
    if (group === undefined) throw new Error('no demo group');
    const held = new Date(Date.now() - 40 * 86_400_000);
    const day = `${held.getFullYear()}-${String(held.getMonth() + 1).padStart(2, '0')}-${String(held.getDate()).padStart(2, '0')}`;
    const at = held.toISOString();
    const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: null, deviceId: 'e2e' });
    const session = {
      ...meta(),
      groupId: group.id,
      curriculumCode: 'P2K2-02',
      plannedDate: day,
      plannedTime: '09:00',
      place: 'Balai Desa',
      status: 'done',
      actualDate: day,
      startedAt: at,
      endedAt: at,
      notes: 'Sesi lama',
      catchUpFor: [],
    };
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const photo = (caption: string) => ({
      ...meta(),
      sessionId: session.id,
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      mimeType: 'image/jpeg',
      width: 2400,
      height: 1600,
      caption,
      takenAt: at,
      consent: true,
    });
    const tx = db.transaction(['sessions', 'photos'], 'readwrite');
    tx.objectStore('sessions').put(session);
    tx.objectStore('photos').put(photo('Pembukaan'));
    tx.objectStore('photos').put(photo('Diskusi'));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return session.id;
  }, jpegBase64);
}

/**
 * Chromium's IndexedDB lets writes use the room it last learned from the quota manager, decaying
 * to nothing over 30 seconds (BucketContext::kBucketSpaceCacheTimeLimit); a forced quota applies
 * from then on. Waiting that long is the deterministic way to make the next write ask.
 */
const QUOTA_CACHE_MS = 31_000;

async function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

describe('storage safety', () => {
  let served: Served;
  let context: BrowserContext;
  let page: Page;
  const profileDir = newProfileDir();
  let cdp: CDPSession;
  let oldSessionId = '';
  const work = mkdtempSync(join(tmpdir(), 'lentera-storage-'));
  const backupPath = join(work, 'foto-lama.lentera');

  beforeAll(async () => {
    served = await servePwa();
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findChromium(),
      headless: true,
      args: [...chromiumArgs, '--disable-features=StaticStorageQuota'],
      viewport: { width: 800, height: 1280 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      serviceWorkers: 'allow',
    });
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { name: 'Rina Pendamping', demo: true });
    oldSessionId = await seedOldSession(page, readFileSync(PHOTO).toString('base64'));
  });
  afterAll(async () => {
    await context?.close();
    await served?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('warns at 80% of the quota and frees space by exporting, then removing, old photos', async () => {
    const used = await usage(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: served.url, quotaSize: Math.ceil(used / 0.85) });
    onTestFinished(() => cdp.send('Storage.overrideQuotaForOrigin', { origin: served.url }).then(() => undefined));
    await page.reload();
    const warning = page.getByTestId('quota-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Penyimpanan hampir penuh');
    expect(await warning.textContent()).toMatch(/Foto memakai 1,1 MB \(2 foto\)/);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-quota-home.png'), fullPage: true });

    await warning.getByRole('link', { name: 'Kosongkan ruang' }).click();
    await page.getByText(/Langkah 1: ekspor 2 foto dari 1 sesi/).waitFor();
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByLabel('Ulangi kata sandi').fill(PASSPHRASE);
    await page.screenshot({ path: join(SHOTS, 'data-cleanup-export.png'), fullPage: true });
    await page.getByRole('button', { name: 'Buat berkas' }).click();
    await page.getByTestId('export-ready').waitFor({ timeout: 60_000 });
    // Nothing is removed before the file was saved.
    expect((await dumpDatabase(page)).photos.filter((p) => p.deletedAt === null)).toHaveLength(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan ke perangkat' }).click(),
    ]);
    await download.saveAs(backupPath);
    const confirm = page.getByTestId('cleanup-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('hapus 2 foto');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-cleanup-confirm.png'), fullPage: true });
    const before = await dumpDatabase(page);
    await confirm.getByRole('button', { name: 'Ya, hapus 2 foto' }).click();
    await page.getByTestId('backup-section').waitFor();

    const after = await dumpDatabase(page);
    const photos = after.photos.filter((p) => p.sessionId === oldSessionId);
    expect(photos.map((p) => [p.deletedAt !== null, (p.blob as { size: number }).size])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    // Only the photos changed: the session, its families and everything else are as they were.
    for (const table of ['groups', 'members', 'sessions', 'attendance'] as const) {
      expect(canonical(after[table]), table).toBe(canonical(before[table]));
    }
  });

  it('says the disk is full when a write does not fit, and keeps every earlier row', async () => {
    // 3,000 families (~1 MB of rows) into room for 64 KB more.
    const { bigGroup } = await makeE2eBundles();
    const before = canonical(await dumpDatabase(page));
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: served.url, quotaSize: (await usage(page)) + 65_536 });
    onTestFinished(() => cdp.send('Storage.overrideQuotaForOrigin', { origin: served.url }).then(() => undefined));
    await page.goto(`${served.url}/#/data`);
    await page.waitForTimeout(QUOTA_CACHE_MS);
    await page.getByTestId('data-import-file').setInputFiles({
      name: 'kelompok-besar.lentera',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bigGroup),
    });
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-changes').textContent()).toContain('3.000 baru');
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    expect(await page.getByTestId('import-error').textContent()).toBe(
      'Penyimpanan perangkat penuh. Data sebelumnya aman; hapus foto lama atau ekspor cadangan, lalu coba lagi. ' +
        'Tidak ada data yang berubah.',
    );
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-disk-full.png'), fullPage: true });
    expect(canonical(await dumpDatabase(page))).toBe(before);
  });

  it('notices lost data at start, restores it from the backup file, or starts from scratch', async () => {
    await cdp.send('Storage.clearDataForOrigin', { origin: served.url, storageTypes: 'indexeddb' });
    await page.reload();
    const notice = page.getByTestId('storage-lost');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Data di perangkat ini hilang');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'data-lost.png'), fullPage: true });

    await page.getByRole('button', { name: 'Pulihkan dari berkas cadangan' }).click();
    await page.getByTestId('import-file').setInputFiles(backupPath);
    await page.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buka berkas' }).click();
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('heading', { name: 'Halo, Rina Pendamping' }).waitFor();
    const restored = await dumpDatabase(page);
    // The file held the old session with its photos (exported before they were removed).
    expect(restored.sessions.map((s) => s.id)).toContain(oldSessionId);
    expect(restored.photos.filter((p) => p.sessionId === oldSessionId && p.deletedAt === null)).toHaveLength(2);
    expect(restored.groups.map((g) => g.name)).toEqual(['Kelompok Contoh Melati']);

    // Reloading now is an ordinary start: the marker follows the restored data.
    await page.reload();
    await page.getByRole('heading', { name: 'Halo, Rina Pendamping' }).waitFor();

    await cdp.send('Storage.clearDataForOrigin', { origin: served.url, storageTypes: 'indexeddb' });
    await page.reload();
    await page.getByRole('button', { name: 'Mulai dari awal' }).click();
    await page.getByRole('button', { name: 'Ya, mulai dari awal' }).click();
    await page.getByRole('heading', { name: 'Selamat datang di Lentera' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Selamat datang di Lentera' }).waitFor();
    expect(await page.getByTestId('storage-lost').count()).toBe(0);
  });
});
