/**
 * The shape of every row a bundle may carry, one strict valibot schema per table. Strict: an
 * unknown key is refused, because a row that does not match the model is either damage or a file
 * from a newer app that this one would silently strip.
 *
 * What is checked: ids are UUIDs (`isId`), device ids are short tokens (ensureDeviceId makes
 * UUIDs; tests and future servers may use other safe names), instants are exactly what
 * `toISOString()` writes, dates `YYYY-MM-DD` and times `HH:mm` are real calendar values, statuses
 * come from their sets, numbers are whole and bounded, every string has a length limit.
 * Limits sit well above what the app's own forms accept (TEXT_LIMITS), because the one thing worse
 * than a hostile bundle is a backup the app made itself and then refuses to restore.
 *
 * Photos travel without their Blob: the row names its picture `file: "photos/<id>.<ext>"`, or
 * `file: null` for a deleted photo (its picture is dropped on deletion and never travels).
 * The supervisor's tables (and story media, which travel the same way as photos) are in
 * supervision-row-schemas.ts; the building blocks of both in schema-parts.ts.
 * Rules across fields that a schema cannot state are in `findRowProblem`.
 */
import * as v from 'valibot';
import { CODE_PATTERN, ITEM_ID_PATTERN, parseCurriculumModule } from '../curriculum/schema';
import type { RowOf } from '../db/write';
import { isAppError } from '../errors';
import {
  ATTENDANCE_STATUSES,
  type CurriculumRecord,
  type Photo,
  QUIZ_PHASES,
  SESSION_STATUSES,
  type TableName,
} from '../model/types';
import { TEXT_LIMITS } from './bundle-limits';
import {
  dateSchema,
  idSchema,
  instantSchema,
  metaEntries,
  oneOf,
  record,
  rowMetaEntries,
  text,
  timeSchema,
  whole,
} from './schema-parts';
import { type BundleMediaRow, findMediaRowProblem, SUPERVISION_ROW_SCHEMAS } from './supervision-row-schemas';

/** A photo row as it travels: everything but the Blob, plus the name of its picture in the zip. */
export type BundlePhotoRow = Omit<Photo, 'blob'> & { readonly file: string | null };

export type { BundleMediaRow } from './supervision-row-schemas';

export type BundleRowOf = {
  readonly [K in TableName]: K extends 'photos' ? BundlePhotoRow : K extends 'media' ? BundleMediaRow : RowOf[K];
};

export const PHOTO_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type PhotoType = keyof typeof PHOTO_TYPES;
export { DEVICE_ID_PATTERN, deviceIdSchema, idSchema, instantSchema, isInstant } from './schema-parts';

/** The one name a photo's picture may have inside the zip. */
export function photoFileName(id: string, mimeType: PhotoType): string {
  return `photos/${id}.${PHOTO_TYPES[mimeType]}`;
}

const code = v.pipe(v.string(), v.regex(CODE_PATTERN, 'must be a code like P2K2-05'));
const itemId = v.pipe(v.string(), v.regex(ITEM_ID_PATTERN, 'must be a step or question id'));
const isPlainObject = (input: unknown): boolean => typeof input === 'object' && input !== null && !Array.isArray(input);
const jsonObject = v.custom<Readonly<Record<string, unknown>>>(isPlainObject, 'must be an object');
const date = dateSchema;
const time = timeSchema;
const meta = metaEntries;
const rowMeta = rowMetaEntries;

const region = record(
  v.strictObject({
    provinceCode: text(TEXT_LIMITS.code),
    provinceName: text(TEXT_LIMITS.name),
    regencyCode: text(TEXT_LIMITS.code),
    regencyName: text(TEXT_LIMITS.name),
    districtCode: text(TEXT_LIMITS.code),
    districtName: text(TEXT_LIMITS.name),
    villageCode: text(TEXT_LIMITS.code),
    villageName: text(TEXT_LIMITS.name),
  }),
);

const components = record(
  v.strictObject({
    pregnant: v.boolean(),
    toddlers: whole(0, 99),
    school: record(v.strictObject({ sd: whole(0, 99), smp: whole(0, 99), sma: whole(0, 99) })),
    elderly: whole(0, 99),
    severeDisability: whole(0, 99),
  }),
);

export const ROW_SCHEMAS = {
  groups: record(
    v.strictObject({
      ...meta,
      name: text(TEXT_LIMITS.name),
      region,
      meetingPlace: text(TEXT_LIMITS.place),
      leaderName: text(TEXT_LIMITS.name),
      facilitator: text(TEXT_LIMITS.name),
      archived: v.boolean(),
      demo: v.boolean(),
    }),
  ),
  members: record(
    v.strictObject({
      ...meta,
      groupId: idSchema,
      nik: text(TEXT_LIMITS.code),
      kkNumber: text(TEXT_LIMITS.code),
      pkhId: text(TEXT_LIMITS.short),
      name: text(TEXT_LIMITS.name),
      address: text(TEXT_LIMITS.place),
      phone: text(TEXT_LIMITS.short),
      components,
      active: v.boolean(),
    }),
  ),
  sessions: record(
    v.strictObject({
      ...meta,
      groupId: idSchema,
      curriculumCode: code,
      plannedDate: date,
      plannedTime: time,
      place: text(TEXT_LIMITS.place),
      status: oneOf(SESSION_STATUSES),
      actualDate: v.nullable(date),
      startedAt: v.nullable(instantSchema),
      endedAt: v.nullable(instantSchema),
      notes: text(TEXT_LIMITS.notes),
      catchUpFor: v.pipe(v.array(idSchema), v.maxLength(10_000, 'must list at most 10000 families')),
    }),
  ),
  attendance: record(
    v.strictObject({
      ...rowMeta,
      sessionId: idSchema,
      memberId: idSchema,
      status: oneOf(ATTENDANCE_STATUSES),
      note: text(TEXT_LIMITS.note),
    }),
  ),
  checklist: record(
    v.strictObject({
      ...rowMeta,
      sessionId: idSchema,
      stepId: itemId,
      done: v.boolean(),
      doneAt: v.nullable(instantSchema),
      minutesSpent: v.nullable(whole(0, 1440)),
    }),
  ),
  quizAnswers: record(
    v.strictObject({
      ...rowMeta,
      sessionId: idSchema,
      memberId: idSchema,
      questionId: itemId,
      phase: oneOf(QUIZ_PHASES),
      answer: v.union([v.boolean(), whole(0, 63)], 'must be true, false or an option number'),
      correct: v.boolean(),
    }),
  ),
  photos: record(
    v.strictObject({
      ...meta,
      sessionId: idSchema,
      file: v.nullable(text(TEXT_LIMITS.short)),
      mimeType: oneOf(Object.keys(PHOTO_TYPES) as [PhotoType, ...PhotoType[]]),
      width: whole(1, 20_000),
      height: whole(1, 20_000),
      caption: text(TEXT_LIMITS.caption),
      takenAt: instantSchema,
      consent: v.boolean(),
    }),
  ),
  curriculum: record(v.strictObject({ ...meta, module: v.unknown(), moduleCode: code })),
  formMaps: record(v.strictObject({ ...meta, name: text(TEXT_LIMITS.name), map: jsonObject })),
  fillLedger: record(
    v.strictObject({
      ...meta,
      recordKey: text(TEXT_LIMITS.short + TEXT_LIMITS.short),
      mapId: text(TEXT_LIMITS.short),
      portalOrigin: text(TEXT_LIMITS.place),
      result: oneOf(['sent', 'filled', 'failed', 'skipped']),
      reference: text(TEXT_LIMITS.place),
      error: text(TEXT_LIMITS.error),
      at: instantSchema,
    }),
  ),
  ...SUPERVISION_ROW_SCHEMAS,
} as const;

// Compile-time proof that whatever a schema accepts is a valid row of its table.
type Accepts<K extends TableName> = v.InferOutput<(typeof ROW_SCHEMAS)[K]> extends BundleRowOf[K] ? true : never;
const schemaProofs: { readonly [K in TableName]: Accepts<K> } = {
  groups: true,
  members: true,
  sessions: true,
  attendance: true,
  checklist: true,
  quizAnswers: true,
  photos: true,
  curriculum: true,
  formMaps: true,
  fillLedger: true,
  observations: true,
  cases: true,
  caseEntries: true,
  complaints: true,
  stories: true,
  media: true,
};
void schemaProofs;

export interface RowProblem {
  /** Within the row: `file`, `module.sessions[2].steps[0].minutes`. */
  readonly path: string;
  readonly detail: string;
}

/** Rules across the fields of one valid-shaped row; null when it keeps them all. */
export function findRowProblem<K extends TableName>(table: K, row: BundleRowOf[K]): RowProblem | null {
  if (table === 'photos') {
    const photo = row as BundlePhotoRow;
    if (photo.deletedAt !== null) {
      return photo.file === null ? null : { path: 'file', detail: 'must be null for a deleted photo' };
    }
    const expected = photoFileName(photo.id, photo.mimeType as PhotoType);
    return photo.file === expected ? null : { path: 'file', detail: `must be ${expected}` };
  }
  if (table === 'media') return findMediaRowProblem(row as BundleMediaRow);
  if (table === 'curriculum') {
    const module = (row as CurriculumRecord).module;
    try {
      const parsed = parseCurriculumModule(module);
      if (parsed.code !== (row as CurriculumRecord).moduleCode) {
        return { path: 'moduleCode', detail: `must be the module's code ${parsed.code}` };
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      const inner = String(error.details.path ?? '(root)');
      const path = inner === '(root)' ? 'module' : `module${inner.startsWith('[') ? '' : '.'}${inner}`;
      return { path, detail: String(error.details.detail ?? 'is invalid') };
    }
  }
  return null;
}
