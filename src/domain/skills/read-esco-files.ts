import path from 'node:path';
import zlib from 'node:zlib';
import Papa from 'papaparse';
import type { Locale } from '../../db/schema';
import { AppError } from '../errors';
import { derivedBroader } from './concept-keys';

/** A concept ready to be written: labels per language, broader keys, and (for ROME) nothing more. */
export interface ConceptRecord {
  key: string;
  uri: string;
  kind: 'occupation' | 'group' | 'skill' | 'knowledge';
  labels: Partial<Record<Locale, string>>;
  altLabels: Partial<Record<Locale, string[]>>;
  broader: string[];
}

export interface RelationRecord {
  occupationUri: string;
  skillUri: string;
  essential: boolean;
}

export type EscoFileKind = 'occupations' | 'skills' | 'isco' | 'relations' | 'ignored';

export interface EscoFile {
  name: string;
  kind: EscoFileKind;
  concepts: ConceptRecord[];
  relations: RelationRecord[];
}

const locales: Locale[] = ['fr', 'de', 'en', 'nl'];

/** Reads a CSV (plain or gzip) into objects keyed by heading. */
export function readCsvObjects(content: Buffer, name: string): Record<string, string>[] {
  const bytes = content[0] === 0x1f && content[1] === 0x8b ? zlib.gunzipSync(content) : content;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new AppError('validation', `${name}, row ${(fatal.row ?? 0) + 2}: ${fatal.message}`, 'file');
  return parsed.data;
}

/** The language of an official one-language ESCO file, from its name ("occupations_de.csv"). */
function languageOfFile(name: string, fallback: Locale | undefined): Locale | undefined {
  const m = /_(fr|de|en|nl)\.csv(\.gz)?$/i.exec(path.basename(name));
  return (m?.[1]?.toLowerCase() as Locale | undefined) ?? fallback;
}

/** ESCO lists alternative labels one per line in its official files, and with "|" in some re-packaged ones. */
const splitAlt = (value: string | undefined) =>
  (value ?? '')
    .split(/\r?\n|\|/)
    .map((s) => s.trim())
    .filter(Boolean);

function labelsOf(row: Record<string, string>, language: Locale | undefined) {
  const labels: Partial<Record<Locale, string>> = {};
  const altLabels: Partial<Record<Locale, string[]>> = {};
  for (const l of locales) {
    const pref = row[`preferredLabel_${l}`]?.trim();
    if (pref) labels[l] = pref;
    const alt = splitAlt(row[`altLabels_${l}`]);
    if (alt.length) altLabels[l] = [...new Set(alt)];
  }
  if (language && row.preferredLabel?.trim()) {
    labels[language] = row.preferredLabel.trim();
    const alt = splitAlt(row.altLabels);
    if (alt.length) altLabels[language] = [...new Set(alt)];
  }
  return { labels, altLabels };
}

const uuidOf = (uri: string) => /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(uri)?.[1];

export function detectEscoFile(headings: string[], firstUri: string): EscoFileKind {
  const has = (h: string) => headings.includes(h);
  if (has('occupationUri') && has('skillUri')) return 'relations';
  if (has('skillType') && has('conceptUri')) return 'skills';
  if (has('iscoGroup') && has('conceptUri')) return 'occupations';
  if (has('conceptUri') && has('code') && firstUri.includes('/isco/')) return 'isco';
  return 'ignored';
}

/**
 * Reads one ESCO CSV file: occupations, skills, ISCO groups or occupation–skill relations (other ESCO files, such as
 * skill groups or hierarchies, are recognised and left out). Labels come from `preferredLabel_<lang>` columns, or
 * from `preferredLabel` in the official one-language files, whose language is taken from the file name.
 */
export function readEscoFile(content: Buffer, name: string, language?: Locale): EscoFile {
  const rows = readCsvObjects(content, name);
  const headings = rows[0] ? Object.keys(rows[0]) : [];
  const kind = detectEscoFile(headings, rows[0]?.conceptUri ?? '');
  const file: EscoFile = { name, kind, concepts: [], relations: [] };
  const lang = languageOfFile(name, language);
  const needsLanguage = headings.includes('preferredLabel') && !headings.some((h) => h.startsWith('preferredLabel_'));
  if (kind !== 'ignored' && kind !== 'relations' && needsLanguage && !lang)
    throw new AppError('validation', `${path.basename(name)}: say which language its labels are in (--language, or a name ending in _fr.csv, _de.csv…)`, 'language');

  rows.forEach((row, i) => {
    const where = `${path.basename(name)}, row ${i + 2}`;
    if (kind === 'relations') {
      const relation = row.relationType?.trim().toLowerCase();
      if (!row.occupationUri || !row.skillUri || (relation !== 'essential' && relation !== 'optional'))
        throw new AppError('validation', `${where}: an occupation URI, a skill URI and a relation type (essential or optional) are required`, 'file');
      file.relations.push({ occupationUri: row.occupationUri.trim(), skillUri: row.skillUri.trim(), essential: relation === 'essential' });
      return;
    }
    if (kind === 'ignored') return;
    const uri = row.conceptUri?.trim() ?? '';
    const { labels, altLabels } = labelsOf(row, lang);
    if (kind === 'occupations') {
      const code = row.code?.trim();
      if (!code || !/^\d{4}(\.\d+)*$/.test(code)) throw new AppError('validation', `${where}: "${code ?? ''}" is not an ESCO occupation code`, 'file');
      const key = `esco:${code}`;
      file.concepts.push({ key, uri, kind: 'occupation', labels, altLabels, broader: derivedBroader(key) });
    } else if (kind === 'isco') {
      const code = row.code?.trim();
      if (!code || !/^\d{1,4}$/.test(code)) throw new AppError('validation', `${where}: "${code ?? ''}" is not an ISCO-08 code`, 'file');
      const key = `isco:${code}`;
      file.concepts.push({ key, uri, kind: 'group', labels, altLabels, broader: derivedBroader(key) });
    } else {
      const id = uuidOf(uri);
      if (!id) throw new AppError('validation', `${where}: "${uri}" is not an ESCO skill URI`, 'file');
      const type = row.skillType?.trim();
      file.concepts.push({ key: `skill:${id}`, uri, kind: type === 'knowledge' ? 'knowledge' : 'skill', labels, altLabels, broader: [] });
    }
  });
  return file;
}

/** The key of an ESCO occupation or skill URI, given the occupations read (their keys carry their code). */
export function relationKeys(relations: RelationRecord[], occupationKeyByUri: Map<string, string>) {
  const out: { occupationKey: string; skillKey: string; essential: boolean }[] = [];
  let unknown = 0;
  for (const r of relations) {
    const occupationKey = occupationKeyByUri.get(r.occupationUri);
    const skill = uuidOf(r.skillUri);
    if (!occupationKey || !skill) {
      unknown++;
      continue;
    }
    out.push({ occupationKey, skillKey: `skill:${skill}`, essential: r.essential });
  }
  return { relations: out, unknown };
}
