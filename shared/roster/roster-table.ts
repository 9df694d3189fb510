/**
 * Rows of cells → a roster table: the first non-empty row is the header, the rest are data rows
 * numbered as the spreadsheet numbers its lines, so "line 14" in the report is line 14 on screen
 * in the spreadsheet. Headers stay in an array and are never used as object keys, so a header
 * named `__proto__` or `constructor` is just text.
 */
import { AppError } from '../errors';
import { cleanText, isBlankCell } from './clean-cell';
import { rosterReadError } from './decode-roster-text';
import { ROSTER_LIMITS } from './roster-fields';

export interface RosterRow {
  /** 1-based line in the file (the header is a line too). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RosterTable {
  readonly headers: readonly string[];
  readonly rows: readonly RosterRow[];
}

function clip(cell: unknown): string {
  const text = typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);
  return text.length > ROSTER_LIMITS.maxCellChars ? text.slice(0, ROSTER_LIMITS.maxCellChars) : text;
}

export function toRosterTable(raw: readonly (readonly unknown[])[]): RosterTable {
  let header: readonly string[] | null = null;
  let width = 0;
  const rows: RosterRow[] = [];
  for (const [index, source] of raw.entries()) {
    const cells = source.slice(0, ROSTER_LIMITS.maxColumns).map(clip);
    if (cells.every(isBlankCell)) continue;
    if (header === null) {
      header = cells.map(cleanText);
      width = header.length;
      continue;
    }
    rows.push({ line: index + 1, cells });
    if (cells.length > width) width = cells.length;
  }
  if (header === null) throw rosterReadError('empty');
  if (rows.length === 0) throw rosterReadError('noRows');
  if (rows.length > ROSTER_LIMITS.maxRows) {
    throw new AppError('roster.tooLarge', { unit: 'rows', rows: rows.length, max: ROSTER_LIMITS.maxRows });
  }
  // A row longer than the header gets numbered columns, so its extra cells can still be mapped.
  const headers = Array.from({ length: width }, (_, i) => header?.[i] ?? '');
  return { headers, rows };
}
