/**
 * What a facilitator reads when an import is refused (pwa/src/screens/data/import-error.ts): one
 * of a few plain sentences per cause, always saying that nothing changed, with the core's precise
 * wording kept aside for whoever helps them.
 */
import { describe, expect, it } from 'vitest';
import { importProblem } from '../../pwa/src/screens/data/import-error';
import { AppError } from '../../shared/errors';

const NOTHING = 'Tidak ada data yang berubah.';

describe('import problems', () => {
  it('tells a wrong passphrase from a missing one', () => {
    expect(importProblem('id', new AppError('bundle.passphrase', { reason: 'wrong' }))).toEqual({
      message: `Kata sandi salah, atau berkasnya rusak. ${NOTHING}`,
      detail: null,
      wrongPassphrase: true,
    });
    expect(importProblem('en', new AppError('bundle.passphrase', { reason: 'missing' })).message).toBe(
      'This file is locked. Enter the passphrase used when it was made.',
    );
  });

  it('tells some other file from a damaged Lentera file', () => {
    for (const details of [
      { path: '(file)', detail: 'is not a Lentera bundle' },
      { path: '(file)', detail: 'is empty' },
      { path: 'bundle.json', detail: 'is missing' },
      { path: 'holiday.jpg', detail: 'is not part of a Lentera bundle' },
    ]) {
      expect(importProblem('id', new AppError('bundle.invalid', details)).message).toBe(
        `Berkas ini bukan berkas data Lentera. ${NOTHING}`,
      );
    }
    const damaged = importProblem('id', new AppError('bundle.invalid', { path: '(zip)', detail: 'is truncated' }));
    expect(damaged.message).toBe(`Berkas ini rusak atau telah diubah, jadi tidak bisa diimpor. ${NOTHING}`);
    expect(damaged.detail).toBe('Berkas paket tidak valid di (zip): is truncated');
  });

  it('explains files too large, from newer apps, and a full disk', () => {
    expect(importProblem('id', new AppError('bundle.tooLarge', { size: '250 MB', max: '200 MB' })).message).toBe(
      'Berkas paket terlalu besar (250 MB). Ekspor per rentang tanggal atau per kelompok agar berkasnya lebih kecil.',
    );
    expect(importProblem('en', new AppError('bundle.version', { version: '2', supported: '1' })).message).toBe(
      'This file was made by a newer Lentera. Update the app, then try again. No data was changed.',
    );
    expect(importProblem('id', new AppError('db.quota')).message).toBe(
      `Penyimpanan perangkat penuh. Data sebelumnya aman; hapus foto lama atau ekspor cadangan, lalu coba lagi. ${NOTHING}`,
    );
    expect(importProblem('id', new Error('boom'))).toMatchObject({ message: `Impor gagal. ${NOTHING}` });
  });
});
