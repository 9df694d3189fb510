/**
 * The database-level measures, each through the app's own read models (pwa/src/data) and rules
 * (shared/rules), so a number here is what the screen waits for before it can render. Each returns
 * its time in ms plus a count, so a run that measured nothing (an empty result) is visible.
 */

import { loadCatchUp } from '../../pwa/src/data/followup';
import { countMembersByGroup, groupSessions, listMembers, sessionsBetween } from '../../pwa/src/data/queries';
import type { LenteraDB } from '../../shared/db/database';
import type { Member } from '../../shared/model/types';
import { catchUpList } from '../../shared/rules/catch-up';
import { summarizeSession } from '../../shared/rules/summarize-attendance';

export interface Timed {
  readonly ms: number;
  readonly count: number;
}

/** Opening a group: its families and its sessions, as the group screen reads them. */
export async function openGroup(db: LenteraDB, groupId: string): Promise<Timed> {
  const t0 = performance.now();
  const [members, sessions] = await Promise.all([listMembers(db, groupId), groupSessions(db, groupId)]);
  return { ms: performance.now() - t0, count: members.length + sessions.length };
}

/** The catch-up screen's read model (rows + `catchUpList`), and `catchUpList` alone on the same rows. */
export async function catchUp(db: LenteraDB, groupId: string): Promise<Timed & { ruleMs: number }> {
  const t0 = performance.now();
  const data = await loadCatchUp(db, groupId);
  const ms = performance.now() - t0;
  const [members, sessions] = await Promise.all([listMembers(db, groupId), groupSessions(db, groupId)]);
  const attendance = await db.attendance
    .where('sessionId')
    .anyOf(sessions.map((s) => s.id))
    .toArray();
  const t1 = performance.now();
  catchUpList(members, sessions, attendance);
  const ruleMs = performance.now() - t1;
  return { ms, ruleMs, count: data?.entries.reduce((sum, entry) => sum + entry.families.length, 0) ?? 0 };
}

export interface MonthReport {
  readonly groups: number;
  readonly sessions: number;
  readonly expected: number;
  readonly present: number;
}

/**
 * A month report over every group: the month's sessions, their attendance and the groups'
 * families, summarised per session with `summarizeSession` and added up per group.
 */
export async function monthReport(db: LenteraDB, month: string): Promise<Timed & { report: MonthReport }> {
  const t0 = performance.now();
  const sessions = (await sessionsBetween(db, `${month}-01`, `${month}-31`)).filter((s) => s.status === 'done');
  const groupIds = [...new Set(sessions.map((s) => s.groupId))];
  const [members, attendance] = await Promise.all([
    db.members.where('groupId').anyOf(groupIds).toArray(),
    db.attendance
      .where('sessionId')
      .anyOf(sessions.map((s) => s.id))
      .toArray(),
  ]);
  const membersByGroup = groupBy(
    members.filter((m) => m.deletedAt === null),
    (m: Member) => m.groupId,
  );
  const attendanceBySession = groupBy(attendance, (a) => a.sessionId);
  const perGroup = new Map<string, { expected: number; present: number; sessions: number }>();
  for (const session of sessions) {
    const summary = summarizeSession(
      session,
      membersByGroup.get(session.groupId) ?? [],
      attendanceBySession.get(session.id) ?? [],
    );
    const line = perGroup.get(session.groupId) ?? { expected: 0, present: 0, sessions: 0 };
    line.expected += summary.expected;
    line.present += summary.counts.hadir;
    line.sessions += 1;
    perGroup.set(session.groupId, line);
  }
  const report = { groups: perGroup.size, sessions: 0, expected: 0, present: 0 };
  for (const line of perGroup.values()) {
    report.sessions += line.sessions;
    report.expected += line.expected;
    report.present += line.present;
  }
  return { ms: performance.now() - t0, count: attendance.length, report };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * The catch-up screen's slow part, isolated: reading a group's attendance with one `anyOf` (a
 * cursor that jumps key to key, one IndexedDB round trip per row) against one `equals` per key
 * in parallel (each a single `getAll`). Same rows either way; the numbers say which to use.
 */
export async function attendanceReads(
  db: LenteraDB,
  groupId: string,
): Promise<{ anyOfMs: number; equalsMs: number; rows: number }> {
  const [members, sessions] = await Promise.all([listMembers(db, groupId), groupSessions(db, groupId)]);
  const sessionIds = sessions.map((s) => s.id);
  const memberIds = members.map((m) => m.id);
  const t0 = performance.now();
  const [a, b] = await Promise.all([
    db.attendance.where('sessionId').anyOf(sessionIds).toArray(),
    db.attendance.where('memberId').anyOf(memberIds).toArray(),
  ]);
  const t1 = performance.now();
  const [c, d] = await Promise.all([
    Promise.all(sessionIds.map((id) => db.attendance.where('sessionId').equals(id).toArray())),
    Promise.all(memberIds.map((id) => db.attendance.where('memberId').equals(id).toArray())),
  ]);
  const t2 = performance.now();
  const rows = a.length + b.length;
  if (rows !== c.flat().length + d.flat().length) throw new Error('the two reads disagree');
  return { anyOfMs: t1 - t0, equalsMs: t2 - t1, rows };
}

/**
 * The home screen's family counts at supervisor scale: `countMembersByGroup` walks every family
 * with a cursor (`each`, one round trip per row); the same count from one `toArray()` (getAll).
 */
export async function memberCounts(db: LenteraDB): Promise<{ eachMs: number; toArrayMs: number; members: number }> {
  const t0 = performance.now();
  const counted = await countMembersByGroup(db);
  const t1 = performance.now();
  const all = await db.members.toArray();
  const counts = new Map<string, number>();
  for (const m of all) {
    if (m.deletedAt === null && m.active) counts.set(m.groupId, (counts.get(m.groupId) ?? 0) + 1);
  }
  const t2 = performance.now();
  if (counts.size !== counted.size) throw new Error('the two counts disagree');
  return { eachMs: t1 - t0, toArrayMs: t2 - t1, members: all.length };
}
