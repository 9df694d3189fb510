/**
 * Group commands: validation at the boundary (valibot), then one awaited write. A region is typed
 * as a Kemendagri village code (32.01.01.2001); the province, regency and district codes are its
 * prefixes, so they cannot disagree.
 */
import * as v from 'valibot';
import { createRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { Group, Region } from '../../../shared/model/types';

export const GroupInputSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name'), v.maxLength(100, 'name')),
  villageCode: v.pipe(v.string(), v.trim(), v.regex(/^(\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)?$/, 'villageCode')),
  villageName: v.pipe(v.string(), v.trim(), v.maxLength(100, 'villageName')),
  districtName: v.pipe(v.string(), v.trim(), v.maxLength(100, 'districtName')),
  regencyName: v.pipe(v.string(), v.trim(), v.maxLength(100, 'regencyName')),
  provinceName: v.pipe(v.string(), v.trim(), v.maxLength(100, 'provinceName')),
  meetingPlace: v.pipe(v.string(), v.trim(), v.maxLength(200, 'meetingPlace')),
  leaderName: v.pipe(v.string(), v.trim(), v.maxLength(100, 'leaderName')),
});
export type GroupInput = v.InferInput<typeof GroupInputSchema>;

export function regionFrom(input: v.InferOutput<typeof GroupInputSchema>): Region {
  const parts = input.villageCode.split('.');
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

/** Validates a group form; throws `input.invalid` naming the first bad field. */
export function parseGroupInput(input: GroupInput): v.InferOutput<typeof GroupInputSchema> {
  const result = v.safeParse(GroupInputSchema, input);
  if (!result.success) {
    throw new AppError('input.invalid', {
      detail: result.issues[0]?.message ?? 'group',
      field: result.issues[0]?.message ?? '',
    });
  }
  return result.output;
}

export async function saveGroup(
  ctx: WriteContext,
  input: GroupInput,
  facilitator: string,
  existing?: Group,
): Promise<Group> {
  const parsed = parseGroupInput(input);
  const fields = {
    name: parsed.name,
    region: regionFrom(parsed),
    meetingPlace: parsed.meetingPlace,
    leaderName: parsed.leaderName,
  };
  if (existing !== undefined) return updateRow(ctx, 'groups', existing, fields);
  return createRow(ctx, 'groups', { ...fields, facilitator, archived: false, demo: false });
}
