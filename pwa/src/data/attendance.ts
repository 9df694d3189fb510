/**
 * Attendance commands of the run-session screen. Rows are keyed by [sessionId+memberId], so a new
 * status overwrites the old one; each command reads the previous row and writes inside ONE
 * transaction, so `createdAt` is kept and two quick taps can never interleave a read and a write.
 *
 * A tap writes an absolute status (the one the facilitator saw appear), not "the next one after
 * whatever is on disk": that way a queue of rapid taps ends exactly where the screen said it would.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { putRow, putRows, rowMeta, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { ATTENDANCE_STATUSES, type Attendance, type AttendanceStatus } from '../../../shared/model/types';

/** The longest note a family's attendance may carry. */
export const NOTE_MAX = 500;

/** The cycle of one card: unmarked → hadir → izin → sakit → alpa → hadir … */
export function nextStatus(current: AttendanceStatus | null): AttendanceStatus {
  if (current === null) return 'hadir';
  const index = ATTENDANCE_STATUSES.indexOf(current);
  return ATTENDANCE_STATUSES[(index + 1) % ATTENDANCE_STATUSES.length] ?? 'hadir';
}

/** The live rows of a session by member id (tombstones are "unmarked"). */
export async function listAttendance(db: LenteraDB, sessionId: string): Promise<Map<string, Attendance>> {
  const rows = await db.attendance.where('sessionId').equals(sessionId).toArray();
  return new Map(rows.filter((row) => row.deletedAt === null).map((row) => [row.memberId, row]));
}

function inTransaction<T>(ctx: WriteContext, work: () => Promise<T>): Promise<T> {
  return withDbErrors(() => ctx.db.transaction('rw', [ctx.db.attendance, ctx.db.changes], work));
}

/** Sets one family's status; writes nothing when it already has it. Resolves after the commit. */
export function setAttendance(
  ctx: WriteContext,
  sessionId: string,
  memberId: string,
  status: AttendanceStatus,
): Promise<Attendance> {
  if (!ATTENDANCE_STATUSES.includes(status)) {
    return Promise.reject(new AppError('input.invalid', { detail: `status ${String(status)}` }));
  }
  return inTransaction(ctx, async () => {
    const previous = await ctx.db.attendance.get([sessionId, memberId]);
    const live = previous?.deletedAt === null ? previous : undefined;
    if (live?.status === status) return live;
    const row: Attendance = { ...rowMeta(ctx, previous), sessionId, memberId, status, note: live?.note ?? '' };
    return putRow(ctx, 'attendance', row);
  });
}

/**
 * "Semua hadir": marks every listed family that has no status yet as present, in one transaction,
 * and leaves marked families alone. Resolves with how many were marked.
 */
export function markAllPresent(ctx: WriteContext, sessionId: string, memberIds: readonly string[]): Promise<number> {
  return inTransaction(ctx, async () => {
    const existing = await ctx.db.attendance.where('sessionId').equals(sessionId).toArray();
    const byMember = new Map(existing.map((row) => [row.memberId, row]));
    const rows: Attendance[] = [];
    for (const memberId of new Set(memberIds)) {
      const previous = byMember.get(memberId);
      if (previous?.deletedAt === null) continue;
      rows.push({ ...rowMeta(ctx, previous), sessionId, memberId, status: 'hadir', note: '' });
    }
    await putRows(ctx, 'attendance', rows);
    return rows.length;
  });
}

/** Saves the note of a marked family (a note needs a status to hang on). */
export function setAttendanceNote(
  ctx: WriteContext,
  sessionId: string,
  memberId: string,
  note: string,
): Promise<Attendance> {
  if (note.length > NOTE_MAX) {
    return Promise.reject(new AppError('input.invalid', { detail: `note > ${NOTE_MAX}`, field: 'note' }));
  }
  return inTransaction(ctx, async () => {
    const previous = await ctx.db.attendance.get([sessionId, memberId]);
    if (previous === undefined || previous.deletedAt !== null) {
      throw new AppError('db.notFound', { what: `attendance ${memberId}` });
    }
    if (previous.note === note) return previous;
    return putRow(ctx, 'attendance', { ...previous, ...rowMeta(ctx, previous), note });
  });
}
