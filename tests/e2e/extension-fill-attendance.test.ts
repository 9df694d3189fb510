/**
 * The built extension enters a whole group's attendance in the mock portal's classic table:
 * 30 families over three pages, found by NIK, one radio each, every page saved with "Simpan
 * Halaman Ini" before the page turns (the link reloads the table). Asserted on what the portal
 * received, page by page, with a portal slow enough that every page load is waited out.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceTableRecord, FillMember } from '../../shared/fill/fill-record';
import { type Portal, startPortal } from '../fixtures/portal/server.mjs';
import { type Browser, launch } from './support/browser';
import { grantOrigin } from './support/extension';
import {
  extensionPage,
  familiesOf,
  fillRun,
  ledger,
  logIn,
  melatiAttendance,
  membersOf,
  received,
  tabIdOf,
} from './support/fill-run';

const MAP = 'mock-p2k2-kehadiran';
const STATUS = ['hadir', 'izin', 'sakit', 'alpa'] as const;
/** A spread of all four statuses over the 30 families. */
const status = (i: number) => STATUS[i % 7 === 3 ? 1 : i % 7 === 5 ? 2 : i % 11 === 4 ? 3 : 0] ?? 'hadir';

let portal: Portal;
let browser: Browser;
let portalPage: Page;
let panel: Page;
let record: AttendanceTableRecord;

beforeAll(async () => {
  // A slow portal: every page turn is a full load the engine must wait out.
  portal = await startPortal({ port: 0, latencyMs: 250 });
  browser = await launch({ extension: true });
  await grantOrigin(browser.context, portal.url);
  portalPage = await browser.context.newPage();
  await logIn(portalPage, portal);
  panel = await extensionPage(browser.context);
  const families = await familiesOf(portalPage, 'KLP-001');
  expect(families).toHaveLength(30);
  record = melatiAttendance(membersOf(families, status));
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('filling the attendance table', () => {
  it('with submitting off marks the open page only and says which families it did not reach', async () => {
    await portalPage.goto(`${portal.url}/p2k2/kehadiran?kelompok=KLP-001&page=1`);
    const tabId = await tabIdOf(panel, `${portal.url}/p2k2/kehadiran`);
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: false });
    expect(reply).toMatchObject({ ok: true, value: { status: 'filled', problems: [] } });
    if (!reply.ok) return;
    expect(reply.value.readBack).toMatchObject({ ok: 10, changed: 0, rejected: 0 });
    const skipped = reply.value.warnings.filter((w) => w.key === 'extension.warning.rowSkipped');
    expect(skipped.map((w) => w.values.nik)).toEqual(record.members.slice(10).map((m) => m.nik));
    for (const member of record.members.slice(0, 10)) {
      const checked = portalPage.locator(`input[name="status[${member.nik}]"]:checked`);
      expect(await checked.getAttribute('value')).toBe(member.status.toUpperCase());
    }
    expect(new URL(portalPage.url()).searchParams.get('page')).toBe('1');
    expect((await received(portal)).attendance).toEqual([]);
  });

  it('saves all 30 families over three pages, each page confirmed, and records the references', async () => {
    await portalPage.goto(`${portal.url}/p2k2/kehadiran?kelompok=KLP-001&page=1`);
    const tabId = await tabIdOf(panel, `${portal.url}/p2k2/kehadiran`);
    const reply = await fillRun(panel, { tabId, mapId: MAP, record, submit: true });
    expect(reply).toMatchObject({ ok: true, value: { status: 'sent', problems: [] } });
    if (!reply.ok) return;
    expect(reply.value.readBack).toMatchObject({ ok: 30, changed: 0, rejected: 0, allOk: true });

    const log = await received(portal);
    expect(log.rejected).toEqual([]);
    expect(log.attendance.map((a) => [a.kelompok_id, a.page])).toEqual([
      ['KLP-001', 1],
      ['KLP-001', 2],
      ['KLP-001', 3],
    ]);
    const statuses = Object.assign({}, ...log.attendance.map((a) => a.status)) as Record<string, string>;
    expect(statuses).toEqual(Object.fromEntries(record.members.map((m) => [m.nik, m.status.toUpperCase()])));
    expect(Object.keys(statuses)).toHaveLength(30);
    expect(reply.value.reference).toBe(log.attendance.map((a) => a.reference).join(', '));
    expect(await portalPage.locator('#kehadiran-alert .alert-success').textContent()).toContain(
      'Kehadiran berhasil disimpan',
    );
    expect((await ledger(panel, record.recordKey))[0]).toMatchObject({
      result: 'sent',
      reference: reply.value.reference,
    });
  });

  it('stops at a family the table does not have: the pages before were saved, the last one is not touched', async () => {
    const stranger: FillMember = {
      id: 'member-x',
      nik: '3201010101900099',
      name: 'Bukan Anggota',
      pkhId: 'PKH-9999',
      status: 'hadir',
      note: '',
    };
    const other = { ...melatiAttendance([...record.members, stranger], 'session-melati-6') };
    await portalPage.goto(`${portal.url}/p2k2/kehadiran?kelompok=KLP-001&page=1`);
    const before = (await received(portal)).attendance.length;
    const tabId = await tabIdOf(panel, `${portal.url}/p2k2/kehadiran`);
    const reply = await fillRun(panel, { tabId, mapId: MAP, record: other, submit: true });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        status: 'failed',
        problems: [
          { code: 'fill.targetNotFound', details: { field: 'Kehadiran KPM: Bukan Anggota (NIK 3201010101900099)' } },
        ],
      },
    });
    // Pages 1 and 2 were saved on the way; page 3 is planned all or nothing, so nothing on it is sent.
    const saved = (await received(portal)).attendance.slice(before);
    expect(saved.map((a) => a.page)).toEqual([1, 2]);
    expect(reply.ok && reply.value.reference).toBe(saved.map((a) => a.reference).join(', '));
  });
});
