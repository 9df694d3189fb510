/**
 * Row shapes of the supervisor's tables in a bundle (schema v2: observations, cases and their
 * entries, complaints, stories and their media), strict like every other row schema
 * (row-schemas.ts): an unknown key is refused, every string is limited, dates and instants are real.
 * Limits sit well above what the forms of shared/supervision accept, so a backup the app made
 * itself always restores.
 *
 * Media travel without their Blob, like photos: `file` names `media/<id>.<ext>` (media-types.ts),
 * or is null for deleted media. Cross-field rules (file name, kind against type, size caps) are in
 * `findMediaProblem`.
 *
 * A story without the family's consent (`consent.given` false) travels like any other: a
 * facilitator's backup must be complete. Publishing is what consent guards
 * (shared/supervision/story-rules.ts); an import preview counts such stories so a supervisor knows.
 */
import * as v from 'valibot';
import {
  CASE_ENTRY_KINDS,
  CASE_ENTRY_STATUSES,
  CASE_NEEDS,
  CASE_STATUSES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  MEDIA_KINDS,
  type Media,
  REFERRAL_SERVICES,
} from '../model/supervision';
import { BUNDLE_LIMITS, TEXT_LIMITS } from './bundle-limits';
import { kindFitsType, MAX_MIME_LENGTH, mediaFileName, travellingMediaType } from './media-types';
import { dateSchema, idSchema, instantSchema, listOf, metaEntries, oneOf, record, text, whole } from './schema-parts';

/** A media row as it travels: everything but the Blob, plus the name of its file in the zip. */
export type BundleMediaRow = Omit<Media, 'blob'> & { readonly file: string | null };

const LIST_MAX = 1_000;

const familyRef = record(
  v.strictObject({
    memberId: v.nullable(idSchema),
    name: text(TEXT_LIMITS.name),
    nik: text(TEXT_LIMITS.code),
    pkhId: text(TEXT_LIMITS.short),
    address: text(TEXT_LIMITS.place),
  }),
);

const observationScore = record(
  v.strictObject({
    itemId: text(TEXT_LIMITS.code),
    label: text(TEXT_LIMITS.caption),
    score: v.nullable(v.picklist([1, 2, 3, 4], 'must be 1, 2, 3, 4 or null')),
    note: text(TEXT_LIMITS.note),
  }),
);

const followUp = record(
  v.strictObject({
    id: text(TEXT_LIMITS.code),
    text: text(TEXT_LIMITS.note),
    dueDate: v.nullable(dateSchema),
    done: v.boolean(),
  }),
);

const complaintStep = record(
  v.strictObject({ status: oneOf(COMPLAINT_STATUSES), at: instantSchema, note: text(TEXT_LIMITS.note) }),
);

const consent = record(
  v.strictObject({
    given: v.boolean(),
    by: text(TEXT_LIMITS.name),
    method: v.nullable(oneOf(['signed', 'recorded', 'verbal'])),
    recordedAt: v.nullable(instantSchema),
    mediaId: v.nullable(idSchema),
  }),
);

const seconds = v.pipe(
  v.number(),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(86_400, 'must be at most 86400'),
);

export const SUPERVISION_ROW_SCHEMAS = {
  observations: record(
    v.strictObject({
      ...metaEntries,
      sessionId: v.nullable(idSchema),
      facilitator: text(TEXT_LIMITS.name),
      groupName: text(TEXT_LIMITS.name),
      curriculumCode: text(TEXT_LIMITS.code),
      date: dateSchema,
      scores: listOf(observationScore, LIST_MAX),
      notes: text(TEXT_LIMITS.notes),
      followUps: listOf(followUp, LIST_MAX),
    }),
  ),
  cases: record(
    v.strictObject({
      ...metaEntries,
      family: familyRef,
      title: text(TEXT_LIMITS.name),
      openedDate: dateSchema,
      status: oneOf(CASE_STATUSES),
      assessment: record(
        v.strictObject({
          bio: text(TEXT_LIMITS.notes),
          psycho: text(TEXT_LIMITS.notes),
          social: text(TEXT_LIMITS.notes),
          needs: listOf(oneOf(CASE_NEEDS), CASE_NEEDS.length),
        }),
      ),
      closedDate: v.nullable(dateSchema),
      outcome: text(TEXT_LIMITS.notes),
      worker: text(TEXT_LIMITS.name),
    }),
  ),
  caseEntries: record(
    v.strictObject({
      ...metaEntries,
      caseId: idSchema,
      kind: oneOf(CASE_ENTRY_KINDS),
      text: text(TEXT_LIMITS.note),
      service: v.nullable(oneOf(REFERRAL_SERVICES)),
      status: oneOf(CASE_ENTRY_STATUSES),
      dueDate: v.nullable(dateSchema),
      doneDate: v.nullable(dateSchema),
      notes: text(TEXT_LIMITS.notes),
    }),
  ),
  complaints: record(
    v.strictObject({
      ...metaEntries,
      receivedDate: dateSchema,
      complainant: familyRef,
      category: oneOf(COMPLAINT_CATEGORIES),
      channel: oneOf(COMPLAINT_CHANNELS),
      description: text(TEXT_LIMITS.notes),
      status: oneOf(COMPLAINT_STATUSES),
      history: listOf(complaintStep, LIST_MAX),
      escalatedTo: text(TEXT_LIMITS.place),
      answer: text(TEXT_LIMITS.notes),
      closedDate: v.nullable(dateSchema),
      worker: text(TEXT_LIMITS.name),
    }),
  ),
  stories: record(
    v.strictObject({
      ...metaEntries,
      family: familyRef,
      title: text(TEXT_LIMITS.name),
      text: text(TEXT_LIMITS.notes),
      consent,
      worker: text(TEXT_LIMITS.name),
    }),
  ),
  media: record(
    v.strictObject({
      ...metaEntries,
      storyId: idSchema,
      kind: oneOf(MEDIA_KINDS),
      file: v.nullable(text(TEXT_LIMITS.short)),
      mimeType: text(MAX_MIME_LENGTH),
      size: whole(0, BUNDLE_LIMITS.mediaBytes.video),
      durationSeconds: v.nullable(seconds),
      caption: text(TEXT_LIMITS.caption),
      takenAt: instantSchema,
    }),
  ),
} as const;

/** Rules across the fields of a media row: its type, its kind, its size and its file name. */
export function findMediaRowProblem(row: BundleMediaRow): { path: string; detail: string } | null {
  const type = travellingMediaType(row.mimeType);
  if (type === null) return { path: 'mimeType', detail: `${row.mimeType.slice(0, 60)} cannot travel in a bundle` };
  if (!kindFitsType(row.kind, type)) return { path: 'kind', detail: `a ${row.kind} cannot be of type ${type}` };
  const max = BUNDLE_LIMITS.mediaBytes[row.kind];
  if (row.size > max) return { path: 'size', detail: `must be at most ${max} bytes for ${row.kind}` };
  if (row.deletedAt !== null) {
    return row.file === null ? null : { path: 'file', detail: 'must be null for deleted media' };
  }
  const expected = mediaFileName(row.id, type);
  return row.file === expected ? null : { path: 'file', detail: `must be ${expected}` };
}
