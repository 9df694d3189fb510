/**
 * Reading roster files: encodings, delimiters, line numbers, and the hostile cases (too large,
 * binary, wrong encoding, empty, zip bombs) — each refused with a reason and nothing half-read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { decodeRosterText, sniffRosterFile } from '../../shared/roster/decode-roster-text';
import { parseRosterCsv } from '../../shared/roster/parse-roster-csv';
import { readRosterCsv } from '../../shared/roster/read-roster-csv';
import { ROSTER_LIMITS } from '../../shared/roster/roster-fields';
import { toRosterTable } from '../../shared/roster/roster-table';
import { checkXlsxArchive, xlsxCellText } from '../../shared/roster/xlsx-cells';

const FIXTURES = join(import.meta.dirname, '../fixtures/roster');
const bytes = (text: string) => new TextEncoder().encode(text);

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('readRosterCsv on the kelompok-25 fixture', () => {
  it('reads 27 data rows under the 7 headers, numbered by file line', () => {
    const table = readRosterCsv(readFileSync(join(FIXTURES, 'kelompok-25.csv')));
    expect(table.headers).toEqual(['No', 'NIK', 'Nama Pengurus', 'No KK', 'ID PKH', 'Alamat', 'No HP']);
    expect(table.rows).toHaveLength(27);
    expect(table.rows[0]).toEqual({
      line: 2,
      cells: [
        '1',
        '3201014101780001',
        'Siti Nurhaliza',
        '3201010115000011',
        'PKH-3201-7001',
        'Kp. Sukamaju RT 01/RW 03, Desa Pakansari',
        '+628123456700',
      ],
    });
    expect(table.rows.at(-1)?.line).toBe(28);
    expect(table.delimiter).toBe(',');
  });
});

describe('delimiters, byte-order marks and encodings', () => {
  const expected = [
    ['NIK', 'Nama'],
    ['3201014101780001', 'Siti'],
  ];

  it.each([
    ['comma', 'NIK,Nama\r\n3201014101780001,Siti\r\n', ','],
    ['semicolon (Indonesian Excel)', 'NIK;Nama\n3201014101780001;Siti\n', ';'],
    ['tab', 'NIK\tNama\n3201014101780001\tSiti\n', '\t'],
  ])('detects a %s delimiter', (_name, text, delimiter) => {
    const table = readRosterCsv(bytes(text));
    expect(table.delimiter).toBe(delimiter);
    expect([table.headers, ...table.rows.map((row) => row.cells)]).toEqual(expected);
  });

  it('drops a UTF-8 byte-order mark so the first header reads "NIK"', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('NIK;Nama\n3201014101780001;Siti\n')]);
    expect(readRosterCsv(withBom).headers).toEqual(['NIK', 'Nama']);
  });

  it('reads UTF-16 text with a byte-order mark (Excel "Unicode text")', () => {
    const text = 'NIK\tNama\n3201014101780001\tDésy\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(readRosterCsv(utf16).rows[0]?.cells).toEqual(['3201014101780001', 'Désy']);
  });

  it('keeps quoted commas, quotes and accents intact', () => {
    const table = readRosterCsv(bytes('Nama,Alamat\n"Nur\'aeni ""Ani""","Kp. Babakan, RT 01"\nDésy,-\n'));
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Nur\'aeni "Ani"', 'Kp. Babakan, RT 01'],
      ['Désy', '-'],
    ]);
  });

  it('refuses text that is not UTF-8 (a Windows-1252 "é") with the encoding reason', () => {
    const latin1 = new Uint8Array([...bytes('NIK,Nama\n1,D'), 0xe9, ...bytes('sy\n')]);
    expect(caught(() => readRosterCsv(latin1))).toMatchObject({
      code: 'roster.invalid',
      details: { reason: 'encoding' },
    });
  });

  it('refuses a binary file (NUL bytes) and an old .xls by its signature', () => {
    expect(caught(() => decodeRosterText(new Uint8Array([0x4e, 0x00, 0x49, 0x00, 0x4b])))).toMatchObject({
      details: { reason: 'binary' },
    });
    expect(caught(() => sniffRosterFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1])))).toMatchObject({
      details: { reason: 'xls' },
    });
    expect(sniffRosterFile(readFileSync(join(FIXTURES, 'kelompok-xlsx.xlsx')))).toBe('xlsx');
    expect(sniffRosterFile(bytes('NIK,Nama'))).toBe('text');
  });

  it('refuses an empty file, a file of blank lines, and a header without rows', () => {
    expect(caught(() => readRosterCsv(new Uint8Array()))).toMatchObject({ details: { reason: 'empty' } });
    expect(caught(() => readRosterCsv(bytes('\r\n ,, \n\n')))).toMatchObject({ details: { reason: 'empty' } });
    expect(caught(() => readRosterCsv(bytes('NIK,Nama\n,\n')))).toMatchObject({ details: { reason: 'noRows' } });
  });
});

describe('limits against hostile or mistaken files', () => {
  it('refuses a file over 5 MB before decoding it', () => {
    const big = new Uint8Array(ROSTER_LIMITS.maxBytes + 1).fill(0x41);
    expect(caught(() => readRosterCsv(big))).toMatchObject({
      code: 'roster.tooLarge',
      details: { unit: 'bytes', max: ROSTER_LIMITS.maxBytes },
    });
  });

  it('refuses more than 5,000 data rows, saying how many there were', () => {
    const lines = ['NIK,Nama', ...Array.from({ length: 5001 }, (_, i) => `${i},Ibu ${i}`)];
    expect(caught(() => readRosterCsv(bytes(lines.join('\n'))))).toMatchObject({
      code: 'roster.tooLarge',
      details: { unit: 'rows', rows: 5001, max: 5000 },
    });
    expect(readRosterCsv(bytes(lines.slice(0, 5001).join('\n'))).rows).toHaveLength(5000);
  });

  it('cuts very long cells and very wide rows instead of carrying them around', () => {
    const wide = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const table = toRosterTable([wide, ['x'.repeat(50_000), ...wide.slice(1)]]);
    expect(table.headers).toHaveLength(ROSTER_LIMITS.maxColumns);
    expect(table.rows[0]?.cells[0]).toHaveLength(ROSTER_LIMITS.maxCellChars);
  });

  it('gives rows longer than the header numbered, empty headers so their cells can be mapped', () => {
    const table = toRosterTable([['NIK'], ['1', 'Siti']]);
    expect(table.headers).toEqual(['NIK', '']);
  });

  it('keeps __proto__ and constructor headers as plain text', () => {
    const table = readRosterCsv(bytes('__proto__,constructor,NIK\n{"polluted":1},x,1\n'));
    expect(table.headers).toEqual(['__proto__', 'constructor', 'NIK']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(table.headers)).toBe(Array.prototype);
  });

  it('parses without evaluating: a formula stays the text it was', () => {
    expect(parseRosterCsv('Nama\n=1+2\n').rows[1]).toEqual(['=1+2']);
  });
});

describe('xlsx helpers', () => {
  it('accepts the fixture archive and refuses an archive that declares too much', () => {
    expect(() => checkXlsxArchive(readFileSync(join(FIXTURES, 'kelompok-xlsx.xlsx')))).not.toThrow();
    // A few bytes whose zip headers declare 2 GB: what a zip bomb looks like to the check.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 0x7fffffff, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 0x7fffffff, true);
    }
    expect(caught(() => checkXlsxArchive(bomb))).toMatchObject({ code: 'roster.tooLarge', details: { unit: 'bytes' } });
  });

  it('refuses a zip that is not a workbook, and bytes that are not a zip', () => {
    expect(caught(() => checkXlsxArchive(zipSync({ 'photo.jpg': strToU8('x') })))).toMatchObject({
      details: { reason: 'xlsx' },
    });
    expect(caught(() => checkXlsxArchive(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatchObject({
      details: { reason: 'xlsx' },
    });
  });

  it('writes typed cells back as text: whole numbers in full, dates as local dates', () => {
    expect(xlsxCellText(3201014203890102)).toBe('3201014203890102');
    expect(xlsxCellText(2)).toBe('2');
    expect(xlsxCellText(2.5)).toBe('2.5');
    expect(xlsxCellText(true)).toBe('ya');
    expect(xlsxCellText(null)).toBe('');
    expect(xlsxCellText(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(xlsxCellText(Number.NaN)).toBe('');
    expect(xlsxCellText({ toString: () => 'sneaky' })).toBe('');
  });
});
