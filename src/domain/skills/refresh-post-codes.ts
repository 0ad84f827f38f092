import type { Executor } from '../../db/client';
import { loadConceptFacts, matchCodesOf } from './expand-codes';

/**
 * Recomputes the matching index of every post that carries occupation codes, after an import changed what the
 * codes mean (new relations, new ROME–ESCO links). Returns how many posts changed.
 */
export async function refreshPostCodes(tx: Pick<Executor, 'query'>): Promise<number> {
  const rows = await tx.query<{ id: string; kind: string; nace_codes: string[]; occupation_codes: string[]; skill_codes: string[]; match_codes: string[] }>(
    `SELECT id, kind, nace_codes, occupation_codes, skill_codes, match_codes FROM posts WHERE occupation_codes <> '{}'`,
  );
  if (!rows.length) return 0;
  const facts = await loadConceptFacts(tx, rows.flatMap((r) => r.occupation_codes));
  const changed = rows
    .map((r) => ({ id: r.id, codes: matchCodesOf({ naceCodes: r.nace_codes, occupationCodes: r.occupation_codes, skillCodes: r.skill_codes }, facts, r.kind), old: r.match_codes }))
    .filter((r) => r.codes.join(' ') !== [...r.old].sort().join(' '));
  for (let i = 0; i < changed.length; i += 1000) {
    const batch = changed.slice(i, i + 1000).map((r) => ({ id: r.id, codes: r.codes }));
    await tx.query(
      `UPDATE posts p SET match_codes = x.codes FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, codes text[]) WHERE p.id = x.id`,
      [JSON.stringify(batch)],
    );
  }
  return changed.length;
}
