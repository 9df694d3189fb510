/**
 * A group's families → CSV text a spreadsheet opens cleanly and Lentera imports back: headers the
 * mapping guess recognises, a byte-order mark so Excel reads UTF-8 names correctly, CRLF line
 * ends, and every cell escaped against formula injection (`escapeCsvCell`). Ids stay text.
 */
import Papa from 'papaparse';
import { escapeCsvCell } from './escape-csv-cell';
import type { MemberDetails } from './roster-fields';

export const ROSTER_CSV_HEADERS = [
  'No',
  'NIK',
  'Nama Pengurus',
  'No KK',
  'ID PKH',
  'Alamat',
  'No HP',
  'Hamil',
  'Balita',
  'SD',
  'SMP',
  'SMA',
  'Lansia',
  'Disabilitas Berat',
] as const;

export function rosterToCsv(members: readonly MemberDetails[]): string {
  const rows = members.map((member, index) => [
    String(index + 1),
    member.nik,
    member.name,
    member.kkNumber,
    member.pkhId,
    member.address,
    member.phone,
    member.components.pregnant ? 'ya' : 'tidak',
    String(member.components.toddlers),
    String(member.components.school.sd),
    String(member.components.school.smp),
    String(member.components.school.sma),
    String(member.components.elderly),
    String(member.components.severeDisability),
  ]);
  const body = Papa.unparse(
    { fields: [...ROSTER_CSV_HEADERS], data: rows.map((row) => row.map(escapeCsvCell)) },
    { newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
