import { describe, expect, it } from 'vitest';
import { cancelSession, editSession, planProblemOf, planSession, startSession } from '../../pwa/src/data/sessions';
import { addDays } from '../../shared/model/clock';
import { knownCode, planInput, TODAY, world } from './sessions-support';

async function problemOf(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
  } catch (error) {
    return planProblemOf(error) ?? `other: ${String(error)}`;
  }
  return null;
}

describe('planning a session', () => {
  it('stores a planned session with the place trimmed, and logs the change', async () => {
    const { ctx, group } = await world();
    const session = await planSession(ctx, planInput(group), { knownCode });
    const stored = await ctx.db.sessions.get(session.id);
    expect(stored).toMatchObject({
      groupId: group.id,
      curriculumCode: 'P2K2-01',
      plannedDate: addDays(TODAY, 4),
      plannedTime: '09:00',
      place: 'Balai Desa',
      status: 'planned',
      actualDate: null,
      startedAt: null,
      endedAt: null,
      notes: '',
      catchUpFor: [],
      deletedAt: null,
    });
    expect(await ctx.db.changes.toArray()).toEqual([expect.objectContaining({ table: 'sessions', key: session.id })]);
  });

  it.each([
    ['group', { groupId: '' }],
    ['code', { curriculumCode: 'P2K2-99' }],
    ['code', { curriculumCode: '' }],
    ['dateFormat', { plannedDate: '2026-02-30' }],
    ['dateFormat', { plannedDate: '14/03/2026' }],
    ['timeFormat', { plannedTime: '9:00' }],
    ['timeFormat', { plannedTime: '24:00' }],
    ['place', { place: '   ' }],
    ['place', { place: 'x'.repeat(201) }],
  ] as const)('refuses bad input (%s) and writes nothing', async (reason, overrides) => {
    const { ctx, group } = await world();
    expect(await problemOf(planSession(ctx, planInput(group, overrides), { knownCode }))).toBe(reason);
    expect(await ctx.db.sessions.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(0);
  });

  it('refuses a group that does not exist or was deleted', async () => {
    const { ctx, group } = await world();
    expect(await problemOf(planSession(ctx, planInput(group, { groupId: 'nope' }), { knownCode }))).toBe('group');
    await ctx.db.groups.put({ ...group, deletedAt: '2026-03-01T00:00:00.000Z' });
    expect(await problemOf(planSession(ctx, planInput(group), { knownCode }))).toBe('group');
    expect(await ctx.db.sessions.count()).toBe(0);
  });

  it('asks before a date in the past, and takes it once confirmed', async () => {
    const { ctx, group } = await world();
    const yesterday = planInput(group, { plannedDate: addDays(TODAY, -1) });
    expect(await problemOf(planSession(ctx, yesterday, { knownCode }))).toBe('past');
    expect(await ctx.db.sessions.count()).toBe(0);
    const saved = await planSession(ctx, yesterday, { knownCode, allowPast: true });
    expect(saved.plannedDate).toBe(addDays(TODAY, -1));
    // Today is not the past.
    expect(await problemOf(planSession(ctx, planInput(group, { plannedDate: TODAY }), { knownCode }))).toBeNull();
  });

  it('allows one session of a code per group and day', async () => {
    const { ctx, group, other } = await world();
    await planSession(ctx, planInput(group), { knownCode });
    expect(await problemOf(planSession(ctx, planInput(group, { plannedTime: '14:00' }), { knownCode }))).toBe(
      'duplicate',
    );
    // Another code that day, the same code another day or in another group: fine.
    await planSession(ctx, planInput(group, { curriculumCode: 'P2K2-02' }), { knownCode });
    await planSession(ctx, planInput(group, { plannedDate: addDays(TODAY, 5) }), { knownCode });
    await planSession(ctx, planInput(other), { knownCode });
    expect(await ctx.db.sessions.count()).toBe(4);
  });

  it('frees the day again when the clashing session is cancelled', async () => {
    const { ctx, group } = await world();
    const first = await planSession(ctx, planInput(group), { knownCode });
    await cancelSession(ctx, first.id);
    await expect(planSession(ctx, planInput(group), { knownCode })).resolves.toMatchObject({ status: 'planned' });
  });

  it('plans a catch-up for families of the group only', async () => {
    const { ctx, group, members } = await world();
    const [siti, ani, wati] = members.map((m) => m.id);
    const catchUp = await planSession(ctx, planInput(group, { catchUpFor: [siti ?? '', ani ?? '', siti ?? ''] }), {
      knownCode,
    });
    expect(catchUp.catchUpFor).toEqual([siti, ani]);
    expect(
      await problemOf(
        planSession(ctx, planInput(group, { curriculumCode: 'P2K2-02', catchUpFor: [wati ?? ''] }), { knownCode }),
      ),
    ).toBe('catchUpMembers');
  });
});

describe('editing and cancelling', () => {
  it('reschedules a planned session without clashing with itself', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    const moved = await editSession(ctx, planned.id, planInput(group, { plannedTime: '13:30', place: 'Balai RW' }), {
      knownCode,
    });
    expect(moved).toMatchObject({
      id: planned.id,
      plannedTime: '13:30',
      place: 'Balai RW',
      createdAt: planned.createdAt,
    });
    expect(await ctx.db.sessions.count()).toBe(1);
  });

  it('does not ask again about a past date that did not change', async () => {
    const { ctx, group } = await world();
    const past = planInput(group, { plannedDate: addDays(TODAY, -3) });
    const planned = await planSession(ctx, past, { knownCode, allowPast: true });
    await expect(editSession(ctx, planned.id, { ...past, place: 'Masjid' }, { knownCode })).resolves.toMatchObject({
      place: 'Masjid',
    });
    expect(
      await problemOf(editSession(ctx, planned.id, { ...past, plannedDate: addDays(TODAY, -2) }, { knownCode })),
    ).toBe('past');
  });

  it('refuses to edit or cancel a session that has started', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    await startSession(ctx, planned.id);
    expect(await problemOf(editSession(ctx, planned.id, planInput(group), { knownCode }))).toBe('notPlanned');
    expect(await problemOf(cancelSession(ctx, planned.id))).toBe('notPlanned');
    expect((await ctx.db.sessions.get(planned.id))?.deletedAt).toBeNull();
  });

  it('cancels as a tombstone that travels in the change log', async () => {
    const { ctx, group } = await world();
    const planned = await planSession(ctx, planInput(group), { knownCode });
    const cancelled = await cancelSession(ctx, planned.id);
    expect(cancelled.deletedAt).not.toBeNull();
    expect((await ctx.db.sessions.get(planned.id))?.deletedAt).toBe(cancelled.deletedAt);
    expect((await ctx.db.changes.toArray()).map((c) => c.op)).toEqual(['put', 'delete']);
    await expect(cancelSession(ctx, planned.id)).rejects.toMatchObject({ code: 'db.notFound' });
  });
});
