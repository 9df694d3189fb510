/**
 * Which rows an export carries, read in one read transaction so the bundle is a consistent
 * snapshot. Tombstones are always included: deletions travel.
 * - `all`: every row of every table.
 * - `dateRange`: sessions planned in [from, to] (inclusive) and their attendance, checklist ticks,
 *   quiz answers, photos and fill-ledger entries, plus the families and groups those rows refer to.
 * - `groups`: the groups, all their families and sessions (with everything of those sessions),
 *   plus any family or group those rows refer to outside the chosen groups (a catch-up may).
 * User curriculum modules and form maps are small and needed to read the rest: always included.
 * A referenced row that does not exist on this device becomes an external reference.
 *
 * The supervisor's rows (supervision-scope.ts) follow the families and sessions chosen: for both
 * scopes, observations of those sessions and the cases, complaints and stories of those families;
 * for `dateRange` also those that happened in the range. A case travels with all its entries, a
 * story with all its media; the families they name join the bundle (with their groups).
 */
import type { LenteraDB } from '../db/database';
import type { RowOf } from '../db/write';
import {
  type FillLedgerEntry,
  type Group,
  type Member,
  type Session,
  TABLE_NAMES,
  type TableName,
} from '../model/types';
import type { BundleScope } from './bundle-schema';
import { selectSupervisionRows } from './supervision-scope';

export type ExportTables = { [K in TableName]: RowOf[K][] };

/** The session a ledger entry is about: `session:<id>`, `attendance:<id>:<member>`, `attendance-table:<id>`. */
function sessionOfLedger(entry: FillLedgerEntry): string | undefined {
  return entry.recordKey.split(':')[1];
}

export async function selectRows(db: LenteraDB, scope: BundleScope): Promise<ExportTables> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((table) => db.table(table)),
    async () => {
      if (scope.kind === 'all') {
        const all = {} as Record<TableName, unknown[]>;
        for (const table of TABLE_NAMES) all[table] = await db.table(table).toArray();
        return all as ExportTables;
      }
      let groups: Group[] = [];
      let members: Member[] = [];
      let sessions: Session[];
      if (scope.kind === 'groups') {
        const ids = [...scope.groupIds];
        groups = (await db.groups.bulkGet(ids)).filter((row): row is Group => row !== undefined);
        members = await db.members.where('groupId').anyOf(ids).toArray();
        sessions = await db.sessions.where('groupId').anyOf(ids).toArray();
      } else {
        sessions = await db.sessions.where('plannedDate').between(scope.from, scope.to, true, true).toArray();
      }
      const sessionIds = new Set(sessions.map((row) => row.id));
      const bySession = [...sessionIds];
      const attendance = await db.attendance.where('sessionId').anyOf(bySession).toArray();
      const checklist = await db.checklist.where('sessionId').anyOf(bySession).toArray();
      const quizAnswers = await db.quizAnswers.where('sessionId').anyOf(bySession).toArray();
      const photos = await db.photos.where('sessionId').anyOf(bySession).toArray();

      // Close over references: families named by attendance, answers and catch-ups, then their groups.
      const memberIds = new Set(members.map((row) => row.id));
      const wantedMembers = new Set<string>();
      for (const row of [...attendance, ...quizAnswers]) wantedMembers.add(row.memberId);
      for (const row of sessions) for (const id of row.catchUpFor) wantedMembers.add(id);
      const familyIds = new Set([...memberIds, ...wantedMembers]);
      const supervision = await selectSupervisionRows(db, scope, { familyIds, sessionIds });
      // The families the supervisor's rows name join too (a case opened in the range, say).
      for (const id of supervision.familyIds) wantedMembers.add(id);
      const extraMembers = [...wantedMembers].filter((id) => !memberIds.has(id));
      const found = await db.members.bulkGet(extraMembers);
      members = [...members, ...found.filter((row): row is Member => row !== undefined)];

      const groupIds = new Set(groups.map((row) => row.id));
      const wantedGroups = new Set([...sessions, ...members].map((row) => row.groupId));
      const extraGroups = [...wantedGroups].filter((id) => !groupIds.has(id));
      const foundGroups = await db.groups.bulkGet(extraGroups);
      groups = [...groups, ...foundGroups.filter((row): row is Group => row !== undefined)];

      const ledger = await db.fillLedger.toArray();
      return {
        groups,
        members,
        sessions,
        attendance,
        checklist,
        quizAnswers,
        photos,
        curriculum: await db.curriculum.toArray(),
        formMaps: await db.formMaps.toArray(),
        fillLedger: ledger.filter((entry) => sessionIds.has(sessionOfLedger(entry) ?? '')),
        ...supervision.tables,
      };
    },
  );
}
