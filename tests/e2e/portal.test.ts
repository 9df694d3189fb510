/**
 * The mock government portal itself, driven like a person would in real Chromium: log in by
 * hand, fill the classic report (cascading regions, select2 widget, date picker, photo), hit the
 * server-side validation once, save all three attendance pages by AJAX, go through the React
 * wizard, and check what the portal says it received (values and file hashes).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, type ReceivedLog, startPortal } from '../fixtures/portal/server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const WIZARD_SRC = join(ROOT, 'tests/fixtures/portal/wizard');
const WIZARD_INDEX = join(ROOT, 'dist/portal/wizard/index.html');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A real 1×1 PNG (the portal checks the magic bytes), a variant of it, and a tiny PDF. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PNG_WIZARD = Buffer.concat([PNG, Buffer.from('geotag:-6.4817,106.8540')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Newest modification time under a folder. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** Builds the wizard when its build is missing or older than its sources. */
function ensureWizardBuild() {
  if (existsSync(WIZARD_INDEX) && statSync(WIZARD_INDEX).mtimeMs >= newest(WIZARD_SRC)) return;
  execFileSync('npx', ['vite', 'build', '--mode', 'portal'], { cwd: ROOT, stdio: 'pipe' });
}

let portal: Portal;
let context: BrowserContext;
let page: Page;
let profile: string;

async function received(): Promise<ReceivedLog> {
  const res = await fetch(`${portal.url}/__received`);
  return (await res.json()) as ReceivedLog;
}

/** The status the test gives the i-th family (0-based) of the classic attendance table. */
const classicStatus = (i: number) => (i === 29 ? 'Alpa' : i % 10 === 3 ? 'Izin' : i % 10 === 7 ? 'Sakit' : 'Hadir');
/** …and in the wizard. */
const wizardStatus = (i: number) => (i % 6 === 2 ? 'SAKIT' : i % 6 === 5 ? 'ALFA' : 'HADIR');

beforeAll(async () => {
  ensureWizardBuild();
  portal = await startPortal({ port: 0 });
  profile = mkdtempSync(join(tmpdir(), 'lentera-portal-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await context?.close();
  await portal?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('mock portal', () => {
  it('sends a visitor to /login and lets a person in with password and captcha', async () => {
    await page.goto(`${portal.url}/p2k2/laporan/baru`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Nama Pengguna').fill('pendamping.cibinong');
    await page.getByLabel('Kata Sandi').fill('rahasia');
    const code = (await page.locator('.captcha-code').textContent()) ?? '';
    await page.getByLabel('Kode Captcha').fill(code.trim());
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/p2k2/laporan/baru');
    expect(await page.locator('h1').textContent()).toContain('Input Laporan Pertemuan P2K2');
  });

  it('refuses a report with an impossible date, keeps the input, and records nothing', async () => {
    await page.getByLabel('Kelompok').selectOption('KLP-001');
    // Cascading selects: each level's options arrive by fetch after a delay; selectOption waits for them.
    await page.getByLabel('Provinsi').selectOption('32');
    await page.getByLabel('Kabupaten/Kota').selectOption('32.01');
    await page.getByLabel('Kecamatan').selectOption('32.01.01');
    await page.getByLabel('Desa/Kelurahan').selectOption({ label: 'PAKANSARI' });
    // The select2-style widget: open, type to filter, click the option.
    await page.locator('#sesi_id + .select2 .select2-selection').click();
    await page.locator('.select2-search__field').fill('keuangan');
    const dropdown = page.locator('.select2-dropdown');
    expect(await dropdown.getByRole('option').count()).toBe(1);
    await dropdown.getByRole('option', { name: 'Sesi 5 - Mengelola Keuangan Keluarga' }).click();
    expect(await page.locator('#select2-sesi_id-container').textContent()).toBe('Sesi 5 - Mengelola Keuangan Keluarga');
    expect(await page.locator('#sesi_id').inputValue()).toBe('5');

    await page.getByLabel('Tanggal Pertemuan').fill('31/02/2026');
    await page.getByLabel('Jam Mulai').fill('09:00');
    await page.getByLabel('Jam Selesai').fill('11:00');
    await page.getByLabel('Tempat').fill('Rumah Ibu Siti Aminah, RT 03/RW 05');
    await page.getByLabel('Jumlah Hadir').fill('27');
    await page
      .getByLabel('Ringkasan')
      .fill('Sesi keuangan keluarga berjalan lancar.\nPeserta menyusun anggaran bulanan.');
    await page.getByLabel('Foto Kegiatan').setInputFiles({ name: 'pertemuan.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Simpan' }).click();

    const dateGroup = page.locator('.form-group', { has: page.locator('#tanggal_pertemuan') });
    expect(await dateGroup.locator('.invalid-feedback').textContent()).toBe(
      'Tanggal Pertemuan tidak sesuai format dd/mm/yyyy.',
    );
    expect(await page.locator('#tanggal_pertemuan').getAttribute('class')).toContain('is-invalid');
    expect(await page.getByLabel('Kecamatan').inputValue()).toBe('32.01.01');
    expect(await page.getByLabel('Desa/Kelurahan').inputValue()).toBe('32.01.01.1006');
    expect(await page.locator('#select2-sesi_id-container').textContent()).toBe('Sesi 5 - Mengelola Keuangan Keluarga');
    expect(await page.getByLabel('Tempat').inputValue()).toBe('Rumah Ibu Siti Aminah, RT 03/RW 05');

    const log = await received();
    expect(log.reports).toEqual([]);
    expect(log.rejected).toHaveLength(1);
    expect(log.rejected[0]).toMatchObject({
      kind: 'report',
      reason: 'validation',
      errors: { tanggal_pertemuan: 'Tanggal Pertemuan tidak sesuai format dd/mm/yyyy.' },
    });
  });

  it('saves the corrected report and records exactly what was sent', async () => {
    // Typing moves the picker to January 2026; then a day is picked in the popup.
    await page.getByLabel('Tanggal Pertemuan').fill('15/01/2026');
    await page.getByRole('button', { name: '20 Januari 2026' }).click();
    expect(await page.getByLabel('Tanggal Pertemuan').inputValue()).toBe('20/01/2026');
    await page.getByLabel('Foto Kegiatan').setInputFiles({ name: 'pertemuan.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL('**/p2k2/laporan');
    const alert = (await page.locator('.alert-success').textContent()) ?? '';
    const reference = /Data berhasil disimpan\. Nomor referensi: (LAP-\d{4}-\d{6})/.exec(alert)?.[1];
    expect(reference).toBeDefined();

    const log = await received();
    expect(log.reports).toHaveLength(1);
    expect(log.reports[0]).toMatchObject({
      reference,
      user: 'pendamping.cibinong',
      fields: {
        kelompok_id: 'KLP-001',
        sesi_id: '5',
        provinsi_id: '32',
        kabupaten_id: '32.01',
        kecamatan_id: '32.01.01',
        desa_id: '32.01.01.1006',
        tanggal_pertemuan: '20/01/2026',
        jam_mulai: '09:00',
        jam_selesai: '11:00',
        tempat: 'Rumah Ibu Siti Aminah, RT 03/RW 05',
        jumlah_hadir: '27',
        ringkasan: 'Sesi keuangan keluarga berjalan lancar.\r\nPeserta menyusun anggaran bulanan.',
      },
      files: {
        foto_kegiatan: { filename: 'pertemuan.png', mimeType: 'image/png', size: PNG.length, sha256: sha256(PNG) },
      },
    });
    expect(log.reports[0]?.fields).not.toHaveProperty('_token');
  });

  it('saves all three attendance pages by AJAX, refusing a page with a family left out', async () => {
    await page.goto(`${portal.url}/p2k2/kehadiran?kelompok=KLP-001&page=1`);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const expected: Record<string, string> = {};
    for (let p = 1; p <= 3; p++) {
      const rows = page.locator('#tabel-kehadiran tbody tr');
      expect(await rows.count()).toBe(10);
      for (let r = 0; r < 10; r++) {
        const i = (p - 1) * 10 + r;
        const row = rows.nth(r);
        const nik = ((await row.locator('td.nik').textContent()) ?? '').trim();
        expected[nik] = classicStatus(i).toUpperCase();
        if (p === 1 && r === 9) {
          // Leave the last family of page 1 out: the portal must refuse the page.
          await page.getByRole('button', { name: 'Simpan Halaman Ini' }).click();
          expect(await page.locator('#kehadiran-alert .alert-danger').textContent()).toContain('wajib dipilih');
          expect(await page.locator('#tabel-kehadiran .invalid-feedback').count()).toBe(1);
          expect(await row.locator('.invalid-feedback').textContent()).toMatch(/^Status kehadiran .+ wajib dipilih\.$/);
        }
        await row.getByLabel(classicStatus(i), { exact: true }).check();
      }
      await page.getByRole('button', { name: 'Simpan Halaman Ini' }).click();
      const ok = (await page.locator('#kehadiran-alert .alert-success').textContent()) ?? '';
      expect(ok).toMatch(/^Kehadiran berhasil disimpan\. Nomor referensi: KHD-\d{4}-\d{6}$/);
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
      if (p < 3) {
        await page.getByRole('link', { name: String(p + 1), exact: true }).click();
        await page.waitForURL(`**/p2k2/kehadiran?kelompok=KLP-001&page=${p + 1}`);
        await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      }
    }

    const log = await received();
    expect(log.attendance.map((a) => a.page)).toEqual([1, 2, 3]);
    expect(log.attendance.every((a) => a.kelompok_id === 'KLP-001' && /^KHD-\d{4}-\d{6}$/.test(a.reference))).toBe(
      true,
    );
    expect(Object.assign({}, ...log.attendance.map((a) => a.status))).toEqual(expected);
    expect(log.rejected.filter((r) => r.kind === 'attendance')).toHaveLength(1);
  });

  it('goes through the React wizard and submits the files', async () => {
    await page.goto(`${portal.url}/wizard/p2k2/tambah`);
    const proses = page.getByRole('button', { name: 'Proses' });
    const nama = page.getByLabel('Nama Kegiatan');

    // A controlled input ignores a bare DOM write: React still thinks the field is empty.
    await nama.evaluate((el: HTMLInputElement) => {
      el.value = 'diam-diam';
    });
    await proses.click();
    expect(await page.locator('#namaKegiatan-error').textContent()).toBe('Nama Kegiatan wajib diisi');
    await nama.fill('P'.repeat(101));
    await proses.click();
    expect(await page.locator('#namaKegiatan-error').textContent()).toBe('Nama Kegiatan maksimal 100 karakter');
    expect(await nama.getAttribute('aria-invalid')).toBe('true');

    await nama.fill('P2K2 Kelompok Melati: Kesehatan dan Gizi');
    // "Materi" has no linked label (a sibling div), so find its row by the text.
    const materi = page
      .locator('.form-row', { has: page.locator('div.form-label', { hasText: 'Materi' }) })
      .locator('select');
    await materi.selectOption({ label: 'KESEHATAN DAN GIZI.' });
    await page.getByLabel('Periode Salur').selectOption({ label: 'TAHAP 1 TAHUN 2026 (JANUARI - MARET)' });
    await page.getByLabel('Tanggal').fill('2026-02-10');
    await page.getByLabel('Jam Mulai').fill('08:30');
    await page.getByLabel('Jam Selesai').fill('10:45');
    await page.getByLabel('Lokasi').fill('Balai Desa Pakansari');
    await proses.click();

    await page.getByRole('heading', { name: '2. Pemateri' }).waitFor();
    const pemateri = (n: number) => page.locator('fieldset', { hasText: `Pemateri ${n}` });
    await pemateri(1).getByLabel('Nama Pemateri').fill('Rina Marlina, S.Sos');
    await pemateri(1).getByLabel('Instansi Pemateri').fill('Pendamping PKH Kec. Cibinong');
    await pemateri(2).getByLabel('Nama Pemateri').fill('dr. Hendra Wijaya');
    await pemateri(2).getByLabel('Instansi Pemateri').fill('Puskesmas Cibinong');
    const uraian = 'Kegiatan berjalan tertib.\nMateri gizi ibu hamil dan balita.\nPeserta aktif bertanya.';
    await page.getByLabel('Uraian Kegiatan').fill(uraian);
    expect(await page.locator('.char-counter').textContent()).toBe(`${uraian.length} / 1000 karakter`);
    await proses.click();

    await page.getByRole('heading', { name: '3. Peserta' }).waitFor();
    await page.getByLabel('Kelompok').selectOption('KLP-001');
    const rows = page.locator('.peserta-table tbody tr');
    await rows.nth(29).waitFor();
    const peserta: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      const nik = ((await rows.nth(i).locator('td.nik').textContent()) ?? '').trim();
      peserta[nik] = wizardStatus(i);
    }
    for (const [nik, status] of Object.entries(peserta)) {
      await page
        .locator('tr', { has: page.locator('td.nik', { hasText: nik }) })
        .locator('select')
        .selectOption(status);
    }
    await proses.click();

    await page.getByRole('heading', { name: '4. Dokumen' }).waitFor();
    await page
      .getByLabel('Foto Kegiatan')
      .setInputFiles({ name: 'foto-geotag.png', mimeType: 'image/png', buffer: PNG_WIZARD });
    await page
      .getByLabel('Dokumen Pendukung')
      .setInputFiles({ name: 'daftar-hadir.pdf', mimeType: 'application/pdf', buffer: PDF });
    await proses.click();

    const success = page.getByRole('alert');
    expect(await success.locator('strong').textContent()).toBe('Kegiatan berhasil disimpan');
    const reference = (await success.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(/^P2K2-\d{4}-\d{6}$/);

    const log = await received();
    expect(log.kegiatan).toHaveLength(1);
    const saved = log.kegiatan[0];
    expect(saved?.reference).toBe(reference);
    expect(saved?.fields).toEqual({
      namaKegiatan: 'P2K2 Kelompok Melati: Kesehatan dan Gizi',
      materiId: '3',
      periodeSalur: '2026-1',
      tanggal: '2026-02-10',
      jamMulai: '08:30',
      jamSelesai: '10:45',
      lokasi: 'Balai Desa Pakansari',
      namaPemateri1: 'Rina Marlina, S.Sos',
      instansiPemateri1: 'Pendamping PKH Kec. Cibinong',
      namaPemateri2: 'dr. Hendra Wijaya',
      instansiPemateri2: 'Puskesmas Cibinong',
      namaPemateri3: '',
      instansiPemateri3: '',
      uraianKegiatan: uraian.replaceAll('\n', '\r\n'),
      kelompokId: 'KLP-001',
    });
    expect(saved?.peserta).toEqual(peserta);
    expect(saved?.files).toEqual({
      fotoKegiatan: {
        filename: 'foto-geotag.png',
        mimeType: 'image/png',
        size: PNG_WIZARD.length,
        sha256: sha256(PNG_WIZARD),
      },
      dokumenPendukung: {
        filename: 'daftar-hadir.pdf',
        mimeType: 'application/pdf',
        size: PDF.length,
        sha256: sha256(PDF),
      },
    });
    // The wizard refused the bad steps itself: nothing of it reached the portal before.
    expect(log.rejected.filter((r) => r.kind === 'kegiatan')).toEqual([]);
  });

  it('forgets everything on POST /__reset', async () => {
    await fetch(`${portal.url}/__reset`, { method: 'POST' });
    expect(await received()).toEqual({ reports: [], attendance: [], kegiatan: [], rejected: [] });
  });
});
