import { AppError } from '../errors';
import { foldWords } from './fold-text';

/** What a column of the agency's file can fill. */
export const importFields = [
  'name',
  'legalName',
  'kind',
  'country',
  'address',
  'postcode',
  'commune',
  'latitude',
  'longitude',
  'naceCodes',
  'website',
  'email',
  'phone',
  'description.fr',
  'description.de',
  'description.en',
  'description.nl',
  'tags',
  'capabilities',
  'certifications',
  'sizeBand',
  'visibility',
  'publicConsent',
  'beEnterprise',
  'frSiren',
  'frSiret',
  'luRcs',
  'deRegister',
  'deCourt',
  'ecosystems',
  'axes',
] as const;

export type ImportField = (typeof importFields)[number];

/** Fields whose cells hold several values; several columns may feed them. */
export const listFields = new Set<ImportField>(['naceCodes', 'tags', 'capabilities', 'certifications', 'ecosystems', 'axes']);

// Headings as agencies write them in French, German, English and Dutch, compared folded (see foldWords).
const synonyms: Record<ImportField, string[]> = {
  name: ['nom', 'nom de l entreprise', 'nom entreprise', 'nom de l organisation', 'entreprise', 'societe', 'organisation', 'organization', 'name', 'company', 'company name', 'organisation name', 'firmenname', 'firma', 'unternehmen', 'unternehmensname', 'bedrijfsnaam', 'naam', 'bedrijf', 'onderneming', 'organisatie', 'enseigne', 'nom commercial', 'nom usuel', 'trade name', 'handelsname', 'handelsnaam', 'denomination', 'denomination usuelle'],
  legalName: ['raison sociale', 'denomination sociale', 'legal name', 'nom legal', 'firmierung', 'juridische naam', 'statutaire naam', 'maatschappelijke naam'],
  kind: ['type', 'type d organisation', 'type organisation', 'type de structure', 'kind', 'organisation type', 'organization type', 'organisationstyp', 'organisationsart', 'art', 'typ', 'soort', 'type organisatie', 'soort organisatie'],
  country: ['pays', 'land', 'country', 'staat', 'code pays', 'country code', 'landcode'],
  address: ['adresse', 'address', 'rue', 'street', 'strasse', 'anschrift', 'adres', 'straat', 'adresse postale', 'street address'],
  postcode: ['code postal', 'cp', 'postal code', 'postcode', 'post code', 'zip', 'zip code', 'plz', 'postleitzahl', 'npa'],
  commune: ['commune', 'ville', 'localite', 'city', 'town', 'municipality', 'ort', 'stadt', 'gemeinde', 'gemeente', 'plaats', 'woonplaats', 'stad', 'locality'],
  latitude: ['latitude', 'lat', 'breitengrad', 'breedtegraad'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'laengengrad', 'langengrad', 'lengtegraad'],
  naceCodes: ['code nace', 'codes nace', 'nace', 'nace code', 'nace codes', 'code naf', 'naf', 'code ape', 'ape', 'naf ape', 'wz', 'wz code', 'wz 2008', 'nacebel', 'code nacebel', 'nace bel', 'secteur', 'secteur d activite', 'secteurs', 'sector', 'sectoren', 'branche', 'wirtschaftszweig'],
  website: ['site web', 'site internet', 'site', 'web', 'website', 'url', 'homepage', 'webseite', 'internetseite', 'internet', 'webstek', 'internetadres'],
  email: ['e mail', 'email', 'mail', 'courriel', 'adresse e mail', 'adresse mail', 'e mail adresse', 'emailadres', 'e mailadres', 'contact e mail', 'contact email'],
  phone: ['telephone', 'tel', 'phone', 'telefon', 'telefonnummer', 'telefoon', 'telefoonnummer', 'gsm', 'mobile', 'phone number', 'no de telephone', 'numero de telephone'],
  'description.fr': ['description', 'presentation', 'description fr', 'description francais'],
  'description.de': ['beschreibung', 'description de', 'description allemand', 'beschreibung de'],
  'description.en': ['description en', 'description anglais', 'description english', 'english description'],
  'description.nl': ['omschrijving', 'beschrijving', 'description nl', 'description neerlandais', 'omschrijving nl'],
  tags: ['tags', 'tag', 'mots cles', 'mot cles', 'mots cle', 'etiquettes', 'keywords', 'schlagworte', 'schlagwoerter', 'stichworte', 'trefwoorden', 'labels'],
  capabilities: ['capacites', 'capacite', 'competences', 'savoir faire', 'capabilities', 'skills', 'kompetenzen', 'faehigkeiten', 'fahigkeiten', 'capaciteiten', 'competenties', 'moyens', 'equipements'],
  certifications: ['certifications', 'certification', 'certificats', 'zertifizierungen', 'zertifikate', 'certificeringen', 'certificaten', 'normes'],
  sizeBand: ['taille', 'effectif', 'effectifs', 'tranche d effectif', 'tranche effectif', 'nombre de salaries', 'salaries', 'size', 'size band', 'employees', 'headcount', 'groesse', 'grosse', 'mitarbeiter', 'mitarbeiterzahl', 'beschaeftigte', 'beschaftigte', 'grootte', 'werknemers', 'aantal werknemers', 'personeel'],
  visibility: ['visibilite', 'visibility', 'sichtbarkeit', 'zichtbaarheid'],
  publicConsent: ['consentement', 'consentement public', 'public consent', 'consent', 'einwilligung', 'toestemming', 'publication'],
  beEnterprise: ['no d entreprise', 'no entreprise', 'numero d entreprise', 'numero entreprise', 'numero bce', 'no bce', 'bce', 'kbo', 'kbo nummer', 'bce kbo', 'ondernemingsnummer', 'enterprise number', 'unternehmensnummer', 'numero d entreprise bce'],
  frSiren: ['siren', 'no siren', 'numero siren', 'code siren'],
  frSiret: ['siret', 'no siret', 'numero siret', 'code siret'],
  luRcs: ['rcs', 'no rcs', 'numero rcs', 'rcs luxembourg', 'numero rcs luxembourg', 'registre de commerce luxembourg'],
  deRegister: ['handelsregister', 'handelsregisternummer', 'hr nummer', 'registernummer', 'hrb', 'register number', 'numero de registre allemand'],
  deCourt: ['registergericht', 'amtsgericht', 'register court', 'tribunal d enregistrement'],
  ecosystems: ['ecosysteme', 'ecosystemes', 'ecosystem', 'ecosystems', 'filiere', 'filieres', 'oekosystem', 'okosystem', 'okosysteme', 'ecosysteem', 'ecosystemen', 'cluster'],
  axes: ['axe', 'axes', 'axe strategique', 'axes strategiques', 'axis', 'strategic axis', 'strategic axes', 'strategische achse', 'achse', 'achsen', 'as', 'strategische as', 'assen'],
};

const byHeading = new Map<string, ImportField>();
for (const field of importFields) for (const s of synonyms[field]) byHeading.set(s, field);

export function recogniseHeading(heading: string): ImportField | undefined {
  return byHeading.get(foldWords(heading));
}

export interface MappedColumn {
  index: number;
  heading: string;
  field: ImportField | null;
  source: 'mapping' | 'recognised' | null;
}

const mappingFieldNames = new Set<string>(importFields);

/**
 * Which field each column fills: the user's mapping first (`{ "File heading": "field" }`, "ignore" to skip),
 * then the recognised headings. A field that is not a list takes one column: later columns for it are left out.
 */
export function mapColumns(headings: string[], userMapping: Record<string, string> = {}): MappedColumn[] {
  const explicit = new Map<number, ImportField | null>();
  for (const [heading, target] of Object.entries(userMapping)) {
    const index = headings.findIndex((h) => h === heading.trim());
    const folded = index >= 0 ? index : headings.findIndex((h) => foldWords(h) === foldWords(heading));
    if (folded < 0) throw new AppError('validation', `The mapping names "${heading}", which is not a column of the file`, `mapping.${heading}`);
    if (target === '' || target === 'ignore') explicit.set(folded, null);
    else if (mappingFieldNames.has(target)) explicit.set(folded, target as ImportField);
    else throw new AppError('validation', `"${target}" is not a field; use one of ${importFields.join(', ')} or "ignore"`, `mapping.${heading}`);
  }
  const taken = new Set<ImportField>();
  for (const f of explicit.values()) if (f && !listFields.has(f)) taken.add(f);
  const columns = headings.map((heading, index): MappedColumn => {
    if (explicit.has(index)) {
      const field = explicit.get(index) ?? null;
      return { index, heading, field, source: field ? 'mapping' : null };
    }
    const field = heading ? recogniseHeading(heading) : undefined;
    if (!field || (taken.has(field) && !listFields.has(field))) return { index, heading, field: null, source: null };
    taken.add(field);
    return { index, heading, field, source: 'recognised' };
  });
  // "Raison sociale" alone is the only name the file gives: it becomes the name.
  if (!columns.some((c) => c.field === 'name')) {
    const legal = columns.find((c) => c.field === 'legalName');
    if (legal) legal.field = 'name';
  }
  return columns;
}
