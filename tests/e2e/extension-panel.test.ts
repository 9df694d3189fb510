/**
 * The side panel end to end, in real Chromium with the built extension and the mock portal: a
 * bundle made on "the tablet" (exported from a fake IndexedDB here) is imported through the panel's
 * file picker (encrypted: wrong passphrase refused, then the right one), the queue on the portal's
 * report form lists its two sessions, a batch with submitting on sends both (the portal received
 * exactly two reports), the queue is then empty and the ledger lists both references. Then the
 * recorder maps two fields of the form by clicking them and saves a map that parses.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../shared/bundle/index';
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { t } from '../../shared/i18n/translate';
import { type Portal, startPortal } from '../fixtures/portal/server.mjs';
import { makeAttendance, makeGroup, makeMember, makeSession, rowMeta } from '../unit/factories';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { grantOrigin, openPanel } from './support/extension';
import { familiesOf, logIn, PNG, received } from './support/fill-run';

const PASSPHRASE = 'kunci-rahasia-123';
const HTML_NAME = 'Rina <b>Pendamping</b> <img src=x onerror=alert(1)>';

let portal: Portal;
let browser: Browser;
let portalPage: Page;
let panel: Page;
let dir: string;
let bundlePath: string;

/** "The tablet": Kelompok Melati's two done sessions with attendance and a consented photo each. */
async function makeBundle(families: readonly { nik: string; nama: string }[]): Promise<Uint8Array> {
  const db = await openDb(`tablet-${Math.random()}`);
  const ctx: WriteContext = { db, deviceId: 'tablet-rina', clock: { now: () => new Date('2026-02-18T08:00:00.000Z') } };
  const group = makeGroup({
    id: '0194a000-0000-7000-8000-00000000a001',
    name: 'Kelompok Melati',
    leaderName: 'Siti Aminah',
    facilitator: 'Rina Pendamping',
    region: {
      provinceCode: '32',
      provinceName: 'JAWA BARAT',
      regencyCode: '32.01',
      regencyName: 'KAB. BOGOR',
      districtCode: '32.01.01',
      districtName: 'CIBINONG',
      villageCode: '32.01.01.1006',
      villageName: 'PAKANSARI',
    },
  });
  const members = families.slice(0, 12).map((f) => makeMember({ groupId: group.id, nik: f.nik, name: f.nama }));
  // 09:00–11:00 in Jakarta (UTC+7), the browser's zone in these tests.
  const sessions = (
    [
      ['P2K2-05', '2026-01-20', 'Peserta menyusun anggaran bulanan.'],
      ['P2K2-06', '2026-02-17', 'Peserta membahas cara menabung.'],
    ] as const
  ).map(([code, date, notes]) =>
    makeSession({
      groupId: group.id,
      curriculumCode: code,
      plannedDate: date,
      actualDate: date,
      startedAt: `${date}T02:00:00.000Z`,
      endedAt: `${date}T04:00:00.000Z`,
      place: 'Rumah Ibu Siti Aminah',
      notes,
    }),
  );
  await putRows(ctx, 'groups', [group]);
  await putRows(ctx, 'members', members);
  await putRows(ctx, 'sessions', sessions);
  await putRows(
    ctx,
    'attendance',
    sessions.flatMap((s) =>
      members.map((m, i) => makeAttendance({ sessionId: s.id, memberId: m.id, status: i === 3 ? 'sakit' : 'hadir' })),
    ),
  );
  await putRows(
    ctx,
    'photos',
    sessions.map((s, i) => ({
      id: `0194a000-0000-7000-8000-00000000f00${i}`,
      ...rowMeta(),
      sessionId: s.id,
      blob: new Blob([PNG], { type: 'image/png' }),
      mimeType: 'image/png',
      width: 1,
      height: 1,
      caption: 'Pertemuan',
      takenAt: `${s.actualDate}T03:00:00.000Z`,
      consent: true,
    })),
  );
  const bytes = await exportBundle(db, {
    scope: { kind: 'all' },
    facilitator: { name: HTML_NAME, region: 'Kab. Bogor', role: 'facilitator' },
    clock: ctx.clock,
    passphrase: PASSPHRASE,
    kdfIterations: 1_000,
  });
  db.close();
  return bytes;
}

async function showView(name: 'Antrean' | 'Riwayat' | 'Data' | 'Peta'): Promise<void> {
  await panel.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

async function openReportForm(): Promise<void> {
  await portalPage.goto(`${portal.url}/p2k2/laporan/baru`);
  await portalPage.locator('#sesi_id + .select2 .select2-selection').waitFor();
}

beforeAll(async () => {
  portal = await startPortal({ port: 0 });
  browser = await launch({ extension: true });
  await grantOrigin(browser.context, portal.url);
  portalPage = await browser.context.newPage();
  await logIn(portalPage, portal);
  dir = mkdtempSync(join(tmpdir(), 'lentera-panel-'));
  bundlePath = join(dir, 'lentera-2026-02-18.lentera');
  writeFileSync(bundlePath, await makeBundle(await familiesOf(portalPage, 'KLP-001')));
  await fetch(`${portal.url}/__reset`, { method: 'POST' });
  panel = await openPanel(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the side panel', () => {
  it('imports an encrypted bundle: asks the passphrase, refuses a wrong one, previews, imports once', async () => {
    await showView('Data');
    await panel.getByTestId('bundle-file').setInputFiles(bundlePath);
    await panel.getByLabel('Kata sandi berkas').fill('salah-sekali');
    await panel.getByRole('button', { name: 'Buka berkas' }).click();
    await expect
      .poll(() => panel.getByRole('alert').allTextContents())
      .toContain('Kata sandi salah, atau berkas paket rusak.');

    await panel.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Buka berkas' }).click();
    const preview = panel.getByTestId('bundle-preview');
    await preview.waitFor();
    // The name arrives as text: the tags show, none becomes an element.
    expect(await preview.textContent()).toContain(HTML_NAME);
    expect(await preview.locator('b, img').count()).toBe(0);
    const sessionsRow = t('id', 'bundle.table.sessions');
    expect(await preview.getByRole('row', { name: new RegExp(`^${sessionsRow}`) }).textContent()).toBe(
      `${sessionsRow}200`,
    );
    expect(await seriousA11yViolations(panel)).toEqual([]);
    expect(await smallTouchTargets(panel)).toEqual([]);
    await panel.screenshot({ path: '/work/main/.tmp/panel-import-preview.png', fullPage: true });

    await panel.getByRole('button', { name: 'Impor', exact: true }).click();
    await panel.getByText(/^Impor selesai: \d+ baris disimpan\.$/).waitFor();
    await expect
      .poll(() => panel.getByTestId('held').textContent())
      .toBe('2 laporan sesi, 2 tabel kehadiran, 24 kehadiran keluarga.');

    // The same file again adds nothing.
    await panel.getByTestId('bundle-file').setInputFiles(bundlePath);
    await panel.getByLabel('Kata sandi berkas').fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Buka berkas' }).click();
    await panel.getByText('Tidak ada yang baru dalam berkas ini: semuanya sudah ada.').waitFor();
    expect(await panel.getByRole('button', { name: 'Impor', exact: true }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Batal' }).click();
  });

  it('queues the two sessions on the report form and sends both in one batch', async () => {
    await openReportForm();
    await showView('Antrean');
    await panel.getByText('Peta: Portal uji e-PKH: Input Laporan Pertemuan P2K2 (laporan sesi)').waitFor();
    const queue = panel.getByTestId('queue').getByRole('listitem');
    await expect.poll(() => queue.count()).toBe(2);
    expect(await queue.nth(0).textContent()).toContain('Kelompok Melati · Sesi 5: Mengelola Keuangan Keluarga');
    expect(await queue.nth(0).textContent()).toContain('hadir 11, izin 0, sakit 1, alpa 0 dari 12');
    expect(await queue.nth(1).textContent()).toContain('Sesi 6: Cermat Meminjam dan Menabung');
    expect(await panel.getByText('Kirim otomatis mati: Lentera hanya mengisi').count()).toBe(1);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    expect(await smallTouchTargets(panel)).toEqual([]);
    await panel.screenshot({ path: '/work/main/.tmp/panel-queue.png', fullPage: true });
    // As wide as a real side panel.
    await panel.setViewportSize({ width: 360, height: 740 });
    expect(await smallTouchTargets(panel)).toEqual([]);
    await panel.screenshot({ path: '/work/main/.tmp/panel-queue-360.png', fullPage: true });
    await panel.setViewportSize({ width: 800, height: 1280 });

    await panel.getByLabel(/^Kirim otomatis/).check();
    await panel.getByText(/^Kirim otomatis menyala untuk peta ini/).waitFor();
    await panel.getByRole('button', { name: 'Isi 2 data' }).click();
    await panel.getByText('Selesai: 2 terkirim, 0 gagal.').waitFor({ timeout: 90_000 });
    expect(await panel.getByTestId('batch-progress').textContent()).toBe('2 dari 2');
    const results = panel.locator('ul.results > li');
    expect(await results.count()).toBe(2);
    for (const i of [0, 1]) expect(await results.nth(i).getAttribute('data-status')).toBe('sent');
    expect(await results.nth(0).textContent()).toMatch(/Terkirim, nomor LAP-2026-\d{6}/);
    await panel.screenshot({ path: '/work/main/.tmp/panel-batch-done.png', fullPage: true });

    const log = await received(portal);
    expect(log.reports).toHaveLength(2);
    expect(log.reports.map((r) => [r.fields.sesi_id, r.fields.tanggal_pertemuan, r.fields.jumlah_hadir])).toEqual([
      ['5', '20/01/2026', '11'],
      ['6', '17/02/2026', '11'],
    ]);
    expect(log.reports[0]?.fields.jam_mulai).toBe('09:00');

    // Running again: nothing is left for this form.
    await openReportForm();
    await panel.getByText('Tidak ada data yang menunggu untuk formulir ini.', { exact: false }).waitFor();
    expect(await panel.getByRole('button', { name: /^Isi \d+ data$/ }).count()).toBe(0);
  });

  it('lists what was sent in the ledger, newest first and searchable', async () => {
    const { reports } = await received(portal);
    await showView('Riwayat');
    const rows = panel.getByTestId('ledger').getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain(`Terkirim, nomor ${reports[1]?.reference}`);
    expect(await rows.nth(0).textContent()).toContain('Sesi 6');
    await panel.getByLabel('Cari (kelompok, sesi, nomor, peta)').fill(reports[0]?.reference ?? '');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.nth(0).textContent()).toContain('Sesi 5');
    await panel.screenshot({ path: '/work/main/.tmp/panel-ledger.png', fullPage: true });
    // Sending again needs a confirmation in words; cancelling sends nothing.
    await rows.nth(0).getByRole('button', { name: 'Kirim lagi' }).click();
    await panel.getByText(/sudah terkirim pada .* Yakin\?$/).waitFor();
    await panel.getByRole('button', { name: 'Batal' }).click();
    expect((await received(portal)).reports).toHaveLength(2);

    // Confirmed, it goes to the portal a second time and the ledger shows both.
    await openReportForm();
    await rows.nth(0).getByRole('button', { name: 'Kirim lagi' }).click();
    await panel.getByRole('button', { name: 'Ya, kirim lagi' }).click();
    await expect.poll(async () => (await received(portal)).reports.length, { timeout: 60_000 }).toBe(3);
    expect((await received(portal)).reports[2]?.fields.sesi_id).toBe('5');
    await panel.getByLabel('Cari (kelompok, sesi, nomor, peta)').fill('');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain(
      `Terkirim, nomor ${(await received(portal)).reports[2]?.reference}`,
    );
  });

  it('maps two fields of the report form by clicking them, and saves a map that parses', async () => {
    await openReportForm();
    await showView('Peta');
    await panel.getByRole('button', { name: 'Petakan formulir ini' }).click();
    await panel.getByLabel('Nama peta').fill('Laporan singkat');
    await panel.getByRole('button', { name: 'Mulai memetakan' }).click();
    await portalPage.locator('lentera-recorder').waitFor({ state: 'attached' });

    await portalPage.getByLabel('Tempat').click();
    await portalPage.getByLabel('Ringkasan').click();
    // Clicking "Simpan" while recording picks it; the page does not submit.
    await portalPage.getByRole('button', { name: 'Simpan' }).click();
    const steps = panel.getByTestId('recorded-step');
    await expect.poll(() => steps.count()).toBe(3);
    expect(portalPage.url()).toBe(`${portal.url}/p2k2/laporan/baru`);
    expect(await steps.nth(0).textContent()).toContain('Tempat');
    expect(await steps.nth(0).textContent()).toContain('name: tempat');
    expect(await panel.getByLabel('Langkah 1: isi dengan').inputValue()).toBe('t:{{session.place}}');
    expect(await panel.getByLabel('Langkah 2: isi dengan').inputValue()).toBe('t:{{session.notes}}');
    expect(await panel.getByLabel('Langkah 3: tindakan').inputValue()).toBe('submit');
    await panel.getByRole('button', { name: 'Buang langkah 3' }).click();
    await panel.getByLabel('Langkah 1: isi dengan').selectOption({ label: 'Nama kelompok' });
    expect(await seriousA11yViolations(panel)).toEqual([]);
    expect(await smallTouchTargets(panel)).toEqual([]);
    await panel.screenshot({ path: '/work/main/.tmp/panel-recorder.png', fullPage: true });

    await panel.getByRole('button', { name: 'Simpan peta' }).click();
    await panel.getByText('Peta "Laporan singkat" disimpan.').waitFor();
    await expect.poll(() => portalPage.locator('lentera-recorder').count()).toBe(0);

    const listed = await panel.evaluate(
      async () =>
        (await chrome.runtime.sendMessage({ type: 'panel.maps.list', payload: {} })) as {
          ok: boolean;
          value: { maps: { id: string; json: unknown }[] };
        },
    );
    expect(listed.ok).toBe(true);
    const [saved] = listed.value.maps;
    const map = parseFormMap(saved?.json);
    expect(map.id).toBe('laporan-singkat');
    expect(map.appliesTo.urlPatterns).toEqual([`${portal.url}/p2k2/laporan/baru*`]);
    expect(map.steps).toEqual([
      {
        kind: 'fill',
        field: 'Tempat',
        target: [{ label: 'Tempat' }, { name: 'tempat' }, { id: 'tempat' }, { css: '#tempat' }],
        value: '{{group.name}}',
      },
      {
        kind: 'fill',
        field: 'Ringkasan',
        target: [{ label: 'Ringkasan' }, { name: 'ringkasan' }, { id: 'ringkasan' }, { css: '#ringkasan' }],
        value: '{{session.notes}}',
      },
    ]);
  });

  it('ends a recording with Escape on the page', async () => {
    await panel.getByRole('button', { name: 'Tambah kolom lagi' }).click();
    await portalPage.locator('lentera-recorder').waitFor({ state: 'attached' });
    await portalPage.keyboard.press('Escape');
    await expect.poll(() => portalPage.locator('lentera-recorder').count()).toBe(0);
    await panel.getByRole('button', { name: 'Tambah kolom lagi' }).waitFor();
  });

  it('removes a site: its permission goes and Lentera no longer runs there', async () => {
    await showView('Antrean');
    await panel.getByRole('button', { name: 'Cabut izin untuk 127.0.0.1' }).click();
    await panel.getByText('Belum ada situs.', { exact: false }).waitFor();
    const granted = await panel.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
    expect(granted).toEqual([]);
    await openReportForm();
    const seen = await panel.evaluate(async (prefix) => {
      const tabs = await chrome.tabs.query({});
      const replies: string[] = [];
      for (const tab of tabs) {
        if (tab.id === undefined || tab.url?.startsWith('chrome-extension:')) continue;
        try {
          await chrome.tabs.sendMessage(tab.id, { type: 'ping', payload: {} });
          replies.push('answered');
        } catch {
          replies.push('silent');
        }
      }
      return { visible: tabs.some((t) => t.url?.startsWith(prefix)), replies };
    }, portal.url);
    // The portal's address is hidden again, and no page has a Lentera script any more.
    expect(seen.visible).toBe(false);
    expect(seen.replies).not.toContain('answered');
    expect(seen.replies.length).toBeGreaterThan(0);
  });
});
