import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Translated } from '../../db/schema';
import { foldText } from '../matching/text-words';

export const searchConceptsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** Comma-separated keys to label (e.g. the codes a post carries). */
  keys: z.string().max(4000).optional(),
  type: z.enum(['occupation', 'skill', 'any']).default('any'),
  limit: z.coerce.number().int().min(1).max(50).default(12),
});

export interface ConceptHit {
  key: string;
  scheme: string;
  kind: string;
  labels: Translated;
}

/**
 * Occupations and skills by their labels in any language (accents and case ignored, every word must appear), the
 * closest first; or the labels of given keys. What the pickers of the web app call.
 */
export async function searchConcepts({ db, query }: { db: Db; query: z.infer<typeof searchConceptsQuery> }): Promise<ConceptHit[]> {
  if (query.keys) {
    const keys = query.keys.split(',').map((k) => k.trim()).filter((k) => /^(esco|isco|rome|skill):[A-Za-z0-9.-]+$/.test(k)).slice(0, 200);
    if (!keys.length) return [];
    return queryRows<ConceptHit>(db, sql`SELECT key, scheme, kind, labels FROM skill_concepts WHERE key IN (SELECT unnest(${`{${keys.join(',')}}`}::text[]))`);
  }
  const folded = foldText(query.q ?? '').replace(/[^a-z0-9. -]+/g, ' ').trim();
  const words = folded.split(/\s+/).filter((w) => w.length >= 2).slice(0, 6);
  if (!words.length) return [];
  const filters: SQL[] = words.map((w) => sql`search_text LIKE ${`%${w}%`}`);
  if (query.type === 'occupation') filters.push(sql`kind = 'occupation'`);
  if (query.type === 'skill') filters.push(sql`kind IN ('skill', 'knowledge')`);
  return queryRows<ConceptHit>(
    db,
    sql`SELECT key, scheme, kind, labels FROM skill_concepts WHERE ${sql.join(filters, sql` AND `)}
        ORDER BY (CASE WHEN scheme = 'isco' THEN 1 ELSE 0 END), word_similarity(${folded}, search_text) DESC, length(search_text), key
        LIMIT ${query.limit}`,
  );
}
