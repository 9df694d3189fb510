/**
 * Attendance numbers for a session, a family and a month. Who counts as expected is decided in
 * `attendance-index.ts` (active members of the group, the listed families of a catch-up, and anyone
 * marked); soft-deleted rows, members and sessions never count. Rates are fractions 0..1 of
 * `hadir` over expected, and `null` when nobody was expected, so a UI never divides by zero or
 * shows 0% for "no data".
 */
import { monthOf } from '../model/clock';
import {
  ATTENDANCE_STATUSES,
  type Attendance,
  type AttendanceStatus,
  type LocalDate,
  type Member,
  type Session,
} from '../model/types';
import {
  type AttendanceIndex,
  byDate,
  indexAttendance,
  isExpectedAt,
  isHeld,
  sessionDate,
  statusOf,
} from './attendance-index';

export interface SessionAttendanceSummary {
  readonly sessionId: string;
  /** Marked families per status (only families the session expects). */
  readonly counts: Readonly<Record<AttendanceStatus, number>>;
  readonly expected: number;
  readonly marked: number;
  /** Expected families with no row yet. */
  readonly unmarked: number;
  readonly unmarkedMemberIds: readonly string[];
  /** hadir / expected, or null when nobody was expected. */
  readonly rate: number | null;
}

export interface MissedAttendance {
  readonly sessionId: string;
  readonly curriculumCode: string;
  readonly date: LocalDate;
  /** null: nobody marked the family at this session. */
  readonly status: AttendanceStatus | null;
}

export interface FamilyAttendanceSummary {
  readonly memberId: string;
  /** Done sessions the family was expected at. */
  readonly sessions: number;
  readonly attended: number;
  /** Expected done sessions without `hadir`, oldest first. */
  readonly missed: readonly MissedAttendance[];
  readonly rate: number | null;
}

export interface MonthlyAttendance {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly sessions: number;
  readonly present: number;
  readonly expected: number;
  readonly rate: number | null;
}

export function summarizeSession(
  session: Session,
  members: readonly Member[],
  attendance: readonly Attendance[],
): SessionAttendanceSummary {
  return summarizeIndexed(session, members, indexAttendance(attendance));
}

/** One summary per non-deleted member given, in the given order; done sessions only. */
export function summarizeFamilies(
  members: readonly Member[],
  sessions: readonly Session[],
  attendance: readonly Attendance[],
): readonly FamilyAttendanceSummary[] {
  const index = indexAttendance(attendance);
  const held = sessions.filter(isHeld).sort(byDate);
  return members.filter((m) => m.deletedAt === null).map((m) => summarizeFamilyIndexed(m, held, index));
}

export function summarizeFamily(
  member: Member,
  sessions: readonly Session[],
  attendance: readonly Attendance[],
): FamilyAttendanceSummary {
  return summarizeFamilyIndexed(member, sessions.filter(isHeld).sort(byDate), indexAttendance(attendance));
}

/**
 * Attendance per calendar month of the done sessions given (one group's, as a rule), oldest month
 * first; months without a done session are left out. With `members`, expected follows the same
 * rule as `summarizeSession`, so unmarked active families lower the rate. Without them, only the
 * marked rows are known and expected is the number of rows.
 */
export function attendanceByMonth(
  sessions: readonly Session[],
  attendance: readonly Attendance[],
  members?: readonly Member[],
): readonly MonthlyAttendance[] {
  const index = indexAttendance(attendance);
  const months = new Map<string, { sessions: number; present: number; expected: number }>();
  for (const session of sessions) {
    if (!isHeld(session)) continue;
    const month = monthOf(sessionDate(session));
    const entry = months.get(month) ?? { sessions: 0, present: 0, expected: 0 };
    if (members) {
      const summary = summarizeIndexed(session, members, index);
      entry.present += summary.counts.hadir;
      entry.expected += summary.expected;
    } else {
      const rows = [...(index.get(session.id)?.values() ?? [])];
      entry.present += rows.filter((status) => status === 'hadir').length;
      entry.expected += rows.length;
    }
    entry.sessions += 1;
    months.set(month, entry);
  }
  return [...months]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, entry]) => ({ month, ...entry, rate: rate(entry.present, entry.expected) }));
}

function summarizeIndexed(
  session: Session,
  members: readonly Member[],
  index: AttendanceIndex,
): SessionAttendanceSummary {
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, 0])) as Record<AttendanceStatus, number>;
  const unmarkedMemberIds: string[] = [];
  let expected = 0;
  for (const member of members) {
    if (!isExpectedAt(session, member, index)) continue;
    expected += 1;
    const status = statusOf(index, session.id, member.id);
    if (status === null) unmarkedMemberIds.push(member.id);
    else counts[status] += 1;
  }
  return {
    sessionId: session.id,
    counts,
    expected,
    marked: expected - unmarkedMemberIds.length,
    unmarked: unmarkedMemberIds.length,
    unmarkedMemberIds,
    rate: rate(counts.hadir, expected),
  };
}

function summarizeFamilyIndexed(
  member: Member,
  heldInOrder: readonly Session[],
  index: AttendanceIndex,
): FamilyAttendanceSummary {
  const missed: MissedAttendance[] = [];
  let count = 0;
  for (const session of heldInOrder) {
    if (!isExpectedAt(session, member, index)) continue;
    count += 1;
    const status = statusOf(index, session.id, member.id);
    if (status !== 'hadir') {
      missed.push({
        sessionId: session.id,
        curriculumCode: session.curriculumCode,
        date: sessionDate(session),
        status,
      });
    }
  }
  const attended = count - missed.length;
  return { memberId: member.id, sessions: count, attended, missed, rate: rate(attended, count) };
}

function rate(present: number, expected: number): number | null {
  return expected === 0 ? null : present / expected;
}
