/**
 * Steps 2 and 3 of importing. `previewImport` reads this device's rows and says what importing
 * would do, writing nothing. `applyImport` does it:
 * - atomically: ONE read-write transaction over every table and `changes`; decisions are made
 *   again inside it (the database may have changed since the preview), and if anything throws,
 *   IndexedDB aborts the transaction and not one row is written;
 * - idempotently: identical rows are skipped, not rewritten, and get no `changes` entry, so the
 *   same bundle imported twice changes nothing the second time;
 * - through `putRows` (shared/db/write.ts), which logs one `changes` entry per written row with the
 *   importing device and time, while the rows keep their own meta (updatedAt and deviceId of the
 *   device that made that version), which is what later merges compare.
 * Nothing inside the transaction awaits anything but Dexie, or the transaction would commit early.
 */
import type { LenteraDB } from '../db/database';
import { withDbErrors } from '../db/map-db-error';
import { putRows, type RowOf, rowKey, type WriteContext } from '../db/write';
import { AppError } from '../errors';
import type { Story } from '../model/supervision';
import { TABLE_NAMES, type TableName } from '../model/types';
import { type BundleManifest, REFERENCE_TABLES, type ReferenceTable } from './bundle-schema';
import {
  addCounts,
  type ConflictRef,
  emptyCounts,
  MAX_LISTED_CONFLICTS,
  planChunk,
  primaryKeyOf,
  type TableCounts,
} from './plan-import';
import { isParsedBundle, type ParsedBundle, type Progress } from './read-bundle';
import type { BundleRowOf } from './row-schemas';

export { readBundle } from './read-bundle';

const CHUNK_ROWS = 2_000;

export interface ImportSummary {
  readonly tables: Readonly<Record<TableName, TableCounts>>;
  readonly totals: TableCounts;
  /** Rows that will be (or were) written: added + updated + deleted + tombstones. */
  readonly writes: number;
  /** The first conflicts (at most MAX_LISTED_CONFLICTS); `totals.conflicts` has the count. */
  readonly conflicts: readonly ConflictRef[];
}

export interface ImportPreview extends ImportSummary {
  readonly manifest: BundleManifest;
  /** External ids (bundle-schema.ts) that this device has no row for either, per kind. */
  readonly missingRefs: Readonly<Record<ReferenceTable, number>>;
  readonly encrypted: boolean;
  readonly pictures: { readonly count: number; readonly bytes: number };
  /** Story media files (photos, clips) the bundle carries. */
  readonly media: { readonly count: number; readonly bytes: number };
  /**
   * Live stories in the bundle whose family has not consented (`consent.given` false). They are
   * imported like any other record (a backup must be complete) but must not be published; a screen
   * says so (`bundle.preview.noConsent`).
   */
  readonly storiesWithoutConsent: number;
}

export type ImportResult = ImportSummary;

export interface ImportOptions {
  readonly onProgress?: Progress;
}

function checkParsed(parsed: ParsedBundle): void {
  if (!isParsedBundle(parsed)) {
    throw new AppError('input.invalid', { detail: 'not a bundle from readBundle' });
  }
}

/** Runs the merge over every table; `write` stores the winners of a chunk (or, for a preview, nothing). */
async function mergeAll(
  db: LenteraDB,
  parsed: ParsedBundle,
  onProgress: Progress | undefined,
  write: <K extends TableName>(table: K, rows: RowOf[K][]) => Promise<void>,
): Promise<ImportSummary> {
  const total = TABLE_NAMES.reduce((sum, table) => sum + parsed.tables[table].length, 0);
  const tables = {} as Record<TableName, TableCounts>;
  const totals = emptyCounts();
  const conflicts: ConflictRef[] = [];
  let done = 0;
  for (const table of TABLE_NAMES) {
    const counts = emptyCounts();
    const rows = parsed.tables[table] as readonly BundleRowOf[typeof table][];
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const chunk = rows.slice(start, start + CHUNK_ROWS);
      const keys = chunk.map((row) => primaryKeyOf(table, row));
      const local = (await db.table(table).bulkGet(keys)) as (RowOf[typeof table] | undefined)[];
      const plan = planChunk(table, chunk, local, parsed);
      if (plan.toWrite.length > 0) await write(table, plan.toWrite);
      addCounts(counts, plan.counts);
      for (const index of plan.conflicts) {
        const row = chunk[index];
        if (conflicts.length < MAX_LISTED_CONFLICTS && row !== undefined) {
          conflicts.push({ table, key: rowKey(table, row as RowOf[typeof table]) });
        }
      }
      done += chunk.length;
      onProgress?.(done, total);
    }
    tables[table] = counts;
    addCounts(totals, counts);
  }
  const writes = totals.added + totals.updated + totals.deleted + totals.tombstones;
  return { tables, totals, writes, conflicts };
}

function sizeOf(files: ReadonlyMap<string, Uint8Array>): { count: number; bytes: number } {
  let bytes = 0;
  for (const file of files.values()) bytes += file.length;
  return { count: files.size, bytes };
}

/** Live stories without the family's consent: they travel, flagged, and must not be published. */
export function storiesWithoutConsent(stories: readonly Pick<Story, 'deletedAt' | 'consent'>[]): number {
  return stories.filter((story) => story.deletedAt === null && !story.consent.given).length;
}

/** What importing would do on this device. Writes nothing. */
export async function previewImport(
  db: LenteraDB,
  parsed: ParsedBundle,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  checkParsed(parsed);
  return withDbErrors(() =>
    db.transaction(
      'r',
      TABLE_NAMES.map((table) => db.table(table)),
      async () => {
        const summary = await mergeAll(db, parsed, options.onProgress, async () => {});
        const missingRefs = {} as Record<ReferenceTable, number>;
        for (const target of REFERENCE_TABLES) {
          const ids = parsed.manifest.externalRefs[target];
          const found = ids.length === 0 ? [] : await db.table(target).bulkGet([...ids]);
          missingRefs[target] = found.filter((row) => row === undefined).length;
        }
        return {
          ...summary,
          manifest: parsed.manifest,
          missingRefs,
          encrypted: parsed.encrypted,
          pictures: sizeOf(parsed.pictures),
          media: sizeOf(parsed.media),
          storiesWithoutConsent: storiesWithoutConsent(parsed.tables.stories),
        };
      },
    ),
  );
}

/** Imports the bundle: all rows or none, and nothing for rows this device already has. */
export async function applyImport(
  ctx: WriteContext,
  parsed: ParsedBundle,
  options: ImportOptions = {},
): Promise<ImportResult> {
  checkParsed(parsed);
  const { db } = ctx;
  const stores = [...TABLE_NAMES.map((table) => db.table(table)), db.changes];
  return withDbErrors(() =>
    db.transaction('rw', stores, () =>
      mergeAll(db, parsed, options.onProgress, (table, rows) => putRows(ctx, table, rows)),
    ),
  );
}
