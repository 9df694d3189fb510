/**
 * Export: the rows in scope (select-scope.ts) → parts, photo pictures and story media files in a
 * zip → optional envelope.
 *
 * A backup the app cannot restore is worse than no backup, so by default the finished file is read
 * back with `readBundle` (the same checks an import makes) before it is returned: an export either
 * yields a file that imports, or fails now with the path of the row that would have been refused.
 * A file over the import limit (200 MB) is refused the same way: export by date range or groups.
 *
 * The caller records a successful export with `markExported` (the backup reminder reads it).
 */
import * as v from 'valibot';
import type { LenteraDB } from '../db/database';
import { ensureDeviceId } from '../db/device-id';
import { withDbErrors } from '../db/map-db-error';
import { writeSetting } from '../db/settings';
import { AppError } from '../errors';
import type { Clock } from '../model/clock';
import type { Media } from '../model/supervision';
import { type Instant, type Photo, TABLE_NAMES, type TableName } from '../model/types';
import { DEFAULT_KDF_ITERATIONS, encryptBundle, MIN_KDF_ITERATIONS } from './bundle-crypto';
import { bundleInvalid, bundleTooLarge } from './bundle-error';
import { BUNDLE_LIMITS, PART_TARGET } from './bundle-limits';
import {
  BUNDLE_FORMAT,
  type BundleFacilitator,
  type BundleManifest,
  type BundleScope,
  FORMAT_VERSION,
  facilitatorSchema,
  MANIFEST_NAME,
  partName,
  scopeSchema,
} from './bundle-schema';
import { findExternalRefs } from './check-references';
import { mediaFileName, travellingMediaType } from './media-types';
import { type Progress, readBundle, yieldToEventLoop } from './read-bundle';
import { type BundleMediaRow, type BundlePhotoRow, PHOTO_TYPES, type PhotoType, photoFileName } from './row-schemas';
import { selectRows } from './select-scope';
import { ZipWriter } from './zip-writer';

export const MIN_PASSPHRASE_LENGTH = 8;

export interface ExportOptions {
  readonly scope: BundleScope;
  /** Who made the bundle, as the importing side shows it (the profile). */
  readonly facilitator: BundleFacilitator;
  readonly clock: Clock;
  /** Encrypts the bundle when given; at least MIN_PASSPHRASE_LENGTH characters. */
  readonly passphrase?: string;
  readonly onProgress?: Progress;
  /** PBKDF2 iterations. Only tests lower it (to MIN_KDF_ITERATIONS at least); the default is 600,000. */
  readonly kdfIterations?: number;
  /** Read the finished file back before returning it (default true). */
  readonly verify?: boolean;
}

function checkOptions(options: ExportOptions): void {
  for (const [field, schema, value] of [
    ['scope', scopeSchema, options.scope],
    ['facilitator', facilitatorSchema, options.facilitator],
  ] as const) {
    const result = v.safeParse(schema, value);
    if (!result.success)
      throw new AppError('input.invalid', { field, detail: `${field}: ${result.issues[0].message}` });
  }
  if (options.passphrase !== undefined && options.passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('input.invalid', { field: 'passphrase', detail: `passphrase < ${MIN_PASSPHRASE_LENGTH}` });
  }
  const iterations = options.kdfIterations ?? DEFAULT_KDF_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_KDF_ITERATIONS || iterations > BUNDLE_LIMITS.maxKdfIterations) {
    throw new AppError('input.invalid', { field: 'kdfIterations', detail: `kdfIterations ${iterations}` });
  }
}

/** Cuts serialised rows into parts of at most PART_TARGET rows or bytes (one row always fits). */
function* partsOf(rows: readonly unknown[]): Generator<{ text: string; count: number }> {
  let texts: string[] = [];
  let size = 0;
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (texts.length > 0 && (texts.length >= PART_TARGET.rows || size + text.length > PART_TARGET.bytes)) {
      yield { text: `[${texts.join(',')}]`, count: texts.length };
      texts = [];
      size = 0;
    }
    texts.push(text);
    size += text.length + 1;
  }
  if (texts.length > 0) yield { text: `[${texts.join(',')}]`, count: texts.length };
}

function toBundlePhoto(photo: Photo, index: number): BundlePhotoRow {
  const { blob: _blob, ...fields } = photo;
  if (!(photo.mimeType in PHOTO_TYPES))
    throw bundleInvalid(`photos[${index}].mimeType`, `${photo.mimeType} cannot travel`);
  return { ...fields, file: photo.deletedAt === null ? photoFileName(photo.id, photo.mimeType as PhotoType) : null };
}

/** A media row as it travels; a type no bundle may carry is refused now, naming the row. */
function toBundleMedia(media: Media, index: number): BundleMediaRow {
  const { blob: _blob, ...fields } = media;
  const type = travellingMediaType(media.mimeType);
  if (type === null) throw bundleInvalid(`media[${index}].mimeType`, `${media.mimeType} cannot travel`);
  return { ...fields, file: media.deletedAt === null ? mediaFileName(media.id, type) : null };
}

/** Builds the bundle file. Reads the database, writes nothing to it. */
export async function exportBundle(db: LenteraDB, options: ExportOptions): Promise<Uint8Array<ArrayBuffer>> {
  checkOptions(options);
  const verify = options.verify ?? true;
  const deviceId = await ensureDeviceId(db);
  const createdAt = options.clock.now();
  const tables = await withDbErrors(() => selectRows(db, options.scope));
  const photoRows = tables.photos.map(toBundlePhoto);
  const mediaRows = tables.media.map(toBundleMedia);
  const live = tables.photos.filter((photo) => photo.deletedAt === null);
  const liveMedia = tables.media.flatMap((media, i) => {
    const name = mediaRows[i]?.file ?? null;
    return name === null ? [] : [{ name, blob: media.blob }];
  });
  const rowCount = TABLE_NAMES.reduce((sum, table) => sum + tables[table].length, 0);
  const work = rowCount + live.length + liveMedia.length;
  const total = verify ? work + rowCount : work;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };

  const writer = new ZipWriter(createdAt);
  const encoder = new TextEncoder();
  const counts = {} as Record<TableName, { rows: number; parts: number }>;
  const parts: { name: string; text: string; count: number }[] = [];
  for (const table of TABLE_NAMES) {
    const rows: readonly unknown[] = table === 'photos' ? photoRows : table === 'media' ? mediaRows : tables[table];
    let index = 0;
    for (const part of partsOf(rows)) parts.push({ name: partName(table, index++), ...part });
    counts[table] = { rows: rows.length, parts: index };
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: db.verno,
    createdAt: createdAt.toISOString(),
    deviceId,
    facilitator: options.facilitator,
    scope: options.scope,
    tables: counts,
    externalRefs: findExternalRefs(tables),
  };
  writer.add(MANIFEST_NAME, encoder.encode(JSON.stringify(manifest)), true);
  for (const part of parts) {
    writer.add(part.name, encoder.encode(part.text), true);
    advance(part.count);
    await yieldToEventLoop();
  }
  for (const [i, photo] of live.entries()) {
    const bytes = new Uint8Array(await photo.blob.arrayBuffer());
    writer.add(photoFileName(photo.id, photo.mimeType as PhotoType), bytes, false);
    advance(1);
    if (i % 20 === 19) await yieldToEventLoop();
  }
  for (const { name, blob } of liveMedia) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    writer.add(name, bytes, false);
    advance(1);
    await yieldToEventLoop();
  }
  const zip = writer.finish();
  const file =
    options.passphrase === undefined
      ? zip
      : await encryptBundle(zip, options.passphrase, options.kdfIterations ?? DEFAULT_KDF_ITERATIONS);
  if (file.length > BUNDLE_LIMITS.fileBytes) throw bundleTooLarge(file.length, BUNDLE_LIMITS.fileBytes);
  if (verify) {
    const base = done;
    await readBundle(file, {
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      onProgress: (read) => options.onProgress?.(base + read, total),
    });
  }
  return file;
}

/** Records a successful export; the backup reminder counts days from it. */
export async function markExported(db: LenteraDB, at: Instant): Promise<void> {
  await writeSetting(db, 'lastExportAt', at);
}
