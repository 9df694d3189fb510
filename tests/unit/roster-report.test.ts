/**
 * The row-by-row report the user confirms: what is ready, what is refused and why, in words the
 * user reads (checked through `t`), and hostile cells neutralised rather than evaluated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n/translate';
import { buildRosterReport, type KnownNik, type RosterReport } from '../../shared/roster/build-roster-report';
import { checkMemberDraft } from '../../shared/roster/check-member';
import { emptyMapping, guessMapping, type RosterMapping } from '../../shared/roster/guess-mapping';
import { readRosterCsv } from '../../shared/roster/read-roster-csv';
import { type RosterTable, toRosterTable } from '../../shared/roster/roster-table';

const today = '2026-03-15';
const FIXTURES = join(import.meta.dirname, '../fixtures/roster');
const none = new Map<string, KnownNik>();

function fixture(): RosterTable {
  return readRosterCsv(readFileSync(join(FIXTURES, 'kelompok-25.csv')));
}

function report(
  table: RosterTable,
  options: { existing?: Map<string, KnownNik>; region?: string; mapping?: RosterMapping } = {},
): RosterReport {
  return buildRosterReport(table, options.mapping ?? guessMapping(table.headers), {
    existing: options.existing ?? none,
    today,
    ...(options.region === undefined ? {} : { expectedRegion: options.region }),
  });
}

const messages = (row: RosterReport['rows'][number] | undefined) =>
  (row?.errors ?? []).map((issue) => t('id', issue.key, issue.values));

describe('the kelompok-25 fixture', () => {
  it('has 25 families ready and 2 rows refused: a 15-digit NIK and a NIK repeated from line 4', () => {
    const result = report(fixture(), { region: '32.01.01' });
    expect(result.ready).toHaveLength(25);
    expect(result.problemRows).toBe(2);
    expect(result.warningRows).toBe(0);
    const problems = result.rows.filter((row) => row.outcome !== 'ready');
    expect(problems.map((row) => [row.line, row.outcome, row.name])).toEqual([
      [27, 'invalid', 'Sri Mulyani'],
      [28, 'duplicateInFile', 'Dewi Kartikasari'],
    ]);
    expect(messages(problems[0])).toEqual(['NIK harus 16 angka (terisi 15).']);
    expect(messages(problems[1])).toEqual(['NIK sama dengan baris 4.']);
  });

  it('turns a ready row into exactly the family details that will be stored', () => {
    const first = report(fixture()).ready[0];
    expect(first).toEqual({
      nik: '3201014101780001',
      kkNumber: '3201010115000011',
      pkhId: 'PKH-3201-7001',
      name: 'Siti Nurhaliza',
      address: 'Kp. Sukamaju RT 01/RW 03, Desa Pakansari',
      // A leading "+" of a phone number is a country code, not a formula: kept.
      phone: '+628123456700',
      components: { pregnant: false, toddlers: 0, school: { sd: 0, smp: 0, sma: 0 }, elderly: 0, severeDisability: 0 },
    });
  });

  it('refuses NIKs already in the database, naming the family and group that hold them', () => {
    const existing = new Map([['3201014202790002', { name: 'Aisyah R.', groupName: 'Kelompok Mawar' }]]);
    const result = report(fixture(), { existing });
    expect(result.ready).toHaveLength(24);
    const row = result.rows.find((candidate) => candidate.outcome === 'duplicateInDb');
    expect(row?.line).toBe(3);
    expect(messages(row)).toEqual(['NIK ini sudah terdaftar atas nama Aisyah R. (kelompok Kelompok Mawar).']);
  });

  it('warns, without refusing, when NIKs come from another district than the group', () => {
    const result = report(fixture(), { region: '32.01.02' });
    expect(result.ready).toHaveLength(25);
    expect(result.warningRows).toBe(25);
    const warning = result.rows[0]?.warnings[0];
    expect(warning && t('en', warning.key, warning.values)).toBe(
      'The NIK region 32.01.01 differs from the group region 32.01.02.',
    );
  });
});

describe('row checks', () => {
  const table = (rows: string[][]) => toRosterTable([['NIK', 'Nama', 'No KK', 'Hamil', 'Balita', 'SD'], ...rows]);

  it('refuses a row without a name and lists every NIK reason at once', () => {
    const result = report(
      table([
        ['3201014101780001', ' - ', '', '', '', ''],
        ['3200009913000000', 'Ibu X', '', '', '', ''],
      ]),
    );
    expect(result.rows.map((row) => row.outcome)).toEqual(['invalid', 'invalid']);
    expect(messages(result.rows[0])).toEqual(['Isi nama pengurus.']);
    expect(messages(result.rows[1])).toEqual([
      'Kode kabupaten/kota dalam NIK tidak boleh 00.',
      'Kode kecamatan dalam NIK tidak boleh 00.',
      'Tanggal lahir 99 dalam NIK tidak mungkin: 01–31 untuk laki-laki, 41–71 untuk perempuan.',
      'Bulan lahir 13 dalam NIK tidak mungkin (harus 01–12).',
      'Nomor urut NIK tidak boleh 0000.',
    ]);
  });

  it('explains a NIK a spreadsheet turned into 3.20101E+15', () => {
    const result = report(table([['3.20101E+15', 'Ibu Y', '', '', '', '']]));
    expect(messages(result.rows[0])[0]).toContain('3.20101E+15');
    expect(result.rows[0]?.errors[0]?.key).toBe('groups.check.scientific');
  });

  it('unwraps ="…" numbers and leading apostrophes, and reads yes/no and counts', () => {
    const result = report(table([['="3201014101780001"', 'Ibu Z', "'3201010115000011", 'Ya', '2', '']]));
    expect(result.ready[0]).toMatchObject({
      nik: '3201014101780001',
      kkNumber: '3201010115000011',
      components: { pregnant: true, toddlers: 2, school: { sd: 0, smp: 0, sma: 0 } },
    });
  });

  it('refuses unreadable yes/no and counts, and an invalid family card number', () => {
    const result = report(table([['3201014101780001', 'Ibu Z', '12345', 'mungkin', '-1', 'dua']]));
    expect(messages(result.rows[0])).toEqual([
      'Nomor KK harus 16 angka (terisi 5).',
      '"mungkin" bukan ya/tidak.',
      '"-1" bukan jumlah 0–20.',
      '"dua" bukan jumlah 0–20.',
    ]);
  });

  it('keeps the text of formula-looking cells but drops the formula marks, with a note', () => {
    const result = report(
      table([
        ['3201014101780001', '=HYPERLINK("http://x","Siti")', '', '', '', ''],
        ['3201014202790002', '@SUM(A1) Ani', '', '', '', ''],
        ['3201014303800003', '+-Dewi', '', '', '', ''],
      ]),
    );
    expect(result.ready.map((family) => family.name)).toEqual(['HYPERLINK("http://x","Siti")', 'SUM(A1) Ani', 'Dewi']);
    expect(result.warningRows).toBe(3);
    expect(result.rows[0]?.warnings[0]?.key).toBe('groups.check.formula');
  });

  it('removes control and bidi-override characters from names', () => {
    const result = report(table([['3201014101780001', 'Siti\u202E\u0007 Aminah', '', '', '', '']]));
    expect(result.ready[0]?.name).toBe('Siti Aminah');
  });

  it('refuses names longer than 100 characters', () => {
    const result = report(table([['3201014101780001', 'A'.repeat(101), '', '', '', '']]));
    expect(messages(result.rows[0])).toEqual(['Terlalu panjang: 101 karakter (maksimal 100).']);
  });

  it('imports nothing and says which required columns are missing', () => {
    const result = report(fixture(), { mapping: { ...emptyMapping(), name: 2 } });
    expect(result).toEqual({ rows: [], ready: [], problemRows: 0, warningRows: 0, missingFields: ['nik'] });
  });

  it('lets a later row keep a NIK whose first row was refused for another reason', () => {
    const result = report(
      table([
        ['3201014101780001', '', '', '', '', ''],
        ['3201014101780001', 'Ibu Benar', '', '', '', ''],
      ]),
    );
    expect(result.rows.map((row) => row.outcome)).toEqual(['invalid', 'ready']);
  });
});

describe('checkMemberDraft, as the family form uses it', () => {
  const draft = {
    nik: '3201014101780001',
    kkNumber: '',
    pkhId: '',
    name: 'Siti',
    address: '',
    phone: '',
    components: { pregnant: false, toddlers: 0, school: { sd: 0, smp: 0, sma: 0 }, elderly: 0, severeDisability: 0 },
  };

  it('keeps typed text as typed (no formula stripping outside files), trimmed and single-spaced', () => {
    const check = checkMemberDraft({ ...draft, name: '  =Siti   Aminah ' }, { today });
    expect(check.details?.name).toBe('=Siti Aminah');
    expect(check.warnings).toEqual([]);
  });

  it('warns about region for both NIK and family card, and still returns the details', () => {
    const check = checkMemberDraft({ ...draft, kkNumber: '3201010101100001' }, { today, expectedRegion: '33.01' });
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((issue) => [issue.field, issue.key])).toEqual([
      ['nik', 'nik.regionMismatch'],
      ['kkNumber', 'rules.kk.regionMismatch'],
    ]);
    expect(check.details?.kkNumber).toBe('3201010101100001');
  });

  it('refuses counts outside 0–20 and notes an odd phone number', () => {
    const check = checkMemberDraft(
      { ...draft, phone: 'tanya ketua', components: { ...draft.components, toddlers: 21, elderly: 1.5 } },
      { today },
    );
    expect(check.details).toBeNull();
    expect(check.errors.map((issue) => issue.field)).toEqual(['toddlers', 'elderly']);
    expect(check.warnings.map((issue) => issue.key)).toEqual(['groups.check.phoneOdd']);
  });
});
