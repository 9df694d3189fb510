/**
 * What a roster (daftar KPM) can hold, and the limits every roster path enforces. The limits keep
 * a cheap tablet responsive and a hostile file harmless: a roster is a few hundred families, so a
 * file far larger than that is a mistake or an attack, refused before it is parsed.
 */
import type { Member } from '../model/types';

/** The family's own details: what a roster row or the family form provides. */
export type MemberDetails = Pick<Member, 'nik' | 'kkNumber' | 'pkhId' | 'name' | 'address' | 'phone' | 'components'>;

/** The columns a roster can map, in the order the mapping screen shows them. */
export const ROSTER_FIELDS = [
  'nik',
  'name',
  'kkNumber',
  'pkhId',
  'address',
  'phone',
  'pregnant',
  'toddlers',
  'sd',
  'smp',
  'sma',
  'elderly',
  'severeDisability',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Without these two a row cannot become a family. */
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['nik', 'name'];

export const ROSTER_LIMITS = {
  /** Bytes of the file as picked. */
  maxBytes: 5 * 1024 * 1024,
  /** Data rows (the header not counted). */
  maxRows: 5000,
  /** Columns looked at; the rest of a very wide sheet is ignored. */
  maxColumns: 60,
  /** Characters kept of one cell before validation (longer text is cut, then refused as too long). */
  maxCellChars: 1000,
  /** Total uncompressed size an .xlsx archive may declare (a zip bomb stops here). */
  maxXlsxUnpackedBytes: 60 * 1024 * 1024,
} as const;

/** Longest text each family field keeps. */
export const MEMBER_TEXT_MAX = {
  name: 100,
  address: 200,
  pkhId: 50,
  phone: 30,
} as const;

/** Highest count of toddlers, school children, elderly or disabled people one family records. */
export const MAX_COMPONENT_COUNT = 20;
