import { describe, expect, it } from 'vitest';
import {
  attendanceByMonth,
  summarizeFamilies,
  summarizeFamily,
  summarizeSession,
} from '../../shared/rules/summarize-attendance';
import { makeAttendance, makeMember, makeSession, TEST_INSTANT } from './factories';

const deleted = { deletedAt: TEST_INSTANT };

// Group 1: a, b, c active; d inactive and never marked; e inactive but marked in January;
// f deleted; g belongs to another group.
const a = makeMember({ id: 'a', name: 'Ani' });
const b = makeMember({ id: 'b', name: 'Budi' });
const c = makeMember({ id: 'c', name: 'Citra' });
const d = makeMember({ id: 'd', name: 'Dewi', active: false });
const e = makeMember({ id: 'e', name: 'Eka', active: false });
const f = makeMember({ id: 'f', name: 'Fitri', ...deleted });
const g = makeMember({ id: 'g', name: 'Gita', groupId: 'group-2' });
const members = [a, b, c, d, e, f, g];

const s1 = makeSession({ id: 's1', curriculumCode: 'P2K2-01', plannedDate: '2026-01-10' });
const catchUp = makeSession({ id: 'cu', curriculumCode: 'P2K2-01', plannedDate: '2026-01-20', catchUpFor: ['b', 'c'] });
const s2 = makeSession({ id: 's2', curriculumCode: 'P2K2-02', plannedDate: '2026-02-14' });
const planned = makeSession({ id: 's3', curriculumCode: 'P2K2-03', plannedDate: '2026-03-14', status: 'planned' });
const removed = makeSession({ id: 'sx', curriculumCode: 'P2K2-03', plannedDate: '2026-03-01', ...deleted });
const sessions = [planned, s2, catchUp, s1, removed];

const attendance = [
  makeAttendance({ sessionId: 's1', memberId: 'a', status: 'hadir' }),
  makeAttendance({ sessionId: 's1', memberId: 'b', status: 'izin' }),
  makeAttendance({ sessionId: 's1', memberId: 'c', status: 'hadir', ...deleted }),
  makeAttendance({ sessionId: 's1', memberId: 'e', status: 'hadir' }),
  makeAttendance({ sessionId: 's1', memberId: 'f', status: 'hadir' }),
  makeAttendance({ sessionId: 's1', memberId: 'ghost', status: 'hadir' }),
  makeAttendance({ sessionId: 'cu', memberId: 'b', status: 'hadir' }),
  makeAttendance({ sessionId: 's2', memberId: 'a', status: 'hadir' }),
  makeAttendance({ sessionId: 's2', memberId: 'b', status: 'alpa' }),
  makeAttendance({ sessionId: 's2', memberId: 'c', status: 'sakit' }),
  makeAttendance({ sessionId: 'sx', memberId: 'a', status: 'alpa' }),
];

describe('summarizeSession', () => {
  it('counts the group’s active families and anyone marked, ignoring deleted rows and members', () => {
    expect(summarizeSession(s1, members, attendance)).toEqual({
      sessionId: 's1',
      counts: { hadir: 2, izin: 1, sakit: 0, alpa: 0 },
      expected: 4,
      marked: 3,
      unmarked: 1,
      unmarkedMemberIds: ['c'],
      rate: 0.5,
    });
  });

  it('expects only the listed families at a catch-up session', () => {
    expect(summarizeSession(catchUp, members, attendance)).toMatchObject({
      counts: { hadir: 1, izin: 0, sakit: 0, alpa: 0 },
      expected: 2,
      unmarkedMemberIds: ['c'],
      rate: 0.5,
    });
  });

  it('gives no rate when nobody is expected', () => {
    expect(summarizeSession(makeSession({ groupId: 'empty' }), members, attendance)).toMatchObject({
      expected: 0,
      unmarked: 0,
      rate: null,
    });
  });

  it('uses the latest row if an import left two for one family', () => {
    const rows = [
      makeAttendance({ sessionId: 's2', memberId: 'a', status: 'alpa', updatedAt: '2026-02-14T03:00:00.000Z' }),
      makeAttendance({ sessionId: 's2', memberId: 'a', status: 'hadir', updatedAt: '2026-02-14T05:00:00.000Z' }),
      makeAttendance({ sessionId: 's2', memberId: 'a', status: 'sakit', updatedAt: '2026-02-14T04:00:00.000Z' }),
    ];
    expect(summarizeSession(s2, [a], rows).counts).toEqual({ hadir: 1, izin: 0, sakit: 0, alpa: 0 });
  });
});

describe('summarizeFamily / summarizeFamilies', () => {
  it('lists the done sessions a family missed, oldest first, with the status there', () => {
    expect(summarizeFamily(b, sessions, attendance)).toEqual({
      memberId: 'b',
      sessions: 3,
      attended: 1,
      missed: [
        { sessionId: 's1', curriculumCode: 'P2K2-01', date: '2026-01-10', status: 'izin' },
        { sessionId: 's2', curriculumCode: 'P2K2-02', date: '2026-02-14', status: 'alpa' },
      ],
      rate: 1 / 3,
    });
  });

  it('counts an unmarked session (here a deleted row) as missed with no status', () => {
    const summary = summarizeFamily(c, sessions, attendance);
    expect(summary.missed.map((m) => [m.sessionId, m.status])).toEqual([
      ['s1', null],
      ['cu', null],
      ['s2', 'sakit'],
    ]);
    expect(summary.rate).toBe(0);
  });

  it('returns one summary per non-deleted member; an inactive unmarked family has no rate', () => {
    const summaries = summarizeFamilies(members, sessions, attendance);
    expect(summaries.map((s) => s.memberId)).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    expect(summaries.find((s) => s.memberId === 'a')).toMatchObject({ sessions: 2, attended: 2, rate: 1 });
    expect(summaries.find((s) => s.memberId === 'd')).toMatchObject({
      sessions: 0,
      attended: 0,
      missed: [],
      rate: null,
    });
    expect(summaries.find((s) => s.memberId === 'e')).toMatchObject({ sessions: 1, attended: 1, rate: 1 });
  });
});

describe('attendanceByMonth', () => {
  it('sums done sessions per month against expected families', () => {
    expect(attendanceByMonth(sessions, attendance, members)).toEqual([
      { month: '2026-01', sessions: 2, present: 3, expected: 6, rate: 0.5 },
      { month: '2026-02', sessions: 1, present: 1, expected: 3, rate: 1 / 3 },
    ]);
  });

  it('without members, counts the marked rows only', () => {
    expect(attendanceByMonth(sessions, attendance)).toEqual([
      { month: '2026-01', sessions: 2, present: 5, expected: 6, rate: 5 / 6 },
      { month: '2026-02', sessions: 1, present: 1, expected: 3, rate: 1 / 3 },
    ]);
  });

  it('files a session under the month it was actually held', () => {
    const late = makeSession({ id: 'late', plannedDate: '2026-01-31', actualDate: '2026-02-02' });
    const rows = [makeAttendance({ sessionId: 'late', memberId: 'a', status: 'hadir' })];
    expect(attendanceByMonth([late], rows, [a, b])).toEqual([
      { month: '2026-02', sessions: 1, present: 1, expected: 2, rate: 0.5 },
    ]);
  });

  it('is empty without done sessions', () => {
    expect(attendanceByMonth([planned, removed], attendance, members)).toEqual([]);
  });
});
