import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { t } from '../../shared/i18n/translate';
import type { QuizAnswer, QuizPhase } from '../../shared/model/types';
import { scoreAnswer, scoreQuiz, understandingLabel } from '../../shared/rules/score-quiz';
import { makeChoiceQuestion, makeQuizAnswer, makeTrueFalseQuestion, TEST_INSTANT } from './factories';

const questions = [
  makeTrueFalseQuestion('q1', true),
  makeTrueFalseQuestion('q2', false),
  makeChoiceQuestion('q3', 2),
  makeChoiceQuestion('q4', 0),
  makeTrueFalseQuestion('q5', true),
];
const key: Record<string, boolean | number> = { q1: true, q2: false, q3: 2, q4: 0, q5: true };
const wrong: Record<string, boolean | number> = { q1: false, q2: true, q3: 1, q4: 2, q5: false };

/** Answers for one member and phase: `right` questions answered correctly, `missed` wrongly. */
function answers(memberId: string, phase: QuizPhase, right: string[], missed: string[] = []): QuizAnswer[] {
  return [
    ...right.map((q) => makeQuizAnswer({ memberId, phase, questionId: q, answer: key[q] ?? 0, correct: true })),
    ...missed.map((q) => makeQuizAnswer({ memberId, phase, questionId: q, answer: wrong[q] ?? 0, correct: false })),
  ];
}

describe('scoreAnswer', () => {
  it('compares with the key and the kind of question', () => {
    const [tf, , choice] = questions;
    if (!tf || !choice) throw new Error('fixture');
    expect(scoreAnswer(tf, true)).toBe(true);
    expect(scoreAnswer(tf, false)).toBe(false);
    expect(scoreAnswer(tf, 1)).toBe(false);
    expect(scoreAnswer(choice, 2)).toBe(true);
    expect(scoreAnswer(choice, 1)).toBe(false);
    expect(scoreAnswer(choice, true)).toBe(false);
  });
});

describe('scoreQuiz', () => {
  const all = [
    ...answers('m1', 'pre', ['q1', 'q3'], ['q2', 'q4', 'q5']),
    ...answers('m1', 'post', ['q1', 'q2', 'q3', 'q4', 'q5']),
    ...answers('m2', 'pre', ['q1'], ['q2', 'q3']),
    ...answers('m2', 'post', ['q1', 'q2', 'q3'], ['q4', 'q5']),
    // The device stored `correct: false` for a right answer; the key decides.
    ...answers('m3', 'post', ['q1', 'q2', 'q3'], ['q4']),
    makeQuizAnswer({ memberId: 'm3', phase: 'post', questionId: 'q5', answer: true, correct: false }),
    ...answers('m4', 'pre', ['q5']),
    // Only a deleted answer, and only an answer to a question no longer in the session.
    makeQuizAnswer({ memberId: 'm5', phase: 'post', questionId: 'q1', deletedAt: TEST_INSTANT }),
    makeQuizAnswer({ memberId: 'm6', phase: 'post', questionId: 'q-old' }),
  ];

  it('scores each family over all the session’s questions, with a gain when both phases exist', () => {
    const { members } = scoreQuiz(questions, all);
    expect(members.map((m) => m.memberId)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(members[0]).toEqual({
      memberId: 'm1',
      pre: { correct: 2, answered: 5, total: 5, score: 0.4 },
      post: { correct: 5, answered: 5, total: 5, score: 1 },
      gain: 0.6,
    });
    expect(members[1]).toMatchObject({
      pre: { correct: 1, answered: 3, total: 5, score: 0.2 },
      post: { correct: 3, answered: 5, total: 5, score: 0.6 },
    });
    expect(members[1]?.gain).toBeCloseTo(0.4);
    expect(members[2]).toEqual({
      memberId: 'm3',
      pre: null,
      post: { correct: 4, answered: 5, total: 5, score: 0.8 },
      gain: null,
    });
    expect(members[3]).toMatchObject({ pre: { correct: 1, answered: 1, score: 0.2 }, post: null, gain: null });
  });

  it('summarises the group and labels its understanding from the mean post score', () => {
    const summary = scoreQuiz(questions, all);
    expect(summary.meanPre).toBeCloseTo((0.4 + 0.2 + 0.2) / 3);
    expect(summary.meanPost).toBeCloseTo(0.8);
    expect(summary.meanGain).toBeCloseTo(0.5);
    expect(summary.withBoth).toBe(2);
    expect(summary.understanding).toBe('sangatBaik');
    expect(t('id', `rules.understanding.${summary.understanding}`)).toBe('Sangat Baik');
  });

  it('uses the latest answer when a family changed its mind', () => {
    const changed = [
      makeQuizAnswer({ memberId: 'm1', questionId: 'q1', answer: false, updatedAt: '2026-01-10T03:00:00.000Z' }),
      makeQuizAnswer({ memberId: 'm1', questionId: 'q1', answer: true, updatedAt: '2026-01-10T03:05:00.000Z' }),
    ];
    expect(scoreQuiz(questions, changed).members[0]?.post).toEqual({ correct: 1, answered: 1, total: 5, score: 0.2 });
  });

  it('cannot assess a group without post answers or without questions', () => {
    expect(scoreQuiz(questions, [])).toEqual({
      members: [],
      meanPre: null,
      meanPost: null,
      meanGain: null,
      withBoth: 0,
      understanding: 'tidakDapatDinilai',
    });
    expect(scoreQuiz(questions, answers('m1', 'pre', ['q1'])).understanding).toBe('tidakDapatDinilai');
    expect(scoreQuiz([], answers('m1', 'post', ['q1'])).understanding).toBe('tidakDapatDinilai');
  });

  it('labels a weak group kurang and a middling one baik', () => {
    const weak = [...answers('m1', 'post', ['q1', 'q2'], ['q3']), ...answers('m2', 'post', ['q1', 'q2', 'q3'])];
    expect(scoreQuiz(questions, weak)).toMatchObject({ meanPost: 0.5, understanding: 'kurang' });
    const middling = [...answers('m1', 'post', ['q1', 'q2', 'q3']), ...answers('m2', 'post', ['q1', 'q2', 'q3'])];
    expect(scoreQuiz(questions, middling)).toMatchObject({ meanPost: 0.6, understanding: 'baik' });
  });

  it('refuses answers from more than one session', () => {
    const mixed = [makeQuizAnswer({ sessionId: 's1' }), makeQuizAnswer({ sessionId: 's2', memberId: 'm2' })];
    expect(() => scoreQuiz(questions, mixed)).toThrow(AppError);
  });
});

describe('understandingLabel', () => {
  it('uses our thresholds: below 60% kurang, below 80% baik, from 80% sangat baik', () => {
    expect(understandingLabel(null)).toBe('tidakDapatDinilai');
    expect(understandingLabel(0)).toBe('kurang');
    expect(understandingLabel(0.59)).toBe('kurang');
    expect(understandingLabel(0.6)).toBe('baik');
    expect(understandingLabel(0.6 - 1e-12)).toBe('baik');
    expect(understandingLabel(0.79)).toBe('baik');
    expect(understandingLabel(0.8)).toBe('sangatBaik');
    expect(understandingLabel(1)).toBe('sangatBaik');
  });
});
