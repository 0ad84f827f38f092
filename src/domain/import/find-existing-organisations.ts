import { sql, type Column } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { organisations } from '../../db/schema';
import type { Candidate, CandidateIdentifiers } from './build-candidate';
import type { ReasonCode } from './reason-codes';

export type Organisation = typeof organisations.$inferSelect;

/**
 * `column IN (ids)` with the ids as one JSON parameter: a thousand bound parameters cost more than the lookup on the
 * embedded engine.
 */
export const uuidIn = (column: Column, ids: string[]) => sql`${column} IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`;

export type MatchedBy = 'beEnterprise' | 'frSiret' | 'frSiren' | 'luRcs' | 'deRegister' | 'name';

export interface ExistingMatch {
  organisation: Organisation;
  by: MatchedBy;
  /** Trigram similarity of the names, for matches by name. */
  similarity?: number;
}

/** A conflict comes as the sentence and as a code (the row number is the caller's to add). */
export type ExistingLookup = { match: ExistingMatch } | { conflict: string; code: ReasonCode } | undefined;

/** Two names this close, in the same commune of the same country, are taken for the same organisation. */
export const NAME_SIMILARITY = 0.55;

const idColumns = {
  beEnterprise: organisations.beEnterprise,
  frSiret: organisations.frSiret,
  frSiren: organisations.frSiren,
  luRcs: organisations.luRcs,
  deRegister: organisations.deRegister,
} as const;

const label: Record<MatchedBy, string> = {
  beEnterprise: 'enterprise number',
  frSiret: 'SIRET',
  frSiren: 'SIREN',
  luRcs: 'RCS number',
  deRegister: 'register number',
  name: 'name and commune',
};

/** Do the identifiers of the file and of the database contradict each other (same scheme, other value)? */
export function identifiersConflict(a: CandidateIdentifiers, o: Organisation): boolean {
  const differ = (x: string | undefined, y: string | null) => !!x && !!y && x !== y;
  return (
    differ(a.beEnterprise, o.beEnterprise) ||
    differ(a.frSiren, o.frSiren ?? o.frSiret?.slice(0, 9) ?? null) ||
    differ(a.luRcs, o.luRcs) ||
    (differ(a.deRegister, o.deRegister) && (a.deCourt ?? '') === o.deCourt)
  );
}

/**
 * The organisation already in the database that each candidate is: by any national identifier (whatever the
 * country of the file; a SIRET's SIREN finds the firm), else by a similar name in the same commune. A candidate whose
 * identifiers point at two different organisations is a conflict the user must resolve.

 */
export async function findExistingOrganisations(db: Db, candidates: Candidate[]): Promise<ExistingLookup[]> {
  const wanted = (key: keyof typeof idColumns) => [...new Set(candidates.map((c) => c.identifiers[key]).filter((v): v is string => !!v))];
  const found = new Map<string, Organisation>();
  for (const key of Object.keys(idColumns) as (keyof typeof idColumns)[]) {
    const values = wanted(key);
    if (!values.length) continue;
    // A JSON array is one parameter: a thousand bound parameters cost more than the lookup on the embedded engine.
    for (const o of await db.select().from(organisations).where(sql`${idColumns[key]} IN (SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`))
      found.set(o.id, o);
    // Establishments of a firm whose SIREN column is empty: one range scan of the SIRET index per SIREN.
    if (key === 'frSiren') {
      const rows = await queryRows<{ id: string }>(
        db,
        sql`SELECT o.id FROM jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) s(v)
            CROSS JOIN LATERAL (SELECT id FROM organisations WHERE fr_siret BETWEEN s.v || '00000' AND s.v || '99999') o`,
      );
      const ids = rows.map((r) => r.id).filter((id) => !found.has(id));
      if (ids.length) for (const o of await db.select().from(organisations).where(uuidIn(organisations.id, ids))) found.set(o.id, o);
    }
  }
  const all = [...found.values()];
  // Each candidate looks only at the organisations sharing one of its identifiers (a scan of all of them per
  // candidate was quadratic in the chunk size), then applies the same rules, in the same order, as before.
  const position = new Map(all.map((o, i) => [o.id, i]));
  const index = new Map<string, Organisation[]>();
  const add = (key: string, o: Organisation) => {
    const list = index.get(key);
    if (list) list.push(o);
    else index.set(key, [o]);
  };
  for (const o of all) {
    if (o.beEnterprise) add(`be:${o.beEnterprise}`, o);
    if (o.frSiret) add(`siret:${o.frSiret}`, o);
    const sirens = new Set([o.frSiren, o.frSiret?.slice(0, 9)].filter((v): v is string => !!v));
    for (const siren of sirens) add(`siren:${siren}`, o);
    if (o.luRcs) add(`rcs:${o.luRcs}`, o);
    if (o.deRegister) add(`de:${o.deRegister}|${o.deCourt}`, o);
  }
  const results: ExistingLookup[] = candidates.map((c) => {
    const ids = c.identifiers;
    const keys = [
      ids.beEnterprise && `be:${ids.beEnterprise}`,
      ids.frSiret && `siret:${ids.frSiret}`,
      ids.frSiren && `siren:${ids.frSiren}`,
      ids.luRcs && `rcs:${ids.luRcs}`,
      ids.deRegister && `de:${ids.deRegister}|${ids.deCourt ?? ''}`,
    ];
    const near = [...new Set(keys.flatMap((k) => (k ? (index.get(k) ?? []) : [])))].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const hits: { o: Organisation; by: MatchedBy }[] = [];
    for (const o of near) {
      if (ids.beEnterprise && o.beEnterprise === ids.beEnterprise) hits.push({ o, by: 'beEnterprise' });
      else if (ids.frSiret && o.frSiret === ids.frSiret) hits.push({ o, by: 'frSiret' });
      else if (ids.frSiren && (o.frSiren === ids.frSiren || o.frSiret?.slice(0, 9) === ids.frSiren)) hits.push({ o, by: 'frSiren' });
      else if (ids.luRcs && o.luRcs === ids.luRcs) hits.push({ o, by: 'luRcs' });
      else if (ids.deRegister && o.deRegister === ids.deRegister && o.deCourt === (ids.deCourt ?? '')) hits.push({ o, by: 'deRegister' });
    }
    const distinct = [...new Map(hits.map((h) => [h.o.id, h])).values()];
    if (distinct.length > 1)
      return {
        conflict: `its identifiers belong to ${distinct.length} different organisations: ${distinct.map((h) => `"${h.o.name}" (${label[h.by]})`).join(', ')}`,
        code: { code: 'identifierConflict', params: { count: distinct.length, names: distinct.map((h) => `"${h.o.name}"`).join(', ') } },
      };
    const hit = distinct[0];
    return hit ? { match: { organisation: hit.o, by: hit.by } } : undefined;
  });

  const byName = candidates.map((c, i) => ({ c, i })).filter(({ c, i }) => !results[i] && c.values.commune);
  if (byName.length) {
    const input = byName.map(({ c, i }) => ({ idx: i, name: c.values.name, commune: c.values.commune, country: c.values.country }));
    const rows = await queryRows<{ idx: number; id: string; score: number }>(
      db,
      sql`SELECT i.idx, m.id, m.score FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS i(idx int, name text, commune text, country text)
          CROSS JOIN LATERAL (
            SELECT o.id, greatest(similarity(f_unaccent(lower(o.name)), f_unaccent(lower(i.name))),
                                  similarity(f_unaccent(lower(o.legal_name)), f_unaccent(lower(i.name))))::float8 AS score
            FROM organisations o
            -- commune_key is f_place_key(commune), kept by the organisations trigger.
            WHERE o.country = i.country AND o.commune_key = f_place_key(i.commune)
              -- The trigram index first: a city has thousands of firms, and comparing each name costs (8× measured).
              AND o.search_name % f_unaccent(lower(i.name))
            ORDER BY score DESC LIMIT 3) m
          WHERE m.score >= ${NAME_SIMILARITY}
          ORDER BY i.idx, m.score DESC`,
    );
    const ids = [...new Set(rows.map((r) => r.id))];
    const orgs = new Map<string, Organisation>();
    for (let k = 0; k < ids.length; k += 1000)
      for (const o of await db.select().from(organisations).where(uuidIn(organisations.id, ids.slice(k, k + 1000)))) orgs.set(o.id, o);
    for (const r of rows) {
      if (results[r.idx]) continue;
      const o = orgs.get(r.id);
      const c = candidates[r.idx];
      // A namesake with another identifier is another firm (two "Boulangerie Martin" in one town).
      if (o && c && !identifiersConflict(c.identifiers, o)) results[r.idx] = { match: { organisation: o, by: 'name', similarity: Math.round(r.score * 100) / 100 } };
    }
  }
  return results;
}

/** The match as a code: what matched and whom. */
export function matchCode(m: ExistingMatch): ReasonCode {
  return m.by === 'name'
    ? { code: 'similarName', params: { name: m.organisation.name, commune: m.organisation.commune, similarity: Math.round((m.similarity ?? 0) * 100) } }
    : { code: 'sameIdentifier', params: { by: m.by, name: m.organisation.name } };
}

export function describeMatch(m: ExistingMatch): string {
  return m.by === 'name'
    ? `same as "${m.organisation.name}" in ${m.organisation.commune} (similar name, ${Math.round((m.similarity ?? 0) * 100)} %)`
    : `same ${label[m.by]} as "${m.organisation.name}"`;
}
