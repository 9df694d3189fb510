import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../../shared/curriculum/types';
import type { Attendance, Member, QuizAnswer, Session } from '../../shared/model/types';
import { deviceOfKey, facilitatorKeyOf, foldName, isOwnGroup } from '../../shared/supervision/facilitator-key';
import {
  type GroupData,
  groupMonth,
  isCaseOpenOn,
  isComplaintOpenOn,
  monthFigures,
  quizMeans,
} from '../../shared/supervision/group-month';
import { lastDay, monthsEndingWith, shiftMonth } from '../../shared/supervision/month-range';
import { makeCase, makeComplaint } from '../fixtures/bundles/supervision-rows';
import { makeAttendance, makeGroup, makeMember, makeQuizAnswer, makeSession, makeTrueFalseQuestion } from './factories';

const QUESTIONS: readonly QuizQuestion[] = [makeTrueFalseQuestion('q1', true), makeTrueFalseQuestion('q2', false)];
const questionsOf = (code: string) => (code === 'P2K2-01' ? QUESTIONS : []);
const JAN = { asOf: '2026-01-31', questionsOf } as const;

function groupData(parts: {
  members: Member[];
  sessions: Session[];
  attendance?: Attendance[];
  answers?: QuizAnswer[];
}): GroupData {
  const answers = new Map<string, QuizAnswer[]>();
  for (const a of parts.answers ?? []) answers.set(a.sessionId, [...(answers.get(a.sessionId) ?? []), a]);
  return {
    group: makeGroup({ id: 'group-1', name: 'Kelompok Melati' }),
    members: parts.members,
    sessions: parts.sessions,
    attendance: parts.attendance ?? [],
    quizAnswers: answers,
    cases: [],
    complaints: [],
  };
}

describe("a group's month", () => {
  it('counts regular meetings planned and held in the month by the day they happened; catch-ups apart', () => {
    const [a] = [makeMember()];
    if (a === undefined) throw new Error();
    const data = groupData({
      members: [a],
      sessions: [
        makeSession({ plannedDate: '2026-01-10' }),
        makeSession({ plannedDate: '2026-01-24', status: 'planned' }),
        makeSession({ plannedDate: '2026-01-28', catchUpFor: [a.id] }),
        makeSession({ plannedDate: '2026-01-12', deletedAt: '2026-01-13T00:00:00.000Z' }),
        // Planned for the end of January, held on 2 February: February's meeting.
        makeSession({ plannedDate: '2026-01-31', actualDate: '2026-02-02' }),
      ],
    });
    expect(monthFigures(data, '2026-01', JAN)).toMatchObject({ planned: 2, held: 1, catchUpsHeld: 1 });
    expect(monthFigures(data, '2026-02', { ...JAN, asOf: '2026-02-28' })).toMatchObject({ planned: 1, held: 1 });
    expect(monthFigures(data, '2026-03', JAN)).toMatchObject({ planned: 0, held: 0, rate: null });
  });

  it('rates attendance as present over expected, unmarked active families counting as expected', () => {
    const members = [makeMember(), makeMember(), makeMember(), makeMember({ active: false })];
    const [a, b] = members;
    const s = makeSession({ plannedDate: '2026-01-10' });
    const data = groupData({
      members,
      sessions: [s],
      attendance: [
        makeAttendance({ sessionId: s.id, memberId: a?.id ?? '', status: 'hadir' }),
        makeAttendance({ sessionId: s.id, memberId: b?.id ?? '', status: 'izin' }),
      ],
    });
    const month = monthFigures(data, '2026-01', JAN);
    expect(month).toMatchObject({ present: 1, expected: 3 });
    expect(month.rate).toBeCloseTo(1 / 3);
  });

  it("pools every family's pre and post scores of the month, scored against the curriculum", () => {
    const [a, b] = [makeMember(), makeMember()];
    if (a === undefined || b === undefined) throw new Error();
    const s1 = makeSession({ plannedDate: '2026-01-10' });
    const other = makeSession({ plannedDate: '2026-01-20', curriculumCode: 'LAIN-01' });
    const answer = (memberId: string, questionId: string, phase: 'pre' | 'post', value: boolean, sessionId = s1.id) =>
      makeQuizAnswer({ sessionId, memberId, questionId, phase, answer: value, correct: false });
    const data = groupData({
      members: [a, b],
      sessions: [s1, other],
      answers: [
        // a: pre 0 of 2, post 2 of 2 → gain 1. The stored `correct` flag is ignored: the key decides.
        answer(a.id, 'q1', 'pre', false),
        answer(a.id, 'q2', 'pre', true),
        answer(a.id, 'q1', 'post', true),
        answer(a.id, 'q2', 'post', false),
        // b: post only, 1 of 2 (an unanswered question is not correct).
        answer(b.id, 'q1', 'post', true),
        // Answers to a session whose curriculum is unknown here are not scored.
        answer(b.id, 'q1', 'pre', true, other.id),
      ],
    });
    const { quiz } = monthFigures(data, '2026-01', JAN);
    expect(quiz).toEqual({ preSum: 0, preCount: 1, postSum: 1.5, postCount: 2, gainSum: 1, gainCount: 1 });
    expect(quizMeans(quiz)).toEqual({ pre: 0, post: 0.75, gain: 1 });
    expect(quizMeans(monthFigures(data, '2026-02', JAN).quiz)).toEqual({ pre: null, post: null, gain: null });
  });

  it('flags families absent from the latest meetings up to the day the month is read at', () => {
    const [a, b] = [makeMember({ name: 'Ibu Ani' }), makeMember({ name: 'Ibu Budi' })];
    if (a === undefined || b === undefined) throw new Error();
    const dec = makeSession({ plannedDate: '2025-12-10' });
    const jan = makeSession({ plannedDate: '2026-01-10' });
    const feb = makeSession({ plannedDate: '2026-02-10' });
    const data = groupData({
      members: [a, b],
      sessions: [dec, jan, feb],
      attendance: [
        makeAttendance({ sessionId: dec.id, memberId: a.id, status: 'alpa' }),
        makeAttendance({ sessionId: jan.id, memberId: a.id, status: 'sakit' }),
        makeAttendance({ sessionId: feb.id, memberId: a.id, status: 'hadir' }),
        makeAttendance({ sessionId: dec.id, memberId: b.id, status: 'hadir' }),
        makeAttendance({ sessionId: jan.id, memberId: b.id, status: 'hadir' }),
        makeAttendance({ sessionId: feb.id, memberId: b.id, status: 'alpa' }),
      ],
    });
    const january = groupMonth(data, '2026-01', JAN);
    expect(january.absent.map((flag) => [flag.name, flag.count])).toEqual([['Ibu Ani', 2]]);
    // Read in February, Ani came back and Budi missed only once.
    expect(groupMonth(data, '2026-02', { ...JAN, asOf: '2026-02-28' }).absent).toEqual([]);
    expect(january.families).toBe(2);
  });

  it('counts a case or complaint as open on a day when it was opened by then and not closed by then', () => {
    const open = makeCase({ openedDate: '2026-01-05' });
    expect(isCaseOpenOn(open, '2026-01-31')).toBe(true);
    expect(isCaseOpenOn(open, '2026-01-04')).toBe(false);
    const closed = makeCase({ openedDate: '2026-01-05', status: 'closed', closedDate: '2026-02-03' });
    expect(isCaseOpenOn(closed, '2026-01-31')).toBe(true);
    expect(isCaseOpenOn(closed, '2026-02-03')).toBe(false);
    expect(isCaseOpenOn(makeCase({ deletedAt: '2026-01-20T00:00:00.000Z' }), '2026-01-31')).toBe(false);
    const complaint = makeComplaint({ receivedDate: '2026-01-09', status: 'handled' });
    expect(isComplaintOpenOn(complaint, '2026-01-31')).toBe(true);
    expect(isComplaintOpenOn({ ...complaint, status: 'closed', closedDate: '2026-01-20' }, '2026-01-31')).toBe(false);
  });
});

describe('facilitator keys and months', () => {
  it('keys a facilitator by device and folded name, so same names on two tablets stay apart', () => {
    const a = facilitatorKeyOf({ deviceId: 'tablet-a', facilitator: ' Rina  Sari ' });
    expect(a).toBe('tablet-a~rina sari');
    expect(facilitatorKeyOf({ deviceId: 'tablet-a', facilitator: 'RINA SARI' })).toBe(a);
    expect(facilitatorKeyOf({ deviceId: 'tablet-b', facilitator: 'Rina Sari' })).not.toBe(a);
    expect(deviceOfKey(a)).toBe('tablet-a');
    expect(foldName('İbu')).toBe(foldName('İBU'));
    const own = { deviceId: 'sup', name: 'Bu Supervisor' };
    expect(isOwnGroup({ deviceId: 'sup', facilitator: 'bu supervisor' }, own)).toBe(true);
    expect(isOwnGroup({ deviceId: 'sup', facilitator: 'Rina' }, own)).toBe(false);
  });

  it('steps through months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(lastDay('2028-02')).toBe('2028-02-29');
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});
