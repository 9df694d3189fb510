/**
 * Read models the screens share. Reads skip tombstones (`deletedAt !== null`); the rows stay in the
 * database so deletions travel in bundles.
 */
import type { LenteraDB } from '../../../shared/db/database';
import type { Group, Member, Session } from '../../../shared/model/types';

const alive = <T extends { deletedAt: string | null }>(row: T): boolean => row.deletedAt === null;

export async function listGroups(db: LenteraDB, options: { archived?: boolean } = {}): Promise<Group[]> {
  const groups = (await db.groups.toArray()).filter(alive);
  return groups
    .filter((group) => options.archived === undefined || group.archived === options.archived)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export async function listMembers(
  db: LenteraDB,
  groupId: string,
  options: { active?: boolean } = {},
): Promise<Member[]> {
  const members = (await db.members.where('groupId').equals(groupId).toArray()).filter(alive);
  return members
    .filter((member) => options.active === undefined || member.active === options.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export async function countMembersByGroup(db: LenteraDB): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.members.each((member) => {
    if (member.deletedAt === null && member.active) counts.set(member.groupId, (counts.get(member.groupId) ?? 0) + 1);
  });
  return counts;
}

export async function sessionsBetween(db: LenteraDB, from: string, to: string): Promise<Session[]> {
  const sessions = await db.sessions.where('plannedDate').between(from, to, true, true).toArray();
  return sessions
    .filter(alive)
    .sort((a, b) => (a.plannedDate + a.plannedTime).localeCompare(b.plannedDate + b.plannedTime));
}

export async function groupSessions(db: LenteraDB, groupId: string): Promise<Session[]> {
  const sessions = await db.sessions.where('groupId').equals(groupId).toArray();
  return sessions.filter(alive).sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
}
