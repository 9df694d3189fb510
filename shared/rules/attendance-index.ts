/**
 * Shared reading of attendance for the rules: which rows count, which families a session expects,
 * and the date a session happened. Kept in one place so the session view, the family view, the
 * catch-up list and the absence flags never disagree about who was expected.
 *
 * - Soft-deleted rows (`deletedAt !== null`) are ignored everywhere, as are soft-deleted members
 *   and sessions.
 * - A regular session expects every active member of its group; a catch-up session expects the
 *   active members listed in `catchUpFor`. Either way a live member who has a row for the session
 *   is expected too, even if inactive now: `active` is today's state, and a family marked in March
 *   before moving away in May still belongs in March's numbers.
 * - Members carry no join date, so a family added mid-year is expected at earlier sessions of its
 *   group. That is what the catch-up list wants (they have not had that material) and a known
 *   distortion of attendance rates.
 */
import type { Attendance, AttendanceStatus, LocalDate, Member, Session } from '../model/types';

/** sessionId → memberId → status, from live rows only. */
export type AttendanceIndex = ReadonlyMap<string, ReadonlyMap<string, AttendanceStatus>>;

export function indexAttendance(attendance: readonly Attendance[]): AttendanceIndex {
  const index = new Map<string, Map<string, { status: AttendanceStatus; updatedAt: string }>>();
  for (const row of attendance) {
    if (row.deletedAt !== null) continue;
    let bySession = index.get(row.sessionId);
    if (!bySession) {
      bySession = new Map();
      index.set(row.sessionId, bySession);
    }
    const previous = bySession.get(row.memberId);
    // Rows are keyed by (session, member) so duplicates should not exist; if an import made one,
    // the later change wins, as it would in the database.
    if (!previous || row.updatedAt >= previous.updatedAt) {
      bySession.set(row.memberId, { status: row.status, updatedAt: row.updatedAt });
    }
  }
  const result = new Map<string, ReadonlyMap<string, AttendanceStatus>>();
  for (const [sessionId, rows] of index) {
    result.set(sessionId, new Map([...rows].map(([memberId, row]) => [memberId, row.status])));
  }
  return result;
}

/** The status recorded for a member at a session, or null when nobody marked them. */
export function statusOf(index: AttendanceIndex, sessionId: string, memberId: string): AttendanceStatus | null {
  return index.get(sessionId)?.get(memberId) ?? null;
}

/** When the session happened, or is planned to. */
export function sessionDate(session: Session): LocalDate {
  return session.actualDate ?? session.plannedDate;
}

export function isCatchUp(session: Session): boolean {
  return session.catchUpFor.length > 0;
}

export function isHeld(session: Session): boolean {
  return session.deletedAt === null && session.status === 'done';
}

export function isExpectedAt(session: Session, member: Member, index: AttendanceIndex): boolean {
  if (member.deletedAt !== null) return false;
  if (statusOf(index, session.id, member.id) !== null) return true;
  if (!member.active) return false;
  return isCatchUp(session) ? session.catchUpFor.includes(member.id) : member.groupId === session.groupId;
}

/** Sessions in the order they happened: date, then planned time, then id (ids sort by creation). */
export function byDate(a: Session, b: Session): number {
  return (
    compareText(sessionDate(a), sessionDate(b)) || compareText(a.plannedTime, b.plannedTime) || compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
