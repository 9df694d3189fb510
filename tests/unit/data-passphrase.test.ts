/** The passphrase hint of an encrypted export: too short is refused, a sentence is strong. */
import { describe, expect, it } from 'vitest';
import { passphraseProblem, passphraseStrength } from '../../pwa/src/screens/data/passphrase-fields';

describe('passphrase strength', () => {
  it('grades by length and variety', () => {
    expect(passphraseStrength('1234567')).toBe('tooShort');
    expect(passphraseStrength('12345678')).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('melati2026x')).toBe('fair');
    expect(passphraseStrength('melati mekar di balai desa')).toBe('strong');
  });

  it('asks for the same passphrase twice', () => {
    expect(passphraseProblem({ first: 'pendek', second: 'pendek' })).toBe('data.pass.tooShort');
    expect(passphraseProblem({ first: 'cukup panjang', second: 'cukup panjan' })).toBe('data.pass.mismatch');
    expect(passphraseProblem({ first: 'cukup panjang', second: 'cukup panjang' })).toBeNull();
  });
});
