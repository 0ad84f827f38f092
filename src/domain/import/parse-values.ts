import type { OrganisationKind, SizeBand, Visibility } from '../../db/schema';
import { foldWords } from './fold-text';

/** Cell parsers: each returns the canonical value, or undefined when the cell cannot be understood. */

export type Country = 'BE' | 'LU' | 'FR' | 'DE' | 'NL';

const countries: Record<Country, string[]> = {
  BE: ['be', 'bel', 'belgique', 'belgien', 'belgie', 'belgium', 'belgio'],
  LU: ['lu', 'lux', 'luxembourg', 'luxemburg', 'letzebuerg', 'grand duche de luxembourg', 'groothertogdom luxemburg'],
  FR: ['fr', 'fra', 'france', 'frankreich', 'frankrijk'],
  DE: ['de', 'deu', 'ger', 'allemagne', 'deutschland', 'germany', 'duitsland', 'bundesrepublik deutschland'],
  NL: ['nl', 'nld', 'pays bas', 'niederlande', 'nederland', 'netherlands', 'the netherlands', 'holland'],
};
const countryByName = new Map<string, Country>();
for (const [code, names] of Object.entries(countries)) for (const n of names) countryByName.set(n, code as Country);

export function parseCountry(raw: string): Country | undefined {
  return countryByName.get(foldWords(raw));
}

const kinds: Record<OrganisationKind, string[]> = {
  company: ['company', 'entreprise', 'societe', 'unternehmen', 'firma', 'bedrijf', 'onderneming', 'pme', 'sme', 'kmu', 'kmo'],
  sse: ['sse', 'ess', 'economie sociale', 'economie sociale et solidaire', 'entreprise sociale', 'social enterprise', 'sozialunternehmen', 'sociale onderneming', 'scop', 'cooperative'],
  association: ['association', 'asbl', 'verein', 'ev', 'e v', 'vereniging', 'vzw', 'non profit', 'nonprofit'],
  research: ['research', 'recherche', 'forschung', 'onderzoek', 'universite', 'university', 'laboratoire', 'laboratory'],
  training: ['training', 'formation', 'ausbildung', 'weiterbildung', 'opleiding', 'centre de formation', 'ecole', 'school'],
  employment: ['employment', 'emploi', 'operateur emploi', 'arbeitsagentur', 'arbeidsbemiddeling', 'werk'],
  public: ['public', 'public body', 'collectivite', 'administration', 'commune', 'oeffentlich', 'offentlich', 'behoerde', 'behorde', 'overheid', 'gemeente', 'organisme public'],
  agency: ['agency', 'agence', 'agence de developpement', 'agentur', 'agentschap'],
};
const kindByName = new Map<string, OrganisationKind>();
for (const [kind, names] of Object.entries(kinds)) for (const n of names) kindByName.set(n, kind as OrganisationKind);

export function parseKind(raw: string): OrganisationKind | undefined {
  return kindByName.get(foldWords(raw));
}

const bands: SizeBand[] = ['0', '1-9', '10-49', '50-249', '250-999', '1000+'];
const bandOfCount = (n: number): SizeBand => (n < 1 ? '0' : n < 10 ? '1-9' : n < 50 ? '10-49' : n < 250 ? '50-249' : n < 1000 ? '250-999' : '1000+');

/** "10-49", "10 à 49 salariés", "50 bis 249", "1000 et plus" or a head count. */
export function parseSizeBand(raw: string): SizeBand | undefined {
  const v = raw.trim().replace(/\s+/g, ' ');
  if ((bands as string[]).includes(v)) return v as SizeBand;
  const folded = foldWords(v).replace(/(\d) (?=\d{3}\b)/g, '$1');
  const first = /\d+/.exec(folded)?.[0];
  if (first === undefined) return undefined;
  // A range counts by its lower bound ("10 à 49", "1000 et plus"); "moins de 10" means at most 9.
  const below = /\b(moins de|less than|fewer than|unter|weniger als|minder dan)\b/.test(folded);
  return bandOfCount(below ? Number(first) - 1 : Number(first));
}

const truthy = new Set(['1', 'true', 'yes', 'y', 'oui', 'o', 'ja', 'j', 'x', 'vrai', 'wahr', 'waar']);
const falsy = new Set(['0', 'false', 'no', 'n', 'non', 'nein', 'nee', 'faux', 'falsch', 'onwaar']);

export function parseBoolean(raw: string): boolean | undefined {
  const v = foldWords(raw);
  if (truthy.has(v)) return true;
  if (falsy.has(v)) return false;
  return undefined;
}

const visibilityNames: Record<Exclude<Visibility, 'organisations'>, string[]> = {
  public: ['public', 'publique', 'oeffentlich', 'offentlich', 'openbaar'],
  network: ['network', 'reseau', 'membres', 'members', 'netzwerk', 'mitglieder', 'netwerk', 'leden'],
  coordinators: ['coordinators', 'coordinateurs', 'coordinateur', 'koordinatoren', 'coordinatoren', 'private', 'prive', 'privat', 'prive'],
};
const visibilityByName = new Map<string, Visibility>();
for (const [v, names] of Object.entries(visibilityNames)) for (const n of names) visibilityByName.set(n, v as Visibility);

export function parseVisibility(raw: string): Visibility | undefined {
  return visibilityByName.get(foldWords(raw));
}

/** "49,6123" (French and German decimal comma) or "49.6123". */
export function parseDecimal(raw: string): number | undefined {
  const v = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

/** Several values in one cell, separated by , ; | or line breaks; blanks and repeats dropped. */
export function splitList(raw: string): string[] {
  return [...new Set(raw.split(/[,;|\n\r]+/).map((s) => s.trim()).filter(Boolean))];
}

/** A web address the app can link to: a bare domain gets https://, anything but http(s) is refused. */
export function parseWebsite(raw: string): string | undefined {
  const v = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname.includes('.') || /\s/.test(v)) return undefined;
    return withScheme;
  } catch {
    return undefined;
  }
}

export function parseEmail(raw: string): string | undefined {
  const v = raw.trim().replace(/^mailto:/i, '');
  return /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i.test(v) ? v.toLowerCase() : undefined;
}

/** Excel turns "08000" into 8000: French and German postcodes get their leading zero back. */
export function normalisePostcode(raw: string, country: Country | undefined): string {
  let v = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  v = v.replace(/^(?:L|B|D|F|NL)\s*-\s*(?=\d)/, '');
  if ((country === 'FR' || country === 'DE') && /^\d{4}$/.test(v)) v = `0${v}`;
  return v;
}

/** A formula-looking cell is stored as text; the report warns, because another spreadsheet might run it. */
export function looksLikeFormula(raw: string): boolean {
  return /^[=+\-@]\s*[A-Za-z_]+\s*\(/.test(raw.trim()) || /^=/.test(raw.trim());
}
