import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { Attendance, AttendanceStatus } from '../../shared/model/types';
import { catchUpList, missedSessions, repeatedAbsence } from '../../shared/rules/catch-up';
import { makeAttendance, makeMember, makeSession, TEST_INSTANT } from './factories';

const deleted = { deletedAt: TEST_INSTANT };
const mark = (sessionId: string, memberId: string, status: AttendanceStatus): Attendance =>
  makeAttendance({ sessionId, memberId, status });

describe('missedSessions and catchUpList', () => {
  const a = makeMember({ id: 'a', name: 'Ani' });
  const b = makeMember({ id: 'b', name: 'Budi' });
  const c = makeMember({ id: 'c', name: 'Citra' });
  const d = makeMember({ id: 'd', name: 'Ayu' });
  const inactive = makeMember({ id: 'i', name: 'Indah', active: false });
  const gone = makeMember({ id: 'x', name: 'Xena', ...deleted });
  const members = [c, a, gone, b, d, inactive];

  const sessions = [
    makeSession({ id: 's1', curriculumCode: 'P2K2-01', plannedDate: '2026-01-10' }),
    makeSession({ id: 's2', curriculumCode: 'P2K2-02', plannedDate: '2026-02-14' }),
    makeSession({ id: 'cu1', curriculumCode: 'P2K2-01', plannedDate: '2026-02-20', catchUpFor: ['b', 'c'] }),
    // d went to a neighbouring group's meeting on the same material.
    makeSession({ id: 'n2', groupId: 'group-2', curriculumCode: 'P2K2-02', plannedDate: '2026-02-21' }),
    makeSession({
      id: 'cu2',
      curriculumCode: 'P2K2-02',
      plannedDate: '2026-03-20',
      status: 'planned',
      catchUpFor: ['c'],
    }),
    makeSession({ id: 'p3', curriculumCode: 'P2K2-03', plannedDate: '2026-03-14', status: 'planned' }),
    makeSession({ id: 'sx', curriculumCode: 'P2K2-04', plannedDate: '2026-03-01', ...deleted }),
  ];
  const attendance = [
    mark('s1', 'a', 'hadir'),
    mark('s1', 'b', 'alpa'),
    mark('s1', 'c', 'izin'),
    mark('s1', 'i', 'alpa'),
    mark('s1', 'x', 'alpa'),
    mark('s2', 'a', 'hadir'),
    mark('s2', 'b', 'hadir'),
    mark('s2', 'c', 'alpa'),
    mark('s2', 'd', 'sakit'),
    mark('cu1', 'b', 'hadir'),
    mark('cu1', 'c', 'alpa'),
    mark('n2', 'd', 'hadir'),
    mark('sx', 'a', 'alpa'),
  ];

  it('is empty for a family that attended everything', () => {
    expect(missedSessions(a, sessions, attendance)).toEqual([]);
  });

  it('clears a session the family attended at a catch-up', () => {
    expect(missedSessions(b, sessions, attendance)).toEqual([]);
  });

  it('keeps a session when the family also missed its catch-up, and shows a planned catch-up', () => {
    expect(missedSessions(c, sessions, attendance)).toEqual([
      { code: 'P2K2-01', sessionId: 's1', date: '2026-01-10', status: 'izin', scheduledCatchUpId: null },
      { code: 'P2K2-02', sessionId: 's2', date: '2026-02-14', status: 'alpa', scheduledCatchUpId: 'cu2' },
    ]);
  });

  it('counts an unmarked family as missed and clears what they attended in another group', () => {
    expect(missedSessions(d, sessions, attendance)).toEqual([
      { code: 'P2K2-01', sessionId: 's1', date: '2026-01-10', status: null, scheduledCatchUpId: null },
    ]);
  });

  it('still answers for an inactive family, from the sessions they were marked at', () => {
    expect(missedSessions(inactive, sessions, attendance).map((m) => m.code)).toEqual(['P2K2-01']);
    expect(missedSessions(gone, sessions, attendance)).toEqual([]);
  });

  it('lists active families per code, codes by date held, families by name', () => {
    expect(catchUpList(members, sessions, attendance)).toEqual([
      {
        code: 'P2K2-01',
        heldOn: '2026-01-10',
        families: [
          { memberId: 'd', name: 'Ayu', sessionId: 's1', status: null, scheduledCatchUpId: null },
          { memberId: 'c', name: 'Citra', sessionId: 's1', status: 'izin', scheduledCatchUpId: null },
        ],
      },
      {
        code: 'P2K2-02',
        heldOn: '2026-02-14',
        families: [{ memberId: 'c', name: 'Citra', sessionId: 's2', status: 'alpa', scheduledCatchUpId: 'cu2' }],
      },
    ]);
  });

  it('does not ask for a repeat the family had before, and points at the latest missed meeting', () => {
    const repeat = makeSession({ id: 'r1', curriculumCode: 'P2K2-01', plannedDate: '2026-04-11' });
    const more = [...attendance, mark('r1', 'a', 'alpa'), mark('r1', 'd', 'izin')];
    expect(missedSessions(a, [...sessions, repeat], more)).toEqual([]);
    expect(missedSessions(d, [...sessions, repeat], more)).toEqual([
      { code: 'P2K2-01', sessionId: 'r1', date: '2026-04-11', status: 'izin', scheduledCatchUpId: null },
    ]);
  });
});

describe('repeatedAbsence', () => {
  const months = ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11'];
  const regular = months.map((date, i) =>
    makeSession({ id: `m${i + 1}`, curriculumCode: `P2K2-0${i + 1}`, plannedDate: date }),
  );
  const members = [
    makeMember({ id: 'a', name: 'Ani' }),
    makeMember({ id: 'b', name: 'Budi' }),
    makeMember({ id: 'c', name: 'Citra' }),
    makeMember({ id: 'd', name: 'Dewi' }),
    makeMember({ id: 'e', name: 'Eka' }),
    makeMember({ id: 'g', name: 'Gita' }),
    makeMember({ id: 'i', name: 'Indah', active: false }),
    makeMember({ id: 'x', name: 'Xena', ...deleted }),
  ];
  const row = (memberId: string, statuses: readonly (AttendanceStatus | null)[]): Attendance[] =>
    statuses.flatMap((status, i) => (status === null ? [] : [mark(`m${i + 1}`, memberId, status)]));
  const catchUp = makeSession({ id: 'cu', curriculumCode: 'P2K2-03', plannedDate: '2026-04-20', catchUpFor: ['g'] });
  const elsewhere = makeSession({ id: 'n4', groupId: 'group-2', curriculumCode: 'P2K2-04', plannedDate: '2026-04-25' });
  const sessions = [...regular, catchUp, elsewhere];
  const attendance = [
    ...row('a', ['hadir', 'hadir', 'hadir', 'hadir']),
    ...row('b', ['hadir', 'alpa', 'sakit', null]),
    ...row('c', ['alpa', 'alpa', 'alpa', 'hadir']),
    ...row('d', ['hadir', 'hadir', 'hadir', 'izin']),
    ...row('e', ['alpa', 'alpa', 'izin', 'alpa']),
    ...row('g', ['hadir', 'hadir', 'alpa', 'alpa']),
    ...row('i', ['alpa', 'alpa', 'alpa', 'alpa']),
    ...row('x', ['alpa', 'alpa', 'alpa', 'alpa']),
    mark('cu', 'g', 'hadir'),
    mark('n4', 'e', 'hadir'),
  ];

  it('flags active families with two or more missed meetings in a row, longest streak first', () => {
    expect(repeatedAbsence(members, sessions, attendance)).toEqual([
      { memberId: 'e', name: 'Eka', count: 4, statuses: ['alpa', 'izin', 'alpa', 'alpa'], lastPresent: null },
      { memberId: 'b', name: 'Budi', count: 3, statuses: [null, 'sakit', 'alpa'], lastPresent: '2026-01-10' },
      { memberId: 'g', name: 'Gita', count: 2, statuses: ['alpa', 'alpa'], lastPresent: '2026-02-14' },
    ]);
  });

  it('takes a threshold, and refuses one below 1', () => {
    expect(repeatedAbsence(members, sessions, attendance, { threshold: 1 }).map((f) => f.memberId)).toEqual([
      'e',
      'b',
      'g',
      'd',
    ]);
    expect(repeatedAbsence(members, sessions, attendance, { threshold: 4 }).map((f) => f.memberId)).toEqual(['e']);
    expect(() => repeatedAbsence(members, sessions, attendance, { threshold: 0 })).toThrow(AppError);
  });

  it('ignores planned and deleted meetings', () => {
    const extra = [
      makeSession({ id: 'm5', curriculumCode: 'P2K2-05', plannedDate: '2026-05-09', status: 'planned' }),
      makeSession({ id: 'm6', curriculumCode: 'P2K2-06', plannedDate: '2026-05-10', ...deleted }),
    ];
    const more = [...attendance, mark('m6', 'd', 'alpa')];
    expect(repeatedAbsence(members, [...sessions, ...extra], more).map((f) => f.memberId)).toEqual(['e', 'b', 'g']);
  });
});
