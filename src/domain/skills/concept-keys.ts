import { AppError } from '../errors';

/**
 * Occupations and skills are named by keys "<scheme>:<id>" (see 0011_posts.sql). Their hierarchy is in the code
 * itself for ESCO occupations (7212.3.3 → 7212.3 → ISCO 7212 → 721 → 72) and ROME fiches (H2916 → H29 → H), so the
 * broader keys can be derived without a lookup.
 */
export type ConceptScheme = 'esco' | 'isco' | 'rome' | 'skill';

const keyPattern = /^(esco|isco|rome|skill):([A-Za-z0-9.-]+)$/;

export function parseConceptKey(key: string): { scheme: ConceptScheme; id: string } | undefined {
  const m = keyPattern.exec(key);
  return m ? { scheme: m[1] as ConceptScheme, id: m[2]! } : undefined;
}

export const isOccupationKey = (key: string) => /^(esco|isco|rome):/.test(key);
export const isSkillKey = (key: string) => key.startsWith('skill:');

/** Checks a list of keys from user input, naming the first bad one. */
export function assertConceptKeys(keys: readonly string[], field: string, accept: (key: string) => boolean): void {
  keys.forEach((key, i) => {
    if (!parseConceptKey(key) || !accept(key)) throw new AppError('validation', `"${key}" is not a valid code here`, `${field}.${i}`);
  });
}

/** ISCO group keys from the longest to the 2-digit one: "7212" → isco:7212, isco:721, isco:72. */
function iscoAncestors(code: string): string[] {
  const out: string[] = [];
  for (let n = Math.min(code.length, 4); n >= 2; n--) out.push(`isco:${code.slice(0, n)}`);
  return out;
}

/**
 * Broader keys of a key, nearest first. ESCO occupation codes are their ISCO unit group followed by dotted
 * positions; ROME codes are a letter (grand domaine), two digits (domaine) and two more (fiche).
 */
export function derivedBroader(key: string, romeParent?: string): string[] {
  const parsed = parseConceptKey(key);
  if (!parsed) return [];
  const { scheme, id } = parsed;
  if (scheme === 'esco') {
    const parts = id.split('.');
    const out: string[] = [];
    for (let n = parts.length - 1; n >= 2; n--) out.push(`esco:${parts.slice(0, n).join('.')}`);
    return [...out, ...iscoAncestors(parts[0]!)];
  }
  if (scheme === 'isco') return iscoAncestors(id).slice(1);
  if (scheme === 'rome') {
    const out: string[] = [];
    if (romeParent && romeParent !== id) out.push(`rome:${romeParent}`);
    if (id.length >= 3) out.push(`rome:${id.slice(0, 3)}`);
    if (id.length >= 2) out.push(`rome:${id.slice(0, 1)}`);
    return out.filter((k) => k !== key);
  }
  return [];
}

/** NACE code with its ancestors (C25.62 → C, C25, C25.6, C25.62), as nace_with_ancestors() does in SQL. */
export function naceWithAncestors(code: string): string[] {
  const out = [code.slice(0, 1)];
  if (code.length >= 3) out.push(code.slice(0, 3));
  if (code.length >= 5) out.push(code.slice(0, 5));
  if (code.length >= 6) out.push(code);
  return [...new Set(out)];
}
