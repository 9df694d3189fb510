import { describe, expect, it } from 'vitest';
import { checklistProgress, tickStep, ticksOf } from '../../pwa/src/data/checklist';
import { finishSession, planSession, startSession } from '../../pwa/src/data/sessions';
import {
  clearRunState,
  EMPTY_RUN_STATE,
  goToStep,
  minutesBetween,
  readRunState,
  runStateKey,
  saveRunTab,
} from '../../pwa/src/screens/session/run-state';
import { findSession } from '../../shared/curriculum/catalogue';
import { makeCurriculumSession, rowMeta } from './factories';
import { knownCode, planInput, world } from './sessions-support';

async function runningSession() {
  const w = await world();
  const planned = await planSession(w.ctx, planInput(w.group), { knownCode });
  await startSession(w.ctx, planned.id);
  return { ...w, sessionId: planned.id };
}

describe('checklist ticks', () => {
  it('overwrites by (session, step): one row, createdAt kept, every change logged', async () => {
    const { ctx, sessionId } = await runningSession();
    await ctx.db.changes.clear();
    const first = await tickStep(ctx, sessionId, 'P2K2-01-s1', { done: true, minutesSpent: 14 });
    ctx.clock.set('2026-03-10T05:30:00.000Z');
    const second = await tickStep(ctx, sessionId, 'P2K2-01-s1', { done: true, minutesSpent: 16 });
    const rows = await ctx.db.checklist.where('sessionId').equals(sessionId).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      stepId: 'P2K2-01-s1',
      done: true,
      minutesSpent: 16,
      doneAt: '2026-03-10T05:30:00.000Z',
      createdAt: first.createdAt,
      updatedAt: '2026-03-10T05:30:00.000Z',
    });
    expect(second.createdAt).toBe(first.createdAt);
    const keys = (await ctx.db.changes.toArray()).map((c) => `${c.table}:${c.key}`);
    expect(keys).toEqual([`checklist:${sessionId}|P2K2-01-s1`, `checklist:${sessionId}|P2K2-01-s1`]);
  });

  it('unticks: not done, no time, no minutes', async () => {
    const { ctx, sessionId } = await runningSession();
    await tickStep(ctx, sessionId, 'P2K2-01-s2', { done: true, minutesSpent: 20 });
    await tickStep(ctx, sessionId, 'P2K2-01-s2', { done: false, minutesSpent: 20 });
    expect(await ctx.db.checklist.get([sessionId, 'P2K2-01-s2'])).toMatchObject({
      done: false,
      doneAt: null,
      minutesSpent: null,
    });
  });

  it('ticks only while the session runs', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await expect(tickStep(ctx, planned.id, 'P2K2-01-s1', { done: true, minutesSpent: null })).rejects.toMatchObject({
      details: { reason: 'notRunning' },
    });
    await startSession(ctx, planned.id);
    await finishSession(ctx, planned.id);
    await expect(tickStep(ctx, planned.id, 'P2K2-01-s1', { done: true, minutesSpent: null })).rejects.toMatchObject({
      details: { reason: 'notRunning' },
    });
    expect(await ctx.db.checklist.count()).toBe(0);
  });

  it('refuses impossible minutes', async () => {
    const { ctx, sessionId } = await runningSession();
    for (const minutes of [-1, 2.5, 601]) {
      await expect(tickStep(ctx, sessionId, 'P2K2-01-s1', { done: true, minutesSpent: minutes })).rejects.toMatchObject(
        {
          code: 'input.invalid',
        },
      );
    }
    expect(await ctx.db.checklist.count()).toBe(0);
  });

  it('measures progress against the curriculum steps', async () => {
    const { ctx, sessionId } = await runningSession();
    await tickStep(ctx, sessionId, 'P2K2-01-s1', { done: true, minutesSpent: 12 });
    await tickStep(ctx, sessionId, 'P2K2-01-s2', { done: true, minutesSpent: null });
    await tickStep(ctx, sessionId, 'P2K2-01-s3', { done: false, minutesSpent: null });
    await ctx.db.checklist.put({
      ...rowMeta(),
      sessionId,
      stepId: 'retired-step',
      done: true,
      doneAt: null,
      minutesSpent: 99,
    });
    const curriculum = findSession('P2K2-01');
    if (curriculum === undefined) throw new Error('P2K2-01 missing');
    const progress = checklistProgress(curriculum, await ticksOf(ctx.db, sessionId));
    expect(progress).toMatchObject({ done: 2, total: 7, minutesSpent: 12, timedSteps: 1, plannedMinutes: 110 });
    expect(progress.missing).toEqual(['P2K2-01-s3', 'P2K2-01-s4', 'P2K2-01-s5', 'P2K2-01-s6', 'P2K2-01-s7']);
    expect(checklistProgress(makeCurriculumSession(), new Map())).toMatchObject({ done: 0, total: 0 });
  });
});

describe('where the facilitator is (run state)', () => {
  it('starts from the first tab and the first unticked step', async () => {
    const { ctx } = await world();
    expect(await readRunState(ctx.db, 'any')).toEqual(EMPTY_RUN_STATE);
  });

  it('keeps a step’s first start time when the facilitator looks back and returns', async () => {
    const { ctx } = await world();
    await goToStep(ctx.db, 's', 'a', '2026-03-10T05:00:00.000Z');
    await goToStep(ctx.db, 's', 'b', '2026-03-10T05:15:00.000Z');
    await goToStep(ctx.db, 's', 'a', '2026-03-10T05:20:00.000Z');
    await saveRunTab(ctx.db, 's', 'quiz');
    expect(await readRunState(ctx.db, 's')).toEqual({
      tab: 'quiz',
      stepId: 'a',
      stepStarts: { a: '2026-03-10T05:00:00.000Z', b: '2026-03-10T05:15:00.000Z' },
    });
    await goToStep(ctx.db, 's', null, '2026-03-10T05:25:00.000Z');
    expect((await readRunState(ctx.db, 's')).stepId).toBeNull();
    await clearRunState(ctx.db, 's');
    expect(await readRunState(ctx.db, 's')).toEqual(EMPTY_RUN_STATE);
  });

  it('falls back to the start when the stored value is damaged', async () => {
    const { ctx } = await world();
    await ctx.db.settings.put({ key: runStateKey('s'), value: { tab: 'nowhere' }, updatedAt: '' });
    expect(await readRunState(ctx.db, 's')).toEqual(EMPTY_RUN_STATE);
  });

  it('counts whole minutes, never negative', () => {
    expect(minutesBetween('2026-03-10T05:00:00.000Z', '2026-03-10T05:14:40.000Z')).toBe(15);
    expect(minutesBetween('2026-03-10T05:00:00.000Z', '2026-03-10T04:00:00.000Z')).toBe(0);
    expect(minutesBetween('garbage', '2026-03-10T04:00:00.000Z')).toBe(0);
  });
});
