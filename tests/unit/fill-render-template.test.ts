import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { sampleRecord } from '../../shared/fill/fill-record';
import { renderTemplate, templatePaths } from '../../shared/fill/render-template';

const tables = {
  statusLabels: { hadir: 'HADIR', sakit: 'SAKIT', alpa: 'ALFA' },
  materi: { 'P2K2-M2': 'PENGELOLAAN KEUANGAN DAN PERENCANAAN USAHA.' },
};
const record = sampleRecord('memberAttendance');
const render = (template: string, scope: object = record): string =>
  renderTemplate(template, scope, tables, 'steps[0].value');

function failure(template: string, scope: object = record): { code: string; path: unknown; detail: unknown } {
  try {
    render(template, scope);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    return { code: e.code, path: e.details.path, detail: e.details.detail };
  }
  throw new Error('rendered');
}

describe('renderTemplate', () => {
  it('fills paths among literal text, with or without spaces in the braces', () => {
    expect(render('Sesi {{session.number}}: {{ session.title }} ({{group.region.villageName}})')).toBe(
      'Sesi 5: Mengelola Keuangan Keluarga (Pakansari)',
    );
    expect(render('no holes')).toBe('no holes');
    expect(render('{{module.number}}')).toBe('2');
  });

  it.each([
    ['dd/MM/yyyy', '29/11/2026'],
    ['yyyy-MM-dd', '2026-11-29'],
    ['d MMMM yyyy', '29 November 2026'],
    ['d MMM yy', '29 Nov 26'],
    ['date:d/M/yyyy', '29/11/2026'],
  ])('formats dates with %s', (pattern, expected) => {
    expect(render(`{{session.actualDate | ${pattern}}}`)).toBe(expected);
  });

  it('writes months in Indonesian', () => {
    const scope = { d: '2026-08-07', m: '2026-05-01' };
    expect(render('{{d | d MMMM yyyy}}, {{m | dd MMMM yyyy}}, {{d | dd MMM yyyy}}', scope)).toBe(
      '7 Agustus 2026, 01 Mei 2026, 07 Agu 2026',
    );
  });

  it.each([
    ['time', '09:00'],
    ['time:HH.mm', '09.00'],
    ['HH.mm', '09.00'],
    ['H:mm', '9:00'],
  ])('formats times with %s', (pattern, expected) => {
    expect(render(`{{session.startTime | ${pattern}}}`)).toBe(expected);
  });

  it('applies text formatters left to right', () => {
    const scope = { t: '  Rumah Ibu  Ketua ', nik: '32.01.01-4506', long: 'abcdefghij' };
    expect(render('{{t | trim | upper}}', scope)).toBe('RUMAH IBU  KETUA');
    expect(render('{{t | lower}}', scope)).toBe('  rumah ibu  ketua ');
    expect(render('{{nik | digits}}', scope)).toBe('3201014506');
    expect(render('{{long | truncate:4}}', scope)).toBe('abcd');
    expect(render('{{long | truncate:100}}', scope)).toBe('abcdefghij');
  });

  it('never cuts an emoji in half', () => {
    expect(render('{{t | truncate:3}}', { t: 'ab😀c' })).toBe('ab');
  });

  it('renders null as empty, which default: replaces and date formatters leave alone', () => {
    const scope = { session: { actualDate: null, notes: '' } };
    expect(render('[{{session.actualDate | dd/MM/yyyy}}]', scope)).toBe('[]');
    expect(render('{{session.actualDate | dd/MM/yyyy | default:belum}}', scope)).toBe('belum');
    expect(render('{{session.notes | default:Tidak ada catatan}}', scope)).toBe('Tidak ada catatan');
    expect(render('{{session.title | default:x}}')).toBe('Mengelola Keuangan Keluarga');
  });

  it('looks values up in value tables', () => {
    expect(render('{{member.status | table:statusLabels}}')).toBe('HADIR');
    expect(render('{{module.code | table:materi}}')).toBe('PENGELOLAAN KEUANGAN DAN PERENCANAAN USAHA.');
  });

  it('treats a missing table entry as an error, not a pass-through', () => {
    expect(failure('{{s | table:statusLabels}}', { s: 'izin' })).toEqual({
      code: 'formMap.invalid',
      path: 'steps[0].value',
      detail: 'value table "statusLabels" has no entry for "izin" in "{{s | table:statusLabels}}"',
    });
    // Inherited properties are not entries.
    expect(failure('{{s | table:statusLabels}}', { s: 'toString' }).detail).toContain('no entry for "toString"');
    expect(failure('{{s | table:nope}}', { s: 'hadir' }).detail).toContain('no value table "nope"');
  });

  it('names the template for an unknown path or formatter', () => {
    expect(failure('Tanggal {{session.date | dd/MM/yyyy}}')).toEqual({
      code: 'formMap.invalid',
      path: 'steps[0].value',
      detail: 'unknown path "session.date" in "{{session.date | dd/MM/yyyy}}"',
    });
    expect(failure('{{session.title | capitalize}}').detail).toBe(
      'unknown formatter "capitalize" in "{{session.title | capitalize}}"',
    );
    expect(failure('{{session}}').detail).toContain('not a single value');
    expect(failure('{{session.title').detail).toContain('unclosed');
    expect(failure('{{session.title | truncate:x}}').detail).toContain('truncate needs a number');
    expect(failure('{{session.title | upper:1}}').detail).toContain('takes no argument');
    expect(failure('{{session.startTime | date:HH:mm}}').detail).toContain('is not a date pattern');
  });

  it('cannot reach prototypes or run code', () => {
    expect(failure('{{session.constructor}}').detail).toContain('forbidden path');
    expect(failure('{{__proto__.x}}').detail).toContain('forbidden path');
    expect(failure('{{session.title.length}}').detail).toContain('unknown path');
    expect(failure('{{ 1 + 1 }}').detail).toContain('is not a path');
  });

  it('refuses a malformed date in the record as bad input', () => {
    expect(failure('{{d | dd/MM/yyyy}}', { d: '29-11-2026' })).toMatchObject({ code: 'input.invalid' });
    expect(failure('{{t | time}}', { t: '9:00' })).toMatchObject({ code: 'input.invalid' });
  });
});

describe('templatePaths', () => {
  it('lists the leaves a record offers', () => {
    const paths = templatePaths(sampleRecord('sessionReport'));
    expect(paths).toContain('session.actualDate');
    expect(paths).toContain('group.region.regencyCode');
    expect(paths).toContain('counts.total');
    expect(paths).not.toContain('members');
    expect(paths).not.toContain('session');
  });
});
