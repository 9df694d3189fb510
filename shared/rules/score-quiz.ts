/**
 * Scores the per-family quiz a facilitator may run before (`pre`) and after (`post`) a session.
 *
 * - The answer key decides: answers are re-scored against the questions given, so a corrected key
 *   corrects old scores too (the stored `correct` flag is what the device showed at the time).
 * - A phase's score is correct answers over all the session's questions; an unanswered question
 *   counts as not correct. A family with no answer in a phase has no score for it (null), and a
 *   gain only when it has both.
 * - Answers to questions not in the list, and soft-deleted answers, are ignored.
 * - The group's understanding label for the district recap (Kurang / Baik / Sangat Baik / Tidak
 *   Dapat Dinilai) comes from the mean post score. The official recap defines no thresholds; ours
 *   are below 60% kurang, 60% to below 80% baik, 80% and above sangat baik, no post answers
 *   tidak dapat dinilai.
 */
import type { QuizQuestion } from '../curriculum/types';
import { AppError } from '../errors';
import type { QuizAnswer, QuizPhase } from '../model/types';

export const UNDERSTANDING_LABELS = ['kurang', 'baik', 'sangatBaik', 'tidakDapatDinilai'] as const;
export type UnderstandingLabel = (typeof UNDERSTANDING_LABELS)[number];

/** Lower bounds of the labels, as fractions. */
export const UNDERSTANDING_THRESHOLDS = { baik: 0.6, sangatBaik: 0.8 } as const;

export interface PhaseScore {
  readonly correct: number;
  readonly answered: number;
  /** Number of questions in the session. */
  readonly total: number;
  /** correct / total, 0..1. */
  readonly score: number;
}

export interface MemberQuizScore {
  readonly memberId: string;
  readonly pre: PhaseScore | null;
  readonly post: PhaseScore | null;
  /** post − pre in score points (fractions), null unless both exist. */
  readonly gain: number | null;
}

export interface QuizSummary {
  /** Families with at least one answer to a listed question, by member id. */
  readonly members: readonly MemberQuizScore[];
  readonly meanPre: number | null;
  readonly meanPost: number | null;
  readonly meanGain: number | null;
  /** Families with both a pre and a post score. */
  readonly withBoth: number;
  readonly understanding: UnderstandingLabel;
}

export function scoreAnswer(question: QuizQuestion, answer: QuizAnswer['answer']): boolean {
  if (question.kind === 'truefalse') return typeof answer === 'boolean' && answer === question.answer;
  return typeof answer === 'number' && answer === question.answer;
}

/** Scores one session's answers; throws `input.invalid` when they come from several sessions. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: readonly QuizAnswer[]): QuizSummary {
  const live = answers.filter((a) => a.deletedAt === null);
  const sessionIds = new Set(live.map((a) => a.sessionId));
  if (sessionIds.size > 1) throw new AppError('input.invalid', { field: 'answers', sessions: sessionIds.size });

  const byId = new Map(questions.map((q) => [q.id, q]));
  // memberId → phase → questionId → latest answer
  const latest = new Map<string, Map<QuizPhase, Map<string, QuizAnswer>>>();
  for (const answer of live) {
    if (!byId.has(answer.questionId)) continue;
    const phases = latest.get(answer.memberId) ?? new Map<QuizPhase, Map<string, QuizAnswer>>();
    const perQuestion = phases.get(answer.phase) ?? new Map<string, QuizAnswer>();
    const previous = perQuestion.get(answer.questionId);
    if (!previous || answer.updatedAt >= previous.updatedAt) perQuestion.set(answer.questionId, answer);
    phases.set(answer.phase, perQuestion);
    latest.set(answer.memberId, phases);
  }

  const members = [...latest]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([memberId, phases]): MemberQuizScore => {
      const pre = phaseScore(phases.get('pre'), byId);
      const post = phaseScore(phases.get('post'), byId);
      return { memberId, pre, post, gain: pre && post ? post.score - pre.score : null };
    });

  const meanPost = mean(members.map((m) => m.post?.score ?? null));
  const gains = members.map((m) => m.gain);
  return {
    members,
    meanPre: mean(members.map((m) => m.pre?.score ?? null)),
    meanPost,
    meanGain: mean(gains),
    withBoth: gains.filter((g) => g !== null).length,
    understanding: understandingLabel(meanPost),
  };
}

export function understandingLabel(postScore: number | null): UnderstandingLabel {
  if (postScore === null) return 'tidakDapatDinilai';
  // A mean like 0.6 can land a hair below in floating point; 3 of 5 correct is still "baik".
  const score = postScore + 1e-9;
  if (score >= UNDERSTANDING_THRESHOLDS.sangatBaik) return 'sangatBaik';
  if (score >= UNDERSTANDING_THRESHOLDS.baik) return 'baik';
  return 'kurang';
}

function phaseScore(
  answers: ReadonlyMap<string, QuizAnswer> | undefined,
  questions: ReadonlyMap<string, QuizQuestion>,
): PhaseScore | null {
  if (!answers || answers.size === 0 || questions.size === 0) return null;
  let correct = 0;
  for (const [questionId, answer] of answers) {
    const question = questions.get(questionId);
    if (question && scoreAnswer(question, answer.answer)) correct += 1;
  }
  return { correct, answered: answers.size, total: questions.size, score: correct / questions.size };
}

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.reduce((sum, v) => sum + v, 0) / present.length;
}
