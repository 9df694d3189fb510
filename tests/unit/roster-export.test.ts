/** CSV export: formula escaping, quoting, and a round trip back through the importer. */
import { describe, expect, it } from 'vitest';
import { buildRosterReport } from '../../shared/roster/build-roster-report';
import { escapeCsvCell } from '../../shared/roster/escape-csv-cell';
import { guessMapping } from '../../shared/roster/guess-mapping';
import { parseRosterCsv } from '../../shared/roster/parse-roster-csv';
import { readRosterCsv } from '../../shared/roster/read-roster-csv';
import type { MemberDetails } from '../../shared/roster/roster-fields';
import { rosterToCsv } from '../../shared/roster/roster-to-csv';
import { memberMatcher } from '../../shared/roster/search-members';
import { makeMember } from './factories';

const details = (overrides: Partial<MemberDetails> = {}): MemberDetails => {
  const { nik, kkNumber, pkhId, name, address, phone, components } = makeMember(overrides);
  return { nik, kkNumber, pkhId, name, address, phone, components };
};

describe('escapeCsvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+62812', "'+62812"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Siti = Ani', 'Siti = Ani'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(escapeCsvCell(input)).toBe(output);
  });
});

describe('rosterToCsv', () => {
  it('writes a BOM, headers the importer recognises, and escaped, quoted cells', () => {
    const csv = rosterToCsv([
      details({ name: '=HYPERLINK("http://evil","klik")', address: 'Kp. Babakan, RT 01', phone: '+6281234' }),
    ]);
    expect(csv.startsWith('\uFEFFNo,NIK,Nama Pengurus,No KK,ID PKH,Alamat,No HP,Hamil,Balita')).toBe(true);
    const [, row] = parseRosterCsv(csv).rows;
    expect(row?.[2]).toBe('\'=HYPERLINK("http://evil","klik")');
    expect(row?.[5]).toBe('Kp. Babakan, RT 01');
    expect(row?.[6]).toBe("'+6281234");
  });

  it('round-trips: export then import gives back the same families', () => {
    const families = [
      details({
        name: 'Désy Ratnasari',
        components: { pregnant: true, toddlers: 2, school: { sd: 1, smp: 1, sma: 0 }, elderly: 1, severeDisability: 0 },
      }),
      details({ name: 'Nur\'aeni "Ani"', phone: '+6281299990104', address: 'Kp. Cikaret, RT 04' }),
      details({ kkNumber: '', pkhId: '', phone: '', address: '' }),
    ];
    const table = readRosterCsv(new TextEncoder().encode(rosterToCsv(families)));
    const report = buildRosterReport(table, guessMapping(table.headers), { existing: new Map(), today: '2026-03-15' });
    expect(report.ready).toEqual(families);
    expect(report.warningRows).toBe(0);
  });
});

describe('memberMatcher', () => {
  const people = [
    { name: 'Désy Ratnasari', nik: '3201015301900013' },
    { name: 'SITI Aminah', nik: '3201014101780001' },
  ];
  const find = (query: string) => people.filter(memberMatcher(query)).map((person) => person.name);

  it('ignores case and accents in names', () => {
    expect(find('desy')).toEqual(['Désy Ratnasari']);
    expect(find('  siti  ')).toEqual(['SITI Aminah']);
    expect(find('RATNA')).toEqual(['Désy Ratnasari']);
  });

  it('finds a NIK by any part, ignoring spaces, dots and dashes', () => {
    expect(find('4101 78')).toEqual(['SITI Aminah']);
    expect(find('32.01.01')).toEqual(['Désy Ratnasari', 'SITI Aminah']);
    expect(find('0013')).toEqual(['Désy Ratnasari']);
  });

  it('matches everyone for an empty query and no one for a stranger', () => {
    expect(find('')).toHaveLength(2);
    expect(find('zzz')).toEqual([]);
  });
});
