import { describe, expect, it } from 'vitest';
import { isValidIdentifier, normaliseIdentifier, sirenOfSiret } from './identifiers';

describe('national identifiers', () => {
  it('Belgian enterprise numbers: modulo 97 check, with or without dots, BE prefix or leading zero', () => {
    // 97 - (01234567 mod 97) = 49
    expect(normaliseIdentifier('be-enterprise', '0123.456.749')).toBe('0123456749');
    expect(normaliseIdentifier('be-enterprise', 'BE 0123 456 749')).toBe('0123456749');
    expect(normaliseIdentifier('be-enterprise', '123.456.749')).toBe('0123456749');
    expect(isValidIdentifier('be-enterprise', '0123.456.748')).toBe(false);
    expect(isValidIdentifier('be-enterprise', '2123.456.749')).toBe(false);
    expect(isValidIdentifier('be-enterprise', '')).toBe(false);
  });

  it('SIREN and SIRET: Luhn, and the La Poste exception', () => {
    // 732829320: Luhn sum 40
    expect(normaliseIdentifier('fr-siren', '732 829 320')).toBe('732829320');
    expect(isValidIdentifier('fr-siren', '732829321')).toBe(false);
    expect(isValidIdentifier('fr-siren', '356000000')).toBe(true);
    // 73282932000074: a valid SIRET of that SIREN (Luhn over 14 digits)
    expect(normaliseIdentifier('fr-siret', '732 829 320 00074')).toBe('73282932000074');
    expect(isValidIdentifier('fr-siret', '73282932000075')).toBe(false);
    expect(sirenOfSiret('732 829 320 00074')).toBe('732829320');
    // La Poste establishments: the sum of the digits is a multiple of 5.
    expect(isValidIdentifier('fr-siret', '35600000000010')).toBe(true);
    expect(isValidIdentifier('fr-siret', '35600000000011')).toBe(false);
  });

  it('Luxembourg RCS and German register numbers: format only, normalised', () => {
    expect(normaliseIdentifier('lu-rcs', 'RCS Luxembourg B 012345')).toBe('B12345');
    expect(normaliseIdentifier('lu-rcs', 'b-2468')).toBe('B2468');
    expect(isValidIdentifier('lu-rcs', 'Z123')).toBe(false);
    expect(normaliseIdentifier('de-register', 'hrb 00123')).toBe('HRB 123');
    expect(normaliseIdentifier('de-register', 'GnR 12')).toBe('GnR 12');
    expect(isValidIdentifier('de-register', 'HRX 1')).toBe(false);
  });

  it('errors name the field and say what a valid value looks like', () => {
    expect(() => normaliseIdentifier('fr-siren', '123', 'identifiers.siren')).toThrow(/not a valid SIREN \(9 digits\)/);
    try {
      normaliseIdentifier('be-enterprise', 'x', 'kbo');
    } catch (e) {
      expect((e as { field: string }).field).toBe('kbo');
    }
  });
});
