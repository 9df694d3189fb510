/**
 * Helpers for reading .xlsx rosters. The reading itself is read-excel-file's (in the PWA); here is
 * what must not depend on a browser: a check of the archive's declared sizes before anything is
 * unpacked (a small zip can declare gigabytes: a "zip bomb"), and the conversion of typed cell
 * values back to the text a roster row is made of.
 */
import { unzipSync } from 'fflate';
import { AppError } from '../errors';
import { localDate } from '../model/clock';
import { checkRosterSize, rosterReadError } from './decode-roster-text';
import { ROSTER_LIMITS } from './roster-fields';

/** Reads only the zip's central directory (nothing is inflated) and refuses an oversized archive. */
export function checkXlsxArchive(bytes: Uint8Array): void {
  checkRosterSize(bytes.length);
  let declared = 0;
  let hasSheet = false;
  try {
    unzipSync(bytes, {
      filter(file) {
        declared += file.originalSize;
        if (/^xl\/worksheets\/[^/]+\.xml$/.test(file.name)) hasSheet = true;
        return false;
      },
    });
  } catch (error) {
    throw new AppError('roster.invalid', { reason: 'xlsx', detail: 'xlsx' }, { cause: error });
  }
  if (declared > ROSTER_LIMITS.maxXlsxUnpackedBytes) {
    throw new AppError('roster.tooLarge', {
      unit: 'bytes',
      size: declared,
      max: ROSTER_LIMITS.maxXlsxUnpackedBytes,
      rows: 0,
    });
  }
  if (!hasSheet) throw rosterReadError('xlsx');
}

/**
 * A typed cell → text. Whole numbers are written out in full (a NIK typed into a number cell must
 * not become "3.201014702900001e+15"), dates as local `YYYY-MM-DD`, booleans as ya/tidak.
 */
export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : localDate(value);
  return '';
}

export function xlsxRowsToText(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((row) => row.map(xlsxCellText));
}
