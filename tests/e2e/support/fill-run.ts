/**
 * Driving the filling engine end to end: log into the mock portal by hand (the extension never
 * logs in), build records from the portal's seeded data, seed the extension's own database as a
 * bundle import would (photos, user maps), and call the background's `fill.run` from an extension
 * page — the way the side panel does.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { FillOutcome, LedgerView } from '../../../shared/fill/fill-messages';
import {
  type AttendanceTableRecord,
  attendanceTableKey,
  type FillMember,
  type SessionReportRecord,
  sessionReportKey,
} from '../../../shared/fill/fill-record';
import type { AttendanceStatus } from '../../../shared/model/types';
import type { Portal, ReceivedLog } from '../../fixtures/portal/server.mjs';
import { ROOT } from './browser';
import { openPanel } from './extension';

/** A real 1×1 PNG (the portal checks the magic bytes). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const WIZARD_SRC = join(ROOT, 'tests/fixtures/portal/wizard');
const WIZARD_INDEX = join(ROOT, 'dist/portal/wizard/index.html');

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** Builds the portal's React wizard when its build is missing or older than its sources. */
export function ensureWizardBuild(): void {
  if (existsSync(WIZARD_INDEX) && statSync(WIZARD_INDEX).mtimeMs >= newest(WIZARD_SRC)) return;
  execFileSync('npx', ['vite', 'build', '--mode', 'portal'], { cwd: ROOT, stdio: 'pipe' });
}

export async function received(portal: Portal): Promise<ReceivedLog> {
  const res = await fetch(`${portal.url}/__received`);
  return (await res.json()) as ReceivedLog;
}

/** Logs into the portal in `page` as a person does (password and the captcha shown). */
export async function logIn(page: Page, portal: Portal, user = 'pendamping.cibinong'): Promise<void> {
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Nama Pengguna').fill(user);
  await page.getByLabel('Kata Sandi').fill('rahasia');
  const code = (await page.locator('.captcha-code').textContent()) ?? '';
  await page.getByLabel('Kode Captcha').fill(code.trim());
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

export interface Family {
  readonly nik: string;
  readonly nama: string;
}

/** A group's families as the portal lists them (through its API, with the page's session). */
export async function familiesOf(page: Page, kelompokId: string): Promise<Family[]> {
  return page.evaluate(async (id) => {
    const res = await fetch(`/api/kelompok/${id}/peserta`, { headers: { Accept: 'application/json' } });
    return ((await res.json()) as { data: Family[] }).data;
  }, kelompokId);
}

export function membersOf(families: readonly Family[], status: (i: number) => AttendanceStatus): FillMember[] {
  return families.map((f, i) => ({
    id: `member-${i + 1}`,
    nik: f.nik,
    name: f.nama,
    pkhId: `PKH-${String(i + 1).padStart(4, '0')}`,
    status: status(i),
    note: '',
  }));
}

const MELATI = {
  id: 'group-melati',
  name: 'Kelompok Melati',
  leader: 'Siti Aminah',
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
};

const SESSION_5 = {
  code: 'P2K2-05',
  number: 5,
  title: 'Mengelola Keuangan Keluarga',
  plannedDate: '2026-01-20',
  actualDate: '2026-01-20',
  startTime: '09:00',
  endTime: '11:00',
  place: 'Rumah Ibu Siti Aminah, RT 03/RW 05',
  notes: 'Sesi berjalan lancar.\nPeserta menyusun anggaran bulanan.',
};

export const PHOTO = { id: 'photo-pertemuan-1', name: 'pertemuan.png', mimeType: 'image/png', consent: true };

/** A session report of Kelompok Melati's session 5, for the mock portal's seeded data. */
export function melatiReport(
  members: readonly FillMember[],
  overrides: { sessionId?: string; session?: Partial<SessionReportRecord['session']> } = {},
): SessionReportRecord {
  const sessionId = overrides.sessionId ?? 'session-melati-5';
  const count = (s: AttendanceStatus): number => members.filter((m) => m.status === s).length;
  return {
    kind: 'sessionReport',
    recordKey: sessionReportKey(sessionId),
    session: { id: sessionId, ...SESSION_5, ...overrides.session },
    module: { code: 'P2K2-M2', number: 2, title: 'Pengelolaan Keuangan dan Perencanaan Usaha' },
    group: MELATI,
    facilitator: { name: 'Dewi Lestari' },
    counts: {
      hadir: count('hadir'),
      izin: count('izin'),
      sakit: count('sakit'),
      alpa: count('alpa'),
      total: members.length,
    },
    members,
    photos: [PHOTO],
  };
}

export function melatiAttendance(
  members: readonly FillMember[],
  sessionId = 'session-melati-5',
): AttendanceTableRecord {
  const report = melatiReport(members, { sessionId });
  return {
    kind: 'attendanceTable',
    recordKey: attendanceTableKey(sessionId),
    session: report.session,
    module: report.module,
    group: report.group,
    facilitator: report.facilitator,
    members,
  };
}

/** An extension page (the side panel) to send messages from, like the panel does. */
export async function extensionPage(context: BrowserContext): Promise<Page> {
  return openPanel(context);
}

/** The id of the first tab whose address starts with `prefix`. */
export async function tabIdOf(panel: Page, prefix: string): Promise<number> {
  return panel.evaluate(async (p) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(p));
    if (tab?.id === undefined) throw new Error(`no tab at ${p}`);
    return tab.id;
  }, prefix);
}

export type Reply<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; details: Record<string, unknown> } };

async function send<T>(panel: Page, type: string, payload: unknown): Promise<Reply<T>> {
  return panel.evaluate(async ([t, p]) => (await chrome.runtime.sendMessage({ type: t, payload: p })) as Reply<T>, [
    type,
    payload,
  ] as const);
}

export interface RunPayload {
  readonly tabId: number;
  readonly mapId: string;
  readonly record: unknown;
  readonly submit: boolean;
  readonly force?: boolean;
}

export function fillRun(panel: Page, payload: RunPayload): Promise<Reply<FillOutcome>> {
  return send<FillOutcome>(panel, 'fill.run', payload);
}

export async function ledger(panel: Page, recordKey?: string): Promise<LedgerView[]> {
  const reply = await send<{ entries: LedgerView[] }>(
    panel,
    'fill.ledger',
    recordKey === undefined ? {} : { recordKey },
  );
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value.entries;
}

/**
 * Puts rows into the extension's IndexedDB as an import would (the background opened it with
 * Dexie first, so the stores exist): a photo with its Blob, or a user form map.
 */
export async function seedRows(panel: Page, table: 'photos' | 'formMaps', rows: readonly object[]): Promise<void> {
  await ledger(panel);
  await panel.evaluate(
    async ([store, list]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('lentera');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of list) {
          const value = { ...row } as Record<string, unknown>;
          if (typeof value.blobBase64 === 'string') {
            const bytes = Uint8Array.from(atob(value.blobBase64), (c) => c.charCodeAt(0));
            value.blob = new Blob([bytes], { type: String(value.mimeType) });
            delete value.blobBase64;
          }
          tx.objectStore(store).put(value);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [table, rows] as const,
  );
}

const META = {
  createdAt: '2026-01-20T05:00:00.000Z',
  updatedAt: '2026-01-20T05:00:00.000Z',
  deletedAt: null,
  deviceId: 'tablet-dewi',
};

export function photoRow(bytes: Buffer, id = PHOTO.id): object {
  return {
    ...META,
    id,
    sessionId: 'session-melati-5',
    blobBase64: bytes.toString('base64'),
    mimeType: 'image/png',
    width: 1,
    height: 1,
    caption: 'Pertemuan sesi 5',
    takenAt: '2026-01-20T03:00:00.000Z',
    consent: true,
  };
}

export function formMapRow(map: { id: string; name: string }): object {
  return { ...META, id: map.id, name: map.name, map };
}
