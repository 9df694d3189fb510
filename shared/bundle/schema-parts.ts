/**
 * The small valibot pieces every row schema is built from (row-schemas.ts for the facilitator's
 * tables, supervision-row-schemas.ts for the supervisor's), so both read the same way: ids are
 * UUIDs, instants exactly what `toISOString()` writes, dates and times real calendar values,
 * numbers whole and bounded, every string limited, and no list where an object belongs.
 */
import * as v from 'valibot';
import { isLocalDate, isLocalTime } from '../model/clock';
import { isId } from '../model/ids';

export const DEVICE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isInstant(value: string): boolean {
  if (!INSTANT_PATTERN.test(value)) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}

const notList = v.custom<unknown>((input) => !Array.isArray(input), 'must be an object, not a list');
/** An object schema that also refuses a list (valibot would otherwise read a list's keys). */
export const record = <T extends v.GenericSchema>(schema: T) => v.pipe(notList, schema);
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
export const whole = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `must be one of ${values.join(', ')}`);
export const listOf = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `must list at most ${max} items`));

export const idSchema = v.pipe(
  v.string(),
  v.check((value: string) => isId(value), 'must be an id (a UUID)'),
);
export const deviceIdSchema = v.pipe(v.string(), v.regex(DEVICE_ID_PATTERN, 'must be a device id'));
export const instantSchema = v.pipe(v.string(), v.check(isInstant, 'must be a time like 2026-01-05T01:00:00.000Z'));
export const dateSchema = v.pipe(v.string(), v.check(isLocalDate, 'must be a date YYYY-MM-DD'));
export const timeSchema = v.pipe(v.string(), v.check(isLocalTime, 'must be a time HH:mm'));

/** Meta of a row keyed by its natural key (attendance, ticks, answers). */
export const rowMetaEntries = {
  createdAt: instantSchema,
  updatedAt: instantSchema,
  deletedAt: v.nullable(instantSchema),
  deviceId: deviceIdSchema,
};
/** Meta of a row with its own id. */
export const metaEntries = { id: idSchema, ...rowMetaEntries };
