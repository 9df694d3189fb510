import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { t } from '../../shared/i18n/translate';
import { isProvinceCode } from '../../shared/rules/province-codes';
import { type NikResult, normalizeNik, validateKk, validateNik } from '../../shared/rules/validate-nik';
import { makeMember } from './factories';

const today = '2026-03-15';
const reasonsOf = (result: NikResult) => (result.ok ? [] : result.reasons);

describe('validateNik: valid numbers', () => {
  it('decodes a woman: day 47 is the 7th, 90 is 1990', () => {
    expect(validateNik('3201014702900001', { today })).toEqual({
      ok: true,
      nik: '3201014702900001',
      birthDate: '1990-02-07',
      sex: 'female',
      regionCode: '320101',
    });
  });

  it('decodes a man born on 17 August 1945 in Jakarta', () => {
    expect(validateNik('3171011708450003', { today })).toEqual({
      ok: true,
      nik: '3171011708450003',
      birthDate: '1945-08-17',
      sex: 'male',
      regionCode: '317101',
    });
  });

  it('puts a two-digit year up to this year in the 2000s', () => {
    expect(validateNik('3201016505100002', { today })).toMatchObject({ ok: true, birthDate: '2010-05-25' });
    expect(validateNik('3201011501260001', { today })).toMatchObject({ ok: true, birthDate: '2026-01-15' });
    expect(validateNik('3201011501270001', { today })).toMatchObject({ ok: true, birthDate: '1927-01-15' });
    expect(validateNik('3201011501290001', { today: '2030-06-01' })).toMatchObject({ birthDate: '2029-01-15' });
  });

  it('accepts 29 February of the leap year 2000 for men and women', () => {
    expect(validateNik('3201012902000001', { today })).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
      sex: 'male',
    });
    expect(validateNik('3201016902000001', { today })).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
      sex: 'female',
    });
  });

  it('accepts the number as people type or paste it', () => {
    for (const typed of [' 3201 0147 0290 0001 ', '32.01.01.470290.0001', "'3201014702900001", '3201-0147-0290-0001']) {
      expect(validateNik(typed, { today })).toMatchObject({ ok: true, nik: '3201014702900001' });
    }
  });

  it('accepts a born-today baby and works without an explicit today', () => {
    expect(validateNik('3201011503260001', { today })).toMatchObject({ ok: true, birthDate: '2026-03-15' });
    expect(validateNik('3201014702900001')).toMatchObject({ ok: true, birthDate: '1990-02-07' });
  });

  it('accepts the new Papua provinces (Kemendagri 93–96)', () => {
    for (const code of ['91', '92', '93', '94', '95', '96']) {
      expect(validateNik(`${code}01011501900001`, { today }).ok, code).toBe(true);
    }
    expect(isProvinceCode('97')).toBe(false);
  });

  it('accepts the NIKs the test factory makes', () => {
    expect(validateNik(makeMember().nik, { today }).ok).toBe(true);
    expect(validateKk(makeMember().kkNumber).ok).toBe(true);
  });
});

describe('validateNik: refused numbers and their reasons', () => {
  it('says an empty field is empty', () => {
    expect(reasonsOf(validateNik('', { today }))).toEqual([{ key: 'nik.empty', values: {} }]);
    expect(reasonsOf(validateNik('  . ', { today }))).toEqual([{ key: 'nik.empty', values: {} }]);
  });

  it('reports the actual length of a short or long number', () => {
    expect(reasonsOf(validateNik('320101470290001', { today }))).toEqual([
      { key: 'nik.length', values: { length: 15 } },
    ]);
    expect(reasonsOf(validateNik('32010147029000012', { today }))).toEqual([
      { key: 'nik.length', values: { length: 17 } },
    ]);
  });

  it('points at a letter, and reports length and letters together', () => {
    // Letter O typed for zero, inside the birth date: the date cannot be read, nothing else is wrong.
    expect(reasonsOf(validateNik('3201014702O00001', { today }))).toEqual([
      { key: 'nik.digits', values: { char: 'O' } },
    ]);
    expect(reasonsOf(validateNik('ABC123', { today }))).toEqual([
      { key: 'nik.length', values: { length: 6 } },
      { key: 'nik.digits', values: { char: 'A' } },
    ]);
  });

  it('refuses 31 February and 29 February 2001', () => {
    expect(reasonsOf(validateNik('3201013102210001', { today }))).toEqual([
      { key: 'nik.date', values: { day: '31', month: '02', year: '2021' } },
    ]);
    expect(reasonsOf(validateNik('3201016902010001', { today }))).toEqual([
      { key: 'nik.date', values: { day: '29', month: '02', year: '2001' } },
    ]);
  });

  it('refuses day codes outside 01–31 and 41–71', () => {
    for (const day of ['00', '32', '40', '72', '99']) {
      expect(reasonsOf(validateNik(`320101${day}01900001`, { today })), day).toEqual([
        { key: 'nik.day', values: { day } },
      ]);
    }
  });

  it('refuses month 13 and month 00', () => {
    expect(reasonsOf(validateNik('3201011513900001', { today }))).toEqual([
      { key: 'nik.month', values: { month: '13' } },
    ]);
    expect(reasonsOf(validateNik('3201011500900001', { today }))).toEqual([
      { key: 'nik.month', values: { month: '00' } },
    ]);
  });

  it('refuses a birth date later than today', () => {
    expect(reasonsOf(validateNik('3201011504260001', { today }))).toEqual([
      { key: 'nik.future', values: { day: '15', month: '04', year: '2026' } },
    ]);
    expect(reasonsOf(validateNik('3201015603260001', { today }))).toEqual([
      { key: 'nik.future', values: { day: '16', month: '03', year: '2026' } },
    ]);
  });

  it('refuses unknown province codes', () => {
    for (const code of ['00', '10', '20', '37', '54', '97', '99']) {
      expect(reasonsOf(validateNik(`${code}01011501900001`, { today })), code).toEqual([
        { key: 'nik.province', values: { code } },
      ]);
    }
  });

  it('refuses regency 00, district 00 and serial 0000', () => {
    expect(reasonsOf(validateNik('3200011501900001', { today }))).toEqual([
      { key: 'nik.regency', values: { code: '00' } },
    ]);
    expect(reasonsOf(validateNik('3201001501900001', { today }))).toEqual([
      { key: 'nik.district', values: { code: '00' } },
    ]);
    expect(reasonsOf(validateNik('3201011501900000', { today }))).toEqual([{ key: 'nik.serial', values: {} }]);
  });

  it('returns every reason that applies, in the order of the number', () => {
    expect(reasonsOf(validateNik('2000007213900000', { today, expectedRegion: '32' }))).toEqual([
      { key: 'nik.province', values: { code: '20' } },
      { key: 'nik.regency', values: { code: '00' } },
      { key: 'nik.district', values: { code: '00' } },
      { key: 'nik.day', values: { day: '72' } },
      { key: 'nik.month', values: { month: '13' } },
      { key: 'nik.serial', values: {} },
      { key: 'nik.regionMismatch', values: { code: '20', expected: '32' } },
    ]);
  });

  it('reads reasons as sentences in both languages, a year without a thousands dot', () => {
    const [reason] = reasonsOf(validateNik('3201013102210001', { today }));
    expect(reason).toBeDefined();
    if (!reason) return;
    expect(t('id', reason.key, reason.values)).toBe('Tanggal lahir dalam NIK tidak mungkin (31-02-2021).');
    expect(t('en', reason.key, reason.values)).toBe('The birth date in the NIK is impossible (31-02-2021).');
  });

  it('throws on a malformed today, which is a programming error', () => {
    expect(() => validateNik('3201014702900001', { today: '15/03/2026' })).toThrow(AppError);
  });
});

describe('validateNik: region of the group', () => {
  const nik = '3201014702900001';

  it('accepts a NIK from the group’s province, regency, district or village', () => {
    for (const expectedRegion of ['32', '32.01', '320101', '32.01.01', '32.01.01.2001', '']) {
      expect(validateNik(nik, { today, expectedRegion }).ok, expectedRegion).toBe(true);
    }
  });

  it('reports a different region, printed with dots at the compared level', () => {
    expect(reasonsOf(validateNik(nik, { today, expectedRegion: '33' }))).toEqual([
      { key: 'nik.regionMismatch', values: { code: '32', expected: '33' } },
    ]);
    expect(reasonsOf(validateNik(nik, { today, expectedRegion: '32.02' }))).toEqual([
      { key: 'nik.regionMismatch', values: { code: '32.01', expected: '32.02' } },
    ]);
    expect(reasonsOf(validateNik(nik, { today, expectedRegion: '32.01.02' }))).toEqual([
      { key: 'nik.regionMismatch', values: { code: '32.01.01', expected: '32.01.02' } },
    ]);
  });
});

describe('normalizeNik', () => {
  it('strips spaces, dots, dashes and a spreadsheet apostrophe, keeping letters', () => {
    expect(normalizeNik('  3201 0147\u00a00290.0001 ')).toBe('3201014702900001');
    expect(normalizeNik("'32-01")).toBe('3201');
    expect(normalizeNik('32O1')).toBe('32O1');
  });
});

describe('validateKk', () => {
  it('accepts a 16-digit family card number and gives its region', () => {
    expect(validateKk('3201 0101 0110 0001')).toEqual({ ok: true, kk: '3201010101100001', regionCode: '320101' });
  });

  it('refuses wrong length, letters, an unknown province and another region', () => {
    expect(validateKk('')).toEqual({ ok: false, reasons: [{ key: 'rules.kk.empty', values: {} }] });
    expect(validateKk('320101010110001')).toEqual({
      ok: false,
      reasons: [{ key: 'rules.kk.length', values: { length: 15 } }],
    });
    expect(validateKk('32010101011000x1')).toEqual({
      ok: false,
      reasons: [{ key: 'rules.kk.digits', values: { char: 'x' } }],
    });
    expect(validateKk('9901010101100001', { expectedRegion: '32.01' })).toEqual({
      ok: false,
      reasons: [
        { key: 'rules.kk.province', values: { code: '99' } },
        { key: 'rules.kk.regionMismatch', values: { code: '99.01', expected: '32.01' } },
      ],
    });
  });
});
