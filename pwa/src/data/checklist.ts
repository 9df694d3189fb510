/**
 * The step checklist of a session: one row per (session, step), so ticking twice overwrites and
 * a tick from another device merges row by row. Steps are ticked only while the session runs: a
 * done session is a record, corrected by reopening it first.
 */
import type { CurriculumSession } from '../../../shared/curriculum/types';
import type { LenteraDB } from '../../../shared/db/database';
import { putRow, rowMeta, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { ChecklistTick } from '../../../shared/model/types';
import { liveSession } from './sessions';

/** A step longer than this is a forgotten timer, not a measurement. */
export const MAX_STEP_MINUTES = 600;

export interface TickInput {
  readonly done: boolean;
  /** Minutes the step took, when the app timed it; null when ticked without a timer. */
  readonly minutesSpent: number | null;
}

/** Ticks or unticks one step of a running session. */
export async function tickStep(
  ctx: WriteContext,
  sessionId: string,
  stepId: string,
  tick: TickInput,
): Promise<ChecklistTick> {
  const minutes = tick.minutesSpent;
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_STEP_MINUTES)) {
    throw new AppError('input.invalid', { field: 'minutesSpent', reason: 'minutes', detail: String(minutes) });
  }
  const { db } = ctx;
  return db.transaction('rw', [db.sessions, db.checklist, db.changes], async () => {
    const session = await liveSession(db, sessionId);
    if (session.status !== 'running') {
      throw new AppError('input.invalid', {
        field: 'status',
        reason: 'notRunning',
        detail: `checklist of a ${session.status} session`,
      });
    }
    const previous = await db.checklist.get([sessionId, stepId]);
    const row: ChecklistTick = {
      ...rowMeta(ctx, previous),
      sessionId,
      stepId,
      done: tick.done,
      doneAt: tick.done ? ctx.clock.now().toISOString() : null,
      minutesSpent: tick.done ? minutes : null,
    };
    return putRow(ctx, 'checklist', row);
  });
}

/** Live ticks of a session by step id. */
export async function ticksOf(db: LenteraDB, sessionId: string): Promise<Map<string, ChecklistTick>> {
  const rows = await db.checklist.where('sessionId').equals(sessionId).toArray();
  return new Map(rows.filter((row) => row.deletedAt === null).map((row) => [row.stepId, row]));
}

export interface ChecklistProgress {
  readonly done: number;
  readonly total: number;
  /** Sum of the timed minutes of done steps. */
  readonly minutesSpent: number;
  /** Done steps that carry a time. */
  readonly timedSteps: number;
  readonly plannedMinutes: number;
  /** Steps not ticked, in curriculum order. */
  readonly missing: readonly string[];
}

/** Progress against the curriculum's steps; ticks for steps no longer in the curriculum are ignored. */
export function checklistProgress(
  curriculum: CurriculumSession,
  ticks: ReadonlyMap<string, ChecklistTick>,
): ChecklistProgress {
  let done = 0;
  let minutesSpent = 0;
  let timedSteps = 0;
  const missing: string[] = [];
  for (const step of curriculum.steps) {
    const tick = ticks.get(step.id);
    if (tick?.done) {
      done += 1;
      if (tick.minutesSpent !== null) {
        minutesSpent += tick.minutesSpent;
        timedSteps += 1;
      }
    } else {
      missing.push(step.id);
    }
  }
  return {
    done,
    total: curriculum.steps.length,
    minutesSpent,
    timedSteps,
    plannedMinutes: curriculum.steps.reduce((sum, step) => sum + step.minutes, 0),
    missing,
  };
}
