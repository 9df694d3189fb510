/**
 * Reads what the run-session screen shows, as one live query: the session, its group and the
 * families it expects. Who is expected follows shared/rules/attendance-index.ts, the same rule the
 * attendance numbers use: the group's active families (the listed ones for a catch-up), plus any
 * family already marked at this session, so a family made inactive later keeps its row.
 */
import type { LenteraDB } from '../../../../shared/db/database';
import type { Group, Member, Session } from '../../../../shared/model/types';
import { indexAttendance, isExpectedAt } from '../../../../shared/rules/attendance-index';

export interface LoadedRun {
  readonly session: Session;
  readonly group: Group;
  readonly members: readonly Member[];
}

/** Null when the session or its group does not exist (any more). */
export async function loadRun(db: LenteraDB, sessionId: string): Promise<LoadedRun | null> {
  const session = await db.sessions.get(sessionId);
  if (session === undefined || session.deletedAt !== null) return null;
  const group = await db.groups.get(session.groupId);
  if (group === undefined || group.deletedAt !== null) return null;
  const [groupMembers, listed, attendance] = await Promise.all([
    db.members.where('groupId').equals(session.groupId).toArray(),
    db.members.bulkGet([...session.catchUpFor]),
    db.attendance.where('sessionId').equals(sessionId).toArray(),
  ]);
  const byId = new Map<string, Member>();
  for (const member of [...groupMembers, ...listed]) if (member !== undefined) byId.set(member.id, member);
  for (const row of attendance) {
    if (!byId.has(row.memberId)) {
      const marked = await db.members.get(row.memberId);
      if (marked !== undefined) byId.set(marked.id, marked);
    }
  }
  const index = indexAttendance(attendance);
  const members = [...byId.values()]
    .filter((member) => isExpectedAt(session, member, index))
    .sort((a, b) => a.name.localeCompare(b.name, 'id', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  return { session, group, members };
}
