import type { OrganisationKind, SizeBand, Translated, Visibility } from '../../db/schema';
import { parseNaceCode } from '../classifications/nace';
import { AppError } from '../errors';
import { normaliseIdentifier, sirenOfSiret, type IdentifierScheme } from '../organisations/identifiers';
import { foldWords } from './fold-text';
import { listFields, type ImportField, type MappedColumn } from './import-fields';
import type { ReasonCode } from './reason-codes';
import {
  looksLikeFormula,
  normalisePostcode,
  parseBoolean,
  parseCountry,
  parseDecimal,
  parseEmail,
  parseKind,
  parseSizeBand,
  parseVisibility,
  parseWebsite,
  splitList,
  type Country,
} from './parse-values';
import type { SheetRow } from './sheet';

export interface CandidateValues {
  name: string;
  legalName?: string;
  kind?: OrganisationKind;
  country: Country;
  address?: string;
  postcode?: string;
  commune?: string;
  latitude?: number;
  longitude?: number;
  naceCodes: string[];
  website?: string;
  email?: string;
  phone?: string;
  description: Translated;
  tags: string[];
  capabilities: string[];
  certifications: string[];
  sizeBand?: SizeBand;
  visibility?: Visibility;
  publicConsent?: boolean;
}

export interface CandidateIdentifiers {
  beEnterprise?: string;
  frSiren?: string;
  frSiret?: string;
  luRcs?: string;
  deRegister?: string;
  deCourt?: string;
}

export interface Candidate {
  row: number;
  values: CandidateValues;
  identifiers: CandidateIdentifiers;
  categoryIds: string[];
  warnings: RowIssue[];
}

/** What is wrong with a cell: the English sentence, and the same as a code with its values (reason-codes.ts). */
export interface RowIssue {
  row: number;
  column: string;
  field: string;
  message: string;
  code: string;
  params: Record<string, string | number>;
}

export interface NetworkCategory {
  id: string;
  kind: 'ecosystem' | 'axis';
  slug: string;
  name: Translated;
}

const identifierSchemes: Partial<Record<ImportField, IdentifierScheme>> = {
  beEnterprise: 'be-enterprise',
  frSiren: 'fr-siren',
  frSiret: 'fr-siret',
  luRcs: 'lu-rcs',
  deRegister: 'de-register',
};

// The same limits as the organisation form (organisationInputSchema), so an imported row is a valid organisation.
const maxLength: Partial<Record<ImportField, number>> = {
  name: 300,
  legalName: 300,
  address: 300,
  postcode: 16,
  commune: 200,
  website: 500,
  email: 254,
  phone: 50,
  'description.fr': 5000,
  'description.de': 5000,
  'description.en': 5000,
  'description.nl': 5000,
  deCourt: 100,
};
const MAX_LIST_ITEM = 100;
const MAX_LIST_ITEMS = 100;

// A file repeats the same few codes thousands of times; parsing one walks the whole classification.
const naceMemo = new Map<string, string | undefined>();
function naceCode(raw: string): string | undefined {
  if (!naceMemo.has(raw)) {
    if (naceMemo.size > 10_000) naceMemo.clear();
    naceMemo.set(raw, parseNaceCode(raw));
  }
  return naceMemo.get(raw);
}

/** Finds a network's ecosystem or axis by slug or by its name in any language. */
export function categoryFinder(categories: NetworkCategory[]) {
  const index = new Map<string, NetworkCategory>();
  for (const c of categories) {
    index.set(`${c.kind}:${foldWords(c.slug)}`, c);
    for (const n of Object.values(c.name)) if (n) index.set(`${c.kind}:${foldWords(n)}`, c);
  }
  return (kind: NetworkCategory['kind'], raw: string) => index.get(`${kind}:${foldWords(raw)}`);
}

type Find = ReturnType<typeof categoryFinder>;

/** One row of the file as an organisation to create or update, or the reasons it cannot be. */
export function buildCandidate(row: SheetRow, columns: MappedColumn[], findCategory: Find): { candidate?: Candidate; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const cells = new Map<ImportField, { heading: string; text: string }>();
  for (const col of columns) {
    if (!col.field) continue;
    const text = (row.cells[col.index] ?? '').trim();
    if (!text) continue;
    const prev = cells.get(col.field);
    // Several columns may feed one list field (e.g. "NACE 1", "NACE 2").
    cells.set(col.field, prev && listFields.has(col.field) ? { heading: prev.heading, text: `${prev.text};${text}` } : { heading: col.heading, text });
  }
  const columnOf = (field: ImportField) => cells.get(field)?.heading ?? columns.find((c) => c.field === field)?.heading ?? field;
  const issue = (field: ImportField, message: string, code: string, params: RowIssue['params'] = {}) =>
    issues.push({ row: row.number, column: columnOf(field), field, message, code, params });
  const text = (field: ImportField): string | undefined => {
    const cell = cells.get(field);
    if (!cell) return undefined;
    const limit = maxLength[field];
    if (limit && cell.text.length > limit) {
      issue(field, `is ${cell.text.length} characters long; the limit is ${limit}`, 'tooLong', { length: cell.text.length, limit });
      return undefined;
    }
    if (looksLikeFormula(cell.text)) {
      const value = cell.text.slice(0, 40);
      warnings.push({ row: row.number, column: cell.heading, field, message: `"${value}" looks like a formula; kept as plain text`, code: 'formula', params: { value } });
    }
    return cell.text;
  };
  const parsed = <T>(field: ImportField, parse: (s: string) => T | undefined, what: string): T | undefined => {
    const cell = cells.get(field);
    if (!cell) return undefined;
    const value = parse(cell.text);
    if (value === undefined) issue(field, `"${cell.text.slice(0, 80)}" is not ${what}`, 'invalidValue', { value: cell.text.slice(0, 80) });
    return value;
  };
  const list = (field: ImportField): string[] => {
    const cell = cells.get(field);
    if (!cell) return [];
    const items = splitList(cell.text);
    if (items.length > MAX_LIST_ITEMS) issue(field, `has ${items.length} values; the limit is ${MAX_LIST_ITEMS}`, 'tooManyValues', { count: items.length, limit: MAX_LIST_ITEMS });
    const long = items.find((i) => i.length > MAX_LIST_ITEM);
    if (long) issue(field, `"${long.slice(0, 40)}…" is longer than ${MAX_LIST_ITEM} characters`, 'itemTooLong', { value: long.slice(0, 40), limit: MAX_LIST_ITEM });
    return items;
  };

  const identifiers: CandidateIdentifiers = {};
  for (const [field, scheme] of Object.entries(identifierSchemes) as [ImportField, IdentifierScheme][]) {
    const cell = cells.get(field);
    if (!cell) continue;
    try {
      identifiers[field as keyof CandidateIdentifiers] = normaliseIdentifier(scheme, cell.text, field);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // normaliseIdentifier's message: `"<text>" is not a valid <identifier>`.
      issue(field, error.message, 'invalidValue', { value: cell.text });
    }
  }
  if (identifiers.frSiret && !identifiers.frSiren) identifiers.frSiren = sirenOfSiret(identifiers.frSiret);
  if (identifiers.frSiret && identifiers.frSiren && sirenOfSiret(identifiers.frSiret) !== identifiers.frSiren)
    issue('frSiren', `${identifiers.frSiren} is not the SIREN of the SIRET ${identifiers.frSiret}`, 'sirenMismatch', { siren: identifiers.frSiren, siret: identifiers.frSiret });
  const court = text('deCourt');
  if (identifiers.deRegister) identifiers.deCourt = court ?? '';

  const name = text('name');
  if (!cells.has('name')) issue('name', 'the name is missing', 'nameMissing');
  const country = parsed('country', parseCountry, 'a country (BE, LU, FR, DE or NL)') ?? (cells.has('country') ? undefined : inferCountry(identifiers, cells.get('postcode')?.text));
  if (!country && !cells.has('country'))
    issues.push({ row: row.number, column: 'country', field: 'country', message: 'the country is missing and neither an identifier nor the postcode tells it', code: 'countryMissing', params: {} });

  const naceCodes: string[] = [];
  for (const raw of list('naceCodes')) {
    const code = naceCode(raw);
    if (code) naceCodes.push(code);
    else issue('naceCodes', `"${raw.slice(0, 40)}" is not a NACE Rev. 2.1 code`, 'invalidValue', { value: raw.slice(0, 40) });
  }
  const categoryIds: string[] = [];
  for (const [field, kind, label] of [['ecosystems', 'ecosystem', 'an ecosystem'], ['axes', 'axis', 'a strategic axis']] as const)
    for (const raw of list(field)) {
      const found = findCategory(kind, raw);
      if (found) categoryIds.push(found.id);
      else issue(field, `"${raw.slice(0, 60)}" is not ${label} of this network`, 'invalidValue', { value: raw.slice(0, 60) });
    }

  const latitude = parsed('latitude', (s) => ((v) => (v !== undefined && v >= -90 && v <= 90 ? v : undefined))(parseDecimal(s)), 'a latitude');
  const longitude = parsed('longitude', (s) => ((v) => (v !== undefined && v >= -180 && v <= 180 ? v : undefined))(parseDecimal(s)), 'a longitude');
  const postcodeText = text('postcode');
  const description: Translated = {};
  for (const lang of ['fr', 'de', 'en', 'nl'] as const) {
    const d = text(`description.${lang}`);
    if (d) description[lang] = d;
  }
  const values: Omit<CandidateValues, 'country' | 'name'> = {
    legalName: text('legalName'),
    kind: parsed('kind', parseKind, 'a kind of organisation (company, SSE, association, research, training, employment, public body, agency)'),
    address: text('address'),
    postcode: postcodeText !== undefined ? normalisePostcode(postcodeText, country) : undefined,
    commune: text('commune'),
    latitude: latitude !== undefined && longitude !== undefined ? latitude : undefined,
    longitude: latitude !== undefined && longitude !== undefined ? longitude : undefined,
    naceCodes: [...new Set(naceCodes)],
    website: parsed('website', parseWebsite, 'a web address'),
    email: parsed('email', parseEmail, 'an e-mail address'),
    phone: text('phone'),
    description,
    tags: list('tags'),
    capabilities: list('capabilities'),
    certifications: list('certifications'),
    sizeBand: parsed('sizeBand', parseSizeBand, 'a size band (0, 1-9, 10-49, 50-249, 250-999, 1000+) or a head count'),
    visibility: parsed('visibility', parseVisibility, 'a visibility (public, network, coordinators)'),
    publicConsent: parsed('publicConsent', parseBoolean, 'yes or no'),
  };
  if ((latitude === undefined) !== (longitude === undefined) && !issues.some((i) => i.field === 'latitude' || i.field === 'longitude'))
    issue(latitude === undefined ? 'latitude' : 'longitude', 'latitude and longitude go together: one of them is missing', 'coordinatesPair');
  if (issues.length || !name || !country) return { issues };
  return { candidate: { row: row.number, values: { ...values, name, country }, identifiers, categoryIds: [...new Set(categoryIds)], warnings }, issues };
}

function inferCountry(ids: CandidateIdentifiers, postcode: string | undefined): Country | undefined {
  if (ids.frSiret || ids.frSiren) return 'FR';
  if (ids.beEnterprise) return 'BE';
  if (ids.luRcs) return 'LU';
  if (ids.deRegister) return 'DE';
  const prefix = /^\s*(L|B|D|F)\s*-\s*\d/i.exec(postcode ?? '')?.[1]?.toUpperCase();
  return prefix ? ({ L: 'LU', B: 'BE', D: 'DE', F: 'FR' } as const)[prefix as 'L' | 'B' | 'D' | 'F'] : undefined;
}

/** The sentence the user reads: `row 17, SIRET: "123" is not a valid SIRET (14 digits)`. */
export function describeIssue(i: RowIssue): string {
  return `row ${i.row}, ${i.column}: ${i.message}`;
}

/** The same as a code: the row, the file's heading and the field, with the issue's own values. */
export function issueCode(i: RowIssue): ReasonCode {
  return { code: i.code, params: { row: i.row, column: i.column, field: i.field, ...i.params } };
}
