/** The column guess: Indonesian and English headers, look-alikes it must not take, hostile headers. */
import { describe, expect, it } from 'vitest';
import { emptyMapping, fitMapping, guessMapping, headerKey } from '../../shared/roster/guess-mapping';

describe('guessMapping', () => {
  it('maps the headers of the kelompok-25 fixture and leaves "No" unused', () => {
    expect(guessMapping(['No', 'NIK', 'Nama Pengurus', 'No KK', 'ID PKH', 'Alamat', 'No HP'])).toEqual({
      ...emptyMapping(),
      nik: 1,
      name: 2,
      kkNumber: 3,
      pkhId: 4,
      address: 5,
      phone: 6,
    });
  });

  it('maps the headers of the xlsx fixture, components included', () => {
    const headers = [
      'NIK',
      'Nama',
      'Nomor KK',
      'ID ART PKH',
      'Alamat',
      'No. HP/WA',
      'Hamil',
      'Balita',
      'SD',
      'SMP',
      'SMA',
      'Lansia',
      'Disabilitas',
    ];
    expect(guessMapping(headers)).toEqual({
      nik: 0,
      name: 1,
      kkNumber: 2,
      pkhId: 3,
      address: 4,
      phone: 5,
      pregnant: 6,
      toddlers: 7,
      sd: 8,
      smp: 9,
      sma: 10,
      elderly: 11,
      severeDisability: 12,
    });
  });

  it('understands English headers and odd spelling', () => {
    expect(guessMapping(['Full name', 'National ID', 'Phone number', 'ADDRESS', 'Family card number'])).toMatchObject({
      name: 0,
      nik: 1,
      phone: 2,
      address: 3,
      kkNumber: 4,
    });
    expect(guessMapping(['N.I.K.', 'Nama  Ibu', 'No. K.K.', 'Telp.'])).toMatchObject({
      nik: 0,
      name: 1,
      kkNumber: 2,
      phone: 3,
    });
  });

  it('falls back to a keyword inside a longer header, but not for look-alikes', () => {
    const mapping = guessMapping(['Nama Desa', 'NIK Pengurus KPM', 'Nama Pengurus/KPM', 'Alamat Domisili Sekarang']);
    expect(mapping).toMatchObject({ nik: 1, name: 2, address: 3 });
    expect(guessMapping(['Nama Desa', 'Nama Kelompok'])).toMatchObject({ name: null });
  });

  it('uses each column for one field at most', () => {
    const mapping = guessMapping(['NIK', 'NIK']);
    expect(mapping.nik).toBe(0);
    expect(Object.values(mapping).filter((column) => column === 0)).toHaveLength(1);
  });

  it('treats __proto__, constructor and toString headers as unknown text', () => {
    const mapping = guessMapping(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'NIK']);
    expect(mapping).toEqual({ ...emptyMapping(), nik: 4 });
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).nik).toBeUndefined();
  });

  it('normalises a header to letters and digits without accents', () => {
    expect(headerKey(' No. H.P / WA ')).toBe('nohpwa');
    expect(headerKey('Nâmà')).toBe('nama');
  });
});

describe('fitMapping', () => {
  it('unmaps columns the table does not have', () => {
    expect(fitMapping({ ...emptyMapping(), nik: 5, name: 1, phone: -1 }, 3)).toEqual({ ...emptyMapping(), name: 1 });
  });
});
