/**
 * THE BUNDLE FORMAT, version 1. A bundle is one file, in one of two forms:
 *
 * 1. Plain: a ZIP archive (starts `PK\x03\x04`; no ZIP64, no zip encryption, UTF-8 names), with
 *    exactly these entries and no others:
 *    - `bundle.json` (deflated): the manifest below; UTF-8 JSON.
 *    - `tables/<table>/<nnnn>.json` (deflated): part `nnnn` (0000, 0001, …) of a table, a JSON
 *      array of rows; every table of the bundle's data version has `tables.<table>.parts` parts
 *      holding `tables.<table>.rows` rows in all, none empty. Row shapes: row-schemas.ts and
 *      supervision-row-schemas.ts. Photos rows carry `file: "photos/<id>.<ext>"` instead of their
 *      Blob (`null` for a deleted photo); story media rows likewise `file: "media/<id>.<ext>"`.
 *    - `photos/<id>.<jpg|png|webp>` (stored, not deflated: pictures do not compress): one per live
 *      photo row, exactly the name its row gives, bytes starting with the signature of its type.
 *    - `media/<id>.<ext>` (stored): one per live media row, likewise (types: media-types.ts).
 *    Why parts rather than rows inside `bundle.json`: see bundle-limits.ts.
 * 2. Encrypted: magic `LENTERA-ENC\n`, a one-line JSON header, `\n`, then AES-GCM-256 of the
 *    plain form. Exact layout and key derivation: bundle-crypto.ts.
 *
 * The manifest (`bundle.json`), strict, no other keys:
 *   { "format": "lentera-bundle", "formatVersion": 1,
 *     "schemaVersion": 2,                       // the Dexie version of the exporting database
 *     "createdAt": "2026-11-29T03:14:00.000Z", "deviceId": "<exporting device>",
 *     "facilitator": { "name": "Rina", "region": "Kab. Bogor", "role": "facilitator" | "supervisor" },
 *     "scope": { "kind": "all" } | { "kind": "dateRange", "from": "2026-11-01", "to": "2026-11-30" }
 *              | { "kind": "groups", "groupIds": ["<id>", …] },
 *     "tables": { "<table>": { "rows": 1234, "parts": 1 }, … every table of its data version },
 *     "externalRefs": { "groups": [ids], "members": [ids], "sessions": [ids],
 *                       "cases": [ids], "stories": [ids], "media": [ids] } }
 *
 * References: a row's `groupId`, `sessionId`, `memberId` and `catchUpFor` ids, and the supervisor
 * rows' links (an observation's session, a family's `memberId`, an entry's case, a media's story, a
 * consent's media) must name a row of the bundle (live or deleted), or be listed in `externalRefs`:
 * ids the exporting device referred to without sending their rows (not in scope, or missing on that
 * device). An external id must be referred to by some row and must not also be in the bundle.
 * Importing keeps such rows (nothing is lost); the preview counts the external ids this device does
 * not know either.
 *
 * Versions: `formatVersion` other than 1, or a `schemaVersion` newer than this app's database, is
 * `bundle.version`. Data version 2 added the supervisor's tables (TABLE_SINCE) and their
 * `externalRefs` lists: a version 1 bundle has neither (it is read as if they were empty) and a
 * version 2 bundle must have both. No upgrade changed a row's shape so far.
 */
import * as v from 'valibot';
import { LenteraDB } from '../db/database';
import { isLocalDate } from '../model/clock';
import { SUPERVISION_TABLE_NAMES, TABLE_NAMES, type TableName } from '../model/types';
import { BUNDLE_LIMITS, TEXT_LIMITS } from './bundle-limits';
import { MEDIA_ENTRY_RE } from './media-types';
import { deviceIdSchema, idSchema, instantSchema } from './schema-parts';

export const BUNDLE_FORMAT = 'lentera-bundle';
export const FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'bundle.json';
export const REFERENCE_TABLES = ['groups', 'members', 'sessions', 'cases', 'stories', 'media'] as const;
export type ReferenceTable = (typeof REFERENCE_TABLES)[number];

/** The data version (database schema version) that first carried each table. */
export const TABLE_SINCE: Readonly<Record<TableName, number>> = Object.fromEntries(
  TABLE_NAMES.map((table) => [table, (SUPERVISION_TABLE_NAMES as readonly string[]).includes(table) ? 2 : 1]),
) as Record<TableName, number>;
/** Likewise for the lists of `externalRefs`. */
export const REFERENCE_SINCE: Readonly<Record<ReferenceTable, number>> = {
  groups: 1,
  members: 1,
  sessions: 1,
  cases: 2,
  stories: 2,
  media: 2,
};

const MAX_PARTS = 10_000;
const PART_RE = /^tables\/([A-Za-z]+)\/(\d{4})\.json$/;
const PHOTO_RE = /^photos\/[0-9a-f-]{36}\.(?:jpg|png|webp)$/;

export function partName(table: TableName, index: number): string {
  return `tables/${table}/${String(index).padStart(4, '0')}.json`;
}

/** What an entry name may be: the manifest, a part of a known table, a photo or a story's media file. */
export function entryKind(name: string): 'manifest' | 'part' | 'photo' | 'media' | null {
  if (name === MANIFEST_NAME) return 'manifest';
  const part = PART_RE.exec(name);
  if (part !== null) return (TABLE_NAMES as readonly string[]).includes(part[1] ?? '') ? 'part' : null;
  if (PHOTO_RE.test(name)) return 'photo';
  return MEDIA_ENTRY_RE.test(name) ? 'media' : null;
}

let probedVersion: number | null = null;

/** The newest data version this app reads: the version its database declares (never opened here). */
export function supportedSchemaVersion(): number {
  probedVersion ??= new LenteraDB('lentera-version-probe').verno;
  return probedVersion;
}

const date = v.pipe(v.string(), v.check(isLocalDate, 'must be a date YYYY-MM-DD'));
const notList = v.custom<unknown>((input) => !Array.isArray(input), 'must be an object, not a list');
const record = <T extends v.GenericSchema>(schema: T) => v.pipe(notList, schema);
const count = (max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(max, `must be at most ${max}`),
  );

export const facilitatorSchema = record(
  v.strictObject({
    name: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(TEXT_LIMITS.name, 'is too long')),
    region: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name, 'is too long')),
    role: v.picklist(['facilitator', 'supervisor'], 'must be facilitator or supervisor'),
  }),
);

export const scopeSchema = record(
  v.variant(
    'kind',
    [
      v.strictObject({ kind: v.literal('all') }),
      v.pipe(
        v.strictObject({ kind: v.literal('dateRange'), from: date, to: date }),
        v.check((scope) => scope.from <= scope.to, 'must not end before it starts'),
      ),
      v.strictObject({
        kind: v.literal('groups'),
        groupIds: v.pipe(
          v.array(idSchema),
          v.minLength(1, 'must name at least 1 group'),
          v.maxLength(BUNDLE_LIMITS.rows.groups, 'names too many groups'),
        ),
      }),
    ],
    'must be all, dateRange or groups',
  ),
);

const tableCount = (table: TableName) =>
  record(v.strictObject({ rows: count(BUNDLE_LIMITS.rows[table]), parts: count(MAX_PARTS) }));
/** A table added in a later data version: absent from older bundles, read as empty (see findVersionProblem). */
const laterTableCount = (table: TableName) => v.optional(tableCount(table), () => ({ rows: 0, parts: 0 }));
const tableEntries = {
  groups: tableCount('groups'),
  members: tableCount('members'),
  sessions: tableCount('sessions'),
  attendance: tableCount('attendance'),
  checklist: tableCount('checklist'),
  quizAnswers: tableCount('quizAnswers'),
  photos: tableCount('photos'),
  curriculum: tableCount('curriculum'),
  formMaps: tableCount('formMaps'),
  fillLedger: tableCount('fillLedger'),
  observations: laterTableCount('observations'),
  cases: laterTableCount('cases'),
  caseEntries: laterTableCount('caseEntries'),
  complaints: laterTableCount('complaints'),
  stories: laterTableCount('stories'),
  media: laterTableCount('media'),
} satisfies Record<TableName, v.GenericSchema>;

const idList = v.pipe(v.array(idSchema), v.maxLength(BUNDLE_LIMITS.externalRefs, 'lists too many ids'));
const laterIdList = v.optional(idList, () => []);

export const manifestSchema = record(
  v.strictObject({
    format: v.literal(BUNDLE_FORMAT),
    formatVersion: v.literal(FORMAT_VERSION),
    schemaVersion: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1')),
    createdAt: instantSchema,
    deviceId: deviceIdSchema,
    facilitator: facilitatorSchema,
    scope: scopeSchema,
    tables: record(v.strictObject(tableEntries)),
    externalRefs: record(
      v.strictObject({
        groups: idList,
        members: idList,
        sessions: idList,
        cases: laterIdList,
        stories: laterIdList,
        media: laterIdList,
      }),
    ),
  }),
);

/**
 * A manifest that passed `manifestSchema` must also list exactly the tables and reference lists of
 * its data version: a version 2 bundle without `tables.media` is damaged, and a version 1 bundle
 * with it is not what version 1 wrote. `raw` is the manifest as parsed from JSON.
 */
export function findVersionProblem(
  raw: { readonly tables?: unknown; readonly externalRefs?: unknown },
  schemaVersion: number,
): { path: string; detail: string } | null {
  const check = (section: 'tables' | 'externalRefs', since: Readonly<Record<string, number>>) => {
    const present = raw[section] as Readonly<Record<string, unknown>>;
    for (const [key, version] of Object.entries(since)) {
      const has = Object.hasOwn(present, key);
      if (version <= schemaVersion && !has) return { path: `${MANIFEST_NAME} ${section}.${key}`, detail: 'is missing' };
      if (version > schemaVersion && has) {
        return { path: `${MANIFEST_NAME} ${section}.${key}`, detail: `is not part of data version ${schemaVersion}` };
      }
    }
    return null;
  };
  return check('tables', TABLE_SINCE) ?? check('externalRefs', REFERENCE_SINCE);
}

export type BundleManifest = v.InferOutput<typeof manifestSchema>;
export type BundleScope = v.InferOutput<typeof scopeSchema>;
export type BundleFacilitator = v.InferOutput<typeof facilitatorSchema>;
export type ExternalRefs = BundleManifest['externalRefs'];
