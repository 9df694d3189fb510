import { describe, expect, it } from 'vitest';
import {
  listAttendance,
  markAllPresent,
  NOTE_MAX,
  nextStatus,
  setAttendance,
  setAttendanceNote,
} from '../../pwa/src/data/attendance';
import { openDb } from '../../shared/db/database';
import type { WriteContext } from '../../shared/db/write';
import type { Clock } from '../../shared/model/clock';

function steppingClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

async function context(): Promise<WriteContext & { clock: ReturnType<typeof steppingClock> }> {
  const db = await openDb(`record-attendance-${Math.random()}`);
  return { db, deviceId: 'tablet-1', clock: steppingClock('2026-03-07T02:00:00.000Z') };
}

describe('attendance cycle', () => {
  it('marks present on the first tap, then izin → sakit → alpa → hadir', () => {
    const seen = [nextStatus(null)];
    for (let i = 0; i < 5; i++) seen.push(nextStatus(seen[seen.length - 1] ?? null));
    expect(seen).toEqual(['hadir', 'izin', 'sakit', 'alpa', 'hadir', 'izin']);
  });
});

describe('setAttendance', () => {
  it('overwrites by [session+member], keeps createdAt and the note, and logs each change', async () => {
    const ctx = await context();
    await setAttendance(ctx, 's1', 'm1', 'hadir');
    await setAttendanceNote(ctx, 's1', 'm1', 'datang terlambat');
    ctx.clock.advance(60_000);
    const row = await setAttendance(ctx, 's1', 'm1', 'izin');

    expect(await ctx.db.attendance.count()).toBe(1);
    expect(row).toMatchObject({
      status: 'izin',
      note: 'datang terlambat',
      createdAt: '2026-03-07T02:00:00.000Z',
      updatedAt: '2026-03-07T02:01:00.000Z',
      deletedAt: null,
      deviceId: 'tablet-1',
    });
    expect(await ctx.db.attendance.get(['s1', 'm1'])).toEqual(row);
    const changes = await ctx.db.changes.toArray();
    expect(changes.map((c) => [c.table, c.key, c.op])).toEqual([
      ['attendance', 's1|m1', 'put'],
      ['attendance', 's1|m1', 'put'],
      ['attendance', 's1|m1', 'put'],
    ]);
  });

  it('writes nothing when the family already has that status', async () => {
    const ctx = await context();
    await setAttendance(ctx, 's1', 'm1', 'sakit');
    await setAttendance(ctx, 's1', 'm1', 'sakit');
    expect(await ctx.db.changes.count()).toBe(1);
  });

  it('ends on the last of many quick writes, in order', async () => {
    const ctx = await context();
    let status = nextStatus(null);
    const writes = [];
    for (let tap = 1; tap <= 7; tap++) {
      writes.push(setAttendance(ctx, 's1', 'm1', status));
      status = nextStatus(status);
    }
    await Promise.all(writes);
    // hadir, izin, sakit, alpa, hadir, izin, sakit
    expect((await ctx.db.attendance.get(['s1', 'm1']))?.status).toBe('sakit');
  });

  it('refuses a status outside the closed set and writes nothing', async () => {
    const ctx = await context();
    await expect(setAttendance(ctx, 's1', 'm1', 'telat' as 'hadir')).rejects.toMatchObject({ code: 'input.invalid' });
    expect(await ctx.db.attendance.count()).toBe(0);
  });
});

describe('markAllPresent', () => {
  it('marks only families without a status, in one go, and leaves exceptions alone', async () => {
    const ctx = await context();
    await setAttendance(ctx, 's1', 'm2', 'sakit');
    await setAttendance(ctx, 's1', 'm3', 'alpa');
    await setAttendance(ctx, 'other-session', 'm1', 'alpa');
    const changesBefore = await ctx.db.changes.count();

    const marked = await markAllPresent(ctx, 's1', ['m1', 'm2', 'm3', 'm4', 'm4']);

    expect(marked).toBe(2);
    const rows = await listAttendance(ctx.db, 's1');
    expect(Object.fromEntries([...rows].map(([id, row]) => [id, row.status]))).toEqual({
      m1: 'hadir',
      m2: 'sakit',
      m3: 'alpa',
      m4: 'hadir',
    });
    expect((await ctx.db.attendance.get(['other-session', 'm1']))?.status).toBe('alpa');
    expect(await ctx.db.changes.count()).toBe(changesBefore + 2);
  });

  it('marks nothing a second time', async () => {
    const ctx = await context();
    expect(await markAllPresent(ctx, 's1', ['m1', 'm2'])).toBe(2);
    expect(await markAllPresent(ctx, 's1', ['m1', 'm2'])).toBe(0);
    expect(await ctx.db.changes.count()).toBe(2);
  });
});

describe('setAttendanceNote', () => {
  it('needs a marked family and a note of reasonable length', async () => {
    const ctx = await context();
    await expect(setAttendanceNote(ctx, 's1', 'm1', 'sakit gigi')).rejects.toMatchObject({ code: 'db.notFound' });
    await setAttendance(ctx, 's1', 'm1', 'izin');
    await expect(setAttendanceNote(ctx, 's1', 'm1', 'x'.repeat(NOTE_MAX + 1))).rejects.toMatchObject({
      code: 'input.invalid',
    });
    const row = await setAttendanceNote(ctx, 's1', 'm1', 'menjenguk orang tua');
    expect(row).toMatchObject({ status: 'izin', note: 'menjenguk orang tua' });
    expect(await ctx.db.attendance.get(['s1', 'm1'])).toEqual(row);
  });
});
