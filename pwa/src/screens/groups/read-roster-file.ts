/**
 * A picked file → a roster table. The size is checked before the file is read into memory; the
 * kind is decided by the first bytes; an .xlsx archive's declared size is checked before it is
 * unpacked, and only its first sheet is read. read-excel-file loads on first use, so the import
 * screen's code stays small for those who never import a spreadsheet.
 */
import { AppError } from '../../../../shared/errors';
import { checkRosterSize, sniffRosterFile } from '../../../../shared/roster/decode-roster-text';
import { readRosterCsv } from '../../../../shared/roster/read-roster-csv';
import { type RosterTable, toRosterTable } from '../../../../shared/roster/roster-table';
import { checkXlsxArchive, xlsxRowsToText } from '../../../../shared/roster/xlsx-cells';

export async function readRosterFile(file: Blob): Promise<RosterTable> {
  checkRosterSize(file.size);
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (sniffRosterFile(bytes) === 'text') return readRosterCsv(bytes);
  checkXlsxArchive(bytes);
  const { readSheet } = await import('read-excel-file/browser');
  let rows: readonly (readonly unknown[])[];
  try {
    rows = await readSheet(buffer);
  } catch (error) {
    throw new AppError('roster.invalid', { reason: 'xlsx', detail: 'xlsx' }, { cause: error });
  }
  return toRosterTable(xlsxRowsToText(rows));
}
