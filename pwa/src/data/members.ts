/**
 * Family (KPM) commands. Every check a family passes lives in shared/roster/check-member.ts, so
 * the form and the roster import accept the same things. A NIK belongs to one live family in the
 * whole database: the uniqueness check runs inside the same transaction as the write, so two tabs
 * (or a form and an import) cannot both add the same NIK.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { newMeta, putRows, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { Member } from '../../../shared/model/types';
import type { KnownNik } from '../../../shared/roster/build-roster-report';
import { checkMemberDraft, type MemberCheck, type MemberDraft } from '../../../shared/roster/check-member';
import type { MemberDetails } from '../../../shared/roster/roster-fields';

export const EMPTY_MEMBER_DRAFT: MemberDraft = {
  nik: '',
  kkNumber: '',
  pkhId: '',
  name: '',
  address: '',
  phone: '',
  components: { pregnant: false, toddlers: 0, school: { sd: 0, smp: 0, sma: 0 }, elderly: 0, severeDisability: 0 },
};

export function memberDraftOf(member: Member): MemberDraft {
  const { nik, kkNumber, pkhId, name, address, phone, components } = member;
  return { nik, kkNumber, pkhId, name, address, phone, components };
}

const alive = (member: Member): boolean => member.deletedAt === null;

/** The live family holding a NIK (other than `exceptId`), with its group's name. */
export async function findNikHolder(
  db: LenteraDB,
  nik: string,
  exceptId?: string,
): Promise<{ member: Member; groupName: string } | null> {
  const holders = (await db.members.where('nik').equals(nik).toArray()).filter(
    (member) => alive(member) && member.id !== exceptId,
  );
  const member = holders[0];
  if (member === undefined) return null;
  const group = await db.groups.get(member.groupId);
  return { member, groupName: group?.name ?? '—' };
}

/** The error a duplicate NIK raises: plain data the form turns into "already registered to …". */
export function duplicateNikError(nik: string, holder: { member: Member; groupName: string }): AppError {
  return new AppError('input.invalid', {
    field: 'nik',
    reason: 'duplicateNik',
    nik,
    name: holder.member.name,
    group: holder.groupName,
    detail: `NIK ${nik}: ${holder.member.name} (${holder.groupName})`,
  });
}

export interface SaveMemberOptions {
  readonly today: string;
  readonly expectedRegion?: string;
}

/**
 * Creates or updates a family. Throws `input.invalid` when the details have errors (the form
 * shows them from `checkMemberDraft` before it gets here) or when the NIK is taken.
 */
export async function saveMember(
  ctx: WriteContext,
  groupId: string,
  draft: MemberDraft,
  options: SaveMemberOptions,
  existing?: Member,
): Promise<{ member: Member; check: MemberCheck }> {
  const check = checkMemberDraft(draft, options);
  const details = check.details;
  if (details === null) {
    const first = check.errors[0];
    throw new AppError('input.invalid', { field: first?.field ?? 'nik', detail: first?.key ?? 'member' });
  }
  const { db } = ctx;
  const member = await db.transaction('rw', [db.members, db.groups, db.changes], async () => {
    const holder = await findNikHolder(db, details.nik, existing?.id);
    if (holder !== null) throw duplicateNikError(details.nik, holder);
    if (existing !== undefined) return updateRow(ctx, 'members', existing, { ...details, groupId });
    const row: Member = { ...newMeta(ctx), ...details, groupId, active: true };
    await putRows(ctx, 'members', [row]);
    return row;
  });
  return { member, check };
}

export async function moveMember(ctx: WriteContext, member: Member, groupId: string): Promise<Member> {
  const { db } = ctx;
  return db.transaction('rw', [db.members, db.groups, db.changes], async () => {
    const target = await db.groups.get(groupId);
    if (target === undefined || target.deletedAt !== null) throw new AppError('db.notFound', { what: groupId });
    return updateRow(ctx, 'members', member, { groupId });
  });
}

export async function setMemberActive(ctx: WriteContext, member: Member, active: boolean): Promise<Member> {
  return updateRow(ctx, 'members', member, { active });
}

/** Every live NIK in the database with who holds it: the duplicate check of a roster report. */
export async function knownNiks(db: LenteraDB): Promise<Map<string, KnownNik>> {
  const [members, groups] = await Promise.all([db.members.toArray(), db.groups.toArray()]);
  const groupNames = new Map(groups.map((group) => [group.id, group.name]));
  const known = new Map<string, KnownNik>();
  for (const member of members) {
    if (!alive(member)) continue;
    known.set(member.nik, { name: member.name, groupName: groupNames.get(member.groupId) ?? '—' });
  }
  return known;
}

/**
 * Writes the families of a confirmed roster report: all of them in one transaction, or none. A
 * NIK registered since the report was made (another tab, another import) aborts the whole write
 * with a `duplicateNik` error, so the screen can rebuild the report and ask again.
 */
export async function importMembers(
  ctx: WriteContext,
  groupId: string,
  families: readonly MemberDetails[],
): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', [db.members, db.groups, db.changes], async () => {
    const group = await db.groups.get(groupId);
    if (group === undefined || group.deletedAt !== null) throw new AppError('db.notFound', { what: groupId });
    const niks = families.map((family) => family.nik);
    if (new Set(niks).size !== niks.length) throw new AppError('input.invalid', { field: 'nik', detail: 'duplicate' });
    // One index query for the whole list: a roster can hold thousands of families.
    const taken = (await db.members.where('nik').anyOf(niks).toArray()).find(alive);
    if (taken !== undefined) {
      const holderGroup = await db.groups.get(taken.groupId);
      throw duplicateNikError(taken.nik, { member: taken, groupName: holderGroup?.name ?? '—' });
    }
    const rows: Member[] = families.map((family) => ({ ...newMeta(ctx), ...family, groupId, active: true }));
    await putRows(ctx, 'members', rows);
    return rows.length;
  });
}
