/**
 * A roster table + a column mapping → the row-by-row report the user confirms before anything is
 * written. Pure: the families already in the database come in as a NIK lookup, so the report is
 * the same in a unit test, on the tablet, and in the extension.
 *
 * A row is ready when its details pass `checkMemberDraft` and its NIK is neither in the database
 * nor on an earlier ready row of the same file. The first ready row with a NIK keeps it; a later
 * row with the same NIK is reported as a duplicate of that line.
 */
import type { LocalDate } from '../model/types';
import { checkMemberDraft, type MemberIssue } from './check-member';
import { isBlankCell } from './clean-cell';
import type { RosterMapping } from './guess-mapping';
import { MAX_COMPONENT_COUNT, type MemberDetails, REQUIRED_ROSTER_FIELDS, type RosterField } from './roster-fields';
import type { RosterTable } from './roster-table';

/** Who already holds a NIK in the database. */
export interface KnownNik {
  readonly name: string;
  readonly groupName: string;
}

export type RowOutcome = 'ready' | 'invalid' | 'duplicateInFile' | 'duplicateInDb';

export interface RosterRowReport {
  readonly line: number;
  readonly outcome: RowOutcome;
  /** As read (cleaned), for the report's lines even when the row is refused. */
  readonly name: string;
  readonly nik: string;
  readonly errors: readonly MemberIssue[];
  readonly warnings: readonly MemberIssue[];
  readonly details: MemberDetails | null;
}

export interface RosterReport {
  readonly rows: readonly RosterRowReport[];
  /** The families that will be written, in file order. */
  readonly ready: readonly MemberDetails[];
  readonly problemRows: number;
  readonly warningRows: number;
  /** Required fields without a column: nothing can be imported until they are mapped. */
  readonly missingFields: readonly RosterField[];
}

export interface RosterReportOptions {
  readonly existing: ReadonlyMap<string, KnownNik>;
  readonly expectedRegion?: string;
  readonly today: LocalDate;
}

const YES = new Set(['1', 'ya', 'y', 'yes', 'true', 'benar', 'iya', 'x', 'v', '✓', '✔', 'hamil', 'ada']);
const NO = new Set(['0', 'tidak', 't', 'tdk', 'no', 'n', 'false', 'salah', 'bukan', 'tidak ada', 'tidakada']);

export function buildRosterReport(
  table: RosterTable,
  mapping: RosterMapping,
  options: RosterReportOptions,
): RosterReport {
  const missingFields = REQUIRED_ROSTER_FIELDS.filter((field) => mapping[field] === null);
  if (missingFields.length > 0) return { rows: [], ready: [], problemRows: 0, warningRows: 0, missingFields };

  const claimed = new Map<string, number>();
  const rows: RosterRowReport[] = [];
  const ready: MemberDetails[] = [];
  for (const row of table.rows) {
    const cell = (field: RosterField): string => {
      const column = mapping[field];
      return column === null ? '' : (row.cells[column] ?? '');
    };
    const parseErrors: MemberIssue[] = [];
    const yesNo = (field: RosterField): boolean => {
      const raw = cell(field);
      if (isBlankCell(raw)) return false;
      const key = raw.trim().toLowerCase();
      if (YES.has(key)) return true;
      if (!NO.has(key)) parseErrors.push({ field, key: 'groups.check.notYesNo', values: { value: raw.trim() } });
      return false;
    };
    const count = (field: RosterField): number => {
      const raw = cell(field);
      if (isBlankCell(raw)) return 0;
      const value = Number(raw.trim());
      if (Number.isInteger(value) && value >= 0 && value <= MAX_COMPONENT_COUNT) return value;
      parseErrors.push({
        field,
        key: 'groups.check.notCount',
        values: { value: raw.trim(), max: MAX_COMPONENT_COUNT },
      });
      return 0;
    };
    const check = checkMemberDraft(
      {
        nik: cell('nik'),
        kkNumber: cell('kkNumber'),
        pkhId: cell('pkhId'),
        name: cell('name'),
        address: cell('address'),
        phone: cell('phone'),
        components: {
          pregnant: yesNo('pregnant'),
          toddlers: count('toddlers'),
          school: { sd: count('sd'), smp: count('smp'), sma: count('sma') },
          elderly: count('elderly'),
          severeDisability: count('severeDisability'),
        },
      },
      {
        today: options.today,
        fromFile: true,
        ...(options.expectedRegion === undefined ? {} : { expectedRegion: options.expectedRegion }),
      },
    );
    const errors = [...check.errors, ...parseErrors];
    const base = {
      line: row.line,
      name: check.details?.name ?? cell('name').trim(),
      nik: check.details?.nik ?? cell('nik').trim(),
      warnings: check.warnings,
    };
    if (errors.length > 0 || check.details === null) {
      rows.push({ ...base, outcome: 'invalid', errors, details: null });
      continue;
    }
    const details = check.details;
    const known = options.existing.get(details.nik);
    const earlier = claimed.get(details.nik);
    if (known !== undefined) {
      const issue: MemberIssue = {
        field: 'nik',
        key: 'groups.check.duplicateInDb',
        values: { name: known.name, group: known.groupName },
      };
      rows.push({ ...base, outcome: 'duplicateInDb', errors: [issue], details: null });
    } else if (earlier !== undefined) {
      const issue: MemberIssue = {
        field: 'nik',
        key: 'groups.check.duplicateInFile',
        values: { line: String(earlier) },
      };
      rows.push({ ...base, outcome: 'duplicateInFile', errors: [issue], details: null });
    } else {
      claimed.set(details.nik, row.line);
      rows.push({ ...base, outcome: 'ready', errors: [], details });
      ready.push(details);
    }
  }
  return {
    rows,
    ready,
    problemRows: rows.filter((row) => row.outcome !== 'ready').length,
    warningRows: rows.filter((row) => row.outcome === 'ready' && row.warnings.length > 0).length,
    missingFields,
  };
}
