import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import fr from '../../locales/fr.json';
import { importErrorText, reasonText } from './reason-text';

async function translator(lng: 'fr' | 'de') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { fr: { translation: fr }, de: { translation: de } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('import reasons in the reader’s language', () => {
  it('words the server’s codes in French and German, keeping the file’s heading and value', async () => {
    const [tFr, tDe] = [await translator('fr'), await translator('de')];
    const nace = { code: 'invalidValue', params: { row: 3, column: 'Code NACE', field: 'naceCodes', value: 'X99.99' } };
    const sentence = 'row 3, Code NACE: "X99.99" is not a NACE Rev. 2.1 code';
    expect(reasonText(tFr, nace, sentence)).toBe('Ligne 3, Code NACE : « X99.99 » n’est pas un code NACE Rév. 2.1.');
    expect(reasonText(tDe, nace, sentence)).toBe('Zeile 3, Code NACE: „X99.99“ ist kein NACE-Rev.-2.1-Code.');
    const twin = { code: 'sameAsRow', params: { row: 4, other: 2, by: 'beEnterprise', value: '0403170701' } };
    expect(reasonText(tDe, twin, '')).toBe('Zeile 4: dieselbe Organisation wie Zeile 2 (Unternehmensnummer 0403170701); behalten Sie nur eine der beiden Zeilen.');
    expect(importErrorText(tFr, { code: 'rowsRejected', params: { n: 2 } }, 'x')).toBe('lignes rejetées : 2. Corrigez-les puis relancez l’essai.');
  });

  it('falls back on the English sentence for a code it does not know', async () => {
    const t = await translator('fr');
    expect(reasonText(t, null, 'row 3: something')).toBe('row 3: something');
    expect(reasonText(t, { code: 'fromTheFuture', params: {} }, 'row 3: something')).toBe('row 3: something');
    expect(reasonText(t, { code: 'invalidValue', params: { field: 'unknownField' } }, 'row 3: x')).toBe('row 3: x');
    expect(importErrorText(t, { code: 'nope', params: {} }, 'The file is odd')).toBe('The file is odd');
  });
});
