/**
 * Bytes of a picked file → what kind of file it is, and for text files the text. Only UTF-8 (with
 * or without a byte-order mark) and UTF-16 with a byte-order mark (Excel's "Unicode text") are
 * read; anything else is refused with a reason the screen can explain, rather than guessed at and
 * shown as garbled names.
 */
import { AppError } from '../errors';
import { ROSTER_LIMITS } from './roster-fields';

export type RosterFileKind = 'xlsx' | 'text';

/** Why a file could not be read; the screen turns each into a sentence. */
export const ROSTER_READ_REASONS = ['empty', 'encoding', 'binary', 'xls', 'xlsx', 'noRows'] as const;
export type RosterReadReason = (typeof ROSTER_READ_REASONS)[number];

export function rosterReadError(reason: RosterReadReason, detail = reason): AppError {
  return new AppError('roster.invalid', { reason, detail });
}

/** Refuses a file over the size limit before anything reads it. */
export function checkRosterSize(byteLength: number): void {
  if (byteLength > ROSTER_LIMITS.maxBytes) {
    throw new AppError('roster.tooLarge', { unit: 'bytes', size: byteLength, max: ROSTER_LIMITS.maxBytes, rows: 0 });
  }
}

/** Decides by the first bytes, not the file name: people rename files, and phones drop extensions. */
export function sniffRosterFile(bytes: Uint8Array): RosterFileKind {
  if (bytes.length === 0) throw rosterReadError('empty');
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return 'xlsx';
  // The old binary Excel format (OLE compound file): not supported, and easy to save as .xlsx.
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) throw rosterReadError('xls');
  return 'text';
}

export function decodeRosterText(bytes: Uint8Array): string {
  checkRosterSize(bytes.length);
  if (bytes.length === 0) throw rosterReadError('empty');
  const [a, b] = bytes;
  let text: string;
  try {
    if (a === 0xff && b === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (a === 0xfe && b === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    // The decoder drops a UTF-8 byte-order mark itself.
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new AppError('roster.invalid', { reason: 'encoding', detail: 'encoding' }, { cause: error });
  }
  // A NUL never appears in a text roster; it means a binary file (a photo, a PDF, a database).
  if (text.includes('\u0000')) throw rosterReadError('binary');
  if (text.trim() === '') throw rosterReadError('empty');
  return text;
}
