/**
 * Groups and families in real Chromium at tablet size (800×1280): create a group, add a family by
 * hand (a bad NIK shows every reason and saves nothing), import the 25-family roster (preview,
 * mapping, a report with 2 problems, nothing written before the confirm), search, move and
 * deactivate; the .xlsx roster; hostile files; archiving; removing the sample data. Assertions
 * read what the user sees and what IndexedDB holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch, ROOT } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const FIXTURES = join(ROOT, 'tests/fixtures/roster');
const SHOTS = join(ROOT, '.tmp');
const XSS = '<img src=x onerror=alert(1)>';

/** Live rows of a store, read straight from IndexedDB as the app left them. */
async function liveRows(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('lentera');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as Array<Record<string, unknown>>).filter((row) => row.deletedAt === null));
          };
        };
      }),
    table,
  );
}

/** After an in-app navigation, waits for the new route. */
async function arrive(page: Page, hash: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof hash === 'string' ? url.hash === hash : hash.test(url.hash)));
}

/** Opens a route by its address, as a user following a link would. */
async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/${hash}`);
}

const GROUP = /^#\/groups\/[0-9a-f-]{36}$/;
const MEMBER = /^#\/members\/[0-9a-f-]{36}$/;

async function start(browser: Browser, served: Served, options: { demo?: boolean } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(served.url);
  await waitForServiceWorker(page);
  await completeSetup(page, options);
  return page;
}

async function createGroup(page: Page, name: string, villageCode = '3201012001'): Promise<void> {
  await visit(page, '#/groups');
  await page.getByRole('button', { name: 'Tambah kelompok' }).click();
  await page.getByLabel('Nama kelompok').fill(name);
  await page.getByLabel('Desa/Kelurahan').fill('Pakansari');
  await page.getByLabel(/Kode desa/).fill(villageCode);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText(`Kelompok "${name}" tersimpan. Sekarang tambahkan keluarganya:`).waitFor();
}

async function openGroup(page: Page, name: string): Promise<void> {
  await visit(page, '#/groups');
  await page
    .getByTestId('group-list')
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await arrive(page, GROUP);
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

const familyNames = (page: Page) => page.getByTestId('member-list').locator('.family-name').allTextContents();

describe('groups and families', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await servePwa();
  });
  afterAll(async () => {
    await served?.close();
  });
  // A fresh profile per test: each starts from first-run setup with an empty database.
  beforeEach(async () => {
    browser = await launch({ viewport: { width: 800, height: 1280 } });
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('creates a group, adds a family by hand, imports kelompok-25.csv, searches, moves and deactivates', async () => {
    const page = await start(browser, served);

    // A group: every bad field says what is wrong, in Indonesian, and nothing is stored.
    await visit(page, '#/groups');
    await page.getByRole('button', { name: 'Tambah kelompok' }).click();
    await page.getByLabel(/Kode desa/).fill('32.1.1');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Isi nama kelompok.').waitFor();
    await page.getByText('Kode desa ditulis seperti 32.01.01.2001').waitFor();
    expect(await liveRows(page, 'groups')).toEqual([]);
    await page.getByLabel('Nama kelompok').fill('Kelompok Melati');
    await page.getByLabel(/Kode desa/).fill('3201012001');
    await page.getByText('Provinsi 32 · Kabupaten/Kota 32.01 · Kecamatan 32.01.01').waitFor();
    expect(await page.getByLabel('Provinsi').inputValue()).toBe('Jawa Barat');
    await page.getByLabel('Desa/Kelurahan').fill('Pakansari');
    await page.getByLabel('Ketua kelompok').fill('Ibu Euis');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kelompok "Kelompok Melati" tersimpan. Sekarang tambahkan keluarganya:').waitFor();
    const [melati] = await liveRows(page, 'groups');
    expect(melati).toMatchObject({
      name: 'Kelompok Melati',
      region: { provinceCode: '32', regencyCode: '32.01', districtCode: '32.01.01', villageCode: '32.01.01.2001' },
    });
    await createGroup(page, 'Kelompok Mawar');
    await openGroup(page, 'Kelompok Melati');

    // A family by hand: a bad NIK lists every reason, and nothing is saved.
    await page.getByRole('link', { name: 'Tambah keluarga' }).click();
    await arrive(page, /\/members\/new$/);
    await page.getByLabel(/Nama pengurus/).fill(XSS);
    await page.getByLabel('NIK pengurus').fill('3201009913A0');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Periksa isian yang ditandai merah.').waitFor();
    const nikErrors = await page.locator('.field-invalid .grp-issues-error li').allTextContents();
    expect(nikErrors).toEqual(['NIK harus 16 angka (terisi 12).', 'NIK hanya boleh berisi angka (ada "A").']);
    await page.getByLabel('NIK pengurus').fill('3201000013000000');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => page.locator('.field-invalid .grp-issues-error li').allTextContents())
      .toEqual([
        'Kode kecamatan dalam NIK tidak boleh 00.',
        'Tanggal lahir 00 dalam NIK tidak mungkin: 01–31 untuk laki-laki, 41–71 untuk perempuan.',
        'Bulan lahir 13 dalam NIK tidak mungkin (harus 01–12).',
        'Nomor urut NIK tidak boleh 0000.',
      ]);
    expect(await liveRows(page, 'members')).toEqual([]);

    // A NIK from another district is a warning, not a refusal; components by tapping.
    await page.getByLabel('NIK pengurus').fill('3273015512900099');
    await page.getByText('Kode wilayah NIK 32.73.01 tidak sama dengan wilayah kelompok 32.01.01.').waitFor();
    await page.getByLabel('Ada ibu hamil').check();
    await page.getByRole('button', { name: 'Tambah: Balita (0–6 tahun)' }).click();
    await page.getByRole('button', { name: 'Tambah: Balita (0–6 tahun)' }).click();
    await page.getByRole('button', { name: 'Tambah: Anak SD/MI' }).click();
    await page.screenshot({ path: join(SHOTS, 'groups-member-form.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await arrive(page, GROUP);
    await page.getByRole('heading', { name: 'Kelompok Melati' }).waitFor();
    expect(await familyNames(page)).toEqual([XSS]);
    expect(await page.getByTestId('member-list').locator('img').count()).toBe(0);
    expect(await page.getByTestId('member-list').locator('.comp-tag').allTextContents()).toEqual([
      'Hamil',
      'Balita 2',
      'SD 1',
    ]);
    const [handMade] = await liveRows(page, 'members');
    expect(handMade).toMatchObject({
      name: XSS,
      nik: '3273015512900099',
      groupId: melati?.id,
      active: true,
      components: { pregnant: true, toddlers: 2, school: { sd: 1, smp: 0, sma: 0 } },
    });

    // The same NIK again is refused, naming the family that holds it.
    await page.getByRole('link', { name: 'Tambah keluarga' }).click();
    await arrive(page, /\/members\/new$/);
    await page.getByLabel(/Nama pengurus/).fill('Ibu Kembar');
    await page.getByLabel('NIK pengurus').fill('3273 0155 1290 0099');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(`NIK ini sudah terdaftar atas nama ${XSS} (kelompok Kelompok Melati).`).waitFor();
    expect(await liveRows(page, 'members')).toHaveLength(1);
    await page.getByRole('link', { name: '←' }).click();
    await arrive(page, GROUP);

    // Import: preview, guessed mapping, a report with the 2 problems, nothing written yet.
    await page.getByRole('link', { name: 'Impor daftar (CSV/Excel)' }).click();
    await arrive(page, /\/import$/);
    await page.locator('input[type="file"]').setInputFiles(join(FIXTURES, 'kelompok-25.csv'));
    await page.getByText('kelompok-25.csv: 27 baris data').waitFor();
    expect(await page.getByTestId('import-preview').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('import-preview').textContent()).toContain('Siti Nurhaliza');
    expect(await page.locator('select[name="map-nik"]').inputValue()).toBe('1');
    expect(await page.locator('select[name="map-name"]').inputValue()).toBe('2');
    expect(await page.locator('select[name="map-phone"]').inputValue()).toBe('6');
    const summary = page.getByTestId('import-summary');
    expect(await summary.locator('li').allTextContents()).toEqual([
      '25 keluarga siap ditambahkan',
      '2 baris bermasalah dan akan dilewati',
    ]);
    const problems = await page.getByTestId('import-problems').locator(':scope > li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('Baris 27');
    expect(problems[0]).toContain('NIK: NIK harus 16 angka (terisi 15).');
    expect(problems[1]).toContain('Baris 28');
    expect(problems[1]).toContain('NIK: NIK sama dengan baris 4.');
    // Unmapping the NIK column stops everything until it is chosen again.
    await page.locator('select[name="map-nik"]').selectOption('');
    await page.getByText('Pilih kolom untuk: NIK.').waitFor();
    expect(await page.getByRole('button', { name: 'Tidak ada baris yang bisa ditambahkan.' }).isDisabled()).toBe(true);
    await page.locator('select[name="map-nik"]').selectOption('1');
    await page.getByRole('button', { name: 'Tambahkan 25 keluarga' }).waitFor();
    expect(await liveRows(page, 'members')).toHaveLength(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'groups-import-report.png'), fullPage: true });

    await page.getByRole('button', { name: 'Tambahkan 25 keluarga' }).click();
    expect(await page.getByTestId('import-result').textContent()).toContain(
      '25 keluarga ditambahkan, 2 baris dilewati.',
    );
    const stored = await liveRows(page, 'members');
    expect(stored).toHaveLength(26);
    expect(stored.filter((row) => row.groupId === melati?.id)).toHaveLength(26);
    expect(stored.find((row) => row.nik === '3201014101780001')).toMatchObject({
      name: 'Siti Nurhaliza',
      kkNumber: '3201010115000011',
      pkhId: 'PKH-3201-7001',
      address: 'Kp. Sukamaju RT 01/RW 03, Desa Pakansari',
      phone: '+628123456700',
    });
    await page.getByRole('link', { name: 'Lihat daftar keluarga' }).click();
    await arrive(page, GROUP);
    await page.getByRole('heading', { name: 'Kelompok Melati' }).waitFor();
    expect(await familyNames(page)).toHaveLength(26);
    expect(await page.getByTestId('family-counts').textContent()).toContain('26 keluarga aktif');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'groups-detail.png') });

    // Export: a CSV the importer reads back, with formula-looking cells escaped.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor daftar (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('daftar-kelompok-melati.csv');
    const bytes = readFileSync(await download.path());
    // A byte-order mark, so Excel reads the names as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'No,NIK,Nama Pengurus,No KK,ID PKH,Alamat,No HP,Hamil,Balita,SD,SMP,SMA,Lansia,Disabilitas Berat',
    );
    expect(lines).toHaveLength(27);
    expect(csv).toContain(",'+628123456700,");
    expect(csv).toContain(`,${XSS},`);

    // Instant search by NIK (any part, spaces ignored) and by name without accents.
    const search = page.getByRole('searchbox', { name: 'Cari nama atau NIK' });
    await search.fill('4303 80');
    await expect.poll(() => familyNames(page)).toEqual(['Dewi Kartika']);
    expect(await page.getByTestId('search-count').textContent()).toBe('1 dari 26 keluarga');
    await search.fill('desy');
    await expect.poll(() => familyNames(page)).toEqual(['Désy Ratnasari']);
    await search.fill('tidak ada orangnya');
    await page.getByText('Tidak ada keluarga yang cocok dengan "tidak ada orangnya".').waitFor();

    // Move Dewi Kartika to Kelompok Mawar.
    await search.fill('3201014303800003');
    await page.getByTestId('member-list').getByRole('link').click();
    await arrive(page, MEMBER);
    await page.getByRole('heading', { name: 'Data keluarga' }).waitFor();
    await page.getByLabel('Kelompok tujuan').selectOption({ label: 'Kelompok Mawar' });
    await page.getByRole('button', { name: 'Pindahkan', exact: true }).click();
    await page.getByText('Dewi Kartika dipindahkan ke Kelompok Mawar.').waitFor();
    const mawar = (await liveRows(page, 'groups')).find((group) => group.name === 'Kelompok Mawar');
    expect((await liveRows(page, 'members')).find((row) => row.nik === '3201014303800003')?.groupId).toBe(mawar?.id);

    // Deactivate Siti Nurhaliza: kept, marked inactive, off the default list.
    await openGroup(page, 'Kelompok Melati');
    expect(await page.getByTestId('family-counts').textContent()).toContain('25 keluarga aktif');
    await search.fill('Siti Nurhaliza');
    await page.getByTestId('member-list').getByRole('link').click();
    await arrive(page, MEMBER);
    await page.getByRole('button', { name: 'Nonaktifkan keluarga' }).click();
    await page.getByText('Keluarga ini nonaktif.').waitFor();
    expect((await liveRows(page, 'members')).find((row) => row.name === 'Siti Nurhaliza')?.active).toBe(false);
    await page.getByRole('link', { name: '←' }).click();
    await arrive(page, GROUP);
    await page.getByTestId('family-counts').getByText('24 keluarga aktif').waitFor();
    expect(await page.getByTestId('family-counts').textContent()).toContain('1 nonaktif');
    expect(await familyNames(page)).not.toContain('Siti Nurhaliza');
    await page.getByLabel(/Tampilkan keluarga nonaktif/).check();
    expect(await familyNames(page)).toContain('Siti Nurhaliza');
    expect(await page.getByTestId('member-list').getByText('NONAKTIF').count()).toBe(1);
    await page.close();
  });
  it('imports the first sheet of an .xlsx roster, and refuses broken files with a clear message', async () => {
    const page = await start(browser, served);
    await createGroup(page, 'Kelompok Anggrek');
    await page.getByRole('link', { name: 'Impor daftar (CSV/Excel)' }).click();
    await arrive(page, /\/import$/);

    // Hostile or mistaken files: each refused with advice, nothing stored.
    const input = page.locator('input[type="file"]');
    const refuse = async (name: string, buffer: Buffer, text: string) => {
      await input.setInputFiles({ name, mimeType: 'text/csv', buffer });
      await expect.poll(() => page.getByTestId('import-error').textContent()).toContain(text);
    };
    await refuse('kosong.csv', Buffer.alloc(0), 'Berkas daftar keluarga tidak bisa dibaca: berkas kosong.');
    await refuse('judul.csv', Buffer.from('NIK;Nama\n'), 'hanya ada judul kolom, tanpa baris data.');
    await refuse(
      'latin1.csv',
      Buffer.from([...Buffer.from('NIK,Nama\n1,D'), 0xe9, ...Buffer.from('sy\n')]),
      'CSV UTF-8',
    );
    await refuse('lama.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'format Excel lama (.xls)');
    await refuse('besar.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'Berkas terlalu besar: 5 MB (maksimal 5 MB).');
    expect(await liveRows(page, 'members')).toEqual([]);

    await input.setInputFiles(join(FIXTURES, 'kelompok-xlsx.xlsx'));
    await page.getByText('kelompok-xlsx.xlsx: 5 baris data').waitFor();
    expect(await page.locator('select[name="map-pkhId"]').inputValue()).toBe('3');
    expect(await page.locator('select[name="map-toddlers"]').inputValue()).toBe('7');
    expect(await page.getByTestId('import-summary').locator('li').allTextContents()).toEqual([
      '5 keluarga siap ditambahkan',
      '1 baris dengan catatan (tetap ditambahkan)',
    ]);
    expect(await page.getByTestId('import-warns').textContent()).toContain(
      'Nama pengurus: Tanda rumus di awal isian dibuang ("=Euis Hartati").',
    );
    await page.getByRole('button', { name: 'Tambahkan 5 keluarga' }).click();
    expect(await page.getByTestId('import-result').textContent()).toContain(
      '5 keluarga ditambahkan, 0 baris dilewati.',
    );
    const stored = await liveRows(page, 'members');
    expect(stored.map((row) => row.name).sort()).toEqual([
      'Euis Hartati',
      'Nani Suryani',
      'Oom Komariah',
      'Sumiati Rahayu',
      'Yayah Rohayah',
    ]);
    expect(stored.find((row) => row.name === 'Nani Suryani')).toMatchObject({
      // Typed into a number cell in Excel: written out in full, not as 3.2e15.
      nik: '3201014203890102',
      pkhId: 'PKH-X-0102',
      components: { pregnant: false, toddlers: 0, school: { sd: 2, smp: 1, sma: 0 }, elderly: 1, severeDisability: 0 },
    });
    expect(stored.find((row) => row.name === 'Euis Hartati')?.phone).toBe('+6281299990104');
    await page.close();
  });

  it('hides archived groups until asked, and brings them back', async () => {
    const page = await start(browser, served);
    await createGroup(page, 'Kelompok Kenanga');
    await openGroup(page, 'Kelompok Kenanga');
    await page.getByRole('link', { name: 'Ubah' }).click();
    await arrive(page, /\/edit$/);
    await page.screenshot({ path: join(SHOTS, 'groups-edit.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Arsipkan kelompok' }).click();
    await arrive(page, '#/groups');
    await page.getByText('Belum ada kelompok.').waitFor();
    expect((await liveRows(page, 'groups'))[0]).toMatchObject({ name: 'Kelompok Kenanga', archived: true });
    await page.getByLabel(/Tampilkan kelompok yang diarsipkan/).check();
    const card = page.getByTestId('group-list').getByRole('link', { name: /Kelompok Kenanga/ });
    expect(await card.textContent()).toContain('DIARSIPKAN');
    await card.click();
    await arrive(page, GROUP);
    await page.getByText('Kelompok ini diarsipkan.').waitFor();
    await page.getByRole('button', { name: 'Aktifkan lagi kelompok' }).click();
    await expect.poll(async () => (await liveRows(page, 'groups'))[0]?.archived).toBe(false);
    await visit(page, '#/groups');
    expect(await page.getByTestId('group-list').textContent()).toContain('Kelompok Kenanga');
    await page.close();
  });

  it('shows the SAMPLE tag on the demo group and removes all sample data in one confirmed tap', async () => {
    const page = await start(browser, served, { demo: true });
    await visit(page, '#/groups');
    const card = page.getByTestId('group-list').getByRole('link', { name: /Kelompok Contoh Melati/ });
    expect(await card.textContent()).toContain('CONTOH');
    await card.click();
    await arrive(page, GROUP);
    await page.getByText('Ini kelompok contoh dengan keluarga fiktif').waitFor();
    expect(await liveRows(page, 'members')).toHaveLength(20);
    await page.screenshot({ path: join(SHOTS, 'groups-demo.png') });
    await page.getByRole('button', { name: 'Hapus data contoh' }).click();
    await page.getByRole('button', { name: 'Ya, hapus semua data contoh' }).click();
    await arrive(page, '#/groups');
    await page.getByText('Belum ada kelompok.').waitFor();
    expect(await liveRows(page, 'groups')).toEqual([]);
    expect(await liveRows(page, 'members')).toEqual([]);
    await page.close();
  });
});
