import type { SqlRunner } from './sql-runner';
import { derivedBroader, isSkillKey, naceWithAncestors } from './concept-keys';

export interface PostCodes {
  naceCodes: readonly string[];
  occupationCodes: readonly string[];
  skillCodes: readonly string[];
}

/** What the matching index holds for some occupation keys: broader, related and essential skills, from the database. */
export interface ConceptFacts {
  broader: Map<string, string[]>;
  related: Map<string, string[]>;
  essentialSkills: Map<string, string[]>;
}

/** Loads broader and related keys and essential skills of occupations (and of their equivalents in other schemes). */
export async function loadConceptFacts(q: SqlRunner, occupationKeys: readonly string[]): Promise<ConceptFacts> {
  const facts: ConceptFacts = { broader: new Map(), related: new Map(), essentialSkills: new Map() };
  const keys = [...new Set(occupationKeys)];
  if (!keys.length) return facts;
  const rows = await q.query<{ key: string; broader: string[]; related: string[] }>(
    'SELECT key, broader, related FROM skill_concepts WHERE key = ANY($1::text[])',
    [keys],
  );
  for (const r of rows) {
    facts.broader.set(r.key, r.broader);
    facts.related.set(r.key, r.related);
  }
  const withRelated = [...new Set([...keys, ...rows.flatMap((r) => r.related)])];
  const skills = await q.query<{ occupation_key: string; skills: string[] }>(
    `SELECT occupation_key, array_agg(skill_key ORDER BY skill_key) AS skills FROM skill_concept_relations
     WHERE occupation_key = ANY($1::text[]) AND essential GROUP BY occupation_key`,
    [withRelated],
  );
  for (const s of skills) facts.essentialSkills.set(s.occupation_key, s.skills);
  return facts;
}

export const broaderOf = (facts: ConceptFacts, key: string) => facts.broader.get(key) ?? derivedBroader(key);

/**
 * Codes worth looking candidates up by: occupations with their equivalents and close parents, the skills the post
 * states, NACE classes and groups. Not the essential skills of its occupations (an occupation has dozens, shared by
 * thousands of posts), nor broad groups (NACE divisions, ISCO minor groups).
 */
export function isLookupCode(code: string, statedSkills: readonly string[]): boolean {
  if (code.startsWith('skill:')) return statedSkills.includes(code);
  if (code.startsWith('nace:')) return code.length >= 'nace:C25.5'.length;
  if (code.startsWith('isco:')) return code.length === 'isco:7212'.length;
  if (code.startsWith('rome:')) return code.length === 'rome:H2913'.length;
  return code.startsWith('esco:');
}

/** The token of a lookup code for posts of a kind: the index then finds posts of the answering kinds only. */
export const kindToken = (kind: string, code: string) => `${kind}/${code}`;

/**
 * The matching index of a post: its NACE codes down to the division (prefixed "nace:"), its occupations with their
 * broader and related keys and their essential skills, and its skills. Sections (one letter) and 2-digit ISCO
 * groups are left out: they would make every post a candidate for every other. With the post's kind, the lookup
 * codes are also written tagged with it (see kindToken).
 */
export function matchCodesOf(codes: PostCodes, facts: ConceptFacts, kind?: string): string[] {
  const out = new Set<string>();
  for (const nace of codes.naceCodes) for (const c of naceWithAncestors(nace)) if (c.length >= 3) out.add(`nace:${c}`);
  for (const occupation of codes.occupationCodes) {
    const equivalents = [occupation, ...(facts.related.get(occupation) ?? [])];
    for (const key of equivalents) {
      out.add(key);
      for (const b of broaderOf(facts, key)) if (!/^isco:\d{1,2}$/.test(b) && !/^rome:[A-Z]$/.test(b)) out.add(b);
      for (const s of facts.essentialSkills.get(key) ?? []) out.add(s);
    }
  }
  for (const skill of codes.skillCodes) if (isSkillKey(skill)) out.add(skill);
  // Plus each lookup code tagged with the post's kind ("training_offer/esco:7212.3"), which candidate queries use.
  if (kind) for (const code of [...out]) if (isLookupCode(code, codes.skillCodes)) out.add(kindToken(kind, code));
  return [...out].sort();
}
