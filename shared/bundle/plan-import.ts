/**
 * The decisions shared by `previewImport` and `applyImport`: for a chunk of incoming rows and the
 * local rows with the same keys, which to write and how to count them. Counting, per table:
 * - added: a new live row; tombstones: a deletion stored for a row this device never had, or one
 *   already deleted here (kept so an older copy cannot resurrect it later);
 * - updated: a newer version replaces the local one (also a newer live row over a local deletion);
 * - deleted: a newer tombstone replaces a live local row;
 * - unchanged: identical, skipped; conflicts: the local version is newer and stays (merge-row.ts).
 * Photos are compared without their Blob: the picture's byte length stands in for its bytes (a
 * picture is never edited in place; a new picture is a new photo row), which keeps re-importing a
 * bundle of photos from reading every picture back from the database. Story media are compared the
 * same way, except that a deleted media row counts as holding no bytes on either side (the app
 * drops them on deletion, the bundle never carries them), so a tombstone never looks changed.
 */
import type { RowOf } from '../db/write';
import type { Media } from '../model/supervision';
import type { Photo, TableName } from '../model/types';
import { mergeRow } from './merge-row';
import type { BundleMediaRow, BundlePhotoRow, BundleRowOf } from './row-schemas';

/** The bytes a bundle carries beside its rows: photo pictures and story media, by row id. */
export interface BundleFiles {
  readonly pictures: ReadonlyMap<string, Uint8Array>;
  readonly media: ReadonlyMap<string, Uint8Array>;
}

export const COUNT_KEYS = ['added', 'updated', 'deleted', 'tombstones', 'unchanged', 'conflicts'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type TableCounts = Record<CountKey, number>;

export interface ConflictRef {
  readonly table: TableName;
  /** The row's key as `changes` names it: the id, or the compound key joined by `|`. */
  readonly key: string;
}

export const MAX_LISTED_CONFLICTS = 100;

export function emptyCounts(): TableCounts {
  return { added: 0, updated: 0, deleted: 0, tombstones: 0, unchanged: 0, conflicts: 0 };
}

export function addCounts(into: TableCounts, from: TableCounts): void {
  for (const key of COUNT_KEYS) into[key] += from[key];
}

/** The primary key Dexie expects for a row: the id, or the compound key as an array. */
export function primaryKeyOf(table: TableName, row: BundleRowOf[TableName]): string | string[] {
  switch (table) {
    case 'attendance': {
      const r = row as BundleRowOf['attendance'];
      return [r.sessionId, r.memberId];
    }
    case 'checklist': {
      const r = row as BundleRowOf['checklist'];
      return [r.sessionId, r.stepId];
    }
    case 'quizAnswers': {
      const r = row as BundleRowOf['quizAnswers'];
      return [r.sessionId, r.memberId, r.questionId, r.phase];
    }
    default:
      return (row as { id: string }).id;
  }
}

/** A photo without its Blob or file name, with the picture's byte length instead. */
function comparablePhoto(row: Photo | BundlePhotoRow, pictureBytes: number): Record<string, unknown> {
  const { blob: _blob, file: _file, ...rest } = row as Photo & BundlePhotoRow;
  return { ...rest, pictureBytes };
}

/** A media row without its Blob or file name, with the bytes it holds instead (0 once deleted). */
function comparableMedia(row: Media | BundleMediaRow, bytes: number): Record<string, unknown> {
  const { blob: _blob, file: _file, ...rest } = row as Media & BundleMediaRow;
  return { ...rest, fileBytes: row.deletedAt === null ? bytes : 0 };
}

export interface ChunkPlan<K extends TableName> {
  readonly toWrite: RowOf[K][];
  readonly counts: TableCounts;
  /** Indexes (within the chunk) of rows that lost to a newer local version. */
  readonly conflicts: number[];
}

/**
 * Decides a chunk. `local[i]` is the stored row with the key of `incoming[i]` (or undefined);
 * `files` holds the bytes of live incoming photos and media by id.
 */
export function planChunk<K extends TableName>(
  table: K,
  incoming: readonly BundleRowOf[K][],
  local: readonly (RowOf[K] | undefined)[],
  files: BundleFiles,
): ChunkPlan<K> {
  const { pictures } = files;
  const counts = emptyCounts();
  const toWrite: RowOf[K][] = [];
  const conflicts: number[] = [];
  for (const [i, row] of incoming.entries()) {
    const stored = local[i];
    let outcome: ReturnType<typeof mergeRow>;
    if (table === 'photos') {
      const photo = row as BundlePhotoRow;
      const mine = stored as Photo | undefined;
      const theirs = comparablePhoto(photo, pictures.get(photo.id)?.length ?? 0);
      outcome = mergeRow(
        mine === undefined
          ? undefined
          : { ...comparablePhoto(mine, mine.blob.size), updatedAt: mine.updatedAt, deviceId: mine.deviceId },
        { ...theirs, updatedAt: photo.updatedAt, deviceId: photo.deviceId },
      );
    } else if (table === 'media') {
      const media = row as BundleMediaRow;
      const mine = stored as Media | undefined;
      const theirs = comparableMedia(media, files.media.get(media.id)?.length ?? 0);
      outcome = mergeRow(
        mine === undefined
          ? undefined
          : { ...comparableMedia(mine, mine.blob.size), updatedAt: mine.updatedAt, deviceId: mine.deviceId },
        { ...theirs, updatedAt: media.updatedAt, deviceId: media.deviceId },
      );
    } else {
      outcome = mergeRow(stored as BundleRowOf[K] | undefined, row);
    }
    const incomingDeleted = row.deletedAt !== null;
    const storedDeleted = stored !== undefined && stored.deletedAt !== null;
    switch (outcome) {
      case 'same':
        counts.unchanged += 1;
        continue;
      case 'keep':
        counts.conflicts += 1;
        conflicts.push(i);
        continue;
      case 'insert':
        counts[incomingDeleted ? 'tombstones' : 'added'] += 1;
        break;
      case 'replace':
        counts[incomingDeleted ? (storedDeleted ? 'tombstones' : 'deleted') : 'updated'] += 1;
        break;
    }
    if (table === 'photos') toWrite.push(toStoredPhoto(row as BundlePhotoRow, pictures) as RowOf[K]);
    else if (table === 'media') toWrite.push(toStoredMedia(row as BundleMediaRow, files.media) as RowOf[K]);
    else toWrite.push(row as unknown as RowOf[K]);
  }
  return { toWrite, counts, conflicts };
}

/** The database row of a bundle photo: its picture as a Blob (empty for a deleted photo). */
function toStoredPhoto(row: BundlePhotoRow, pictures: ReadonlyMap<string, Uint8Array>): Photo {
  const { file: _file, ...fields } = row;
  const bytes = row.file === null ? undefined : pictures.get(row.id);
  return {
    ...fields,
    blob: new Blob(bytes === undefined ? [] : [bytes as Uint8Array<ArrayBuffer>], { type: row.mimeType }),
  };
}

/** The database row of a bundle media row: its file as a Blob (empty for deleted media). */
function toStoredMedia(row: BundleMediaRow, files: ReadonlyMap<string, Uint8Array>): Media {
  const { file: _file, ...fields } = row;
  const bytes = row.file === null ? undefined : files.get(row.id);
  return {
    ...fields,
    blob: new Blob(bytes === undefined ? [] : [bytes as Uint8Array<ArrayBuffer>], { type: row.mimeType }),
  };
}
