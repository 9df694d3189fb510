/**
 * Session commands: plan, edit, cancel, and the life of a meeting, planned → running → done, with
 * done → running to correct a record afterwards.
 *
 * Invariants kept here, not in screens:
 * - Every command re-reads the row inside its own transaction and checks the transition there, so
 *   a stale copy held by a screen (or a second tab) can never undo a change made meanwhile.
 * - Only a planned session can be edited or cancelled (cancel = soft delete, so it travels);
 *   what happened at a running or done session is a record, corrected by reopening it.
 * - A group has at most one live session of a curriculum code per planned day.
 * - A date in the past is refused unless the caller says the user confirmed it (recording a
 *   meeting afterwards is legitimate; typing last year by mistake is the common case).
 * Bad input throws `input.invalid` with `reason` and `field`; `planProblemOf` reads them back.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { createRow, type Fields, softDeleteRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { addDays, isLocalDate, isLocalTime, localDate } from '../../../shared/model/clock';
import type { LocalDate, LocalTime, Session, SessionStatus } from '../../../shared/model/types';
import { byDate, sessionDate } from '../../../shared/rules/attendance-index';

export interface PlanInput {
  readonly groupId: string;
  readonly curriculumCode: string;
  readonly plannedDate: LocalDate;
  readonly plannedTime: LocalTime;
  readonly place: string;
  /** Member ids for a catch-up session; empty for the group's regular meeting. */
  readonly catchUpFor: readonly string[];
}

export interface PlanOptions {
  /** Codes the app knows (core and imported modules); a plan must name one of them. */
  readonly knownCode: (code: string) => boolean;
  /** The user confirmed a date before today. */
  readonly allowPast?: boolean;
}

export const PLAN_PROBLEMS = [
  'group',
  'code',
  'dateFormat',
  'timeFormat',
  'place',
  'past',
  'duplicate',
  'catchUpMembers',
  'notPlanned',
  'notes',
] as const;
export type PlanProblem = (typeof PLAN_PROBLEMS)[number];

export const PLACE_MAX = 200;
/** Generous: the portal's summary field takes 1000 characters, the screen shows that budget. */
export const NOTES_MAX = 4000;

function problem(reason: PlanProblem, field: string): AppError {
  return new AppError('input.invalid', { field, reason, detail: `${field}: ${reason}` });
}

/** The plan problem an error stands for, or null for any other error. */
export function planProblemOf(error: unknown): PlanProblem | null {
  if (!(error instanceof AppError) || error.code !== 'input.invalid') return null;
  const reason = error.details.reason;
  return (PLAN_PROBLEMS as readonly unknown[]).includes(reason) ? (reason as PlanProblem) : null;
}

/** Allowed moves of `status`; anything else is refused. */
const TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  planned: ['running'],
  running: ['done'],
  done: ['running'],
};

export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Format checks that need no database; returns the input trimmed. */
export function checkPlanInput(input: PlanInput, options: Pick<PlanOptions, 'knownCode'>): PlanInput {
  const place = input.place.trim();
  if (input.groupId === '') throw problem('group', 'groupId');
  if (input.curriculumCode === '' || !options.knownCode(input.curriculumCode)) {
    throw problem('code', 'curriculumCode');
  }
  if (!isLocalDate(input.plannedDate)) throw problem('dateFormat', 'plannedDate');
  if (!isLocalTime(input.plannedTime)) throw problem('timeFormat', 'plannedTime');
  if (place === '' || place.length > PLACE_MAX) throw problem('place', 'place');
  return { ...input, place, catchUpFor: [...new Set(input.catchUpFor)] };
}

async function checkAgainstStore(
  ctx: WriteContext,
  input: PlanInput,
  options: PlanOptions,
  existing: Session | null,
): Promise<void> {
  const { db } = ctx;
  const group = await db.groups.get(input.groupId);
  if (group === undefined || group.deletedAt !== null) throw problem('group', 'groupId');

  const dateChanged = existing === null || existing.plannedDate !== input.plannedDate;
  if (dateChanged && !options.allowPast && input.plannedDate < localDate(ctx.clock.now())) {
    throw problem('past', 'plannedDate');
  }

  const sameDay = await db.sessions.where('[groupId+plannedDate]').equals([input.groupId, input.plannedDate]).toArray();
  const clash = sameDay.some(
    (s) => s.deletedAt === null && s.id !== existing?.id && s.curriculumCode === input.curriculumCode,
  );
  if (clash) throw problem('duplicate', 'plannedDate');

  if (input.catchUpFor.length > 0) {
    const members = await db.members.bulkGet([...input.catchUpFor]);
    const ok = members.every((m) => m !== undefined && m.deletedAt === null && m.groupId === input.groupId);
    if (!ok) throw problem('catchUpMembers', 'catchUpFor');
  }
}

/** Puts a meeting on the calendar. */
export async function planSession(ctx: WriteContext, input: PlanInput, options: PlanOptions): Promise<Session> {
  const checked = checkPlanInput(input, options);
  const { db } = ctx;
  return db.transaction('rw', [db.sessions, db.groups, db.members, db.changes], async () => {
    await checkAgainstStore(ctx, checked, options, null);
    return createRow(ctx, 'sessions', {
      groupId: checked.groupId,
      curriculumCode: checked.curriculumCode,
      plannedDate: checked.plannedDate,
      plannedTime: checked.plannedTime,
      place: checked.place,
      status: 'planned',
      actualDate: null,
      startedAt: null,
      endedAt: null,
      notes: '',
      catchUpFor: checked.catchUpFor,
    });
  });
}

/** Reschedules or otherwise edits a planned session. */
export async function editSession(
  ctx: WriteContext,
  sessionId: string,
  input: PlanInput,
  options: PlanOptions,
): Promise<Session> {
  const checked = checkPlanInput(input, options);
  const { db } = ctx;
  return db.transaction('rw', [db.sessions, db.groups, db.members, db.changes], async () => {
    const current = await liveSession(db, sessionId);
    if (current.status !== 'planned') throw problem('notPlanned', 'status');
    await checkAgainstStore(ctx, checked, options, current);
    return updateRow(ctx, 'sessions', current, {
      groupId: checked.groupId,
      curriculumCode: checked.curriculumCode,
      plannedDate: checked.plannedDate,
      plannedTime: checked.plannedTime,
      place: checked.place,
      catchUpFor: checked.catchUpFor,
    });
  });
}

/** Takes a planned session off the calendar (a tombstone, so the cancellation travels too). */
export async function cancelSession(ctx: WriteContext, sessionId: string): Promise<Session> {
  const { db } = ctx;
  return db.transaction('rw', [db.sessions, db.changes], async () => {
    const current = await liveSession(db, sessionId);
    if (current.status !== 'planned') throw problem('notPlanned', 'status');
    return softDeleteRow(ctx, 'sessions', current);
  });
}

/** planned → running: the meeting starts now, today. */
export function startSession(ctx: WriteContext, sessionId: string): Promise<Session> {
  return transition(ctx, sessionId, 'planned', 'running', (now) => ({
    startedAt: now.toISOString(),
    actualDate: localDate(now),
    endedAt: null,
  }));
}

/** running → done. */
export function finishSession(ctx: WriteContext, sessionId: string): Promise<Session> {
  return transition(ctx, sessionId, 'running', 'done', (now) => ({ endedAt: now.toISOString() }));
}

/** done → running, to correct what was recorded; start time and date stay, the end is cleared. */
export function reopenSession(ctx: WriteContext, sessionId: string): Promise<Session> {
  return transition(ctx, sessionId, 'done', 'running', () => ({ endedAt: null }));
}

export async function saveSessionNotes(ctx: WriteContext, sessionId: string, notes: string): Promise<Session> {
  if (notes.length > NOTES_MAX) throw problem('notes', 'notes');
  const { db } = ctx;
  return db.transaction('rw', [db.sessions, db.changes], async () => {
    const current = await liveSession(db, sessionId);
    if (current.notes === notes) return current;
    return updateRow(ctx, 'sessions', current, { notes });
  });
}

async function transition(
  ctx: WriteContext,
  sessionId: string,
  from: SessionStatus,
  to: SessionStatus,
  fields: (now: Date) => Partial<Fields<Session>>,
): Promise<Session> {
  const { db } = ctx;
  return db.transaction('rw', [db.sessions, db.changes], async () => {
    const current = await liveSession(db, sessionId);
    // Both start and reopen lead to `running`; naming the origin keeps one from doing the other.
    if (current.status !== from || !canTransition(from, to)) {
      throw new AppError('input.invalid', {
        field: 'status',
        reason: 'transition',
        from: current.status,
        to,
        detail: `${current.status} → ${to}`,
      });
    }
    const now = ctx.clock.now();
    return updateRow(ctx, 'sessions', current, { ...fields(now), status: to });
  });
}

/** The stored, not deleted session; `db.notFound` otherwise. */
export async function liveSession(db: LenteraDB, sessionId: string): Promise<Session> {
  const session = await db.sessions.get(sessionId);
  if (session === undefined || session.deletedAt !== null) {
    throw new AppError('db.notFound', { what: `session ${sessionId}` });
  }
  return session;
}

/** Running sessions, oldest start first: the ones a facilitator must come back to. */
export async function runningSessions(db: LenteraDB): Promise<Session[]> {
  const rows = await db.sessions.where('status').equals('running').toArray();
  return rows
    .filter((s) => s.deletedAt === null)
    .sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? '') || a.id.localeCompare(b.id));
}

/**
 * Live sessions whose date (the actual date once started, else the planned one) falls in
 * [from, to]. A session can be held on another day than planned, so the planned-date index is read
 * with a margin of two months either side; a meeting moved further than that is not a real case.
 */
export async function sessionsOnDates(db: LenteraDB, from: LocalDate, to: LocalDate): Promise<Session[]> {
  const rows = await db.sessions
    .where('plannedDate')
    .between(addDays(from, -62), addDays(to, 62), true, true)
    .toArray();
  return rows
    .filter((s) => {
      const date = sessionDate(s);
      return s.deletedAt === null && date >= from && date <= to;
    })
    .sort(byDate);
}
