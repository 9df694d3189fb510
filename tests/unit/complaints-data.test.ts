import { describe, expect, it } from 'vitest';
import { familyRefOf, listComplaints, moveComplaint, receiveComplaint } from '../../pwa/src/data/complaints';
import { openDb } from '../../shared/db/database';
import type { WriteContext } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import { localDate } from '../../shared/model/clock';
import { isId } from '../../shared/model/ids';
import type { ComplaintDraft } from '../../shared/supervision/complaint-rules';
import { makeMember } from './factories';

/** A clock the test moves forward, so each step has its own time. */
function movingClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    advance(hours: number) {
      now = new Date(now.getTime() + hours * 3_600_000);
    },
  };
}

async function context(start = '2026-03-10T02:00:00.000Z') {
  const clock = movingClock(start);
  const db = await openDb(`complaints-${Math.random()}`);
  const ctx: WriteContext = { db, deviceId: 'tablet-1', clock };
  return { ctx, clock };
}

const member = makeMember({ name: 'Siti Rahmawati', nik: '3201014702900001', pkhId: 'PKH-77', address: 'RT 02/RW 05' });

const draft = (overrides: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  complainant: familyRefOf(member),
  category: 'payment',
  channel: 'meeting',
  receivedDate: '2026-03-09',
  description: 'Bantuan tahap 1 belum masuk ke rekening.',
  ...overrides,
});

describe('receiving a complaint', () => {
  it('stores it as "received" with the family snapshot, the first history step and a change', async () => {
    const { ctx } = await context();
    const saved = await receiveComplaint(ctx, draft(), ' Rina ');
    expect(isId(saved.id)).toBe(true);
    const stored = await ctx.db.complaints.get(saved.id);
    expect(stored).toMatchObject({
      complainant: { memberId: member.id, name: 'Siti Rahmawati', nik: '3201014702900001', pkhId: 'PKH-77' },
      status: 'received',
      history: [{ status: 'received', at: '2026-03-10T02:00:00.000Z', note: '' }],
      receivedDate: '2026-03-09',
      escalatedTo: '',
      answer: '',
      closedDate: null,
      worker: 'Rina',
      deviceId: 'tablet-1',
    });
    expect((await ctx.db.changes.toArray()).map((c) => [c.table, c.key, c.op])).toEqual([
      ['complaints', saved.id, 'put'],
    ]);
  });

  it('writes nothing when the draft has issues', async () => {
    const { ctx } = await context();
    await expect(receiveComplaint(ctx, draft({ description: '  ' }), 'Rina')).rejects.toBeInstanceOf(AppError);
    await expect(receiveComplaint(ctx, draft({ category: null }), 'Rina')).rejects.toMatchObject({
      code: 'input.invalid',
      details: { field: 'category' },
    });
    expect(await ctx.db.complaints.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(0);
  });
});

describe('moving a complaint along', () => {
  it('walks the whole flow, each step stored with its note, and closes with the answer', async () => {
    const { ctx, clock } = await context();
    const { id } = await receiveComplaint(ctx, draft(), 'Rina');
    clock.advance(1);
    await moveComplaint(ctx, id, { to: 'documented', note: 'Foto buku tabungan' });
    clock.advance(24);
    await moveComplaint(ctx, id, { to: 'clarified', note: 'Cek ke bank: belum ada dana masuk' });
    clock.advance(24);
    await moveComplaint(ctx, id, { to: 'handled', note: 'Dijelaskan saat kunjungan' });
    clock.advance(1);
    const closed = await moveComplaint(ctx, id, {
      to: 'closed',
      note: '',
      answer: 'Dibayar bersama tahap berikutnya.',
    });

    expect(closed).toMatchObject({
      status: 'closed',
      answer: 'Dibayar bersama tahap berikutnya.',
      closedDate: localDate(new Date('2026-03-12T04:00:00.000Z')),
    });
    const stored = await ctx.db.complaints.get(id);
    expect(stored?.history.map((step) => [step.status, step.at, step.note])).toEqual([
      ['received', '2026-03-10T02:00:00.000Z', ''],
      ['documented', '2026-03-10T03:00:00.000Z', 'Foto buku tabungan'],
      ['clarified', '2026-03-11T03:00:00.000Z', 'Cek ke bank: belum ada dana masuk'],
      ['handled', '2026-03-12T03:00:00.000Z', 'Dijelaskan saat kunjungan'],
      ['closed', '2026-03-12T04:00:00.000Z', ''],
    ]);
    expect(stored?.createdAt).toBe('2026-03-10T02:00:00.000Z');
    expect(await ctx.db.changes.count()).toBe(5);
  });

  it('escalates to someone named', async () => {
    const { ctx } = await context();
    const { id } = await receiveComplaint(ctx, draft({ category: 'eligibility' }), 'Rina');
    await moveComplaint(ctx, id, { to: 'documented', note: '' });
    await moveComplaint(ctx, id, { to: 'clarified', note: '' });
    const escalated = await moveComplaint(ctx, id, {
      to: 'escalated',
      note: '',
      escalatedTo: 'Dinas Sosial Kab. Bogor',
    });
    expect(escalated).toMatchObject({ status: 'escalated', escalatedTo: 'Dinas Sosial Kab. Bogor' });
  });

  it('refuses a move the current status does not allow, writing nothing', async () => {
    const { ctx } = await context();
    const { id } = await receiveComplaint(ctx, draft(), 'Rina');
    const before = await ctx.db.changes.count();
    await expect(moveComplaint(ctx, id, { to: 'closed', note: '', answer: 'x' })).rejects.toMatchObject({
      code: 'input.invalid',
      details: { reason: 'transition' },
    });
    expect((await ctx.db.complaints.get(id))?.status).toBe('received');
    expect(await ctx.db.changes.count()).toBe(before);
  });

  it('reads the stored status, so a second tap from a stale screen cannot repeat a step', async () => {
    const { ctx } = await context();
    const { id } = await receiveComplaint(ctx, draft(), 'Rina');
    await moveComplaint(ctx, id, { to: 'documented', note: 'first' });
    await expect(moveComplaint(ctx, id, { to: 'documented', note: 'again' })).rejects.toBeInstanceOf(AppError);
    expect((await ctx.db.complaints.get(id))?.history).toHaveLength(2);
  });

  it('says "not found" for a complaint that is gone', async () => {
    const { ctx } = await context();
    await expect(moveComplaint(ctx, 'nope', { to: 'documented', note: '' })).rejects.toMatchObject({
      code: 'db.notFound',
    });
  });

  it('lists open complaints before closed ones', async () => {
    const { ctx } = await context();
    const older = await receiveComplaint(ctx, draft({ receivedDate: '2026-03-01' }), 'Rina');
    const newer = await receiveComplaint(ctx, draft({ receivedDate: '2026-03-08' }), 'Rina');
    await moveComplaint(ctx, older.id, { to: 'documented', note: '' });
    await moveComplaint(ctx, older.id, { to: 'clarified', note: '' });
    await moveComplaint(ctx, older.id, { to: 'handled', note: '' });
    await moveComplaint(ctx, older.id, { to: 'closed', note: '', answer: 'Selesai' });
    expect((await listComplaints(ctx.db)).map((c) => c.id)).toEqual([newer.id, older.id]);
  });
});
