/**
 * The contract that matters most: whatever the app itself stores, through its own commands, can be
 * exported and imported again unchanged. The bundle's checks are strict; this proves they are not
 * stricter than the app (a backup the app made and then refuses is a lost record).
 */
import { describe, expect, it } from 'vitest';
import { setAttendance, setAttendanceNote } from '../../pwa/src/data/attendance';
import { tickStep } from '../../pwa/src/data/checklist';
import { createDemoGroup } from '../../pwa/src/data/demo';
import { addPhoto, deletePhoto } from '../../pwa/src/data/photos';
import { recordAnswer } from '../../pwa/src/data/quiz';
import { cancelSession, finishSession, planSession, saveSessionNotes, startSession } from '../../pwa/src/data/sessions';
import { applyImport, exportBundle, readBundle } from '../../shared/bundle';
import { findSession } from '../../shared/curriculum/catalogue';
import { FACILITATOR, freshContext } from '../fixtures/bundles/bundle-context';
import { dumpDb, pictureBytes } from '../fixtures/bundles/sample-rows';

describe('rows written by the app', () => {
  it('travel through a bundle unchanged', async () => {
    const ctx = await freshContext('0194a000-0000-7000-8000-00000000d00a', '2026-03-02T01:30:00.000Z');
    const group = await createDemoGroup(ctx, 'Rina Pendamping');
    const members = await ctx.db.members.where('groupId').equals(group.id).toArray();
    const [first, second, third] = members;
    const curriculum = findSession('P2K2-01');
    if (first === undefined || second === undefined || third === undefined || curriculum === undefined)
      throw new Error();
    const options = { knownCode: () => true, allowPast: true };
    const plan = {
      groupId: group.id,
      curriculumCode: 'P2K2-01',
      plannedTime: '09:00',
      place: 'Balai Desa',
      catchUpFor: [],
    };

    const session = await planSession(ctx, { ...plan, plannedDate: '2026-03-02' }, options);
    const cancelled = await planSession(ctx, { ...plan, plannedDate: '2026-03-09' }, options);
    await cancelSession(ctx, cancelled.id);
    await planSession(ctx, { ...plan, plannedDate: '2026-03-16', catchUpFor: [third.id] }, options);
    await startSession(ctx, session.id);
    for (const [i, step] of curriculum.steps.entries()) {
      await tickStep(ctx, session.id, step.id, { done: i % 2 === 0, minutesSpent: i % 2 === 0 ? 12 : null });
    }
    await setAttendance(ctx, session.id, first.id, 'hadir');
    await setAttendance(ctx, session.id, second.id, 'izin');
    await setAttendanceNote(ctx, session.id, second.id, 'Anak sakit demam — izin lewat WA');
    await setAttendance(ctx, session.id, third.id, 'alpa');
    for (const question of curriculum.quiz) {
      const answer = question.kind === 'truefalse' ? !question.answer : question.answer;
      await recordAnswer(ctx, { sessionId: session.id, memberId: first.id, phase: 'pre' }, question, answer);
      await recordAnswer(ctx, { sessionId: session.id, memberId: first.id, phase: 'post' }, question, question.answer);
    }
    const photo = {
      sessionId: session.id,
      width: 600,
      height: 450,
      consent: true,
      takenAt: '2026-03-02T02:00:00.000Z',
    };
    await addPhoto(ctx, {
      ...photo,
      blob: new Blob([pictureBytes(3, 2000)], { type: 'image/jpeg' }),
      caption: 'Ibu-ibu berdiskusi',
    });
    const removed = await addPhoto(ctx, {
      ...photo,
      blob: new Blob([pictureBytes(4)], { type: 'image/jpeg' }),
      caption: '',
    });
    await deletePhoto(ctx, removed);
    await saveSessionNotes(ctx, session.id, 'Berjalan lancar.\n• Peserta aktif\n• Lanjut sesi 2 bulan depan');
    await finishSession(ctx, session.id);

    const file = await exportBundle(ctx.db, { scope: { kind: 'all' }, facilitator: FACILITATOR, clock: ctx.clock });
    const target = await freshContext('0194a000-0000-7000-8000-00000000d00b');
    const result = await applyImport(target, await readBundle(file));
    expect(result.totals.tombstones).toBe(2);
    expect(await dumpDb(target.db)).toEqual(await dumpDb(ctx.db));
  });
});
