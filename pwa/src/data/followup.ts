/**
 * Read models of the follow-up screens: a group's history, the catch-up list, one family's path
 * through the curriculum, and the two printables. Numbers come from `shared/rules` (one reading of
 * who was expected and who missed what); this file only gathers rows and shapes them for a screen.
 *
 * A family can make up material at another group's meeting, so the catch-up list and the family
 * history also read sessions of other groups that the family has an attendance row for. The group
 * history counts the group's own sessions only.
 */
import type { CurriculumSession, CurriculumStep, QuizQuestion } from '../../../shared/curriculum/types';
import type { LenteraDB } from '../../../shared/db/database';
import type {
  Attendance,
  AttendanceStatus,
  ChecklistTick,
  Group,
  LocalDate,
  Member,
  Photo,
  QuizAnswer,
  Session,
} from '../../../shared/model/types';
import {
  byDate,
  indexAttendance,
  isExpectedAt,
  isHeld,
  sessionDate,
  statusOf,
} from '../../../shared/rules/attendance-index';
import {
  type AbsenceFlag,
  type CatchUpEntry,
  catchUpList,
  missedSessions,
  repeatedAbsence,
} from '../../../shared/rules/catch-up';
import { type PhaseScore, scoreQuiz } from '../../../shared/rules/score-quiz';
import {
  attendanceByMonth,
  type MonthlyAttendance,
  type SessionAttendanceSummary,
  summarizeSession,
} from '../../../shared/rules/summarize-attendance';

const alive = <T extends { deletedAt: string | null }>(row: T | undefined): row is T =>
  row !== undefined && row.deletedAt === null;

const byName = (a: Member, b: Member): number =>
  a.name.localeCompare(b.name, 'id', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);

/** Newest first: the order a facilitator scans a history in. */
export const newestFirst = (a: Session, b: Session): number => byDate(b, a);

interface GroupRecords {
  readonly group: Group;
  /** Live members of the group, active or not, by name. */
  readonly members: readonly Member[];
  /** The group's own live sessions. */
  readonly groupSessions: readonly Session[];
  /** The group's sessions plus other groups' sessions its families were marked at. */
  readonly sessions: readonly Session[];
  readonly attendance: readonly Attendance[];
}

async function loadGroupRecords(db: LenteraDB, groupId: string): Promise<GroupRecords | null> {
  const group = await db.groups.get(groupId);
  if (!alive(group)) return null;
  const [members, groupSessions] = await Promise.all([
    db.members.where('groupId').equals(groupId).toArray(),
    db.sessions.where('groupId').equals(groupId).toArray(),
  ]);
  const liveMembers = members.filter(alive).sort(byName);
  const liveSessions = groupSessions.filter(alive);
  const own = new Set(liveSessions.map((s) => s.id));
  const [atOwn, ofMembers] = await Promise.all([
    db.attendance
      .where('sessionId')
      .anyOf([...own])
      .toArray(),
    db.attendance
      .where('memberId')
      .anyOf(liveMembers.map((m) => m.id))
      .toArray(),
  ]);
  const otherIds = [...new Set(ofMembers.map((row) => row.sessionId).filter((id) => !own.has(id)))];
  const others = (await db.sessions.bulkGet(otherIds)).filter(alive);
  const rows = new Map<string, Attendance>();
  for (const row of [...atOwn, ...ofMembers]) rows.set(`${row.sessionId}|${row.memberId}`, row);
  return {
    group,
    members: liveMembers,
    groupSessions: liveSessions,
    sessions: [...liveSessions, ...others],
    attendance: [...rows.values()],
  };
}

// Group history --------------------------------------------------------------------------------

export interface SessionLine {
  readonly session: Session;
  readonly summary: SessionAttendanceSummary;
}

export interface GroupHistoryData {
  readonly group: Group;
  /** Newest first: done, running and planned. */
  readonly sessions: readonly SessionLine[];
  /** Oldest month first, done sessions only. */
  readonly months: readonly MonthlyAttendance[];
  readonly absences: readonly AbsenceFlag[];
}

export async function loadGroupHistory(db: LenteraDB, groupId: string): Promise<GroupHistoryData | null> {
  const records = await loadGroupRecords(db, groupId);
  if (records === null) return null;
  const { group, members, groupSessions, attendance } = records;
  return {
    group,
    sessions: [...groupSessions]
      .sort(newestFirst)
      .map((session) => ({ session, summary: summarizeSession(session, members, attendance) })),
    months: attendanceByMonth(groupSessions, attendance, members),
    absences: repeatedAbsence(members, groupSessions, attendance),
  };
}

// Catch-up -------------------------------------------------------------------------------------

export interface ScheduledCatchUp {
  readonly session: Session;
  /** The listed families, by name; a family no longer on the roster is left out. */
  readonly families: readonly Member[];
}

export interface CatchUpData {
  readonly group: Group;
  readonly entries: readonly CatchUpEntry[];
  /** Planned or running catch-ups of the group, soonest first. */
  readonly scheduled: readonly ScheduledCatchUp[];
}

export async function loadCatchUp(db: LenteraDB, groupId: string): Promise<CatchUpData | null> {
  const records = await loadGroupRecords(db, groupId);
  if (records === null) return null;
  const { group, members, groupSessions, sessions, attendance } = records;
  const byId = new Map(members.map((m) => [m.id, m]));
  const scheduled = groupSessions
    .filter((s) => s.status !== 'done' && s.catchUpFor.length > 0)
    .sort(byDate)
    .map((session) => ({
      session,
      families: session.catchUpFor
        .map((id) => byId.get(id))
        .filter(alive)
        .sort(byName),
    }));
  return { group, entries: catchUpList(members, sessions, attendance), scheduled };
}

/** The planning screen's address for a catch-up of `code` for the given families. */
export function catchUpPlanHref(groupId: string, code: string, memberIds: readonly string[]): string {
  const query = [
    `group=${encodeURIComponent(groupId)}`,
    `code=${encodeURIComponent(code)}`,
    // Commas stay literal: the planning screen splits on them, and ids never contain one.
    `catchUpFor=${memberIds.map(encodeURIComponent).join(',')}`,
  ];
  return `#/plan/new?${query.join('&')}`;
}

// One family's history -------------------------------------------------------------------------

/** A family's standing for one curriculum session. */
export type CellStatus = AttendanceStatus | 'notAttended' | 'notHeld';

export interface GridCell {
  readonly code: string;
  readonly status: CellStatus;
  /** When the family had it (hadir), or when the group held the meeting the family missed. */
  readonly date: LocalDate | null;
  readonly sessionId: string | null;
  /** A planned or running meeting of the group (regular or catch-up for this family) with this code. */
  readonly upcoming: Session | null;
}

/**
 * The codes a family's grid shows: the core curriculum in order, then sessions of other modules
 * the group has on its calendar, in curriculum order; a code no longer in the curriculum goes last.
 */
export function gridCodes(
  curriculum: readonly CurriculumSession[],
  coreModuleCodes: ReadonlySet<string>,
  groupSessions: readonly Session[],
): readonly string[] {
  const used = new Set(groupSessions.filter(alive).map((s) => s.curriculumCode));
  const known = new Set(curriculum.map((c) => c.code));
  const codes = curriculum.filter((c) => coreModuleCodes.has(c.moduleCode) || used.has(c.code)).map((c) => c.code);
  return [...codes, ...[...used].filter((code) => !known.has(code)).sort()];
}

export function memberSessionGrid(
  codes: readonly string[],
  member: Member,
  sessions: readonly Session[],
  attendance: readonly Attendance[],
): readonly GridCell[] {
  const index = indexAttendance(attendance);
  const inOrder = sessions.filter(alive).sort(byDate);
  const missed = new Map(missedSessions(member, sessions, attendance).map((m) => [m.code, m]));
  return codes.map((code): GridCell => {
    const withCode = inOrder.filter((s) => s.curriculumCode === code);
    const upcoming =
      withCode.find(
        (s) =>
          s.status !== 'done' &&
          s.groupId === member.groupId &&
          (s.catchUpFor.length === 0 || s.catchUpFor.includes(member.id)),
      ) ?? null;
    const had = withCode.find((s) => isHeld(s) && statusOf(index, s.id, member.id) === 'hadir');
    if (had) return { code, status: 'hadir', date: sessionDate(had), sessionId: had.id, upcoming: null };
    const miss = missed.get(code);
    if (miss) {
      return { code, status: miss.status ?? 'notAttended', date: miss.date, sessionId: miss.sessionId, upcoming };
    }
    // Held by the group without expecting this family (it was inactive then, say): not had either.
    const held = withCode.filter((s) => isHeld(s) && s.groupId === member.groupId && s.catchUpFor.length === 0).pop();
    if (held) return { code, status: 'notAttended', date: sessionDate(held), sessionId: held.id, upcoming };
    return { code, status: 'notHeld', date: null, sessionId: null, upcoming };
  });
}

export interface QuizLine {
  readonly session: Session;
  readonly pre: PhaseScore | null;
  readonly post: PhaseScore | null;
  readonly gain: number | null;
}

/** The family's quiz scores per session they answered at, oldest first. */
export function memberQuizLines(
  memberId: string,
  sessions: readonly Session[],
  answers: readonly QuizAnswer[],
  questionsFor: (code: string) => readonly QuizQuestion[] | undefined,
): readonly QuizLine[] {
  const lines: QuizLine[] = [];
  for (const session of sessions.filter(alive).sort(byDate)) {
    const questions = questionsFor(session.curriculumCode);
    const own = answers.filter((a) => a.sessionId === session.id && a.memberId === memberId);
    if (!questions || own.length === 0) continue;
    const score = scoreQuiz(questions, own).members[0];
    if (score && (score.pre || score.post)) lines.push({ session, pre: score.pre, post: score.post, gain: score.gain });
  }
  return lines;
}

export interface MemberHistoryData {
  readonly member: Member;
  readonly group: Group | null;
  /** The group's sessions plus any other session the family was marked at. */
  readonly sessions: readonly Session[];
  readonly groupSessions: readonly Session[];
  /** The family's own rows. */
  readonly attendance: readonly Attendance[];
  readonly answers: readonly QuizAnswer[];
}

export async function loadMemberHistory(db: LenteraDB, memberId: string): Promise<MemberHistoryData | null> {
  const member = await db.members.get(memberId);
  if (!alive(member)) return null;
  const [group, groupSessions, rows, answers] = await Promise.all([
    db.groups.get(member.groupId),
    db.sessions.where('groupId').equals(member.groupId).toArray(),
    db.attendance.where('memberId').equals(memberId).toArray(),
    db.quizAnswers.where('memberId').equals(memberId).toArray(),
  ]);
  const own = groupSessions.filter(alive);
  const ownIds = new Set(own.map((s) => s.id));
  const otherIds = [...new Set(rows.map((r) => r.sessionId).filter((id) => !ownIds.has(id)))];
  const others = (await db.sessions.bulkGet(otherIds)).filter(alive);
  return {
    member,
    group: alive(group) ? group : null,
    sessions: [...own, ...others],
    groupSessions: own,
    attendance: rows.filter((r) => r.deletedAt === null),
    answers: answers.filter((a) => a.deletedAt === null),
  };
}

// Printables -----------------------------------------------------------------------------------

export interface SheetRow {
  readonly member: Member;
  readonly status: AttendanceStatus | null;
  readonly note: string;
}

/** The families a session expects (as the rules count them), by name, with what was recorded. */
export function sheetRows(session: Session, members: readonly Member[], attendance: readonly Attendance[]): SheetRow[] {
  const index = indexAttendance(attendance);
  const notes = new Map(
    attendance.filter((row) => alive(row) && row.sessionId === session.id).map((row) => [row.memberId, row.note]),
  );
  return members
    .filter((member) => isExpectedAt(session, member, index))
    .sort(byName)
    .map((member) => ({ member, status: statusOf(index, session.id, member.id), note: notes.get(member.id) ?? '' }));
}

export type AbsenceKind = Exclude<AttendanceStatus, 'hadir'> | 'unmarked';

/** Who did not come, by reason; `unmarked` are expected families nobody marked. */
export function absentByStatus(rows: readonly SheetRow[]): Readonly<Record<AbsenceKind, readonly Member[]>> {
  const result: Record<AbsenceKind, Member[]> = { izin: [], sakit: [], alpa: [], unmarked: [] };
  for (const row of rows) {
    if (row.status === 'hadir') continue;
    result[row.status ?? 'unmarked'].push(row.member);
  }
  return result;
}

export interface StepLine {
  readonly step: CurriculumStep;
  readonly done: boolean;
  readonly minutes: number | null;
}

export function stepLines(steps: readonly CurriculumStep[], ticks: readonly ChecklistTick[]): readonly StepLine[] {
  const byStep = new Map(ticks.filter(alive).map((tick) => [tick.stepId, tick]));
  return steps.map((step) => {
    const tick = byStep.get(step.id);
    return { step, done: tick?.done === true, minutes: tick?.minutesSpent ?? null };
  });
}

export interface SessionRecords {
  readonly session: Session;
  readonly group: Group | null;
  readonly rows: readonly SheetRow[];
  readonly summary: SessionAttendanceSummary;
  readonly ticks: readonly ChecklistTick[];
  readonly answers: readonly QuizAnswer[];
  /** Live photos whose people consented, oldest first; the others never reach paper. */
  readonly photos: readonly Photo[];
}

export async function loadSessionRecords(db: LenteraDB, sessionId: string): Promise<SessionRecords | null> {
  const session = await db.sessions.get(sessionId);
  if (!alive(session)) return null;
  const [group, groupMembers, attendance, ticks, answers, photos] = await Promise.all([
    db.groups.get(session.groupId),
    db.members.where('groupId').equals(session.groupId).toArray(),
    db.attendance.where('sessionId').equals(sessionId).toArray(),
    db.checklist.where('sessionId').equals(sessionId).toArray(),
    db.quizAnswers.where('sessionId').equals(sessionId).toArray(),
    db.photos.where('sessionId').equals(sessionId).toArray(),
  ]);
  const known = new Set(groupMembers.map((m) => m.id));
  const visitors = [...session.catchUpFor, ...attendance.map((row) => row.memberId)].filter((id) => !known.has(id));
  const members = [...groupMembers, ...(await db.members.bulkGet([...new Set(visitors)])).filter(alive)].filter(alive);
  const liveRows = attendance.filter(alive);
  return {
    session,
    group: alive(group) ? group : null,
    rows: sheetRows(session, members, liveRows),
    summary: summarizeSession(session, members, liveRows),
    ticks: ticks.filter(alive),
    answers: answers.filter(alive),
    photos: photos.filter((p) => alive(p) && p.consent).sort((a, b) => (a.takenAt < b.takenAt ? -1 : 1)),
  };
}
