import { describe, expect, it } from 'vitest';
import { listQuizAnswers, nextAnswer, recordAnswer } from '../../pwa/src/data/quiz';
import { openDb } from '../../shared/db/database';
import type { WriteContext } from '../../shared/db/write';
import { systemClock } from '../../shared/model/clock';
import { scoreQuiz } from '../../shared/rules/score-quiz';
import { makeChoiceQuestion, makeTrueFalseQuestion } from './factories';

async function context(): Promise<WriteContext> {
  const db = await openDb(`record-quiz-${Math.random()}`);
  return { db, deviceId: 'tablet-1', clock: systemClock };
}

const tf = makeTrueFalseQuestion('q1', false);
const mc = makeChoiceQuestion('q2', 1, 3);

describe('nextAnswer (grid cell cycle)', () => {
  it('walks true/false: none → Benar → Salah → none', () => {
    expect([nextAnswer(tf, null), nextAnswer(tf, true), nextAnswer(tf, false)]).toEqual([true, false, null]);
  });

  it('walks options: none → A → B → C → none', () => {
    expect([nextAnswer(mc, null), nextAnswer(mc, 0), nextAnswer(mc, 1), nextAnswer(mc, 2)]).toEqual([0, 1, 2, null]);
  });
});

describe('recordAnswer', () => {
  const pre = { sessionId: 's1', memberId: 'm1', phase: 'pre' as const };

  it('stores the answer with correct computed from the key, one row per [session+member+question+phase]', async () => {
    const ctx = await context();
    const wrong = await recordAnswer(ctx, pre, tf, true);
    expect(wrong).toMatchObject({ answer: true, correct: false, questionId: 'q1', phase: 'pre' });
    const right = await recordAnswer(ctx, pre, tf, false);
    expect(right).toMatchObject({ answer: false, correct: true, createdAt: wrong?.createdAt });
    await recordAnswer(ctx, { ...pre, phase: 'post' }, tf, false);
    await recordAnswer(ctx, pre, mc, 1);

    const rows = await ctx.db.quizAnswers.toArray();
    expect(rows).toHaveLength(3);
    expect(await ctx.db.quizAnswers.get(['s1', 'm1', 'q1', 'pre'])).toMatchObject({ answer: false, correct: true });
    expect(await ctx.db.quizAnswers.get(['s1', 'm1', 'q2', 'pre'])).toMatchObject({ answer: 1, correct: true });
  });

  it('clears an answer with a tombstone that the scores ignore', async () => {
    const ctx = await context();
    await recordAnswer(ctx, pre, tf, false);
    expect(await recordAnswer(ctx, pre, tf, null)).toBeNull();
    const stored = await ctx.db.quizAnswers.get(['s1', 'm1', 'q1', 'pre']);
    expect(stored?.deletedAt).not.toBeNull();
    expect(await listQuizAnswers(ctx.db, 's1')).toEqual([]);
    const ops = (await ctx.db.changes.toArray()).map((c) => c.op);
    expect(ops).toEqual(['put', 'delete']);
    // Answering again revives the row.
    expect(await recordAnswer(ctx, pre, tf, true)).toMatchObject({ deletedAt: null, correct: false });
  });

  it('refuses an answer the question does not offer, writing nothing', async () => {
    const ctx = await context();
    await expect(recordAnswer(ctx, pre, mc, 3)).rejects.toMatchObject({ code: 'input.invalid' });
    await expect(recordAnswer(ctx, pre, tf, 0)).rejects.toMatchObject({ code: 'input.invalid' });
    expect(await ctx.db.quizAnswers.count()).toBe(0);
  });

  it('feeds the group score: pre 50%, post 100%, a gain of 50 points', async () => {
    const ctx = await context();
    const post = { ...pre, phase: 'post' as const };
    await recordAnswer(ctx, pre, tf, false);
    await recordAnswer(ctx, pre, mc, 0);
    await recordAnswer(ctx, post, tf, false);
    await recordAnswer(ctx, post, mc, 1);
    const summary = scoreQuiz([tf, mc], await listQuizAnswers(ctx.db, 's1'));
    expect(summary).toMatchObject({ meanPre: 0.5, meanPost: 1, meanGain: 0.5, understanding: 'sangatBaik' });
  });
});
