import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LenteraDB, openDb } from '../../shared/db/database';
import type { WriteContext } from '../../shared/db/write';
import { findSent, listLedger, recordOutcome } from '../../shared/fill/ledger';
import type { Clock } from '../../shared/model/clock';

let db: LenteraDB;
let now = new Date('2026-01-20T03:00:00.000Z');
const clock: Clock = { now: () => now };
let ctx: WriteContext;
let name = 0;

beforeEach(async () => {
  name += 1;
  db = await openDb(`ledger-test-${name}`);
  ctx = { db, deviceId: 'extension-device', clock };
});

afterEach(async () => {
  db.close();
});

const base = { recordKey: 'session:s1', mapId: 'mock-p2k2-laporan', portalOrigin: 'http://127.0.0.1:5174' };

describe('fill ledger', () => {
  it('has nothing sent for a new record', async () => {
    expect(await findSent(db, 'session:s1', 'mock-p2k2-laporan')).toBeNull();
  });

  it('keeps a sent entry with its reference, per record and map, and logs the change', async () => {
    await recordOutcome(ctx, { ...base, result: 'sent', reference: 'LAP-2026-000123', error: null });
    const sent = await findSent(db, 'session:s1', 'mock-p2k2-laporan');
    expect(sent).toMatchObject({ result: 'sent', reference: 'LAP-2026-000123', at: '2026-01-20T03:00:00.000Z' });
    expect(await findSent(db, 'session:s1', 'another-map')).toBeNull();
    expect(await findSent(db, 'session:s2', 'mock-p2k2-laporan')).toBeNull();
    expect(await db.changes.where('table').equals('fillLedger').count()).toBe(1);
  });

  it('does not let a later failed or filled run make a sent record sendable again', async () => {
    await recordOutcome(ctx, { ...base, result: 'sent', reference: 'LAP-2026-000123', error: null });
    now = new Date('2026-01-21T03:00:00.000Z');
    await recordOutcome(ctx, {
      ...base,
      result: 'failed',
      reference: null,
      error: { code: 'fill.timeout', details: { seconds: 20 } },
    });
    await recordOutcome(ctx, { ...base, result: 'filled', reference: null, error: null });
    expect((await findSent(db, 'session:s1', 'mock-p2k2-laporan'))?.reference).toBe('LAP-2026-000123');
  });

  it('lists entries newest first with the error as data', async () => {
    now = new Date('2026-01-20T03:00:00.000Z');
    await recordOutcome(ctx, {
      ...base,
      result: 'failed',
      reference: null,
      error: { code: 'fill.targetNotFound', details: { step: '3 (select)', field: 'Provinsi' } },
    });
    now = new Date('2026-01-20T04:00:00.000Z');
    await recordOutcome(ctx, { ...base, result: 'sent', reference: 'LAP-2026-000124', error: null });
    await recordOutcome(ctx, { ...base, recordKey: 'session:s2', result: 'filled', reference: null, error: null });
    const entries = await listLedger(db, 'session:s1');
    expect(entries.map((e) => [e.result, e.reference])).toEqual([
      ['sent', 'LAP-2026-000124'],
      ['failed', ''],
    ]);
    expect(entries[1]?.error).toEqual({
      code: 'fill.targetNotFound',
      details: { step: '3 (select)', field: 'Provinsi' },
    });
    expect(entries[0]?.error).toBeNull();
    expect(await listLedger(db)).toHaveLength(3);
  });
});
