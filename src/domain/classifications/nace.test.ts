import { describe, expect, it } from 'vitest';
import { allNaceEntries, naceLabel, normaliseNaceCodes, parseNaceCode, searchNaceCodes } from './nace';

describe('NACE Rev. 2.1', () => {
  it('parses the ways people write codes into one canonical form', () => {
    expect(parseNaceCode('16.11')).toBe('C16.11');
    expect(parseNaceCode('1611')).toBe('C16.11');
    expect(parseNaceCode('c 16.11')).toBe('C16.11');
    expect(parseNaceCode('C16.1')).toBe('C16.1');
    expect(parseNaceCode('16')).toBe('C16');
    expect(parseNaceCode('C')).toBe('C');
    expect(parseNaceCode('A16.11')).toBeUndefined();
    expect(parseNaceCode('99.99')).toBeUndefined();
    expect(() => normaliseNaceCodes(['16.11', 'nope'])).toThrow(/not a NACE Rev. 2.1 code/);
  });

  it('has labels in the four interface languages', () => {
    expect(naceLabel('C16.11', 'fr')).toBe('Sciage et rabotage du bois');
    expect(naceLabel('C16.11', 'de')).toBe('Säge- und Hobelwerke');
    expect(naceLabel('C16.11', 'nl')).toBe('Zagen en schaven van hout');
    expect(allNaceEntries().every((e) => e.labels.fr && e.labels.de && e.labels.en && e.labels.nl)).toBe(true);
  });

  it('finds the same codes whatever the language of the query', () => {
    for (const q of ['sciage', 'Hobelwerke', 'sawmilling', 'zagen']) expect(searchNaceCodes(q), q).toContain('C16.11');
    expect(searchNaceCodes('ab')).toEqual([]);
  });
});
