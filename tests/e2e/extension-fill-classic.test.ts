/**
 * The built extension fills the mock portal's classic report form in real Chromium: the select2
 * session list, cascading regions, the date, times, the photo from the extension's database, and
 * the full-page POST — then the ledger refuses a second send, also after a browser restart.
 * A map with a wrong locator stops before anything is sent; with submitting off the form is only
 * filled. Everything is asserted on what the portal received and what the page shows.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import laporanMap from '../../extension/maps/mock-p2k2-laporan.json';
import type { SessionReportRecord } from '../../shared/fill/fill-record';
import type { AttendanceStatus } from '../../shared/model/types';
import { type Portal, startPortal } from '../fixtures/portal/server.mjs';
import { type Browser, launch } from './support/browser';
import { grantOrigin } from './support/extension';
import {
  extensionPage,
  familiesOf,
  fillRun,
  formMapRow,
  ledger,
  logIn,
  melatiReport,
  membersOf,
  PNG,
  photoRow,
  received,
  seedRows,
  sha256,
  tabIdOf,
} from './support/fill-run';

const MAP = 'mock-p2k2-laporan';
const status = (i: number): AttendanceStatus =>
  i === 29 ? 'alpa' : i % 10 === 3 ? 'izin' : i % 10 === 7 ? 'sakit' : 'hadir';

let portal: Portal;
let browser: Browser;
let portalPage: Page;
let panel: Page;
let record: SessionReportRecord;

async function openForm(): Promise<number> {
  await portalPage.goto(`${portal.url}/p2k2/laporan/baru`);
  await portalPage.locator('#sesi_id + .select2 .select2-selection').waitFor();
  return tabIdOf(panel, `${portal.url}/p2k2/laporan/baru`);
}

beforeAll(async () => {
  portal = await startPortal({ port: 0, latencyMs: 30 });
  browser = await launch({ extension: true });
  await grantOrigin(browser.context, portal.url);
  portalPage = await browser.context.newPage();
  await logIn(portalPage, portal);
  panel = await extensionPage(browser.context);
  await seedRows(panel, 'photos', [photoRow(PNG)]);
  record = melatiReport(membersOf(await familiesOf(portalPage, 'KLP-001'), status));
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('filling the classic report', () => {
  it('with submitting off fills every field, sends nothing and notes "filled"', async () => {
    const tabId = await openForm();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: false });
    expect(reply).toMatchObject({ ok: true, value: { status: 'filled', reference: null, problems: [] } });
    if (!reply.ok) return;
    expect(reply.value.readBack).toMatchObject({ changed: 0, rejected: 0, allOk: true });
    expect(reply.value.readBack.ok).toBe(13);

    const value = (label: string) => portalPage.getByLabel(label).inputValue();
    expect(await value('Kelompok')).toBe('KLP-001');
    expect(await portalPage.locator('#sesi_id').inputValue()).toBe('5');
    expect(await portalPage.locator('#select2-sesi_id-container').textContent()).toBe(
      'Sesi 5 - Mengelola Keuangan Keluarga',
    );
    expect(await value('Provinsi')).toBe('32');
    expect(await value('Kabupaten/Kota')).toBe('32.01');
    expect(await value('Kecamatan')).toBe('32.01.01');
    expect(await value('Desa/Kelurahan')).toBe('32.01.01.1006');
    expect(await value('Tanggal Pertemuan')).toBe('20/01/2026');
    expect(await value('Jam Mulai')).toBe('09:00');
    expect(await value('Jam Selesai')).toBe('11:00');
    expect(await value('Tempat')).toBe('Rumah Ibu Siti Aminah, RT 03/RW 05');
    expect(await value('Jumlah Hadir')).toBe(String(record.counts.hadir));
    expect(await value('Ringkasan')).toBe('Sesi berjalan lancar.\nPeserta menyusun anggaran bulanan.');
    expect(
      await portalPage.getByLabel('Foto Kegiatan').evaluate((el) => (el as HTMLInputElement).files?.[0]?.name),
    ).toBe('pertemuan.png');
    expect(new URL(portalPage.url()).pathname).toBe('/p2k2/laporan/baru');

    expect(await received(portal)).toMatchObject({ reports: [], rejected: [] });
    expect((await ledger(panel, record.recordKey)).map((e) => e.result)).toEqual(['filled']);
  });

  it('refuses a map with a wrong locator, naming the step and the field, and submits nothing', async () => {
    const broken = structuredClone(laporanMap) as typeof laporanMap;
    broken.id = 'laporan-salah';
    broken.name = 'Laporan (locator salah)';
    const tempat = broken.steps.find((s) => s.field === 'Tempat');
    if (tempat === undefined || !('target' in tempat)) throw new Error('no Tempat step');
    tempat.target = [{ label: 'Lokasi Kegiatan' }, { name: 'lokasi_kegiatan' }] as typeof tempat.target;
    await seedRows(panel, 'formMaps', [formMapRow(broken)]);
    const before = await received(portal);
    const tabId = await openForm();

    const reply = await fillRun(panel, { tabId, mapId: 'laporan-salah', record, submit: true });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        status: 'failed',
        reference: null,
        problems: [{ code: 'fill.targetNotFound', details: { step: '10 (fill)', field: 'Tempat' } }],
      },
    });
    // Planned before touching the page: nothing was even typed.
    expect(await portalPage.getByLabel('Kelompok').inputValue()).toBe('');
    const after = await received(portal);
    expect(after.reports).toEqual(before.reports);
    expect(after.rejected).toEqual(before.rejected);
    expect((await ledger(panel, record.recordKey))[0]).toMatchObject({
      mapId: 'laporan-salah',
      result: 'failed',
      error: { code: 'fill.targetNotFound', details: { step: '10 (fill)', field: 'Tempat' } },
    });
  });

  it('sends the report with its photo and records the portal reference', async () => {
    const tabId = await openForm();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: true });
    expect(reply).toMatchObject({ ok: true, value: { status: 'sent', problems: [] } });
    if (!reply.ok) return;
    const { reference } = reply.value;
    expect(reference).toMatch(/^LAP-2026-\d{6}$/);
    await portalPage.waitForURL('**/p2k2/laporan');
    expect(await portalPage.locator('.alert-success').textContent()).toContain(`Nomor referensi: ${reference}`);

    const log = await received(portal);
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
        jumlah_hadir: String(record.counts.hadir),
        ringkasan: 'Sesi berjalan lancar.\r\nPeserta menyusun anggaran bulanan.',
      },
      files: {
        foto_kegiatan: { filename: 'pertemuan.png', mimeType: 'image/png', size: PNG.length, sha256: sha256(PNG) },
      },
    });
    expect(log.rejected).toEqual([]);
    expect((await ledger(panel, record.recordKey))[0]).toMatchObject({ mapId: MAP, result: 'sent', reference });
  });

  it('refuses to send the same record again, and the portal gets no duplicate', async () => {
    const tabId = await openForm();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'fill.alreadySent' } });
    if (reply.ok) return;
    expect(reply.error.details.reference).toBe((await received(portal)).reports[0]?.reference);
    expect(await portalPage.getByLabel('Kelompok').inputValue()).toBe('');
    expect((await received(portal)).reports).toHaveLength(1);
  });

  it('still refuses it after the browser restarts with the same profile', async () => {
    const { profileDir } = browser;
    await browser.close({ keepProfile: true });
    browser = await launch({ extension: true, profileDir });
    portalPage = await browser.context.newPage();
    await logIn(portalPage, portal);
    panel = await extensionPage(browser.context);
    const tabId = await openForm();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'fill.alreadySent' } });
    expect((await received(portal)).reports).toHaveLength(1);
  });

  it('reports the portal refusing a submission with its own words, and records the failure', async () => {
    // More present than the group has families: the page takes it, the server refuses it.
    const tooMany: SessionReportRecord = {
      ...melatiReport(record.members, { sessionId: 'session-melati-7' }),
      counts: { ...record.counts, hadir: 31 },
    };
    const before = await received(portal);
    const tabId = await openForm();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record: tooMany, submit: true });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        status: 'failed',
        reference: null,
        problems: [{ code: 'fill.valueRejected', details: { step: '14 (submit)', field: 'Simpan' } }],
      },
    });
    if (!reply.ok) return;
    expect(String(reply.value.problems[0]?.details.actual)).toContain(
      'Jumlah Hadir tidak boleh lebih dari jumlah anggota kelompok (30).',
    );
    const after = await received(portal);
    expect(after.reports).toEqual(before.reports);
    expect(after.rejected.slice(before.rejected.length)).toMatchObject([
      { kind: 'report', reason: 'validation', errors: { jumlah_hadir: expect.stringContaining('(30)') } },
    ]);
    expect((await ledger(panel, tooMany.recordKey))[0]).toMatchObject({
      result: 'failed',
      error: { code: 'fill.valueRejected' },
    });
  });
});
