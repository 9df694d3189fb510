/**
 * Case and observation commands against a real (fake-indexeddb) database: what is stored, what is
 * refused, and that a refused write leaves nothing behind (no row, no change-log entry).
 */
import { describe, expect, it } from 'vitest';
import {
  addEntry,
  closeCase,
  listCases,
  loadCase,
  openCase,
  removeEntry,
  reopenCase,
  searchFamilies,
  setEntryStatus,
} from '../../pwa/src/data/cases';
import {
  observableSessions,
  readObservationItems,
  saveObservation,
  sessionPrefill,
  writeObservationItems,
} from '../../pwa/src/data/observations';
import { loadCareOverview, loadDueWork } from '../../pwa/src/screens/care/care-overview';
import { openDb } from '../../shared/db/database';
import { putRows, softDeleteRow, type WriteContext } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import type { Clock } from '../../shared/model/clock';
import { defaultObservationItems } from '../../shared/supervision/observation-items';
import { scores } from './care-support';
import { makeGroup, makeMember, makeSession } from './factories';

const clock: Clock = { now: () => new Date('2026-03-15T02:00:00.000Z') };
const today = '2026-03-15';

async function context(): Promise<WriteContext> {
  return { db: await openDb(`care-${Math.random()}`), deviceId: 'device-a', clock };
}

async function rejection(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the work to fail');
}

const caseDraft = {
  family: { memberId: null, name: '<b>Ibu Sari</b>', nik: '3201014702900001', pkhId: 'PKH-9', address: 'RT 01' },
  title: 'Anak putus sekolah',
  openedDate: '2026-03-01',
  worker: 'Peksos Uji',
  assessment: { bio: '', psycho: 'Anak murung', social: '', needs: ['education' as const] },
};

describe('cases', () => {
  it('opens a case with the family snapshot and logs the change', async () => {
    const ctx = await context();
    const opened = await openCase(ctx, caseDraft, today);
    const stored = await ctx.db.cases.get(opened.id);
    expect(stored).toMatchObject({
      status: 'open',
      family: caseDraft.family,
      closedDate: null,
      outcome: '',
      deviceId: 'device-a',
    });
    expect(await ctx.db.changes.where('[table+key]').equals(['cases', opened.id]).count()).toBe(1);
  });

  it('refuses a case with an invalid NIK and writes nothing', async () => {
    const ctx = await context();
    const error = await rejection(openCase(ctx, { ...caseDraft, family: { ...caseDraft.family, nik: '123' } }, today));
    expect(error.code).toBe('input.invalid');
    expect(error.details.field).toBe('nik');
    expect(await ctx.db.cases.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(0);
  });

  it('adds actions, referrals and visits; moves them along; closes and reopens', async () => {
    const ctx = await context();
    const opened = await openCase(ctx, caseDraft, today);
    const base = { text: 'Temui wali kelas', service: null, status: 'planned' as const, doneDate: null, notes: '' };
    const action = await addEntry(ctx, opened, { ...base, kind: 'action', dueDate: '2026-03-14' }, today);
    await addEntry(ctx, opened, { ...base, kind: 'referral', service: 'puskesmas', dueDate: today }, today);
    await addEntry(ctx, opened, { ...base, kind: 'visit', status: 'done', dueDate: today, doneDate: today }, today);

    const due = await loadDueWork(ctx.db, today, null);
    expect(due.entries.map((d) => [d.entry.kind, d.state])).toEqual([
      ['action', 'overdue'],
      ['referral', 'today'],
    ]);

    const done = await setEntryStatus(ctx, action, 'done', today);
    expect([done.status, done.doneDate]).toEqual(['done', today]);
    const again = await setEntryStatus(ctx, done, 'planned', today);
    expect([again.status, again.doneDate]).toEqual(['planned', null]);

    const closed = await closeCase(ctx, opened, { closedDate: today, outcome: ' Anak kembali sekolah ' }, today);
    expect([closed.status, closed.closedDate, closed.outcome]).toEqual(['closed', today, 'Anak kembali sekolah']);
    // A closed case's work no longer nags.
    expect((await loadDueWork(ctx.db, today, null)).entries).toEqual([]);
    const reopened = await reopenCase(ctx, closed);
    expect([reopened.status, reopened.closedDate, reopened.outcome]).toEqual(['open', null, '']);

    const loaded = await loadCase(ctx.db, opened.id);
    expect(loaded?.entries.map((e) => e.kind)).toEqual(['action', 'referral', 'visit']);
    await removeEntry(ctx, again);
    expect((await loadCase(ctx.db, opened.id))?.entries.map((e) => e.kind)).toEqual(['referral', 'visit']);
  });

  it('refuses to close without an outcome, and to add work to a deleted case', async () => {
    const ctx = await context();
    const opened = await openCase(ctx, caseDraft, today);
    const changes = await ctx.db.changes.count();
    expect((await rejection(closeCase(ctx, opened, { closedDate: today, outcome: ' ' }, today))).code).toBe(
      'input.invalid',
    );
    const gone = await softDeleteRow(ctx, 'cases', opened);
    const entry = {
      kind: 'action' as const,
      text: 'x',
      service: null,
      status: 'planned' as const,
      dueDate: null,
      doneDate: null,
      notes: '',
    };
    expect((await rejection(addEntry(ctx, gone, entry, today))).code).toBe('db.notFound');
    expect(await ctx.db.caseEntries.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(changes + 1);
    expect(await listCases(ctx.db)).toEqual([]);
  });

  it('finds families on the device by name or NIK', async () => {
    const ctx = await context();
    const group = makeGroup({ name: 'Kelompok Mawar' });
    const siti = makeMember({ groupId: group.id, name: 'Siti Aminah', nik: '3201014702900007' });
    const ani = makeMember({ groupId: group.id, name: 'Ani', active: false });
    await putRows(ctx, 'groups', [group]);
    await putRows(ctx, 'members', [siti, ani]);
    expect((await searchFamilies(ctx.db, 'siti')).map((h) => [h.member.name, h.groupName])).toEqual([
      ['Siti Aminah', 'Kelompok Mawar'],
    ]);
    expect((await searchFamilies(ctx.db, '0007')).map((h) => h.member.id)).toEqual([siti.id]);
    expect(await searchFamilies(ctx.db, '  ')).toEqual([]);
  });
});

describe('observations', () => {
  it('keeps the edited checklist as one setting, and refuses a broken list', async () => {
    const ctx = await context();
    expect(await readObservationItems(ctx.db)).toEqual(defaultObservationItems());
    const mine = [{ id: 'x', text: 'Peserta tepat waktu' }, ...defaultObservationItems().slice(0, 2)];
    await writeObservationItems(ctx.db, mine);
    expect(await readObservationItems(ctx.db)).toEqual(mine);
    const refused = await rejection(writeObservationItems(ctx.db, [{ id: 'y', text: null }]));
    expect(refused.code).toBe('input.invalid');
    expect(await readObservationItems(ctx.db)).toEqual(mine);
    // A damaged stored value reads as the built-in list instead of breaking the form.
    await ctx.db.settings.put({ key: 'observationItems', value: [{ id: 1 }], updatedAt: '' });
    expect(await readObservationItems(ctx.db)).toEqual(defaultObservationItems());
  });

  it('fills an observation from a session and lists sessions to observe', async () => {
    const ctx = await context();
    const group = makeGroup({ name: 'Kelompok Melati', facilitator: 'Rina Pendamping' });
    const session = makeSession({
      groupId: group.id,
      plannedDate: '2026-03-14',
      curriculumCode: 'P2K2-05',
      actualDate: '2026-03-13',
    });
    const old = makeSession({ groupId: group.id, plannedDate: '2026-01-14' });
    await putRows(ctx, 'groups', [group]);
    await putRows(ctx, 'sessions', [session, old]);
    expect(await sessionPrefill(ctx.db, session.id)).toMatchObject({
      facilitator: 'Rina Pendamping',
      groupName: 'Kelompok Melati',
      curriculumCode: 'P2K2-05',
      date: '2026-03-13',
    });
    expect(await sessionPrefill(ctx.db, 'missing')).toBeNull();

    const saved = await saveObservation(
      ctx,
      {
        sessionId: session.id,
        facilitator: 'Rina Pendamping',
        groupName: 'Kelompok Melati',
        curriculumCode: 'P2K2-05',
        date: '2026-03-13',
        scores: scores(3, 4),
        notes: '',
        followUps: [{ id: 'f', text: 'Latih kuis', dueDate: '2026-03-15', done: false }],
      },
      today,
    );
    const listed = await observableSessions(ctx.db, today);
    expect(listed.map((s) => [s.session.id, s.observationId])).toEqual([[session.id, saved.id]]);

    const overview = await loadCareOverview(ctx.db, today, 'Rina Pendamping', true);
    expect(overview.observations).toEqual({ count: 1, facilitators: 1, lastDate: '2026-03-13', openFollowUps: 1 });
    expect(overview.due.followUps.map((f) => f.followUp.text)).toEqual(['Latih kuis']);
    expect(overview.mine).toBe(1);
    // A facilitator sees only the follow-ups agreed with them.
    expect((await loadDueWork(ctx.db, today, 'Dewi')).followUps).toEqual([]);
    expect((await loadDueWork(ctx.db, today, 'rina pendamping')).followUps).toHaveLength(1);
  });

  it('refuses an observation with nothing scored and writes nothing', async () => {
    const ctx = await context();
    const draft = {
      sessionId: null,
      facilitator: 'Rina',
      groupName: '',
      curriculumCode: '',
      date: today,
      scores: scores(null),
      notes: '',
      followUps: [],
    };
    expect((await rejection(saveObservation(ctx, draft, today))).details.field).toBe('scores');
    expect(await ctx.db.observations.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(0);
  });
});
