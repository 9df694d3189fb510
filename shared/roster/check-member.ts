/**
 * The one check of a family's details, shared by the family form and the roster import so both
 * accept and refuse exactly the same things. Errors block saving; warnings are shown and the
 * family is saved anyway (a NIK from another district is unusual, not wrong: families move).
 *
 * Text from a file (`fromFile`) also loses leading formula marks (see clean-cell.ts); what a user
 * types into the form is kept as typed, because it never came from a stranger's spreadsheet.
 */
import type { MessageKey } from '../i18n/translate';
import type { Components, LocalDate } from '../model/types';
import { type NikReason, normalizeNik, validateKk, validateNik } from '../rules/validate-nik';
import { cleanText, isBlankCell, isPhoneLike, neutralizeFormula } from './clean-cell';
import { MAX_COMPONENT_COUNT, MEMBER_TEXT_MAX, type MemberDetails, type RosterField } from './roster-fields';

/** A family as typed or read from a row: text fields still raw, components already numbers. */
export interface MemberDraft {
  readonly nik: string;
  readonly kkNumber: string;
  readonly pkhId: string;
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly components: Components;
}

export interface MemberIssue {
  readonly field: RosterField;
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface MemberCheck {
  /** The cleaned details, or null when an error blocks saving. */
  readonly details: MemberDetails | null;
  readonly errors: readonly MemberIssue[];
  readonly warnings: readonly MemberIssue[];
}

export interface MemberCheckOptions {
  /** The group's region code (district, regency or province, dotted or not). */
  readonly expectedRegion?: string;
  readonly today: LocalDate;
  readonly fromFile?: boolean;
}

/** "3.20101E+15": what a spreadsheet makes of a 16-digit number in a number-formatted column. */
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

const REGION_REASONS = new Set<MessageKey>(['nik.regionMismatch', 'rules.kk.regionMismatch']);

export function checkMemberDraft(draft: MemberDraft, options: MemberCheckOptions): MemberCheck {
  const errors: MemberIssue[] = [];
  const warnings: MemberIssue[] = [];
  const fromFile = options.fromFile === true;

  const text = (field: 'name' | 'address' | 'pkhId' | 'phone', raw: string): string => {
    if (isBlankCell(raw)) return '';
    let value = cleanText(raw);
    // A leading apostrophe before a formula mark is a spreadsheet's (or our export's) "this is text".
    if (fromFile) value = value.replace(/^'(?=[=+\-@])/, '');
    if (fromFile && !(field === 'phone' && isPhoneLike(value))) {
      const neutral = neutralizeFormula(value);
      if (neutral.changed) warnings.push({ field, key: 'groups.check.formula', values: { value } });
      value = neutral.text;
    }
    if (value.length > MEMBER_TEXT_MAX[field]) {
      errors.push({
        field,
        key: 'groups.check.tooLong',
        values: { length: value.length, max: MEMBER_TEXT_MAX[field] },
      });
    }
    return value;
  };

  const name = text('name', draft.name);
  if (name === '') errors.push({ field: 'name', key: 'groups.check.nameMissing', values: {} });
  const address = text('address', draft.address);
  const pkhId = text('pkhId', draft.pkhId);
  const phone = text('phone', draft.phone);
  if (phone !== '' && !isPhoneLike(phone)) warnings.push({ field: 'phone', key: 'groups.check.phoneOdd', values: {} });

  const region = options.expectedRegion === undefined ? {} : { expectedRegion: options.expectedRegion };
  const nikText = numberText(draft.nik);
  const nik = normalizeNik(nikText);
  if (SCIENTIFIC.test(nikText)) {
    errors.push({ field: 'nik', key: 'groups.check.scientific', values: { value: nikText } });
  } else {
    const result = validateNik(nik, { ...region, today: options.today });
    if (!result.ok) sortReasons('nik', result.reasons, errors, warnings);
  }

  const kkText = isBlankCell(draft.kkNumber) ? '' : numberText(draft.kkNumber);
  const kkNumber = normalizeNik(kkText);
  if (kkText !== '') {
    if (SCIENTIFIC.test(kkText)) {
      errors.push({ field: 'kkNumber', key: 'groups.check.scientific', values: { value: kkText } });
    } else {
      const result = validateKk(kkNumber, region);
      if (!result.ok) sortReasons('kkNumber', result.reasons, errors, warnings);
    }
  }

  const components = checkComponents(draft.components, errors);
  if (errors.length > 0) return { details: null, errors, warnings };
  return { details: { nik, kkNumber, pkhId, name, address, phone, components }, errors, warnings };
}

/**
 * An id number as text. Some systems export `="3201…"` so that a spreadsheet keeps the number as
 * text; that wrapper is taken off (and nothing is evaluated).
 */
function numberText(raw: string): string {
  const text = cleanText(raw);
  const wrapped = /^="(.*)"$/.exec(text);
  return wrapped ? (wrapped[1] ?? '') : text;
}

function sortReasons(
  field: RosterField,
  reasons: readonly NikReason[],
  errors: MemberIssue[],
  warnings: MemberIssue[],
): void {
  for (const reason of reasons) {
    (REGION_REASONS.has(reason.key) ? warnings : errors).push({ field, key: reason.key, values: reason.values });
  }
}

function checkComponents(components: Components, errors: MemberIssue[]): Components {
  const count = (field: RosterField, value: number): number => {
    if (Number.isInteger(value) && value >= 0 && value <= MAX_COMPONENT_COUNT) return value;
    errors.push({ field, key: 'groups.check.notCount', values: { value: String(value), max: MAX_COMPONENT_COUNT } });
    return 0;
  };
  return {
    pregnant: components.pregnant === true,
    toddlers: count('toddlers', components.toddlers),
    school: {
      sd: count('sd', components.school.sd),
      smp: count('smp', components.school.smp),
      sma: count('sma', components.school.sma),
    },
    elderly: count('elderly', components.elderly),
    severeDisability: count('severeDisability', components.severeDisability),
  };
}
