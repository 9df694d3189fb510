import { afterEach, describe, expect, it } from 'vitest';
import { photosFor, readyRecords, startExtensionBridge, storeResults } from '../../pwa/src/platform/extension-bridge';
import { portalLines } from '../../pwa/src/ui/portal-status';
import { acceptFromApp, type BridgeResult, envelope } from '../../shared/bridge/bridge-protocol';
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import type { FillLedgerEntry, Photo } from '../../shared/model/types';
import { makeAttendance, makeGroup, makeMember, makeSession, rowMeta, TEST_DEVICE } from './factories';

(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = '0.1.0-test';

const ORIGIN = 'http://127.0.0.1:4173';

async function seeded(): Promise<WriteContext> {
  const db = await openDb(`bridge-app-${Math.random()}`);
  const ctx: WriteContext = { db, deviceId: TEST_DEVICE, clock: { now: () => new Date('2026-11-29T05:00:00.000Z') } };
  await putRows(ctx, 'groups', [makeGroup({ id: 'g1' })]);
  await putRows(ctx, 'members', [makeMember({ id: 'm1', groupId: 'g1' })]);
  await putRows(ctx, 'sessions', [
    makeSession({ id: 's1', groupId: 'g1', curriculumCode: 'P2K2-05', plannedDate: '2026-11-01' }),
    makeSession({ id: 's2', groupId: 'g1', curriculumCode: 'P2K2-06', plannedDate: '2026-11-28' }),
  ]);
  await putRows(ctx, 'attendance', [makeAttendance({ sessionId: 's1', memberId: 'm1' })]);
  const photo = (id: string, consent: boolean): Photo => ({
    id,
    ...rowMeta(),
    sessionId: 's1',
    blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' }),
    mimeType: 'image/jpeg',
    width: 600,
    height: 400,
    caption: 'Kegiatan',
    takenAt: '2026-11-01T03:00:00.000Z',
    consent,
  });
  await putRows(ctx, 'photos', [photo('p-yes', true), photo('p-no', false)]);
  return ctx;
}

function result(overrides: Partial<BridgeResult> = {}): BridgeResult {
  return {
    id: '0194a000-0000-7000-8000-0000000000aa',
    recordKey: 'session:s1',
    mapId: 'mock-p2k2-laporan',
    portalOrigin: 'http://127.0.0.1:5174',
    status: 'sent',
    reference: 'LAP-2026-000123',
    error: '',
    at: '2026-11-29T04:00:00.000Z',
    ...overrides,
  };
}

/** A stand-in for the page's window: listeners, postMessage captured, same-window events. */
function fakeWindow() {
  const target = new EventTarget();
  const posted: unknown[] = [];
  const win = Object.assign(target, {
    location: { origin: ORIGIN },
    postMessage: (data: unknown) => posted.push(data),
  });
  const deliver = (data: unknown, overrides: { origin?: string; source?: unknown } = {}) =>
    target.dispatchEvent(
      Object.assign(new Event('message'), {
        data,
        origin: overrides.origin ?? ORIGIN,
        source: overrides.source ?? win,
      }),
    );
  return { win: win as unknown as Window, posted, deliver };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

let stop: () => void = () => {};
afterEach(() => stop());

describe('the app side of the bridge', () => {
  it('offers ready records of done sessions with their consented photos only', async () => {
    const ctx = await seeded();
    const records = await readyRecords(ctx.db);
    expect(new Set(records.map((r) => r.recordKey))).toEqual(
      new Set([
        'session:s1',
        'attendance-table:s1',
        'attendance:s1:m1',
        'session:s2',
        'attendance-table:s2',
        'attendance:s2:m1',
      ]),
    );
    const photos = await photosFor(ctx.db, records);
    expect(photos.map((p) => [p.id, p.data])).toEqual([['p-yes', '/9j/4A==']]);
  });

  it('stores results about its own sessions once, and leaves sent records out of the next offer', async () => {
    const ctx = await seeded();
    const results = [result(), result({ id: '0194a000-0000-7000-8000-0000000000bb', recordKey: 'session:elsewhere' })];
    expect(await storeResults(ctx, results)).toBe(1);
    const changes = await ctx.db.changes.count();
    expect(await storeResults(ctx, results)).toBe(1);
    expect(await ctx.db.changes.count()).toBe(changes);
    const rows = await ctx.db.fillLedger.toArray();
    expect(rows.map((r) => [r.id, r.recordKey, r.result, r.reference])).toEqual([
      ['0194a000-0000-7000-8000-0000000000aa', 'session:s1', 'sent', 'LAP-2026-000123'],
    ]);
    const keys = (await readyRecords(ctx.db)).map((r) => r.recordKey);
    expect(keys).not.toContain('session:s1');
    expect(keys).toContain('attendance-table:s1');
  });

  it('answers a request on the page and stores a report, ignoring other origins and frames', async () => {
    const ctx = await seeded();
    const { win, posted, deliver } = fakeWindow();
    stop = startExtensionBridge({ db: ctx.db, write: ctx }, win);

    deliver(envelope('extension', { kind: 'records.request', requestId: 'evil' }), { origin: 'https://evil.example' });
    deliver(envelope('extension', { kind: 'records.request', requestId: 'frame' }), { source: {} });
    deliver(envelope('extension', { kind: 'hello' }));
    deliver(envelope('extension', { kind: 'records.request', requestId: 'r1' }));
    await settle();
    const kinds = posted.map((p) => (p as { message: { kind: string; requestId?: string } }).message);
    expect(kinds.map((m) => [m.kind, m.requestId ?? null])).toEqual([
      ['hello', null],
      ['records.offer', 'r1'],
    ]);
    // What the app offers passes the extension's own check.
    const offer = acceptFromApp({ data: posted[1], origin: ORIGIN, fromSameWindow: true }, ORIGIN);
    expect(offer.ok && offer.message.kind === 'records.offer' && offer.message.photos.map((p) => p.id)).toEqual([
      'p-yes',
    ]);

    // Another protocol version gets an answer at once, in this version, instead of silence.
    deliver({ ...envelope('extension', { kind: 'records.request', requestId: 'old' }), version: 2 });
    await settle();
    expect((posted[2] as { message: unknown }).message).toEqual({
      kind: 'error',
      requestId: 'old',
      error: { code: 'message.invalid', details: { detail: 'bridge version 2' } },
    });
    posted.splice(2, 1);

    deliver(envelope('extension', { kind: 'results.report', requestId: 'r2', results: [result()] }));
    await settle();
    expect((posted[2] as { message: unknown }).message).toEqual({ kind: 'results.ack', requestId: 'r2', stored: 1 });
    expect(await ctx.db.fillLedger.count()).toBe(1);
  });
});

describe('what a session shows about the portal', () => {
  const base: FillLedgerEntry = {
    id: 'e1',
    ...rowMeta(),
    recordKey: 'session:s1',
    mapId: 'map',
    portalOrigin: 'http://portal',
    result: 'failed',
    reference: '',
    error: '',
    at: '2026-11-29T01:00:00.000Z',
  };
  it('shows the sent entry of each form even after a later failure, else the newest', () => {
    const lines = portalLines([
      base,
      { ...base, id: 'e2', result: 'sent', reference: 'LAP-1', at: '2026-11-29T02:00:00.000Z' },
      { ...base, id: 'e3', result: 'failed', at: '2026-11-29T03:00:00.000Z' },
      { ...base, id: 'e4', recordKey: 'attendance-table:s1', result: 'filled', at: '2026-11-29T02:30:00.000Z' },
      { ...base, id: 'e5', recordKey: 'attendance-table:s1', result: 'skipped', at: '2026-11-29T04:00:00.000Z' },
    ]);
    expect(lines.map((l) => l.id)).toEqual(['e2', 'e4']);
  });
});
