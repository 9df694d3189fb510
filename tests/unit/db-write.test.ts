import { describe, expect, it } from 'vitest';
import { openDb } from '../../shared/db/database';
import { ensureDeviceId } from '../../shared/db/device-id';
import { mapDbError } from '../../shared/db/map-db-error';
import { createRow, putRow, rowMeta, softDeleteRow, updateRow, type WriteContext } from '../../shared/db/write';
import type { Clock } from '../../shared/model/clock';
import type { Group } from '../../shared/model/types';

function fixedClock(iso: string): Clock & { set(next: string): void } {
  let current = new Date(iso);
  return { now: () => current, set: (next) => (current = new Date(next)) };
}

async function context(): Promise<WriteContext & { clock: ReturnType<typeof fixedClock> }> {
  const db = await openDb(`write-${Math.random()}`);
  return { db, deviceId: await ensureDeviceId(db), clock: fixedClock('2026-11-02T08:00:00.000Z') };
}

const groupFields: Omit<Group, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deviceId'> = {
  name: 'Kelompok Melati',
  region: {
    provinceCode: '32',
    provinceName: 'Jawa Barat',
    regencyCode: '32.01',
    regencyName: 'Kab. Bogor',
    districtCode: '32.01.01',
    districtName: 'Cibinong',
    villageCode: '32.01.01.2001',
    villageName: 'Pakansari',
  },
  meetingPlace: 'Rumah Bu Ketua',
  leaderName: 'Siti Aminah',
  facilitator: 'Rina',
  archived: false,
  demo: false,
};

describe('writes', () => {
  it('creates a row with meta and logs the change in the same transaction', async () => {
    const ctx = await context();
    const group = await createRow(ctx, 'groups', groupFields);
    expect(await ctx.db.groups.get(group.id)).toEqual(group);
    expect(group.createdAt).toBe('2026-11-02T08:00:00.000Z');
    expect(group.deviceId).toBe(ctx.deviceId);
    const changes = await ctx.db.changes.toArray();
    expect(changes).toEqual([expect.objectContaining({ table: 'groups', key: group.id, op: 'put' })]);
  });

  it('keeps createdAt on update and marks deletions as tombstones', async () => {
    const ctx = await context();
    const group = await createRow(ctx, 'groups', groupFields);
    ctx.clock.set('2026-11-03T09:00:00.000Z');
    const renamed = await updateRow(ctx, 'groups', group, { name: 'Kelompok Mawar' });
    expect(renamed.createdAt).toBe(group.createdAt);
    expect(renamed.updatedAt).toBe('2026-11-03T09:00:00.000Z');
    const deleted = await softDeleteRow(ctx, 'groups', renamed);
    expect((await ctx.db.groups.get(group.id))?.deletedAt).toBe(deleted.deletedAt);
    const ops = (await ctx.db.changes.toArray()).map((change) => change.op);
    expect(ops).toEqual(['put', 'put', 'delete']);
  });

  it('overwrites attendance by its natural key instead of duplicating', async () => {
    const ctx = await context();
    const base = { sessionId: 's1', memberId: 'm1', note: '' };
    await putRow(ctx, 'attendance', { ...base, status: 'hadir', ...rowMeta(ctx) });
    await putRow(ctx, 'attendance', { ...base, status: 'izin', ...rowMeta(ctx) });
    expect(await ctx.db.attendance.toArray()).toEqual([expect.objectContaining({ status: 'izin' })]);
    expect((await ctx.db.changes.toArray()).map((c) => c.key)).toEqual(['s1|m1', 's1|m1']);
  });

  it('keeps the same device id across opens', async () => {
    const db = await openDb(`device-${Math.random()}`);
    expect(await ensureDeviceId(db)).toBe(await ensureDeviceId(db));
  });

  it('maps a quota failure to a clear code', () => {
    const dexieLike = Object.assign(new Error('QuotaExceededError'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(mapDbError(dexieLike).code).toBe('db.quota');
    expect(mapDbError(new Error('boom')).code).toBe('db.failed');
  });
});
