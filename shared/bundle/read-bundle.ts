/**
 * Step 1 of importing: bytes → a checked `ParsedBundle`. Nothing here touches a database, so a
 * screen can read and show a bundle before anyone decides to import it. Order of the gates, each
 * before the work the next one costs: file size → envelope (passphrase) → zip directory (entry
 * count, declared sizes, names) → manifest (format, versions, shape) → each part (UTF-8, JSON,
 * forbidden keys, row shapes, cross-field rules, duplicate keys) → row counts → pictures and
 * media files → references. Every refusal is one of the four bundle codes (bundle-error.ts).
 */
import * as v from 'valibot';
import { type RowOf, rowKey } from '../db/write';
import { TABLE_NAMES, type TableName } from '../model/types';
import { decryptBundle, isEncryptedBundle } from './bundle-crypto';
import { asBundleError, bundleInvalid, bundleTooLarge, bundleVersion, describeIssue, formatPath } from './bundle-error';
import { BUNDLE_LIMITS } from './bundle-limits';
import {
  BUNDLE_FORMAT,
  type BundleManifest,
  entryKind,
  FORMAT_VERSION,
  findVersionProblem,
  MANIFEST_NAME,
  manifestSchema,
  partName,
  supportedSchemaVersion,
} from './bundle-schema';
import { findReferenceProblem } from './check-references';
import { type MediaType, mediaEntryMaxBytes, travellingMediaType } from './media-types';
import { findUnsafeKey, parseJsonEntry } from './parse-json-entry';
import { findMediaProblem, findPictureProblem } from './picture-signature';
import {
  type BundleMediaRow,
  type BundlePhotoRow,
  type BundleRowOf,
  findRowProblem,
  type PhotoType,
  ROW_SCHEMAS,
} from './row-schemas';
import { isZip, openZip, type ZipArchive } from './zip-reader';

export type BundleTables = { readonly [K in TableName]: readonly BundleRowOf[K][] };

declare const parsedBrand: unique symbol;

/** A bundle that passed every check. Only `readBundle` makes one; `applyImport` takes nothing else. */
export interface ParsedBundle {
  readonly [parsedBrand]: true;
  readonly manifest: BundleManifest;
  readonly tables: BundleTables;
  /** Picture bytes of every live photo row, by photo id. */
  readonly pictures: ReadonlyMap<string, Uint8Array>;
  /** File bytes of every live media row (a story's photos and clips), by media id. */
  readonly media: ReadonlyMap<string, Uint8Array>;
  readonly encrypted: boolean;
  /** Size of the file as given. */
  readonly byteLength: number;
}

export type Progress = (done: number, total: number) => void;

export interface ReadOptions {
  /** Needed for an encrypted bundle (`isEncryptedBundle`); ignored for a plain one. */
  readonly passphrase?: string;
  readonly onProgress?: Progress;
}

const FILE_PATH = '(file)';
const issued = new WeakSet<object>();

export function isParsedBundle(value: unknown): value is ParsedBundle {
  return typeof value === 'object' && value !== null && issued.has(value);
}

/** Lets the UI thread breathe between parts of a long read or export. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function maxEntrySize(name: string): number | null {
  switch (entryKind(name)) {
    case 'manifest':
      return BUNDLE_LIMITS.manifestBytes;
    case 'part':
      return BUNDLE_LIMITS.partBytes;
    case 'photo':
      return BUNDLE_LIMITS.photoBytes;
    case 'media':
      return mediaEntryMaxBytes(name);
    default:
      return null;
  }
}

export async function readBundle(
  input: Uint8Array | ArrayBuffer | Blob,
  options: ReadOptions = {},
): Promise<ParsedBundle> {
  const size = input instanceof Blob ? input.size : input.byteLength;
  if (size === 0) throw bundleInvalid(FILE_PATH, 'is empty');
  if (size > BUNDLE_LIMITS.fileBytes) throw bundleTooLarge(size, BUNDLE_LIMITS.fileBytes);
  return asBundleError(FILE_PATH, async () => {
    const bytes = await bytesOf(input);
    const encrypted = isEncryptedBundle(bytes);
    const zipBytes = encrypted ? await decryptBundle(bytes, options.passphrase) : bytes;
    if (!isZip(zipBytes)) throw bundleInvalid(FILE_PATH, 'is not a Lentera bundle');
    const zip = openZip(zipBytes, {
      entries: BUNDLE_LIMITS.entries,
      totalBytes: BUNDLE_LIMITS.inflatedBytes,
      maxEntrySize,
    });
    const manifestEntry = zip.byName.get(MANIFEST_NAME);
    if (manifestEntry === undefined) throw bundleInvalid(MANIFEST_NAME, 'is missing');
    const manifest = parseManifest(zip.read(manifestEntry));
    const total = TABLE_NAMES.reduce((sum, table) => sum + manifest.tables[table].rows, 0);
    let done = 0;
    const report = (count: number) => {
      done += count;
      options.onProgress?.(done, total);
    };
    const tables: Partial<Record<TableName, unknown[]>> = {};
    for (const table of TABLE_NAMES) tables[table] = await readTable(zip, manifest, table, report);
    const complete = tables as BundleTables;
    const { pictures, media } = readFiles(zip, manifest, complete);
    const problem = findReferenceProblem(complete, manifest.externalRefs);
    if (problem !== null) throw bundleInvalid(problem.path, problem.detail);
    const parsed = { manifest, tables: complete, pictures, media, encrypted, byteLength: size } as ParsedBundle;
    issued.add(parsed);
    return parsed;
  });
}

async function bytesOf(input: Uint8Array | ArrayBuffer | Blob): Promise<Uint8Array<ArrayBuffer>> {
  if (input instanceof Blob) return new Uint8Array(await input.arrayBuffer());
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  // A view over a SharedArrayBuffer is copied: WebCrypto takes only ArrayBuffer-backed bytes.
  return input.buffer instanceof ArrayBuffer ? (input as Uint8Array<ArrayBuffer>) : new Uint8Array(input);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseManifest(bytes: Uint8Array): BundleManifest {
  const json = parseJsonEntry(bytes, MANIFEST_NAME);
  if (!isRecord(json)) throw bundleInvalid(MANIFEST_NAME, 'must be an object');
  if (json.format !== BUNDLE_FORMAT) throw bundleInvalid(`${MANIFEST_NAME} format`, 'is not a Lentera bundle');
  const formatVersion = json.formatVersion;
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion !== FORMAT_VERSION) {
    throw bundleVersion(String(formatVersion), String(FORMAT_VERSION));
  }
  const schemaVersion = json.schemaVersion;
  const supported = supportedSchemaVersion();
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > supported) {
    throw bundleVersion(`${FORMAT_VERSION}.${schemaVersion}`, `${FORMAT_VERSION}.${supported}`);
  }
  const result = v.safeParse(manifestSchema, json, { abortEarly: true });
  if (!result.success) {
    const issue = describeIssue(result.issues[0]);
    throw bundleInvalid(`${MANIFEST_NAME} ${formatPath(issue.keys)}`.trim(), issue.detail);
  }
  const versionProblem = findVersionProblem(json, result.output.schemaVersion);
  if (versionProblem !== null) throw bundleInvalid(versionProblem.path, versionProblem.detail);
  return result.output;
}

function rowPath(table: TableName, index: number, inner: string): string {
  if (inner === '') return `${table}[${index}]`;
  return `${table}[${index}]${inner.startsWith('[') ? '' : '.'}${inner}`;
}

async function readTable(
  zip: ZipArchive,
  manifest: BundleManifest,
  table: TableName,
  report: (count: number) => void,
): Promise<unknown[]> {
  const { rows: declared, parts } = manifest.tables[table];
  const schema: v.GenericSchema = ROW_SCHEMAS[table];
  const rows: unknown[] = [];
  const seen = new Map<string, number>();
  for (let part = 0; part < parts; part++) {
    const name = partName(table, part);
    const entry = zip.byName.get(name);
    if (entry === undefined) throw bundleInvalid(name, 'is missing from the archive');
    const json = parseJsonEntry(zip.read(entry), name, false);
    if (!Array.isArray(json) || json.length === 0) throw bundleInvalid(name, 'must be a non-empty list of rows');
    if (rows.length + json.length > declared) {
      throw bundleInvalid(`${MANIFEST_NAME} tables.${table}.rows`, `says ${declared} but the parts hold more`);
    }
    for (const raw of json) {
      const index = rows.length;
      // A row sits one level down in its part, so it gets one level less of nesting.
      const unsafe = findUnsafeKey(raw, BUNDLE_LIMITS.jsonDepth - 1);
      if (unsafe !== null) throw bundleInvalid(rowPath(table, index, unsafe.path), unsafe.detail);
      const result = v.safeParse(schema, raw, { abortEarly: true });
      if (!result.success) {
        const issue = describeIssue(result.issues[0]);
        throw bundleInvalid(rowPath(table, index, formatPath(issue.keys)), issue.detail);
      }
      const row = result.output as BundleRowOf[typeof table];
      const problem = findRowProblem(table, row);
      if (problem !== null) throw bundleInvalid(rowPath(table, index, problem.path), problem.detail);
      const key = rowKey(table, row as RowOf[typeof table]);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw bundleInvalid(rowPath(table, index, ''), `repeats the key of ${table}[${earlier}]`);
      seen.set(key, index);
      rows.push(row);
    }
    report(json.length);
    await yieldToEventLoop();
  }
  if (rows.length !== declared) {
    throw bundleInvalid(`${MANIFEST_NAME} tables.${table}.rows`, `says ${declared} but the parts hold ${rows.length}`);
  }
  return rows;
}

/** The pictures of live photos and the files of live media, each checked against its row's type. */
function readFiles(
  zip: ZipArchive,
  manifest: BundleManifest,
  tables: BundleTables,
): { pictures: ReadonlyMap<string, Uint8Array>; media: ReadonlyMap<string, Uint8Array> } {
  const pictures = new Map<string, Uint8Array>();
  for (const [i, photo] of tables.photos.entries()) {
    if (photo.file === null) continue;
    const entry = zip.byName.get(photo.file);
    if (entry === undefined) throw bundleInvalid(`photos[${i}].file`, 'names a picture missing from the archive');
    const bytes = zip.read(entry);
    const problem = findPictureProblem(photo.mimeType as PhotoType, bytes);
    if (problem !== null) throw bundleInvalid(entry.name, problem);
    pictures.set(photo.id, bytes);
  }
  const media = new Map<string, Uint8Array>();
  for (const [i, row] of tables.media.entries()) {
    if (row.file === null) continue;
    const entry = zip.byName.get(row.file);
    if (entry === undefined) throw bundleInvalid(`media[${i}].file`, 'names a file missing from the archive');
    const bytes = zip.read(entry);
    // findRowProblem has checked the type already.
    const problem = findMediaProblem(travellingMediaType(row.mimeType) as MediaType, bytes);
    if (problem !== null) throw bundleInvalid(entry.name, problem);
    if (bytes.length !== row.size)
      throw bundleInvalid(`media[${i}].size`, `says ${row.size} but the file holds ${bytes.length} bytes`);
    media.set(row.id, bytes);
  }
  // Every entry must be the manifest, a listed part or a claimed file: nothing rides along unread.
  const expected = new Set<string>([MANIFEST_NAME]);
  for (const table of TABLE_NAMES) {
    for (let part = 0; part < manifest.tables[table].parts; part++) expected.add(partName(table, part));
  }
  const files: readonly (BundlePhotoRow | BundleMediaRow)[] = [...tables.photos, ...tables.media];
  for (const row of files) if (row.file !== null) expected.add(row.file);
  const stray = zip.entries.find((entry) => !expected.has(entry.name));
  if (stray !== undefined) throw bundleInvalid(stray.name, 'belongs to no row of the bundle');
  return { pictures, media };
}
