/**
 * Where the facilitator is in a running session, kept on this device so closing the tab, a reload
 * or a flat battery brings them back to the same tab and step with the step timers still counting.
 *
 * It lives in `settings` (one row per session, key `run.<sessionId>`), not in the synced tables:
 * which tab was open and when a step's timer started are about this screen, not the record; the
 * record is the checklist tick with its minutes. The value is validated on read, so a damaged row
 * falls back to "first tab, first unticked step" instead of breaking the screen.
 */
import * as v from 'valibot';
import type { LenteraDB } from '../../../../shared/db/database';
import { withDbErrors } from '../../../../shared/db/map-db-error';
import type { Instant } from '../../../../shared/model/types';

export const RUN_TABS = ['guide', 'attendance', 'quiz', 'photos', 'summary'] as const;
export type RunTab = (typeof RUN_TABS)[number];

export function isRunTab(value: unknown): value is RunTab {
  return (RUN_TABS as readonly unknown[]).includes(value);
}

const RunStateSchema = v.object({
  tab: v.picklist(RUN_TABS),
  /** The step on screen; null means "the first step not yet ticked". */
  stepId: v.nullable(v.string()),
  /** When each step's timer started, by step id. */
  stepStarts: v.record(v.string(), v.string()),
});

export type RunState = v.InferOutput<typeof RunStateSchema>;

export const EMPTY_RUN_STATE: RunState = { tab: 'guide', stepId: null, stepStarts: {} };

export function runStateKey(sessionId: string): string {
  return `run.${sessionId}`;
}

export async function readRunState(db: LenteraDB, sessionId: string): Promise<RunState> {
  const row = await withDbErrors(() => db.settings.get(runStateKey(sessionId)));
  if (row === undefined) return EMPTY_RUN_STATE;
  const parsed = v.safeParse(RunStateSchema, row.value);
  return parsed.success ? parsed.output : EMPTY_RUN_STATE;
}

async function updateRunState(
  db: LenteraDB,
  sessionId: string,
  change: (state: RunState) => RunState,
): Promise<RunState> {
  return withDbErrors(() =>
    db.transaction('rw', db.settings, async () => {
      const next = change(await readRunState(db, sessionId));
      await db.settings.put({ key: runStateKey(sessionId), value: next, updatedAt: new Date().toISOString() });
      return next;
    }),
  );
}

export function saveRunTab(db: LenteraDB, sessionId: string, tab: RunTab): Promise<RunState> {
  return updateRunState(db, sessionId, (state) => ({ ...state, tab }));
}

/**
 * Shows `stepId` (null: the first unticked one). A step's timer starts the first time it is shown
 * and keeps that start when the facilitator looks back and returns, so the time stays honest.
 */
export function goToStep(db: LenteraDB, sessionId: string, stepId: string | null, at: Instant): Promise<RunState> {
  return updateRunState(db, sessionId, (state) => {
    if (stepId === null || state.stepStarts[stepId] !== undefined) return { ...state, stepId };
    return { ...state, stepId, stepStarts: { ...state.stepStarts, [stepId]: at } };
  });
}

/** Forgets a session's place, e.g. once it is done. */
export function clearRunState(db: LenteraDB, sessionId: string): Promise<void> {
  return withDbErrors(() => db.settings.delete(runStateKey(sessionId)));
}

/** Whole minutes between two instants, never negative (a clock set back is not a negative step). */
export function minutesBetween(from: Instant, to: Instant): number {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : 0;
}
