/**
 * Quiz answers of the run-session screen, keyed by [sessionId+memberId+questionId+phase] so a new
 * answer overwrites the old one. `correct` is what the answer key said when the answer was given
 * (`scoreAnswer`); the summaries re-score against the current key anyway (shared/rules/score-quiz).
 * Clearing an answer leaves a tombstone, so the removal travels in bundles like any deletion.
 */
import type { QuizQuestion } from '../../../shared/curriculum/types';
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { putRow, rowMeta, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { QuizAnswer, QuizPhase } from '../../../shared/model/types';
import { scoreAnswer } from '../../../shared/rules/score-quiz';

export type AnswerValue = QuizAnswer['answer'];

/** The answers a question accepts, in the order a tap on a grid cell walks through them. */
export function answerChoices(question: QuizQuestion): readonly AnswerValue[] {
  return question.kind === 'truefalse' ? [true, false] : question.options.map((_, index) => index);
}

/** Grid cell cycle: none → first answer → … → last answer → none. */
export function nextAnswer(question: QuizQuestion, current: AnswerValue | null): AnswerValue | null {
  const choices = answerChoices(question);
  if (current === null) return choices[0] ?? null;
  const index = choices.indexOf(current);
  return index === -1 ? (choices[0] ?? null) : (choices[index + 1] ?? null);
}

export function isValidAnswer(question: QuizQuestion, answer: AnswerValue): boolean {
  return answerChoices(question).includes(answer);
}

/** The session's live answers. */
export async function listQuizAnswers(db: LenteraDB, sessionId: string): Promise<QuizAnswer[]> {
  const rows = await db.quizAnswers.where('sessionId').equals(sessionId).toArray();
  return rows.filter((row) => row.deletedAt === null);
}

export interface AnswerTarget {
  readonly sessionId: string;
  readonly memberId: string;
  readonly phase: QuizPhase;
}

/**
 * Records one family's answer to one question (or clears it with `null`). Resolves after the
 * commit with the stored row, or null when nothing is recorded any more.
 */
export function recordAnswer(
  ctx: WriteContext,
  target: AnswerTarget,
  question: QuizQuestion,
  answer: AnswerValue | null,
): Promise<QuizAnswer | null> {
  if (answer !== null && !isValidAnswer(question, answer)) {
    return Promise.reject(new AppError('input.invalid', { detail: `answer ${String(answer)} to ${question.id}` }));
  }
  const key: [string, string, string, string] = [target.sessionId, target.memberId, question.id, target.phase];
  return withDbErrors(() =>
    ctx.db.transaction('rw', [ctx.db.quizAnswers, ctx.db.changes], async () => {
      const previous = await ctx.db.quizAnswers.get(key);
      const live = previous?.deletedAt === null ? previous : undefined;
      if (answer === null) {
        if (live === undefined) return null;
        const at = ctx.clock.now().toISOString();
        await putRow(ctx, 'quizAnswers', { ...live, ...rowMeta(ctx, live), deletedAt: at });
        return null;
      }
      if (live !== undefined && live.answer === answer) return live;
      const row: QuizAnswer = {
        ...rowMeta(ctx, previous),
        sessionId: target.sessionId,
        memberId: target.memberId,
        questionId: question.id,
        phase: target.phase,
        answer,
        correct: scoreAnswer(question, answer),
      };
      return putRow(ctx, 'quizAnswers', row);
    }),
  );
}
