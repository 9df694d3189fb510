// @ts-check
/**
 * The comparison for the filling benchmark: a person entering the same records by hand, scripted.
 * Typing at 200 characters per minute (`keyboard.type(text, { delay: 300 })`) and a 1.5 s pause
 * before every click or choice (finding the field, reading the option list), on the same portal
 * forms and against the same portal latency as the extension.
 *
 * To keep the run short only ONE report and ONE attendance page (10 families) are entered; the
 * cost of 30 reports and of the whole 30-family table is computed from what was measured:
 * - report: the measured wall time of one report (clicks, typing, the portal's answers) × 1 each;
 * - table: the measured time of one page × 3 pages + 2 clicks to turn the pages;
 * together with the measured time per character and per click, so the table can say why.
 */

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

export const MS_PER_CHAR = 300;
export const CLICK_PAUSE_MS = 1500;

/** A person's hand on one page: counts and times every click and every character. @param {Page} page */
function hand(page) {
  const spent = { clickMs: 0, clicks: 0, typeMs: 0, chars: 0 };
  return {
    spent,
    /** @param {import('playwright-core').Locator} target */
    async click(target) {
      const t0 = Date.now();
      await page.waitForTimeout(CLICK_PAUSE_MS);
      await target.click();
      spent.clickMs += Date.now() - t0;
      spent.clicks += 1;
    },
    /** @param {string} text */
    async type(text) {
      const t0 = Date.now();
      await page.keyboard.type(text, { delay: MS_PER_CHAR });
      spent.typeMs += Date.now() - t0;
      spent.chars += text.length;
    },
    /** A native select: open it (a click), choose the option (a click). @param {string} label @param {string} value */
    async choose(label, value) {
      const select = page.getByLabel(label, { exact: true });
      await select.locator(`option[value="${value}"]`).waitFor({ state: 'attached' });
      await this.click(select);
      const t0 = Date.now();
      await page.waitForTimeout(CLICK_PAUSE_MS);
      await select.selectOption(value);
      spent.clickMs += Date.now() - t0;
      spent.clicks += 1;
    },
  };
}

/**
 * @param {Page} page @param {string} portalUrl
 * @param {{ day: string, place: string, notes: string, present: number }} report
 */
async function typeReport(page, portalUrl, report) {
  const h = hand(page);
  const t0 = Date.now();
  await page.goto(`${portalUrl}/p2k2/laporan/baru`);
  await page.locator('#sesi_id + .select2 .select2-selection').waitFor();
  await h.choose('Kelompok *', 'KLP-001');
  await h.click(page.locator('#sesi_id + .select2 .select2-selection'));
  await h.type('Keuangan');
  await h.click(page.locator('.select2-dropdown li[role=option]', { hasText: 'Sesi 5 - Mengelola Keuangan Keluarga' }));
  await h.choose('Provinsi *', '32');
  await h.choose('Kabupaten/Kota *', '32.01');
  await h.choose('Kecamatan *', '32.01.01');
  await h.choose('Desa/Kelurahan *', '32.01.01.1006');
  await h.click(page.getByLabel('Tanggal Pertemuan *'));
  await h.type(`${report.day}/01/2026`);
  await page.keyboard.press('Escape');
  await h.click(page.getByLabel('Jam Mulai *'));
  await h.type('09:00');
  await h.click(page.getByLabel('Jam Selesai *'));
  await h.type('11:00');
  await h.click(page.getByLabel('Tempat *'));
  await h.type(report.place);
  await h.click(page.getByLabel('Jumlah Hadir *'));
  await h.type(String(report.present));
  await h.click(page.getByLabel('Ringkasan'));
  await h.type(report.notes);
  // Choosing the photo: a click on the field, a click on the file in the picker.
  const chooser = page.waitForEvent('filechooser');
  await h.click(page.getByLabel(/^Foto Kegiatan/));
  const t1 = Date.now();
  await page.waitForTimeout(CLICK_PAUSE_MS);
  await (await chooser).setFiles({
    name: 'pertemuan.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  });
  h.spent.clickMs += Date.now() - t1;
  h.spent.clicks += 1;
  await h.click(page.getByRole('button', { name: 'Simpan' }));
  await page.locator('.alert-success').waitFor({ timeout: 30_000 });
  const text = (await page.locator('.alert-success').textContent()) ?? '';
  if (!/Nomor referensi/.test(text)) throw new Error(`typist report not confirmed: ${text}`);
  return { wall: Date.now() - t0, ...h.spent };
}

/** @param {Page} page @param {string} portalUrl @param {{ nik: string, status: string }[]} members */
async function typeAttendancePage(page, portalUrl, members) {
  const h = hand(page);
  const t0 = Date.now();
  await page.goto(`${portalUrl}/p2k2/kehadiran?kelompok=KLP-001&page=1`);
  await page.locator('#tabel-kehadiran').waitFor();
  for (const member of members.slice(0, 10)) {
    await h.click(page.locator(`#status-${member.nik}-${member.status}`));
  }
  await h.click(page.locator('#btn-simpan-kehadiran'));
  await page.locator('#kehadiran-alert .alert-success').waitFor({ timeout: 30_000 });
  return { wall: Date.now() - t0, ...h.spent };
}

/**
 * @param {{ context: BrowserContext, portalUrl: string, members: { nik: string, status: string }[] }} options
 */
export async function measureTypist(options) {
  const page = await options.context.newPage();
  try {
    const report = await typeReport(page, options.portalUrl, {
      day: '20',
      place: 'Rumah Ibu Siti Aminah, RT 03/RW 05',
      notes: 'Sesi berjalan lancar.\nPeserta menyusun anggaran bulanan.',
      present: options.members.filter((m) => m.status === 'hadir').length,
    });
    const attendancePage = await typeAttendancePage(page, options.portalUrl, options.members);
    const clicks = report.clicks + attendancePage.clicks;
    const perClick = (report.clickMs + attendancePage.clickMs) / clicks;
    const perChar = report.typeMs / report.chars;
    return {
      report,
      attendancePage,
      perClickMs: perClick,
      perCharMs: perChar,
      // Computed, from the measured page: 3 pages and 2 clicks on "Berikutnya »".
      tableMs: attendancePage.wall * 3 + 2 * perClick,
    };
  } finally {
    await page.close();
  }
}
