/**
 * Bundles: moving records between devices as one file (format: bundle-schema.ts).
 *
 * EXPORT
 *   exportBundle(db, { scope, facilitator, clock, passphrase?, onProgress?, verify?, kdfIterations? })
 *                             (kdfIterations: tests only; the default is 600,000)
 *     → Promise<Uint8Array>   the file; reads the database, writes nothing; by default reads its
 *                             own output back so a backup that cannot be restored never leaves.
 *   markExported(db, at)      record `lastExportAt` after the file was saved or shared.
 *   scope: { kind: 'all' } | { kind: 'dateRange', from, to } | { kind: 'groups', groupIds }.
 *
 * IMPORT, in three steps
 *   isEncryptedBundle(bytes)  ask for the passphrase first when true.
 *   readBundle(file, { passphrase?, onProgress? }) → ParsedBundle
 *                             decrypt, unzip, validate everything; touches no database.
 *   previewImport(db, parsed) → ImportPreview
 *                             per table: added, updated, deleted, tombstones, unchanged, conflicts;
 *                             external ids unknown here; pictures and media carried; stories
 *                             without consent (`storiesWithoutConsent`); writes nothing.
 *   applyImport(ctx, parsed, { onProgress? }) → ImportResult
 *                             ctx is the WriteContext (it carries the db); one transaction, all or
 *                             nothing; identical rows skipped, so a second import of the same
 *                             bundle writes 0 rows and logs 0 changes.
 *
 * ERRORS (AppError codes): bundle.invalid {path, detail}, bundle.version {version, supported},
 * bundle.passphrase {reason: 'wrong' | 'missing'}, bundle.tooLarge {size, max}; export also
 * input.invalid {field} for bad options (passphrase shorter than MIN_PASSPHRASE_LENGTH).
 *
 * TABLES: every table of TABLE_NAMES (shared/model/types.ts), the supervisor's included (data
 * version 2: observations, cases, caseEntries, complaints, stories, media). Story media travel like
 * photos, as files beside the rows (media-types.ts: allowed types and caps; check
 * `travellingMediaType` when storing a clip). A story without consent travels, flagged in the
 * preview: backups stay complete, publishing is guarded elsewhere (shared/supervision/story-rules).
 * Version 1 bundles (no supervisor tables) still import.
 *
 * MERGE (merge-row.ts): newest `updatedAt` wins, then higher `deviceId`; tombstones are rows.
 * Progress callbacks receive (done, total) in rows (and pictures); call sites show a bar.
 */
export { isEncryptedBundle } from './bundle-crypto';
export { BUNDLE_LIMITS } from './bundle-limits';
export type { BundleFacilitator, BundleManifest, BundleScope, ExternalRefs } from './bundle-schema';
export { type ExportOptions, exportBundle, MIN_PASSPHRASE_LENGTH, markExported } from './export-bundle';
export {
  applyImport,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  type ImportSummary,
  previewImport,
  storiesWithoutConsent,
} from './import-bundle';
export { kindFitsType, MEDIA_TYPES, type MediaType, travellingMediaType } from './media-types';
export { compareVersions, type MergeOutcome, mergeRow } from './merge-row';
export { COUNT_KEYS, type ConflictRef, type CountKey, type TableCounts } from './plan-import';
export { type BundleTables, type ParsedBundle, type Progress, type ReadOptions, readBundle } from './read-bundle';
