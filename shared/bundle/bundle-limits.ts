/**
 * Every limit a bundle must respect, in one place. They are generous enough for a supervisor's
 * bundle of many facilitators over years (2,000,000 attendance rows fit), yet finite, so a hostile
 * or broken file is refused in bounded time and memory instead of exhausting a cheap tablet.
 *
 * Why rows travel in parts (`tables/<table>/<nnnn>.json`) rather than inside one `bundle.json`:
 * 2,000,000 attendance rows are ~540 MB of JSON, more than one JavaScript string holds (~512 MB in
 * V8) and far more than a tablet can parse at once. Parts keep every JSON text below `partBytes`,
 * give natural progress steps, and let the per-entry inflate cap stay far below 100 MB.
 */
import type { TableName } from '../model/types';

const MB = 1024 * 1024;

export const BUNDLE_LIMITS = {
  /** The file as picked (encrypted or not). Larger exports must be split by date range or groups. */
  fileBytes: 200 * MB,
  /** Inflated size of `bundle.json` (the manifest; rows are in parts): room for `externalRefs`. */
  manifestBytes: 8 * MB,
  /** Inflated size of one `tables/…` part. */
  partBytes: 32 * MB,
  /** One photo; the app stores ~600 px JPEGs of ~60 KB, a full camera picture is below 16 MB. */
  photoBytes: 16 * MB,
  /**
   * One media file of a story, by kind. A one-minute testimony recorded by the app is ~4 MB
   * (shared/supervision/story-rules.ts caps any clip at 25 MB); a whole bundle stays under
   * `fileBytes`, so a long video is refused there anyway.
   */
  mediaBytes: { photo: 32 * MB, audio: 32 * MB, video: 100 * MB },
  /** Sum of the declared inflated sizes of all entries: the zip bomb budget. */
  inflatedBytes: 1024 * MB,
  /** Files inside the zip (manifest + parts + photos + media). */
  entries: 60_000,
  /** Nesting of JSON (the deepest legitimate value, a form map, nests well below this). */
  jsonDepth: 32,
  /** The JSON header of an encrypted envelope. */
  envelopeHeaderBytes: 1024,
  /** PBKDF2 iterations a file may ask for; more would let a file stall the device. */
  maxKdfIterations: 2_000_000,
  /** Rows per table. */
  rows: {
    groups: 100_000,
    members: 2_000_000,
    sessions: 1_000_000,
    attendance: 5_000_000,
    checklist: 5_000_000,
    quizAnswers: 10_000_000,
    photos: 50_000,
    curriculum: 1_000,
    formMaps: 1_000,
    fillLedger: 5_000_000,
    observations: 200_000,
    cases: 200_000,
    caseEntries: 2_000_000,
    complaints: 500_000,
    stories: 100_000,
    media: 50_000,
  } satisfies Record<TableName, number>,
  /**
   * Ids a bundle may name as references to rows it does not carry. Exports carry every referenced
   * row the device has, so these are only rows missing on the exporting device: few, in practice.
   */
  externalRefs: 150_000,
} as const;

/** How the writer cuts tables into parts; the reader accepts any cut within `partBytes`. */
export const PART_TARGET = {
  rows: 20_000,
  bytes: 8 * MB,
} as const;

/** Field lengths (characters). Well above what the app's own forms accept, so nothing stored is refused. */
export const TEXT_LIMITS = {
  name: 500,
  short: 200,
  code: 64,
  place: 1_000,
  note: 5_000,
  notes: 50_000,
  caption: 2_000,
  error: 5_000,
  json: 1_000_000,
} as const;

/** `250 MB`: the size a person reads in `bundle.tooLarge`. */
export function formatMegabytes(bytes: number): string {
  return `${Math.ceil(bytes / MB)} MB`;
}
