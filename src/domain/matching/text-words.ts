/**
 * The words of a text that say something about a need or an offer, in the form the database's search columns use
 * (lower case, accents removed as unaccent() does, ß → ss), without the small words of the four languages and
 * without the words every post uses ("besoin", "Suche", "offer").
 */
const stopwords = new Set(
  [
    // French
    'avec pour dans nous vous leur leurs sont cette ces des les une aux par sur est sera etre avoir plus moins tres tout tous toute toutes',
    'notre nos votre vos mais donc ainsi afin dont elle elles ils entre depuis chez sans sous vers selon comme aussi autre autres',
    'besoin besoins recherche recherchons cherche cherchons offre offrons proposons propose entreprise entreprises societe annee mois',
    'semaine jour jours personne personnes partir possible disponible disponibles pouvons souhaitons souhaite dispose disposons',
    // German
    'und oder fur mit von der die das den dem des ein eine einen einem einer eines wir sie ihr ihre unser unsere nach auch sind wird',
    'werden bei aus zum zur uber unter noch nicht sowie ab bis pro jahr monat woche tag tage suchen suche bieten biete bietet bedarf',
    'unternehmen firma moglich verfugbar haben konnen mochten ihre ihren',
    // English
    'with from that this these those have has will would could should their there they them into onto over under about after',
    'before while where which what when your ours need needs seek seeking looking offer offers offering company companies year month',
    'week days available able provide provides',
    // Dutch
    'voor met van het een zijn wordt worden naar ook niet onze ons uw jullie hebben kunnen willen zoeken zoekt bieden biedt',
    'aanbod behoefte bedrijf bedrijven jaar maand week dagen beschikbaar',
  ]
    .join(' ')
    .split(/\s+/),
);

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae');
}

/** The distinct meaningful words of some texts. */
export function meaningfulWords(...texts: (string | undefined | null)[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of foldText(text).split(/[^a-z0-9]+/)) {
      if (word.length < 4 || /^\d+$/.test(word) || stopwords.has(word)) continue;
      out.add(word);
    }
  }
  return out;
}

/**
 * A tsquery (simple configuration) matching any of the words, the longest first, optionally only in some weights
 * of the document ("A": titles); empty when there is none.
 */
export function anyWordQuery(words: Iterable<string>, max = 12, weights = ''): string {
  return [...words]
    .filter((w) => /^[a-z0-9]+$/.test(w))
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, max)
    .map((w) => (weights ? `${w}:${weights}` : w))
    .join(' | ');
}
