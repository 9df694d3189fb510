/**
 * CSV text → rows of cells, with papaparse. Spreadsheets in Indonesia save CSV with ";" (the
 * comma is the decimal separator there), others with "," or a tab. Everything stays text: nothing
 * is typed, nothing is evaluated. The text is at most `ROSTER_LIMITS.maxBytes` long (checked
 * when decoding), so parsing it whole is safe.
 *
 * The delimiter is guessed here rather than by papaparse: papaparse's guess counts blank lines,
 * which we keep so that row numbers match the file's lines, and then falls back to ",".
 */
import Papa from 'papaparse';

export const ROSTER_DELIMITERS = [',', ';', '\t', '|'] as const;

export interface ParsedCsv {
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: string;
}

/** How often `delimiter` appears outside double quotes in a line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * The delimiter that splits the header and the first rows into the same number of columns; on a
 * tie the one that makes more columns. A one-column file gets ",".
 */
export function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  const header = lines[0] ?? '';
  let best: { delimiter: string; agree: number; columns: number } = { delimiter: ',', agree: 0, columns: 0 };
  for (const delimiter of ROSTER_DELIMITERS) {
    const columns = countOutsideQuotes(header, delimiter);
    if (columns === 0) continue;
    const agree = lines.filter((line) => countOutsideQuotes(line, delimiter) === columns).length;
    if (agree > best.agree || (agree === best.agree && columns > best.columns)) best = { delimiter, agree, columns };
  }
  return best.delimiter;
}

export function parseRosterCsv(text: string): ParsedCsv {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(clean);
  const result = Papa.parse<string[]>(clean, {
    delimiter,
    // Blank lines are kept here and skipped by toRosterTable, so row numbers match the file's lines.
    skipEmptyLines: false,
  });
  return { rows: result.data, delimiter };
}
