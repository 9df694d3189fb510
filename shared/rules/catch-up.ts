/**
 * Which families need a catch-up, and which keep missing meetings.
 *
 * A family has had a curriculum session once it was `hadir` at any done session with that code:
 * the group's regular meeting, a catch-up (`catchUpFor` lists who it is for, but anyone marked
 * present counts), or a later repeat. Only `hadir` proves it: izin, sakit, alpa and "nobody marked
 * them" all leave the material missed. The material a group "held" comes from its own done,
 * regular (non-catch-up) sessions; who was expected follows `attendance-index.ts`.
 *
 * Repeated absence looks at the regular monthly meetings only, the ones attendance obligations are
 * about: a catch-up attended afterwards clears the material but not the missed meeting.
 */
import { AppError } from '../errors';
import type { Attendance, AttendanceStatus, LocalDate, Member, Session } from '../model/types';
import {
  type AttendanceIndex,
  byDate,
  indexAttendance,
  isCatchUp,
  isExpectedAt,
  isHeld,
  sessionDate,
  statusOf,
} from './attendance-index';

export interface MissedSession {
  readonly code: string;
  /** The group's most recent done session with this code that the family was expected at. */
  readonly sessionId: string;
  readonly date: LocalDate;
  /** The family's status there; null when nobody marked them. */
  readonly status: AttendanceStatus | null;
  /** A planned or running catch-up with this code that lists the family, if one exists. */
  readonly scheduledCatchUpId: string | null;
}

export interface CatchUpFamily {
  readonly memberId: string;
  readonly name: string;
  readonly sessionId: string;
  readonly status: AttendanceStatus | null;
  readonly scheduledCatchUpId: string | null;
}

export interface CatchUpEntry {
  readonly code: string;
  /** The earliest date among the families' missed sessions; entries are sorted by it. */
  readonly heldOn: LocalDate;
  /** Sorted by name, then id. */
  readonly families: readonly CatchUpFamily[];
}

export interface AbsenceFlag {
  readonly memberId: string;
  readonly name: string;
  /** Consecutive regular meetings without `hadir`, counting back from the latest. */
  readonly count: number;
  /** Status at each of those meetings, latest first; null when nobody marked the family. */
  readonly statuses: readonly (AttendanceStatus | null)[];
  /** The last regular meeting the family attended, or null if none. */
  readonly lastPresent: LocalDate | null;
}

export interface RepeatedAbsenceOptions {
  /** Flag a family after this many consecutive missed meetings; default 2. */
  readonly threshold?: number;
}

/** Curriculum sessions the family has not had, oldest first. */
export function missedSessions(
  member: Member,
  sessions: readonly Session[],
  attendance: readonly Attendance[],
): readonly MissedSession[] {
  return missedIndexed(member, sessions, indexAttendance(attendance));
}

/** Per curriculum code, the active families of the group who have not had it. */
export function catchUpList(
  groupMembers: readonly Member[],
  sessions: readonly Session[],
  attendance: readonly Attendance[],
): readonly CatchUpEntry[] {
  const index = indexAttendance(attendance);
  const byCode = new Map<string, { heldOn: LocalDate; families: CatchUpFamily[] }>();
  for (const member of groupMembers) {
    if (member.deletedAt !== null || !member.active) continue;
    for (const missed of missedIndexed(member, sessions, index)) {
      const entry = byCode.get(missed.code) ?? { heldOn: missed.date, families: [] };
      if (missed.date < entry.heldOn) entry.heldOn = missed.date;
      entry.families.push({
        memberId: member.id,
        name: member.name,
        sessionId: missed.sessionId,
        status: missed.status,
        scheduledCatchUpId: missed.scheduledCatchUpId,
      });
      byCode.set(missed.code, entry);
    }
  }
  return [...byCode]
    .map(([code, entry]) => ({ code, heldOn: entry.heldOn, families: entry.families.sort(byName) }))
    .sort((a, b) => compareText(a.heldOn, b.heldOn) || compareText(a.code, b.code));
}

/** Active families whose latest regular meetings were missed `threshold` times or more in a row. */
export function repeatedAbsence(
  members: readonly Member[],
  sessions: readonly Session[],
  attendance: readonly Attendance[],
  options: RepeatedAbsenceOptions = {},
): readonly AbsenceFlag[] {
  const threshold = options.threshold ?? 2;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new AppError('input.invalid', { field: 'threshold', value: threshold });
  }
  const index = indexAttendance(attendance);
  const latestFirst = sessions.filter((s) => isHeld(s) && !isCatchUp(s)).sort((a, b) => byDate(b, a));
  const flags: AbsenceFlag[] = [];
  for (const member of members) {
    if (member.deletedAt !== null || !member.active) continue;
    const statuses: (AttendanceStatus | null)[] = [];
    let lastPresent: LocalDate | null = null;
    for (const session of latestFirst) {
      if (session.groupId !== member.groupId || !isExpectedAt(session, member, index)) continue;
      const status = statusOf(index, session.id, member.id);
      if (status === 'hadir') {
        lastPresent = sessionDate(session);
        break;
      }
      statuses.push(status);
    }
    if (statuses.length >= threshold) {
      flags.push({ memberId: member.id, name: member.name, count: statuses.length, statuses, lastPresent });
    }
  }
  return flags.sort((a, b) => b.count - a.count || byName(a, b));
}

function missedIndexed(member: Member, sessions: readonly Session[], index: AttendanceIndex): MissedSession[] {
  if (member.deletedAt !== null) return [];
  const had = new Set<string>();
  for (const session of sessions) {
    if (isHeld(session) && statusOf(index, session.id, member.id) === 'hadir') had.add(session.curriculumCode);
  }
  const latestByCode = new Map<string, Session>();
  for (const session of [...sessions].sort(byDate)) {
    if (!isHeld(session) || isCatchUp(session) || session.groupId !== member.groupId) continue;
    if (had.has(session.curriculumCode) || !isExpectedAt(session, member, index)) continue;
    latestByCode.set(session.curriculumCode, session);
  }
  return [...latestByCode.values()].sort(byDate).map((session) => ({
    code: session.curriculumCode,
    sessionId: session.id,
    date: sessionDate(session),
    status: statusOf(index, session.id, member.id),
    scheduledCatchUpId: scheduledCatchUp(member, session.curriculumCode, sessions),
  }));
}

function scheduledCatchUp(member: Member, code: string, sessions: readonly Session[]): string | null {
  const found = sessions.find(
    (s) => s.deletedAt === null && s.status !== 'done' && s.curriculumCode === code && s.catchUpFor.includes(member.id),
  );
  return found ? found.id : null;
}

function byName(a: { name: string; memberId: string }, b: { name: string; memberId: string }): number {
  return a.name.localeCompare(b.name, 'id', { sensitivity: 'base' }) || compareText(a.memberId, b.memberId);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
