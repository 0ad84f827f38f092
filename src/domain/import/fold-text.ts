/** Lower-case, accent-free text, so that "Dénomination", "DENOMINATION" and "denomination" compare equal. */
export function foldText(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Folded words only: punctuation and spacing differences ("N° d'entreprise" / "No entreprise") disappear. */
export function foldWords(s: string): string {
  return foldText(s)
    .replace(/n[°º]/g, 'no ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
