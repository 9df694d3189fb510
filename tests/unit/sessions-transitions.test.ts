import { describe, expect, it } from 'vitest';
import {
  canTransition,
  finishSession,
  planSession,
  reopenSession,
  runningSessions,
  saveSessionNotes,
  sessionsOnDates,
  startSession,
} from '../../pwa/src/data/sessions';
import { addDays } from '../../shared/model/clock';
import { makeSession } from './factories';
import { knownCode, NOW, planInput, TODAY, world } from './sessions-support';

describe('the life of a session', () => {
  it('starts today: running, with the start instant and the actual date', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group, { plannedDate: addDays(TODAY, 4) }), { knownCode });
    const started = await startSession(ctx, planned.id);
    expect(started).toMatchObject({ status: 'running', startedAt: NOW, actualDate: TODAY, endedAt: null });
    expect(await ctx.db.sessions.get(planned.id)).toEqual(started);
  });

  it('finishes a running session and records the end', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await startSession(ctx, planned.id);
    ctx.clock.set('2026-03-10T07:05:00.000Z');
    const done = await finishSession(ctx, planned.id);
    expect(done).toMatchObject({ status: 'done', startedAt: NOW, endedAt: '2026-03-10T07:05:00.000Z' });
  });

  it('refuses moves that skip or repeat a stage, and changes nothing', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await expect(finishSession(ctx, planned.id)).rejects.toMatchObject({
      code: 'input.invalid',
      details: { reason: 'transition', from: 'planned', to: 'done' },
    });
    await expect(reopenSession(ctx, planned.id)).rejects.toMatchObject({ details: { reason: 'transition' } });
    await startSession(ctx, planned.id);
    await expect(startSession(ctx, planned.id)).rejects.toMatchObject({ details: { from: 'running' } });
    await expect(reopenSession(ctx, planned.id)).rejects.toMatchObject({ details: { reason: 'transition' } });
    await finishSession(ctx, planned.id);
    // Starting a done session must not quietly reopen it with a new start time.
    await expect(startSession(ctx, planned.id)).rejects.toMatchObject({ details: { from: 'done' } });
    await expect(finishSession(ctx, planned.id)).rejects.toMatchObject({ details: { from: 'done' } });
    expect(await ctx.db.sessions.get(planned.id)).toMatchObject({ status: 'done', startedAt: NOW });
  });

  it('reopens a done session for corrections, keeping its start and clearing its end', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await startSession(ctx, planned.id);
    ctx.clock.set('2026-03-10T07:00:00.000Z');
    await finishSession(ctx, planned.id);
    ctx.clock.set('2026-03-11T01:00:00.000Z');
    const reopened = await reopenSession(ctx, planned.id);
    expect(reopened).toMatchObject({ status: 'running', startedAt: NOW, actualDate: TODAY, endedAt: null });
  });

  it('knows the allowed moves', () => {
    expect(canTransition('planned', 'running')).toBe(true);
    expect(canTransition('running', 'done')).toBe(true);
    expect(canTransition('done', 'running')).toBe(true);
    expect(canTransition('planned', 'done')).toBe(false);
    expect(canTransition('done', 'planned')).toBe(false);
    expect(canTransition('running', 'planned')).toBe(false);
  });

  it('works from the stored row, so a stale copy cannot undo a change', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await startSession(ctx, planned.id);
    await saveSessionNotes(ctx, planned.id, 'Ibu-ibu aktif bertanya.');
    await finishSession(ctx, planned.id);
    // The notes written between start and finish survive the finish.
    expect(await ctx.db.sessions.get(planned.id)).toMatchObject({ status: 'done', notes: 'Ibu-ibu aktif bertanya.' });
  });
});

describe('session notes', () => {
  it('saves notes, refuses an overlong text, and skips a write when nothing changed', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await saveSessionNotes(ctx, planned.id, 'Catatan');
    const changes = await ctx.db.changes.count();
    await saveSessionNotes(ctx, planned.id, 'Catatan');
    expect(await ctx.db.changes.count()).toBe(changes);
    await expect(saveSessionNotes(ctx, planned.id, 'x'.repeat(4001))).rejects.toMatchObject({
      details: { reason: 'notes' },
    });
    expect((await ctx.db.sessions.get(planned.id))?.notes).toBe('Catatan');
  });

  it('says not found for a missing session', async () => {
    const { ctx } = await world();
    await expect(saveSessionNotes(ctx, 'missing', 'x')).rejects.toMatchObject({ code: 'db.notFound' });
  });
});

describe('session lists', () => {
  it('places a session on the day it happened, not the day it was planned', async () => {
    const { ctx, group } = await world();
    const moved = makeSession({ groupId: group.id, plannedDate: '2026-02-27', actualDate: '2026-03-02' });
    const march = makeSession({ groupId: group.id, plannedDate: '2026-03-20', status: 'planned' });
    const april = makeSession({ groupId: group.id, plannedDate: '2026-04-01', status: 'planned' });
    const gone = makeSession({ groupId: group.id, plannedDate: '2026-03-05', deletedAt: NOW });
    await ctx.db.sessions.bulkPut([moved, march, april, gone]);
    const inMarch = await sessionsOnDates(ctx.db, '2026-03-01', '2026-03-31');
    expect(inMarch.map((s) => s.id)).toEqual([moved.id, march.id]);
    const inFebruary = await sessionsOnDates(ctx.db, '2026-02-01', '2026-02-28');
    expect(inFebruary).toEqual([]);
  });

  it('lists running sessions, not deleted ones', async () => {
    const { ctx, group } = await world();
    const running = makeSession({ groupId: group.id, status: 'running', startedAt: NOW });
    const deleted = makeSession({ groupId: group.id, status: 'running', startedAt: NOW, deletedAt: NOW });
    await ctx.db.sessions.bulkPut([running, deleted, makeSession({ groupId: group.id })]);
    expect((await runningSessions(ctx.db)).map((s) => s.id)).toEqual([running.id]);
  });
});
