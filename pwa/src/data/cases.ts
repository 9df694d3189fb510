/**
 * Case management: cases, their plan (actions), referrals and visits. Every command checks its
 * input first (shared/supervision/check-case.ts) and throws `input.invalid` — writing nothing —
 * when something is wrong; the forms show the same checks' messages before they get here.
 * Closed cases keep their entries; reopening clears the closure.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { createRow, softDeleteRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { CaseEntry, CaseEntryStatus, CaseRecord } from '../../../shared/model/supervision';
import type { Member } from '../../../shared/model/types';
import { memberMatcher } from '../../../shared/roster/search-members';
import {
  type Assessment,
  type CaseDraft,
  type CaseIssue,
  type Checked,
  type Closure,
  checkAssessment,
  checkCase,
  checkClosure,
  checkEntry,
  type EntryDraft,
} from '../../../shared/supervision/check-case';

const alive = <T extends { deletedAt: string | null }>(row: T): boolean => row.deletedAt === null;

function orThrow<T>(checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  const first: CaseIssue | undefined = checked.issues[0];
  throw new AppError('input.invalid', { field: first?.field ?? 'case', detail: first?.key ?? '' });
}

/** Open cases first (newest opened first), then closed ones (latest closed first). */
export async function listCases(db: LenteraDB): Promise<CaseRecord[]> {
  const cases = (await db.cases.toArray()).filter(alive);
  return cases.sort((a, b) => {
    if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
    const dateA = a.status === 'open' ? a.openedDate : (a.closedDate ?? a.openedDate);
    const dateB = b.status === 'open' ? b.openedDate : (b.closedDate ?? b.openedDate);
    return dateB.localeCompare(dateA) || b.id.localeCompare(a.id);
  });
}

/** Every live entry of every case: the hub and the report count across all of them. */
export async function listAllEntries(db: LenteraDB): Promise<CaseEntry[]> {
  return (await db.caseEntries.toArray()).filter(alive);
}

export async function loadCase(
  db: LenteraDB,
  caseId: string,
): Promise<{ caseRecord: CaseRecord; entries: CaseEntry[] } | null> {
  const caseRecord = await db.cases.get(caseId);
  if (caseRecord === undefined || !alive(caseRecord)) return null;
  const entries = (await db.caseEntries.where('caseId').equals(caseId).toArray()).filter(alive);
  entries.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id));
  return { caseRecord, entries };
}

export async function openCase(ctx: WriteContext, draft: CaseDraft, today: string): Promise<CaseRecord> {
  const value = orThrow(checkCase(draft, today));
  return createRow(ctx, 'cases', { ...value, status: 'open', closedDate: null, outcome: '' });
}

/** Changes the family, title, opening date or worker of a case. */
export async function updateCaseHeader(
  ctx: WriteContext,
  caseRecord: CaseRecord,
  draft: Omit<CaseDraft, 'assessment'>,
  today: string,
): Promise<CaseRecord> {
  const value = orThrow(checkCase({ ...draft, assessment: caseRecord.assessment }, today));
  const { family, title, openedDate, worker } = value;
  return updateRow(ctx, 'cases', caseRecord, { family, title, openedDate, worker });
}

export async function updateAssessment(
  ctx: WriteContext,
  caseRecord: CaseRecord,
  draft: Assessment,
): Promise<CaseRecord> {
  return updateRow(ctx, 'cases', caseRecord, { assessment: orThrow(checkAssessment(draft)) });
}

export async function closeCase(
  ctx: WriteContext,
  caseRecord: CaseRecord,
  draft: Closure,
  today: string,
): Promise<CaseRecord> {
  const value = orThrow(checkClosure(draft, caseRecord.openedDate, today));
  return updateRow(ctx, 'cases', caseRecord, {
    status: 'closed',
    closedDate: value.closedDate,
    outcome: value.outcome,
  });
}

/** Opens a closed case again; the old outcome is kept in the change log, not on the case. */
export async function reopenCase(ctx: WriteContext, caseRecord: CaseRecord): Promise<CaseRecord> {
  return updateRow(ctx, 'cases', caseRecord, { status: 'open', closedDate: null, outcome: '' });
}

export async function addEntry(
  ctx: WriteContext,
  caseRecord: CaseRecord,
  draft: EntryDraft,
  today: string,
): Promise<CaseEntry> {
  const value = orThrow(checkEntry(draft, today));
  const { db } = ctx;
  // The case must still exist when its entry is written: both in one transaction.
  return db.transaction('rw', [db.cases, db.caseEntries, db.changes], async () => {
    const current = await db.cases.get(caseRecord.id);
    if (current === undefined || !alive(current)) throw new AppError('db.notFound', { what: caseRecord.id });
    return createRow(ctx, 'caseEntries', { ...value, caseId: caseRecord.id });
  });
}

export async function updateEntry(
  ctx: WriteContext,
  entry: CaseEntry,
  draft: EntryDraft,
  today: string,
): Promise<CaseEntry> {
  return updateRow(ctx, 'caseEntries', entry, orThrow(checkEntry(draft, today)));
}

/** Moves an entry along: done gets today's date (or keeps the one it has), other statuses none. */
export async function setEntryStatus(
  ctx: WriteContext,
  entry: CaseEntry,
  status: CaseEntryStatus,
  today: string,
): Promise<CaseEntry> {
  const doneDate =
    status === 'done'
      ? (entry.doneDate ??
        (entry.kind === 'visit' && entry.dueDate !== null && entry.dueDate <= today ? entry.dueDate : today))
      : null;
  return updateRow(ctx, 'caseEntries', entry, { status, doneDate });
}

export async function removeEntry(ctx: WriteContext, entry: CaseEntry): Promise<CaseEntry> {
  return softDeleteRow(ctx, 'caseEntries', entry);
}

export interface FamilyHit {
  readonly member: Member;
  readonly groupName: string;
}

/** Families on this device matching a name or NIK, active ones first, at most `limit`. */
export async function searchFamilies(db: LenteraDB, query: string, limit = 8): Promise<FamilyHit[]> {
  if (query.trim() === '') return [];
  const matches = memberMatcher(query);
  const [members, groups] = await Promise.all([db.members.toArray(), db.groups.toArray()]);
  const groupNames = new Map(groups.filter(alive).map((g) => [g.id, g.name]));
  return members
    .filter((m) => alive(m) && groupNames.has(m.groupId) && matches(m))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'id'))
    .slice(0, limit)
    .map((member) => ({ member, groupName: groupNames.get(member.groupId) ?? '' }));
}

export async function getMember(db: LenteraDB, memberId: string): Promise<Member | null> {
  const member = await db.members.get(memberId);
  return member === undefined || !alive(member) ? null : member;
}
