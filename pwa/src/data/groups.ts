/**
 * Group commands: validation at the boundary, then one awaited write. A region is typed as a
 * Kemendagri village code (32.01.01.2001); the province, regency and district codes are its
 * prefixes, so they cannot disagree. Validation reports every bad field at once, each with a
 * message key, so the form can put the message under the field in the user's language.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { createRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { Group, Region } from '../../../shared/model/types';
import { cleanText } from '../../../shared/roster/clean-cell';

export interface GroupInput {
  readonly name: string;
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtName: string;
  readonly regencyName: string;
  readonly provinceName: string;
  readonly meetingPlace: string;
  readonly leaderName: string;
}
export type GroupField = keyof GroupInput;

export const GROUP_FIELDS: readonly GroupField[] = [
  'name',
  'villageCode',
  'villageName',
  'districtName',
  'regencyName',
  'provinceName',
  'meetingPlace',
  'leaderName',
];

const MAX: Readonly<Record<GroupField, number>> = {
  name: 100,
  villageCode: 13,
  villageName: 100,
  districtName: 100,
  regencyName: 100,
  provinceName: 100,
  meetingPlace: 200,
  leaderName: 100,
};

export interface FieldMessage {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}
export type GroupErrors = Partial<Record<GroupField, FieldMessage>>;

export const EMPTY_GROUP_INPUT: GroupInput = {
  name: '',
  villageCode: '',
  villageName: '',
  districtName: '',
  regencyName: '',
  provinceName: '',
  meetingPlace: '',
  leaderName: '',
};

const DOTTED = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * What people type → the dotted code: "3201012001" and "32 01 01 2001" become "32.01.01.2001".
 * Anything that is not one of the four code shapes is returned as typed, for validation to refuse.
 */
export function normalizeVillageCode(value: string): string {
  const text = value.trim();
  if (text === '' || DOTTED.test(text)) return text;
  // Dots are not removed: "32.1.1" is a mistake to show, not "32.11" to guess.
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || ![2, 4, 6, 10].includes(digits.length)) return text;
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)].filter(Boolean).join('.');
}

export function checkGroupInput(input: GroupInput): { value: GroupInput | null; errors: GroupErrors } {
  const errors: GroupErrors = {};
  const value = {} as Record<GroupField, string>;
  for (const field of GROUP_FIELDS) {
    const text = field === 'villageCode' ? normalizeVillageCode(input[field]) : cleanText(input[field]);
    value[field] = text;
    if (text.length > MAX[field]) errors[field] = { key: 'groups.error.tooLong', values: { max: MAX[field] } };
  }
  if (value.name === '') errors.name = { key: 'groups.error.nameRequired', values: {} };
  if (!DOTTED.test(value.villageCode) && value.villageCode !== '') {
    errors.villageCode = { key: 'groups.error.villageCode', values: {} };
  }
  return { value: Object.keys(errors).length === 0 ? value : null, errors };
}

export function regionFrom(input: GroupInput): Region {
  const parts = input.villageCode === '' ? [] : input.villageCode.split('.');
  const prefix = (n: number) => (parts.length >= n ? parts.slice(0, n).join('.') : '');
  return {
    provinceCode: prefix(1),
    provinceName: input.provinceName,
    regencyCode: prefix(2),
    regencyName: input.regencyName,
    districtCode: prefix(3),
    districtName: input.districtName,
    villageCode: prefix(4),
    villageName: input.villageName,
  };
}

export function groupInputOf(group: Group): GroupInput {
  const { region } = group;
  return {
    name: group.name,
    villageCode: region.villageCode || region.districtCode || region.regencyCode || region.provinceCode,
    villageName: region.villageName,
    districtName: region.districtName,
    regencyName: region.regencyName,
    provinceName: region.provinceName,
    meetingPlace: group.meetingPlace,
    leaderName: group.leaderName,
  };
}

/** The most precise region code a NIK can be checked against (a NIK holds six digits). */
export function groupRegionCode(group: Group): string {
  const { region } = group;
  return region.districtCode || region.regencyCode || region.provinceCode;
}

/** Saves a new or edited group; throws `input.invalid` naming the first bad field. */
export async function saveGroup(
  ctx: WriteContext,
  input: GroupInput,
  facilitator: string,
  existing?: Group,
): Promise<Group> {
  const { value, errors } = checkGroupInput(input);
  if (value === null) {
    const field = GROUP_FIELDS.find((name) => errors[name] !== undefined) ?? 'name';
    throw new AppError('input.invalid', { field, detail: field });
  }
  const fields = {
    name: value.name,
    region: regionFrom(value),
    meetingPlace: value.meetingPlace,
    leaderName: value.leaderName,
  };
  if (existing !== undefined) return updateRow(ctx, 'groups', existing, fields);
  return createRow(ctx, 'groups', { ...fields, facilitator, archived: false, demo: false });
}

export async function setGroupArchived(ctx: WriteContext, group: Group, archived: boolean): Promise<Group> {
  return updateRow(ctx, 'groups', group, { archived });
}

/** A live (not deleted) group, or undefined. */
export async function findGroup(db: LenteraDB, id: string): Promise<Group | undefined> {
  const group = await db.groups.get(id);
  return group !== undefined && group.deletedAt === null ? group : undefined;
}
