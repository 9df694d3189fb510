/**
 * The records the extension can fill, from its own database: built from the rows a bundle import
 * brought (`buildFillRecords`), plus the records the app offered over the bridge.
 *
 * Where offered records live: schema v1 has no table for ready-made records, and the schema is not
 * ours to change, so each one is a `settings` row keyed `bridge.record:<recordKey>` holding
 * `{ record, origin, receivedAt }` (validated again when read). Their photos go to `photos`, like
 * an import's, so the fill engine finds an upload's bytes the same way. A pull from an app origin
 * replaces what that origin offered before: a record the app no longer offers (sent, or its
 * session deleted) leaves the queue. See the report: a `fillRecords` table in v2 would be cleaner.
 */
import * as v from 'valibot';
import type { BridgePhoto, RecordsOffer } from '../../../shared/bridge/bridge-protocol';
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { newMeta, putRows, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { type BuiltRecords, buildFillRecords } from '../../../shared/fill/build-fill-records';
import { type FillRecord, fillRecordSchema } from '../../../shared/fill/fill-record';
import type { FillLedgerEntry, Photo } from '../../../shared/model/types';
import { mergeSources, type SourcedRecord } from './queue';

const PREFIX = 'bridge.record:';
const LAST_PULL = 'bridge.lastPullAt';

const storedSchema = v.object({
  record: fillRecordSchema,
  origin: v.string(),
  receivedAt: v.string(),
});

export interface StoredAppRecord {
  readonly record: FillRecord;
  readonly origin: string;
  readonly receivedAt: string;
}

export async function readAppRecords(db: LenteraDB): Promise<StoredAppRecord[]> {
  const rows = await withDbErrors(() => db.settings.where('key').startsWith(PREFIX).toArray());
  const out: StoredAppRecord[] = [];
  for (const row of rows) {
    const parsed = v.safeParse(storedSchema, row.value);
    if (parsed.success) out.push(parsed.output);
    else console.warn('skipping a damaged stored record', row.key);
  }
  return out;
}

export interface LoadedRecords {
  readonly records: readonly SourcedRecord[];
  readonly skipped: BuiltRecords['skipped'];
}

/** Every record the extension holds, with where it came from. */
export async function loadRecords(db: LenteraDB): Promise<LoadedRecords> {
  const [built, offered] = await Promise.all([withDbErrors(() => buildFillRecords(db)), readAppRecords(db)]);
  return {
    records: mergeSources(
      built.records,
      offered.map((o) => o.record),
    ),
    skipped: built.skipped,
  };
}

export async function findRecord(db: LenteraDB, recordKey: string): Promise<SourcedRecord | null> {
  const { records } = await loadRecords(db);
  return records.find((r) => r.record.recordKey === recordKey) ?? null;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    throw new AppError('message.invalid', { detail: 'photo is not base64' });
  }
}

function photoRow(ctx: WriteContext, photo: BridgePhoto, previous: Photo | undefined): Photo {
  const meta = newMeta(ctx);
  return {
    ...meta,
    id: photo.id,
    createdAt: previous?.createdAt ?? meta.createdAt,
    sessionId: photo.sessionId,
    blob: new Blob([decodeBase64(photo.data)], { type: photo.mimeType }),
    mimeType: photo.mimeType,
    width: photo.width,
    height: photo.height,
    caption: photo.caption,
    takenAt: photo.takenAt,
    consent: true,
  };
}

/**
 * Keeps an app's offer, atomically: the records it offered replace what the same origin offered
 * before, and its photos are stored. Returns how many of each were kept.
 */
export async function storeAppOffer(
  ctx: WriteContext,
  origin: string,
  offer: Pick<RecordsOffer, 'records' | 'photos'>,
): Promise<{ records: number; photos: number }> {
  const { db } = ctx;
  const receivedAt = ctx.clock.now().toISOString();
  const previousPhotos = await withDbErrors(() => db.photos.bulkGet(offer.photos.map((p) => p.id)));
  // Decoded before the transaction opens: awaiting anything but IndexedDB inside it would end it.
  const photos = offer.photos.map((p, i) => photoRow(ctx, p, previousPhotos[i]));
  const keep = new Set(offer.records.map((r) => `${PREFIX}${r.recordKey}`));
  await withDbErrors(() =>
    db.transaction('rw', [db.settings, db.photos, db.changes], async () => {
      const before = await db.settings.where('key').startsWith(PREFIX).toArray();
      const stale = before
        .filter((row) => !keep.has(row.key))
        .filter((row) => (row.value as { origin?: unknown } | null)?.origin === origin)
        .map((row) => row.key);
      await db.settings.bulkDelete(stale);
      await db.settings.bulkPut(
        offer.records.map((record) => ({
          key: `${PREFIX}${record.recordKey}`,
          value: { record, origin, receivedAt },
          updatedAt: receivedAt,
        })),
      );
      await putRows(ctx, 'photos', photos);
      await db.settings.put({ key: LAST_PULL, value: receivedAt, updatedAt: receivedAt });
    }),
  );
  return { records: offer.records.length, photos: photos.length };
}

export async function lastPullAt(db: LenteraDB): Promise<string | null> {
  const row = await withDbErrors(() => db.settings.get(LAST_PULL));
  return typeof row?.value === 'string' ? row.value : null;
}

/** The live ledger entries, newest first. */
export async function readLedger(db: LenteraDB): Promise<FillLedgerEntry[]> {
  const rows = await withDbErrors(() => db.fillLedger.orderBy('at').reverse().toArray());
  return rows.filter((row) => row.deletedAt === null);
}
