/**
 * The supervisor's care work in real Chromium at 800×1280, set up as a supervisor with the demo
 * group: observe a session of the demo group and read it in the facilitator's history; edit the
 * checklist and use it; open a case for a demo family with its assessment, an overdue action, a
 * referral and a visit, see what is due on the hub and on home, close it; read the monthly report
 * in print media. Every step asserts what the user sees and what is stored.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEntry, CaseRecord, Observation } from '../../shared/model/supervision';
import type { Setting } from '../../shared/model/types';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = '.tmp';
const SCORES = [4, 3, 3, 4, 2, 3, 4, 3, 3, 4, 3] as const;
const HTML_NAME = '<img src=x onerror="document.title=\'pwned\'"><b>Ibu Tes</b>';

interface Dates {
  readonly today: string;
  readonly yesterday: string;
  readonly nextWeek: string;
}

/** Every row of a store, read straight from IndexedDB. */
async function rows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  }, store) as Promise<T[]>;
}

/** The device's own calendar (Asia/Jakarta in these tests), as the app reads it. */
async function dates(page: Page): Promise<Dates> {
  return page.evaluate(() => {
    const at = (days: number) => {
      const d = new Date();
      d.setDate(d.getDate() + days);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    return { today: at(0), yesterday: at(-1), nextWeek: at(7) };
  });
}

/** A session of the demo group held today, as the session screens would have stored it. */
async function seedSession(page: Page, today: string): Promise<string> {
  return page.evaluate(async (date) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const groups = await new Promise<{ id: string; demo: boolean }[]>((resolve, reject) => {
      const request = db.transaction('groups').objectStore('groups').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const group = groups.find((g) => g.demo);
    if (group === undefined) throw new Error('no demo group');
    const at = new Date().toISOString();
    const id = '0194b000-0000-7000-8000-00000000c0de';
    const tx = db.transaction('sessions', 'readwrite');
    tx.objectStore('sessions').put({
      id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      deviceId: 'device-e2e',
      groupId: group.id,
      curriculumCode: 'P2K2-05',
      plannedDate: date,
      plannedTime: '09:00',
      place: 'Rumah Ibu Ketua',
      status: 'done',
      actualDate: date,
      startedAt: at,
      endedAt: at,
      notes: '',
      catchUpFor: [],
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return id;
  }, today);
}

describe('care: observation and case management', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let day: Dates;
  let sessionId: string;

  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/care-${name}.png`, fullPage: true });
  const a11y = async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
  };
  const open = async (hash: string, heading: string | RegExp) => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${served.url}/${hash}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(served.url);
    await page.getByLabel('Nama Anda').fill('Sari Supervisor');
    await page.getByLabel('Wilayah tugas (kabupaten/kecamatan)').fill('Kab. Bogor');
    await page.getByRole('radio', { name: 'Supervisor (Peksos)' }).check();
    await page.getByLabel(/Coba dengan data contoh/).check();
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.getByRole('heading', { name: /^Halo, / }).waitFor();
    day = await dates(page);
    sessionId = await seedSession(page, day.today);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('observes a session of the demo group and shows it in the facilitator’s history with the mean', async () => {
    await open('#/care', 'Layanan');
    await expect.poll(() => page.getByTestId('tile-observations').textContent()).toContain('0 observasi');
    await page.getByTestId('tile-observations').click();
    await page.getByRole('heading', { level: 1, name: 'Supervisi Sesi' }).waitFor();
    await page.getByRole('link', { name: 'Amati sesi Kelompok Contoh Melati' }).click();
    await page.getByRole('heading', { level: 1, name: 'Observasi sesi' }).waitFor();

    // Filled from the session: group, facilitator, curriculum session and date.
    await expect.poll(() => page.getByLabel('Kelompok', { exact: true }).inputValue()).toBe('Kelompok Contoh Melati');
    await expect.poll(() => page.getByLabel('Pendamping', { exact: true }).inputValue()).toBe('Sari Supervisor');
    await expect.poll(() => page.getByLabel('Sesi P2K2').inputValue()).toBe('P2K2-05');
    await expect.poll(() => page.getByLabel('Tanggal', { exact: true }).inputValue()).toBe(day.today);
    await page.getByLabel('Pendamping', { exact: true }).fill('Rina Pendamping');

    const items = page.getByTestId('score-item');
    expect(await items.count()).toBe(SCORES.length);
    for (const [i, score] of SCORES.entries()) {
      await items
        .nth(i)
        .locator('label.care-score-option')
        .nth(score - 1)
        .click();
      expect(
        await items
          .nth(i)
          .getByRole('radio')
          .nth(score - 1)
          .isChecked(),
      ).toBe(true);
    }
    await items
      .nth(4)
      .getByLabel(/^Catatan untuk/)
      .fill('Ibu-ibu di belakang jarang diajak bicara');
    await page.getByLabel('Catatan umum').fill('Sesi rapi, pesan kunci jelas.');
    await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await page.getByLabel('Tindak lanjut 1', { exact: true }).fill('Latih cara memeriksa pemahaman dengan kuis');
    await page.getByLabel('Batas waktu').fill(day.nextWeek);
    // 36 / 11 = 3.27…
    await expect
      .poll(() => page.getByTestId('live-mean').textContent())
      .toContain('3,3 (Baik) · 11 dari 11 butir dinilai');
    await shot('observation-form');
    await a11y();

    await page.getByRole('button', { name: 'Simpan observasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riwayat supervisi' }).waitFor();
    await expect.poll(() => page.getByTestId('history-name').textContent()).toBe('Rina Pendamping');
    await expect.poll(() => page.getByTestId('history-item-mean').first().textContent()).toBe('Rata-rata: 3,3 (Baik)');
    await expect.poll(() => page.getByTestId('trend-mean').first().textContent()).toBe('3,3');
    await shot('history');

    const [stored] = await rows<Observation>(page, 'observations');
    expect(stored).toMatchObject({
      sessionId,
      facilitator: 'Rina Pendamping',
      groupName: 'Kelompok Contoh Melati',
      curriculumCode: 'P2K2-05',
      date: day.today,
      notes: 'Sesi rapi, pesan kunci jelas.',
      followUps: [{ text: 'Latih cara memeriksa pemahaman dengan kuis', dueDate: day.nextWeek, done: false }],
    });
    expect(stored?.scores.map((s) => s.score)).toEqual([...SCORES]);
    expect(stored?.scores[4]?.note).toBe('Ibu-ibu di belakang jarang diajak bicara');
  });

  it('adds an item to the checklist and scores it in a new observation', async () => {
    await open('#/observations?view=items', 'Daftar butir observasi');
    await page.getByLabel('Butir baru').fill('Peserta datang tepat waktu');
    await page.getByRole('button', { name: 'Tambah butir' }).click();
    await page.getByText('Butir "Peserta datang tepat waktu" ditambahkan.').waitFor();
    await expect.poll(() => page.getByTestId('checklist-items').locator('li').count()).toBe(12);
    const setting = (await rows<Setting>(page, 'settings')).find((s) => s.key === 'observationItems');
    const stored = (setting?.value ?? []) as { text: string | null }[];
    expect(stored).toHaveLength(12);
    expect(stored.at(-1)?.text).toBe('Peserta datang tepat waktu');
    await shot('checklist');
    await a11y();

    await open('#/observations/new', 'Observasi sesi');
    const items = page.getByTestId('score-item');
    expect(await items.count()).toBe(12);
    await expect.poll(() => items.last().locator('legend').textContent()).toContain('Peserta datang tepat waktu');
    await page.getByLabel('Pendamping', { exact: true }).fill('rina pendamping');
    await page.getByLabel('Kelompok', { exact: true }).fill('Kelompok Anggrek');
    // Nothing scored yet: refused, with the reason, and nothing written.
    await page.getByRole('button', { name: 'Simpan observasi' }).click();
    await page.getByText('Beri nilai paling sedikit satu butir.').waitFor();
    expect(await rows(page, 'observations')).toHaveLength(1);
    await items.last().locator('label.care-score-option').nth(3).click();
    await items.first().locator('label.care-score-option').nth(1).click();
    await page.getByRole('button', { name: 'Simpan observasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riwayat supervisi' }).waitFor();
    // Both observations in one history, however the name was typed.
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(2);
    await expect.poll(() => page.getByTestId('trend-table').textContent()).toContain('Peserta datang tepat waktu');
    await expect.poll(() => page.getByTestId('history-item-mean').first().textContent()).toBe('Rata-rata: 3 (Baik)');
  });

  it('opens a case for a demo family, shows its overdue action on the hub and home, and closes it', async () => {
    await open('#/cases/new', 'Kasus baru');
    await page.getByLabel('Cari keluarga di perangkat ini').fill('siti rah');
    await page
      .getByTestId('family-hits')
      .getByRole('button', { name: /Siti Rahmawati/ })
      .click();
    await page.getByTestId('family-linked').getByText('Kelompok Contoh Melati').waitFor();
    await expect.poll(() => page.getByLabel('Nama (pengurus keluarga)').inputValue()).toBe('Siti Rahmawati');
    await expect.poll(() => page.getByLabel('NIK', { exact: true }).inputValue()).toMatch(/^\d{16}$/);
    await page.getByLabel('Judul kasus').fill('Anak tidak bersekolah');
    await page.getByLabel(/^Biologis/).fill('Anak kedua sering sakit.');
    await page.getByLabel(/^Psikologis/).fill('Ibu merasa tertekan.');
    await page.getByLabel(/^Sosial/).fill('Suami bekerja serabutan.');
    await page.getByRole('checkbox', { name: 'Pendidikan anak' }).check();
    await page.getByRole('checkbox', { name: 'Kesehatan' }).check();
    await page.getByRole('button', { name: 'Buka kasus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anak tidak bersekolah' }).waitFor();

    await page.getByRole('button', { name: 'Tambah tindakan' }).click();
    const actionForm = page.getByTestId('entry-form-action');
    await actionForm.getByLabel('Tindakan', { exact: true }).fill('Temui wali kelas');
    await actionForm.getByLabel('Batas waktu').fill(day.yesterday);
    await actionForm.getByRole('button', { name: 'Tambah tindakan' }).click();
    await page.getByTestId('entries-action').getByText('Terlambat 1 hari').waitFor();

    await page.getByRole('button', { name: 'Tambah rujukan' }).click();
    const referralForm = page.getByTestId('entry-form-referral');
    await referralForm.getByText('Puskesmas', { exact: true }).click();
    await referralForm.getByLabel('Alasan rujukan').fill('Pemeriksaan gizi anak kedua');
    await referralForm.getByRole('button', { name: 'Tambah rujukan' }).click();
    await page.getByTestId('entries-referral').getByText('Pemeriksaan gizi anak kedua').waitFor();

    await page.getByRole('button', { name: 'Catat kunjungan' }).click();
    const visitForm = page.getByTestId('entry-form-visit');
    await visitForm.getByLabel('Catatan kunjungan').fill('Rumah dikunjungi; ibu bersedia mengantar anak.');
    await visitForm.getByRole('button', { name: 'Catat kunjungan' }).click();
    await page.getByTestId('entries-visit').getByText('Rumah dikunjungi; ibu bersedia mengantar anak.').waitFor();
    await shot('case-detail');
    await a11y();

    const [caseRow] = await rows<CaseRecord>(page, 'cases');
    expect(caseRow).toMatchObject({
      title: 'Anak tidak bersekolah',
      status: 'open',
      openedDate: day.today,
      worker: 'Sari Supervisor',
      family: { name: 'Siti Rahmawati' },
      assessment: { bio: 'Anak kedua sering sakit.', needs: ['health', 'education'] },
    });
    expect(caseRow?.family.memberId).toEqual(expect.any(String));
    const entries = await rows<CaseEntry>(page, 'caseEntries');
    expect(entries.map((e) => [e.kind, e.status, e.service, e.dueDate])).toEqual([
      ['action', 'planned', null, day.yesterday],
      ['referral', 'planned', 'puskesmas', day.today],
      ['visit', 'done', null, day.today],
    ]);

    await open('#/care', 'Layanan');
    const tile = page.getByTestId('tile-cases');
    await expect.poll(() => tile.textContent()).toContain('1 kasus terbuka');
    await expect.poll(() => tile.textContent()).toContain('1 terlambat');
    await expect.poll(() => tile.textContent()).toContain('1 jatuh tempo hari ini');
    const due = page.getByTestId('care-due');
    await due.getByText('Tindakan: Temui wali kelas').waitFor();
    await expect.poll(() => due.locator('li').first().textContent()).toContain('Terlambat 1 hari');
    await expect.poll(() => due.textContent()).toContain('Rujukan: Pemeriksaan gizi anak kedua');
    await shot('hub');
    await a11y();

    await open('#/', /^Halo, /);
    await page.getByTestId('care-due').getByText('Tindakan: Temui wali kelas').waitFor();
    await page
      .getByTestId('care-due')
      .getByRole('link', { name: /Temui wali kelas/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Anak tidak bersekolah' }).waitFor();

    await page.getByRole('button', { name: 'Tutup kasus' }).click();
    await page.getByRole('button', { name: 'Tutup kasus sekarang' }).click();
    await page.getByText('Tulis hasil penanganan.').waitFor();
    expect((await rows<CaseRecord>(page, 'cases'))[0]?.status).toBe('open');
    await page.getByLabel('Hasil penanganan').fill('Anak kembali bersekolah; gizi dipantau posyandu.');
    await page.getByRole('button', { name: 'Tutup kasus sekarang' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Ditutup');
    await expect
      .poll(() => page.getByTestId('case-outcome').textContent())
      .toBe('Anak kembali bersekolah; gizi dipantau posyandu.');
    // Reopening asks first; saying no changes nothing.
    await page.getByRole('button', { name: 'Buka kembali kasus' }).click();
    await page.getByRole('alertdialog', { name: 'Buka kembali kasus ini?' }).waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Batal' }).click();
    const [closed] = await rows<CaseRecord>(page, 'cases');
    expect(closed).toMatchObject({
      status: 'closed',
      closedDate: day.today,
      outcome: 'Anak kembali bersekolah; gizi dipantau posyandu.',
    });

    await open('#/care', 'Layanan');
    await expect.poll(() => page.getByTestId('tile-cases').textContent()).toContain('0 kasus terbuka');
    expect(await page.getByTestId('tile-cases').textContent()).not.toContain('terlambat');
    // Loaded with the tiles: nothing due, so the list is not drawn at all.
    expect(await page.getByTestId('care-due').count()).toBe(0);
  });

  it('shows a family name with HTML as text, and refuses an invalid NIK with its reasons', async () => {
    await open('#/cases/new', 'Kasus baru');
    await page.getByLabel('Nama (pengurus keluarga)').fill(HTML_NAME);
    await page.getByLabel('NIK', { exact: true }).fill('3201019913');
    await page.getByLabel('Judul kasus').fill('Kekerasan terhadap anak');
    await page.getByRole('checkbox', { name: 'Perlindungan anak' }).check();
    await page.getByRole('button', { name: 'Buka kasus' }).click();
    await page.getByText('NIK harus 16 angka (terisi 10).').waitFor();
    expect(await rows(page, 'cases')).toHaveLength(1);
    await page.getByLabel('NIK', { exact: true }).fill('3201014702900009');
    await page.getByRole('button', { name: 'Buka kasus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kekerasan terhadap anak' }).waitFor();
    await expect.poll(() => page.getByTestId('family-name').textContent()).toBe(HTML_NAME);
    expect(await page.locator('.screen-body img, .screen-body b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });

  it('counts the month in the printable report', async () => {
    const month = day.today.slice(0, 7);
    await open(`#/cases/report?month=${month}`, 'Laporan kasus bulanan');
    await page.getByRole('button', { name: 'Cetak' }).waitFor();
    await a11y();
    await page.emulateMedia({ media: 'print' });
    await shot('report-print');
    const figure = (key: string) => page.locator(`[data-figure="${key}"]`).textContent();
    await expect.poll(() => figure('opened')).toBe('2');
    await expect.poll(() => figure('closed')).toBe('1');
    await expect.poll(() => figure('active')).toBe('2');
    await expect.poll(() => figure('openAtEnd')).toBe('1');
    await expect.poll(() => figure('referrals')).toBe('1');
    await expect.poll(() => figure('visits')).toBe('1');
    // The late action's case closed today, so nothing is overdue as of today.
    await expect.poll(() => figure('overdue')).toBe('0');
    const need = (key: string) => page.locator(`[data-need="${key}"]`).textContent();
    await expect.poll(() => need('education')).toBe('1');
    await expect.poll(() => need('health')).toBe('1');
    await expect.poll(() => need('childProtection')).toBe('1');
    await expect.poll(() => need('housing')).toBe('0');
    await expect.poll(() => page.locator('[data-service="puskesmas"] [data-status="planned"]').textContent()).toBe('1');
    await expect.poll(() => page.locator('[data-service="puskesmas"] [data-status="total"]').textContent()).toBe('1');
    await expect.poll(() => page.locator('[data-service="police"] [data-status="total"]').textContent()).toBe('0');
    const cases = page.getByTestId('report-cases');
    await expect.poll(() => cases.textContent()).toContain('Siti Rahmawati');
    await expect.poll(() => cases.textContent()).toContain(HTML_NAME);
    // On paper: the sheet only, no header bar, buttons or navigation.
    expect(await page.getByTestId('case-report').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    expect(await page.locator('.screen-head').isVisible()).toBe(false);
    expect(await page.locator('.nav-bar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a facilitator their own supervision history, read-only', async () => {
    // The same device handed to the observed facilitator: only the profile changes.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({
        key: 'profile',
        value: { name: 'Rina Pendamping', region: 'Kab. Bogor', role: 'facilitator' },
        updatedAt: new Date().toISOString(),
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.goto(`${served.url}/`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Halo, Rina Pendamping' }).waitFor();
    await open('#/care', 'Layanan');
    await expect.poll(() => page.getByTestId('tile-observations').textContent()).toContain('Riwayat supervisi saya');
    expect(await page.getByTestId('tile-facilitators').count()).toBe(0);
    await page.getByTestId('tile-observations').click();
    await page.getByRole('heading', { level: 1, name: 'Riwayat supervisi saya' }).waitFor();
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(2);
    await page.getByTestId('history-item').last().click();
    await page.getByText('Hanya untuk dibaca: observasi diisi oleh supervisor.').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan observasi' }).count()).toBe(0);
    expect(await page.getByLabel('Catatan umum').isDisabled()).toBe(true);
    await expect.poll(() => page.getByLabel('Catatan umum').inputValue()).toBe('Sesi rapi, pesan kunci jelas.');
  });
});
