/**
 * A facilitator's whole day, at tablet size, in real Chromium: create a group, import 25 families
 * from a CSV (2 bad rows reported and skipped), plan session 5, go offline, run it (every step,
 * 20 hadir / 2 izin / 1 sakit / 2 alpa, a quiz before and after, a photo), finish; then reload
 * offline and restart the browser on the same profile: every record is intact, and the catch-up
 * list names the 5 absent families for session 5.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, newProfileDir, ROOT } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const ROSTER = join(ROOT, 'tests/fixtures/roster/kelompok-25.csv');
const PHOTO = join(ROOT, 'tests/fixtures/photos/meeting-2400x1600.jpg');
const IZIN = ['Siti Nurhaliza', 'Aisyah Rahmawati'];
const SAKIT = ['Dewi Kartika'];
const ALPA = ['Euis Sumarni', 'Yeti Suryati'];

interface Row {
  readonly [key: string]: unknown;
}

/** Every live row of a store, as the page's IndexedDB holds it (blobs summarised by size). */
function rows(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const request = indexedDB.open('lentera');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as Record<string, unknown>[])
                .filter((row) => row.deletedAt === null)
                .map((row) => ({ ...row, blob: row.blob instanceof Blob ? row.blob.size : undefined })),
            );
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

const card = (page: Page, name: string) => page.locator('[data-testid="attendance-card"]', { hasText: name });

async function tap(page: Page, name: string, times: number): Promise<void> {
  const search = page.getByLabel('Cari nama atau NIK');
  await search.fill(name);
  await expect.poll(() => page.getByTestId('attendance-card').count()).toBe(1);
  for (let i = 0; i < times; i++) await card(page, name).locator('button.att-main').click();
  await search.fill('');
}

async function counts(page: Page): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const key of ['hadir', 'izin', 'sakit', 'alpa', 'none']) {
    result[key] = Number(await page.getByTestId(`count-${key}`).locator('.att-count-n').textContent());
  }
  return result;
}

/** What must survive: the session done, 25 attendance rows by status, every step ticked, quiz, photo. */
async function expectRecordsIntact(page: Page, sessionId: string): Promise<void> {
  const [session] = (await rows(page, 'sessions')).filter((row) => row.id === sessionId);
  expect(session).toMatchObject({ status: 'done', curriculumCode: 'P2K2-05' });
  const attendance = (await rows(page, 'attendance')).filter((row) => row.sessionId === sessionId);
  const byStatus = (status: string) => attendance.filter((row) => row.status === status).length;
  expect([attendance.length, byStatus('hadir'), byStatus('izin'), byStatus('sakit'), byStatus('alpa')]).toEqual([
    25, 20, 2, 1, 2,
  ]);
  const ticks = (await rows(page, 'checklist')).filter((row) => row.sessionId === sessionId);
  expect(ticks.length).toBeGreaterThanOrEqual(4);
  expect(ticks.every((tick) => tick.done === true)).toBe(true);
  const answers = (await rows(page, 'quizAnswers')).filter((row) => row.sessionId === sessionId);
  expect(answers.filter((row) => row.phase === 'pre')).toHaveLength(2);
  expect(answers.filter((row) => row.phase === 'post')).toHaveLength(4);
  const photos = (await rows(page, 'photos')).filter((row) => row.sessionId === sessionId);
  expect(photos).toHaveLength(1);
  expect(photos[0]).toMatchObject({ consent: true, caption: 'Diskusi anggaran keluarga' });
  expect(Number(photos[0]?.blob)).toBeGreaterThan(10_000);
}

describe('a facilitator’s whole day', () => {
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

  it('runs session 5 offline for an imported group and keeps every record', async () => {
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page);

    // A group, then its roster from the CSV: 25 families added, 2 bad rows reported.
    await page.getByRole('link', { name: 'Kelompok', exact: true }).first().click();
    await page.getByRole('button', { name: 'Tambah kelompok' }).click();
    await page.getByLabel('Nama kelompok').fill('Kelompok Sukamaju');
    await page.getByLabel('Desa/Kelurahan').fill('Sukamaju');
    await page.getByLabel(/Kode desa/).fill('32.01.01.2002');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByTestId('group-list')
      .getByRole('link', { name: /Kelompok Sukamaju/ })
      .click();
    await page.getByRole('heading', { name: 'Kelompok Sukamaju', exact: true }).waitFor();
    const groupId = new URL(page.url()).hash.split('/')[2] ?? '';

    await page.getByRole('link', { name: 'Impor daftar (CSV/Excel)' }).click();
    await page.locator('input[type="file"]').setInputFiles(ROSTER);
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('2 baris bermasalah');
    await page.getByRole('button', { name: 'Tambahkan 25 keluarga' }).click();
    await expect
      .poll(() => page.getByTestId('import-result').textContent())
      .toContain('25 keluarga ditambahkan, 2 baris dilewati.');
    expect((await rows(page, 'members')).filter((row) => row.groupId === groupId)).toHaveLength(25);

    // Plan session 5 for today.
    await page.goto(`${served.url}/#/plan/new?group=${groupId}&code=P2K2-05`);
    await page.getByRole('heading', { name: 'Rencanakan sesi', level: 1 }).waitFor();
    await page.getByLabel('Materi sesi').selectOption('P2K2-05');
    await page.getByLabel('Jam mulai').fill('09:00');
    await page.getByLabel('Tempat').fill('Balai Desa Sukamaju');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.waitForURL(/#\/plan\?/);
    const [planned] = (await rows(page, 'sessions')).filter((row) => row.groupId === groupId);
    const sessionId = String(planned?.id);
    expect(planned).toMatchObject({ curriculumCode: 'P2K2-05', status: 'planned' });

    // No signal from here on.
    await served.close();
    await browser.context.setOffline(true);
    const open = (tab: string) => page.goto(`${served.url}/#/sessions/${sessionId}/${tab}`);

    await open('guide');
    await page.getByRole('button', { name: 'Mulai sesi' }).click();
    const position = (await page.getByText(/^Langkah 1 dari \d+$/).textContent()) ?? '';
    const steps = Number(position.split(' ').pop());
    expect(steps).toBeGreaterThanOrEqual(4);
    for (let step = 1; step <= steps; step++) {
      await page.getByText(`Langkah ${step} dari ${steps}`, { exact: true }).waitFor();
      const name = step === steps ? 'Selesai, langkah terakhir' : 'Selesai, langkah berikutnya';
      await page.getByRole('button', { name }).click();
    }
    await page.getByText('Semua langkah sudah selesai.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Kehadiran' }).click();
    await expect.poll(() => page.getByTestId('attendance-card').count()).toBe(25);
    await page.getByRole('button', { name: /Semua hadir/ }).click();
    await expect.poll(() => counts(page)).toMatchObject({ hadir: 25, none: 0 });
    for (const name of IZIN) await tap(page, name, 1);
    for (const name of SAKIT) await tap(page, name, 2);
    for (const name of ALPA) await tap(page, name, 3);
    await expect.poll(() => counts(page)).toEqual({ hadir: 20, izin: 2, sakit: 1, alpa: 2, none: 0 });

    // Quiz before and after the material, in the grid.
    await page.getByRole('link', { name: 'Kuis' }).click();
    await page.getByRole('button', { name: 'Tabel' }).click();
    const cells = (name: string) =>
      page.getByTestId('quiz-grid-row').filter({ hasText: name }).locator('button.quiz-cell');
    await expect.poll(() => page.getByTestId('quiz-grid-row').count()).toBe(20);
    await cells('Lilis Karlina').nth(0).click();
    await cells('Rina Agustina').nth(0).click();
    await page.getByRole('button', { name: 'Sesudah materi' }).click();
    for (const name of ['Lilis Karlina', 'Rina Agustina']) {
      await cells(name).nth(0).click();
      await cells(name).nth(1).click();
    }
    await expect.poll(() => page.getByTestId('quiz-mean-post').textContent()).toMatch(/%/);

    // A photo, compressed on the device, with consent.
    await page.getByRole('link', { name: 'Foto' }).click();
    await page.getByTestId('photo-camera').setInputFiles(PHOTO);
    const draft = page.getByTestId('photo-draft');
    await draft.getByLabel('Keterangan foto').fill('Diskusi anggaran keluarga');
    await draft.getByLabel('Peserta setuju foto ini disimpan dan dikirim ke portal').check();
    await draft.getByRole('button', { name: 'Simpan foto' }).click();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(1);

    // Finish.
    await page.getByRole('link', { name: 'Ringkasan' }).click();
    await page.getByRole('button', { name: 'Selesaikan sesi' }).click();
    await page.getByRole('button', { name: 'Ya, selesaikan' }).click();
    await page.getByRole('button', { name: 'Buka kembali untuk koreksi' }).waitFor();
    await expectRecordsIntact(page, sessionId);

    // Reload offline: the app and every record come back.
    await page.reload();
    await page.getByRole('button', { name: 'Buka kembali untuk koreksi' }).waitFor();
    await expectRecordsIntact(page, sessionId);

    // Restart the browser on the same profile, still offline.
    await browser.close({ keepProfile: true });
    browser = await launch({ profileDir });
    await browser.context.setOffline(true);
    const again = await browser.context.newPage();
    await again.goto(`${served.url}/#/groups/${groupId}/catch-up`);
    const entry = again.locator('[data-testid="catch-up-list"] [data-code="P2K2-05"]');
    await entry.waitFor();
    expect((await entry.locator('.fu-family-name').allTextContents()).sort()).toEqual(
      [...IZIN, ...SAKIT, ...ALPA].sort(),
    );
    await expectRecordsIntact(again, sessionId);
  });
});
