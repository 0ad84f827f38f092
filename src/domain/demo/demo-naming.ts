import type { OrganisationKind } from '../../db/schema';
import type { DemoArea, DemoCountry } from './demo-places';

/**
 * Ingredients of the invented organisation names. Brand names join a syllable evoking the area's rivers and
 * landscapes to a sector root ("Semo" + "bois"); bodies named after a territory use its natural region.
 */
export const brandPrefixes: Record<DemoArea, readonly string[]> = {
  'be-lux': ['Arde', 'Semo', 'Famen', 'Gauma', 'Ourta', 'Sura', 'Lesa', 'Vira'],
  'be-liege': ['Mosa', 'Vesa', 'Hesba', 'Conda', 'Ambla', 'Leoda'],
  'be-east': ['Weza', 'Eifa', 'Venna'],
  lu: ['Alza', 'Mineta', 'Sura', 'Mosela', 'Attra', 'Esla'],
  'fr-alsace-north': ['Lauta', 'Moda', 'Sauera', 'Zorna', 'Vosa', 'Rhena'],
  'fr-nancy': ['Lora', 'Meura', 'Stana', 'Mada', 'Vezo'],
  'fr-longwy': ['Chiera', 'Crusna', 'Alza'],
  'de-saar': ['Sara', 'Blisa', 'Prima', 'Niedra'],
  'de-trier': ['Treva', 'Mosela', 'Kylla', 'Ruwa'],
  'de-pfalz': ['Queicha', 'Lauta', 'Pfalza', 'Wasga'],
};

export const naturalRegions: Record<DemoArea, readonly string[]> = {
  'be-lux': ['Centre-Ardenne', 'Famenne', 'Gaume', 'Haute-Sûre', 'Semois', 'Pays d’Arlon', 'Haute-Ardenne'],
  'be-liege': ['Meuse-Vesdre', 'Basse-Meuse', 'Hesbaye', 'Condroz', 'Pays de Herve', 'Ourthe-Amblève'],
  'be-east': ['Ostbelgien', 'Eifel'],
  lu: ['Minett', 'Nordstad', 'Éislek', 'Moselle', 'Guttland'],
  'fr-alsace-north': ['Outre-Forêt', 'Vosges du Nord', 'Pays de Haguenau', 'Moder', 'Lauter', 'Pays rhénan'],
  'fr-nancy': ['Grand Nancy', 'Lunévillois', 'Toulois', 'Val de Lorraine', 'Sel et Vermois'],
  'fr-longwy': ['Pays-Haut', 'Longuyonnais', 'Trois Frontières'],
  'de-saar': ['Saar-Mitte', 'Saargau', 'Bliesgau', 'Warndt', 'Saarpfalz'],
  'de-trier': ['Trier-Saarburg', 'Eifel', 'Mosel', 'Hunsrück'],
  'de-pfalz': ['Südpfalz', 'Westpfalz', 'Pfälzerwald'],
};

const companyForms: Record<DemoCountry, readonly string[]> = {
  BE: ['SRL', 'SRL', 'SA'],
  LU: ['S.à r.l.', 'S.à r.l.', 'S.A.'],
  FR: ['SAS', 'SARL', 'SA'],
  DE: ['GmbH', 'GmbH', 'GmbH & Co. KG', 'AG'],
};
const sseForms: Record<DemoCountry, readonly string[]> = {
  BE: ['SC agréée entreprise sociale', 'ASBL'],
  LU: ['SIS S.à r.l.', 'asbl', 'SC'],
  FR: ['SCOP SARL', 'SCIC SAS', 'association'],
  DE: ['eG', 'gGmbH', 'e.V.'],
};
const associationForm: Record<DemoCountry, string> = { BE: 'ASBL', LU: 'asbl', FR: 'association', DE: 'e.V.' };

/** The legal forms that fit a kind of organisation in a country; empty for public bodies named by statute. */
export function legalFormsFor(kind: OrganisationKind, country: DemoCountry): readonly string[] {
  if (kind === 'company') return companyForms[country];
  if (kind === 'sse') return sseForms[country];
  if (kind === 'association') return [associationForm[country]];
  return [];
}

/** Joins a territory syllable and a sector root without a doubled vowel ("Ambla" + "acier" → "Amblacier"). */
export function inventBrand(prefix: string, root: string): string {
  const joined = /[aeiouy]$/i.test(prefix) && /^[aeiouyéè]/i.test(root) ? prefix.slice(0, -1) + root : prefix + root;
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** French associations put the word first ("Association X"); other legal forms follow the name. */
export function legalNameOf(name: string, form: string | undefined): string {
  if (!form) return name;
  return form === 'association' ? `Association ${name}` : `${name} ${form}`;
}

/** ASCII, lower-case, dash-separated: for e-mail addresses and the fictional `.demo` domains. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
