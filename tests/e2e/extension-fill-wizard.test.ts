/**
 * The built extension goes through the mock portal's React wizard "Tambah Kegiatan P2K2" — four
 * steps of controlled inputs, each closed with Proses — and submits it: text, the exact Materi
 * option, the period, native date and time inputs, the wrapped-label Lokasi, the first speaker
 * pair, the description, 30 participants by NIK, the photo and the supporting document. An
 * excused family (the portal has no IZIN) stops the fill before anything is typed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionReportRecord } from '../../shared/fill/fill-record';
import type { AttendanceStatus } from '../../shared/model/types';
import { type Portal, startPortal } from '../fixtures/portal/server.mjs';
import { type Browser, launch } from './support/browser';
import { grantOrigin } from './support/extension';
import {
  ensureWizardBuild,
  extensionPage,
  familiesOf,
  fillRun,
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

const MAP = 'mock-siks-tambah-kegiatan';
const STATUS = { hadir: 'HADIR', sakit: 'SAKIT', alpa: 'ALFA' } as const;
const status = (i: number): AttendanceStatus => (i % 6 === 2 ? 'sakit' : i % 6 === 5 ? 'alpa' : 'hadir');

let portal: Portal;
let browser: Browser;
let portalPage: Page;
let panel: Page;
let record: SessionReportRecord;

async function openWizard(): Promise<number> {
  await portalPage.goto(`${portal.url}/wizard/p2k2/tambah`);
  return tabIdOf(panel, `${portal.url}/wizard/p2k2/tambah`);
}

beforeAll(async () => {
  ensureWizardBuild();
  portal = await startPortal({ port: 0, latencyMs: 30 });
  browser = await launch({ extension: true });
  await grantOrigin(browser.context, portal.url);
  portalPage = await browser.context.newPage();
  await logIn(portalPage, portal);
  panel = await extensionPage(browser.context);
  await seedRows(panel, 'photos', [photoRow(PNG)]);
  record = melatiReport(membersOf(await familiesOf(portalPage, 'KLP-001'), status), {
    sessionId: 'session-melati-5-siks',
    session: { actualDate: '2026-02-10', startTime: '08:30', endTime: '10:45' },
  });
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('filling the React wizard', () => {
  it('refuses a record with an excused family before typing anything', async () => {
    const excused = {
      ...record,
      members: record.members.map((m, i) => (i === 4 ? { ...m, status: 'izin' as const } : m)),
    };
    const tabId = await openWizard();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record: excused, submit: true });
    expect(reply).toMatchObject({ ok: true, value: { status: 'failed' } });
    if (!reply.ok) return;
    expect(reply.value.problems[0]).toMatchObject({ code: 'formMap.invalid' });
    const detail = String(reply.value.problems[0]?.details.detail);
    expect(detail).toContain('no entry for "izin"');
    expect(detail).toContain(`(${excused.members[4]?.name}, NIK ${excused.members[4]?.nik})`);
    expect(await portalPage.locator('#namaKegiatan').inputValue()).toBe('');
    expect((await received(portal)).kegiatan).toEqual([]);
    expect((await received(portal)).rejected).toEqual([]);
  });

  it('goes through every step to the final Proses and the portal gets everything', async () => {
    const tabId = await openWizard();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: true });
    expect(reply).toMatchObject({ ok: true, value: { status: 'sent', problems: [] } });
    if (!reply.ok) return;
    const { reference, readBack } = reply.value;
    expect(reference).toMatch(/^P2K2-2026-\d{6}$/);
    // 7 fields of step 1, 3 of step 2, the group and 30 participants, 2 files.
    expect(readBack).toMatchObject({ ok: 43, changed: 0, rejected: 0, allOk: true });
    expect(await portalPage.locator('.alert-success .reference').textContent()).toBe(reference);

    const log = await received(portal);
    expect(log.rejected).toEqual([]);
    expect(log.kegiatan).toHaveLength(1);
    const [saved] = log.kegiatan;
    expect(saved).toMatchObject({
      reference,
      fields: {
        namaKegiatan: 'P2K2 Sesi 5 Mengelola Keuangan Keluarga - Kelompok Melati',
        materiId: '2',
        periodeSalur: '2026-1',
        tanggal: '2026-02-10',
        jamMulai: '08:30',
        jamSelesai: '10:45',
        lokasi: 'Rumah Ibu Siti Aminah, RT 03/RW 05',
        namaPemateri1: 'Dewi Lestari',
        instansiPemateri1: 'Dinas Sosial KAB. BOGOR',
        namaPemateri2: '',
        instansiPemateri2: '',
        namaPemateri3: '',
        instansiPemateri3: '',
        uraianKegiatan:
          'Pertemuan P2K2 sesi 5 (Mengelola Keuangan Keluarga) bersama Kelompok Melati. Sesi berjalan lancar.\r\nPeserta menyusun anggaran bulanan.',
        kelompokId: 'KLP-001',
      },
      files: {
        fotoKegiatan: { filename: 'pertemuan.png', mimeType: 'image/png', size: PNG.length, sha256: sha256(PNG) },
        dokumenPendukung: { filename: 'pertemuan.png', mimeType: 'image/png', size: PNG.length, sha256: sha256(PNG) },
      },
    });
    expect(saved?.peserta).toEqual(
      Object.fromEntries(record.members.map((m) => [m.nik, STATUS[m.status as keyof typeof STATUS]])),
    );
    expect((await ledger(panel, record.recordKey))[0]).toMatchObject({ result: 'sent', reference });
  });

  it('with submitting off stops at the documents step with the files chosen and nothing sent', async () => {
    const other = {
      ...record,
      recordKey: 'session:session-melati-6-siks',
      session: { ...record.session, id: 'session-melati-6-siks' },
    };
    const before = (await received(portal)).kegiatan.length;
    const tabId = await openWizard();
    const reply = await fillRun(panel, { tabId, mapId: MAP, record: other, submit: false });
    expect(reply).toMatchObject({ ok: true, value: { status: 'filled', problems: [] } });
    expect(await portalPage.locator('.step-title').textContent()).toBe('4. Dokumen');
    expect(await portalPage.locator('.file-chosen').allTextContents()).toEqual([
      expect.stringContaining('pertemuan.png'),
      expect.stringContaining('pertemuan.png'),
    ]);
    expect((await received(portal)).kegiatan).toHaveLength(before);
  });
});
