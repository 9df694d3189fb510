import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, fromErrorData, toErrorData } from '../../shared/errors';
import { catalogue, catalogueParts, describeError, t } from '../../shared/i18n/translate';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogue', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const idKeys = Object.keys(catalogue.id).sort();
    expect(Object.keys(catalogue.en).sort()).toEqual(idKeys);
    for (const key of idKeys) {
      const id = catalogue.id[key as keyof typeof catalogue.id];
      const en = catalogue.en[key as keyof typeof catalogue.en];
      expect(id.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(id));
    }
  });

  it('defines each key in exactly one catalogue part', () => {
    const seen = new Map<string, number>();
    for (const [index, part] of catalogueParts.entries()) {
      for (const key of Object.keys(part.id)) {
        expect(seen.has(key), `${key} is in parts ${seen.get(key)} and ${index}`).toBe(false);
        seen.set(key, index);
      }
    }
  });

  it('has a message for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(catalogue.id).toHaveProperty(`error.${code}`);
    }
  });

  it('interpolates values and formats numbers the Indonesian way', () => {
    expect(t('id', 'error.roster.tooLarge', { rows: 100000, max: 5000 })).toContain('100.000 baris');
    expect(t('en', 'error.roster.tooLarge', { rows: 100000, max: 5000 })).toContain('100,000 rows');
  });
});

describe('AppError', () => {
  it('turns a code into a translated message, also after crossing a message boundary', () => {
    const error = new AppError('fill.targetNotFound', { step: 3, field: 'Tanggal' });
    const data = JSON.parse(JSON.stringify(toErrorData(error)));
    expect(describeError('id', fromErrorData(data))).toBe('Langkah 3: kolom "Tanggal" tidak ditemukan di halaman.');
    expect(describeError('en', data)).toBe('Step 3: field "Tanggal" was not found on the page.');
  });

  it('describes foreign errors as unknown without losing the detail', () => {
    expect(describeError('en', new Error('disk on fire'))).toContain('disk on fire');
  });
});
