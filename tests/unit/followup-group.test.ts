import { describe, expect, it } from 'vitest';
import { catchUpPlanHref, loadCatchUp, loadGroupHistory } from '../../pwa/src/data/followup';
import { putRows } from '../../shared/db/write';
import { makeAttendance } from './factories';
import { seededContext } from './followup-fixture';

describe('loadGroupHistory', () => {
  it('lists the group’s own live sessions newest first, each with its attendance summary', async () => {
    const { db } = await seededContext();
    const history = await loadGroupHistory(db, 'g1');
    expect(history?.group.name).toBe('Kelompok Melati');
    expect(history?.sessions.map((line) => line.session.id)).toEqual(['p4', 'cu', 's3', 's2', 's1']);
    const s1 = history?.sessions.find((line) => line.session.id === 's1')?.summary;
    // Ani, Budi, Citra expected; Indah is inactive and unmarked, Xena deleted, Nia is not in this group.
    expect(s1).toMatchObject({ counts: { hadir: 2, izin: 0, sakit: 0, alpa: 1 }, expected: 3, rate: 2 / 3 });
    const catchUp = history?.sessions.find((line) => line.session.id === 'cu')?.summary;
    expect(catchUp?.expected).toBe(1);
  });

  it('counts attendance per month from done sessions of the group only', async () => {
    const { db } = await seededContext();
    const history = await loadGroupHistory(db, 'g1');
    expect(history?.months).toEqual([
      { month: '2026-01', sessions: 1, present: 2, expected: 3, rate: 2 / 3 },
      { month: '2026-02', sessions: 1, present: 1, expected: 3, rate: 1 / 3 },
      { month: '2026-03', sessions: 1, present: 2, expected: 3, rate: 2 / 3 },
    ]);
  });

  it('flags the family that missed every regular meeting, with its streak', async () => {
    const { db } = await seededContext();
    const history = await loadGroupHistory(db, 'g1');
    expect(history?.absences).toEqual([
      { memberId: 'c', name: 'Citra', count: 3, statuses: ['izin', 'alpa', 'alpa'], lastPresent: null },
    ]);
  });

  it('returns null for a missing or deleted group', async () => {
    const ctx = await seededContext();
    expect(await loadGroupHistory(ctx.db, 'nope')).toBeNull();
    const group = await ctx.db.groups.get('g1');
    if (!group) throw new Error('fixture');
    await ctx.db.groups.put({ ...group, deletedAt: '2026-02-01T00:00:00.000Z' });
    expect(await loadGroupHistory(ctx.db, 'g1')).toBeNull();
  });
});

describe('loadCatchUp', () => {
  it('lists per session the families who have not had it, counting another group’s meeting', async () => {
    const { db } = await seededContext();
    const data = await loadCatchUp(db, 'g1');
    // Budi was sick at s2 but had P2K2-02 at group 2's meeting; Xena is deleted; Indah inactive.
    expect(data?.entries).toEqual([
      {
        code: 'P2K2-01',
        heldOn: '2026-01-10',
        families: [{ memberId: 'c', name: 'Citra', sessionId: 's1', status: 'alpa', scheduledCatchUpId: 'cu' }],
      },
      {
        code: 'P2K2-02',
        heldOn: '2026-02-14',
        families: [{ memberId: 'c', name: 'Citra', sessionId: 's2', status: 'alpa', scheduledCatchUpId: null }],
      },
      {
        code: 'P2K2-03',
        heldOn: '2026-03-14',
        families: [{ memberId: 'c', name: 'Citra', sessionId: 's3', status: 'izin', scheduledCatchUpId: null }],
      },
    ]);
  });

  it('shows the planned catch-ups with the families they are for', async () => {
    const { db } = await seededContext();
    const data = await loadCatchUp(db, 'g1');
    expect(data?.scheduled.map((item) => [item.session.id, item.families.map((m) => m.name)])).toEqual([
      ['cu', ['Citra']],
    ]);
  });

  it('is empty once every family has had every session held', async () => {
    const ctx = await seededContext();
    await putRows(
      ctx,
      'attendance',
      ['s1', 's2', 's3'].flatMap((sessionId) =>
        ['a', 'b', 'c'].map((memberId) => makeAttendance({ sessionId, memberId, status: 'hadir' })),
      ),
    );
    expect((await loadCatchUp(ctx.db, 'g1'))?.entries).toEqual([]);
  });
});

describe('catchUpPlanHref', () => {
  it('names the group, the session code and the families, comma-separated', () => {
    const to = catchUpPlanHref('g 1', 'P2K2-03', ['m1', 'm2']);
    expect(to).toBe('#/plan/new?group=g%201&code=P2K2-03&catchUpFor=m1,m2');
    const query = new URLSearchParams(to.split('?')[1]);
    expect(query.get('catchUpFor')?.split(',')).toEqual(['m1', 'm2']);
    expect(query.get('group')).toBe('g 1');
  });
});
