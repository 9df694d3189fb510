import { describe, expect, it } from 'vitest';
import { gridCodes, loadMemberHistory, memberQuizLines, memberSessionGrid } from '../../pwa/src/data/followup';
import { CORE_MODULES } from '../../shared/curriculum/core-modules';
import { putRows } from '../../shared/db/write';
import { makeCurriculumSession, makeQuizAnswer, makeSession, makeTrueFalseQuestion, TEST_INSTANT } from './factories';
import { attendance, budi, citra, indah, seededContext, sessions } from './followup-fixture';

const core = CORE_MODULES.flatMap((module) => module.sessions);
const coreCodes = new Set(CORE_MODULES.map((module) => module.code));
const stunting = [1, 2].map((n) => makeCurriculumSession({ code: `STUNTING-0${n}`, moduleCode: 'STUNTING' }));

describe('gridCodes', () => {
  it('shows the 14 core sessions, then the other modules’ sessions the group had, then unknown codes', () => {
    const groupSessions = [
      makeSession({ curriculumCode: 'STUNTING-02' }),
      makeSession({ curriculumCode: 'OLD-07' }),
      makeSession({ curriculumCode: 'STUNTING-01', deletedAt: TEST_INSTANT }),
    ];
    const codes = gridCodes([...core, ...stunting], coreCodes, groupSessions);
    expect(codes).toHaveLength(16);
    expect(codes.slice(0, 3)).toEqual(['P2K2-01', 'P2K2-02', 'P2K2-03']);
    expect(codes.slice(13)).toEqual(['P2K2-14', 'STUNTING-02', 'OLD-07']);
  });
});

describe('memberSessionGrid', () => {
  const codes = ['P2K2-01', 'P2K2-02', 'P2K2-03', 'P2K2-04', 'P2K2-05'];
  const cellsOf = (member: typeof budi) =>
    memberSessionGrid(codes, member, sessions, attendance).map((c) => [
      c.code,
      c.status,
      c.date,
      c.upcoming?.id ?? null,
    ]);

  it('marks a session had wherever the family was present, also at another group’s meeting', () => {
    expect(cellsOf(budi)).toEqual([
      ['P2K2-01', 'hadir', '2026-01-10', null],
      ['P2K2-02', 'hadir', '2026-02-20', null],
      ['P2K2-03', 'hadir', '2026-03-14', null],
      ['P2K2-04', 'notHeld', null, 'p4'],
      ['P2K2-05', 'notHeld', null, null],
    ]);
  });

  it('gives the status of a missed meeting and the planned catch-up or meeting', () => {
    expect(cellsOf(citra)).toEqual([
      ['P2K2-01', 'alpa', '2026-01-10', 'cu'],
      ['P2K2-02', 'alpa', '2026-02-14', null],
      ['P2K2-03', 'izin', '2026-03-14', null],
      ['P2K2-04', 'notHeld', null, 'p4'],
      ['P2K2-05', 'notHeld', null, null],
    ]);
  });

  it('says "not attended" for meetings held while the family was not expected', () => {
    expect(cellsOf(indah).slice(0, 3)).toEqual([
      ['P2K2-01', 'notAttended', '2026-01-10', null],
      ['P2K2-02', 'notAttended', '2026-02-14', null],
      ['P2K2-03', 'notAttended', '2026-03-14', null],
    ]);
  });
});

describe('memberQuizLines', () => {
  const questions = [makeTrueFalseQuestion('q1', true), makeTrueFalseQuestion('q2', false)];
  const find = (code: string) => (code === 'P2K2-01' ? questions : undefined);

  it('scores the family’s answers per session, before and after, with the gain', () => {
    const answers = [
      makeQuizAnswer({ sessionId: 's1', memberId: 'b', questionId: 'q1', phase: 'pre', answer: false }),
      makeQuizAnswer({ sessionId: 's1', memberId: 'b', questionId: 'q1', phase: 'post', answer: true }),
      makeQuizAnswer({ sessionId: 's1', memberId: 'b', questionId: 'q2', phase: 'post', answer: false }),
      // Someone else's answer and an answer to a session without questions are not Budi's lines.
      makeQuizAnswer({ sessionId: 's1', memberId: 'a', questionId: 'q1', phase: 'post', answer: true }),
      makeQuizAnswer({ sessionId: 's2', memberId: 'b', questionId: 'q1', phase: 'post', answer: true }),
    ];
    const lines = memberQuizLines('b', sessions, answers, find);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      session: { id: 's1' },
      pre: { correct: 0, total: 2, score: 0 },
      post: { correct: 2, total: 2, score: 1 },
      gain: 1,
    });
  });
});

describe('loadMemberHistory', () => {
  it('reads the family, its group’s sessions, other sessions it was marked at, and its answers', async () => {
    const ctx = await seededContext();
    await putRows(ctx, 'quizAnswers', [
      makeQuizAnswer({ sessionId: 's1', memberId: 'b', questionId: 'P2K2-01-q1', phase: 'post' }),
      makeQuizAnswer({ sessionId: 's1', memberId: 'b', questionId: 'P2K2-01-q2', deletedAt: TEST_INSTANT }),
      makeQuizAnswer({ sessionId: 's1', memberId: 'a', questionId: 'P2K2-01-q1' }),
    ]);
    const data = await loadMemberHistory(ctx.db, 'b');
    expect(data?.member.name).toBe('Budi');
    expect(data?.group?.name).toBe('Kelompok Melati');
    expect(data?.groupSessions.map((s) => s.id).sort()).toEqual(['cu', 'p4', 's1', 's2', 's3']);
    expect(data?.sessions.map((s) => s.id).sort()).toEqual(['cu', 'o2', 'p4', 's1', 's2', 's3']);
    expect(data?.attendance.map((r) => r.sessionId).sort()).toEqual(['o2', 's1', 's2', 's3']);
    expect(data?.answers.map((a) => a.questionId)).toEqual(['P2K2-01-q1']);
  });

  it('returns null for a deleted family', async () => {
    const ctx = await seededContext();
    expect(await loadMemberHistory(ctx.db, 'x')).toBeNull();
    expect(await loadMemberHistory(ctx.db, 'nobody')).toBeNull();
  });
});
