/**
 * Checks a NIK (national id) and a family card number (No. KK) as far as their structure allows.
 * A NIK is `PPRRDD DDMMYY SSSS`: province, regency, district (Kemendagri codes), birth date with
 * 40 added to the day for women, and a serial. Nothing here can tell whether a number was really
 * issued; it catches typing and spreadsheet mistakes before they reach the portal.
 *
 * Every reason that applies is returned, so the form shows everything to fix at once. When the
 * length is wrong the positions are shifted and only length and digit reasons make sense; with 16
 * characters each field is checked on its own as long as that field is made of digits.
 *
 * Century: a two-digit year above this year's is 19YY, otherwise 20YY (so in 2026, "26" is 2026
 * and "27" is 1927). A birth date later than today is reported as `nik.future`.
 *
 * Reason values are text, not numbers, where `t` would otherwise format them (a year as "2.021").
 */
import { AppError } from '../errors';
import type { MessageKey } from '../i18n/translate';
import { isLocalDate, localDate, systemClock } from '../model/clock';
import type { LocalDate } from '../model/types';
import { isProvinceCode } from './province-codes';

/** A reason a number is refused; the UI shows `t(lang, reason.key, reason.values)`. */
export interface NikReason {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

export type NikSex = 'female' | 'male';

export type NikResult =
  | {
      readonly ok: true;
      readonly nik: string;
      readonly birthDate: LocalDate;
      readonly sex: NikSex;
      /** The six-digit province + regency + district code, e.g. `320101`. */
      readonly regionCode: string;
    }
  | { readonly ok: false; readonly reasons: readonly NikReason[] };

export interface NikOptions {
  /** Province (2), regency (4) or district (6) code of the group, dots allowed: `32.01.01`. */
  readonly expectedRegion?: string;
  /** Defaults to the device's calendar date. */
  readonly today?: LocalDate;
}

export type KkResult =
  | { readonly ok: true; readonly kk: string; readonly regionCode: string }
  | { readonly ok: false; readonly reasons: readonly NikReason[] };

export interface KkOptions {
  readonly expectedRegion?: string;
}

const LENGTH = 16;
const DIGITS = /^\d+$/;

/**
 * What people type or paste: surrounding and inner spaces, dots and dashes used as group
 * separators ("3201 0141 ...", "32.01.01"), and the leading apostrophe spreadsheets use to keep a
 * long number as text. Letters stay, so validation can point at them.
 */
export function normalizeNik(input: string): string {
  return input
    .trim()
    .replace(/^'/, '')
    .replace(/[\s.-]/g, '');
}

export function validateNik(nik: string, options: NikOptions = {}): NikResult {
  const today = options.today ?? localDate(systemClock.now());
  if (!isLocalDate(today)) throw new AppError('input.invalid', { field: 'today', value: today });

  const value = normalizeNik(nik);
  const reasons: NikReason[] = [];
  const add = (key: MessageKey, values: Record<string, string | number> = {}): void => {
    reasons.push({ key, values });
  };

  if (value.length === 0) return { ok: false, reasons: [{ key: 'nik.empty', values: {} }] };
  if (value.length !== LENGTH) add('nik.length', { length: value.length });
  const stray = firstNonDigit(value);
  if (stray !== null) add('nik.digits', { char: stray });
  if (value.length !== LENGTH) return { ok: false, reasons };

  const province = value.slice(0, 2);
  const regency = value.slice(2, 4);
  const district = value.slice(4, 6);
  if (isDigits(province) && !isProvinceCode(province)) add('nik.province', { code: province });
  if (regency === '00') add('nik.regency', { code: regency });
  if (district === '00') add('nik.district', { code: district });

  const decoded = decodeBirthDate(value.slice(6, 12), today, add);

  if (value.slice(12) === '0000') add('nik.serial');
  checkRegion(value, options.expectedRegion, 'nik.regionMismatch', add);

  if (reasons.length > 0 || decoded === null) return { ok: false, reasons };
  return { ok: true, nik: value, birthDate: decoded.birthDate, sex: decoded.sex, regionCode: value.slice(0, 6) };
}

/**
 * The family card number shares the NIK's length and six-digit region prefix; what follows
 * (reportedly an issue date and a serial) is not documented well enough to check.
 */
export function validateKk(kk: string, options: KkOptions = {}): KkResult {
  const value = normalizeNik(kk);
  if (value.length === 0) return { ok: false, reasons: [{ key: 'rules.kk.empty', values: {} }] };
  const reasons: NikReason[] = [];
  const add = (key: MessageKey, values: Record<string, string | number> = {}): void => {
    reasons.push({ key, values });
  };
  if (value.length !== LENGTH) add('rules.kk.length', { length: value.length });
  const stray = firstNonDigit(value);
  if (stray !== null) add('rules.kk.digits', { char: stray });
  if (value.length !== LENGTH) return { ok: false, reasons };

  const province = value.slice(0, 2);
  if (isDigits(province) && !isProvinceCode(province)) add('rules.kk.province', { code: province });
  checkRegion(value, options.expectedRegion, 'rules.kk.regionMismatch', add);

  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, kk: value, regionCode: value.slice(0, 6) };
}

type Add = (key: MessageKey, values?: Record<string, string | number>) => void;

function decodeBirthDate(
  ddmmyy: string,
  today: LocalDate,
  add: Add,
): { readonly birthDate: LocalDate; readonly sex: NikSex } | null {
  if (!isDigits(ddmmyy)) return null;
  const rawDay = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));

  const sex: NikSex = rawDay > 40 ? 'female' : 'male';
  const day = sex === 'female' ? rawDay - 40 : rawDay;
  const dayOk = day >= 1 && day <= 31;
  const monthOk = month >= 1 && month <= 12;
  if (!dayOk) add('nik.day', { day: ddmmyy.slice(0, 2) });
  if (!monthOk) add('nik.month', { month: ddmmyy.slice(2, 4) });
  if (!dayOk || !monthOk) return null;

  const todayYear = Number(today.slice(0, 4));
  const century = Math.floor(todayYear / 100) * 100;
  const year = yy > todayYear % 100 ? century - 100 + yy : century + yy;
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (!isLocalDate(birthDate)) {
    add('nik.date', { day: pad(day), month: pad(month), year: String(year) });
    return null;
  }
  // Same-shaped ISO dates compare correctly as text.
  if (birthDate > today) {
    add('nik.future', { day: pad(day), month: pad(month), year: String(year) });
    return null;
  }
  return { birthDate, sex };
}

function checkRegion(value: string, expectedRegion: string | undefined, key: MessageKey, add: Add): void {
  if (expectedRegion === undefined) return;
  const expected = regionPrefix(expectedRegion);
  // An unset group region ("" or a lone digit) says nothing; it is not a mismatch.
  if (expected.length < 2) return;
  const actual = value.slice(0, expected.length);
  if (actual !== expected) add(key, { code: dotted(actual), expected: dotted(expected) });
}

/** Digits of a region code, cut to what a NIK holds (six) and to whole two-digit levels. */
function regionPrefix(region: string): string {
  const digits = region.replace(/\D/g, '').slice(0, 6);
  return digits.slice(0, digits.length - (digits.length % 2));
}

/** `320101` → `32.01.01`, the way region codes are printed. */
function dotted(code: string): string {
  return (code.match(/.{1,2}/g) ?? []).join('.');
}

function firstNonDigit(value: string): string | null {
  const match = /\D/.exec(value);
  return match ? match[0] : null;
}

function isDigits(value: string): boolean {
  return DIGITS.test(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
