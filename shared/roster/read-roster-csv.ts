/** The whole CSV path in one call: bytes → checked size and encoding → rows → roster table. */
import { decodeRosterText } from './decode-roster-text';
import { parseRosterCsv } from './parse-roster-csv';
import { type RosterTable, toRosterTable } from './roster-table';

export function readRosterCsv(bytes: Uint8Array): RosterTable & { readonly delimiter: string } {
  const parsed = parseRosterCsv(decodeRosterText(bytes));
  return { ...toRosterTable(parsed.rows), delimiter: parsed.delimiter };
}
