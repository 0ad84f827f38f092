import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Actor } from '../policy/actor';
import { postsVisibleTo } from '../posts/post-access';
import { counterpartKinds } from './counterparts';
import { textArray, type SourcePost } from './find-matches';
import { anyWordQuery, meaningfulWords } from './text-words';

/**
 * The baseline the matching is measured against: a plain keyword search with the words of the post over the posts
 * of the answering kinds, ranked by PostgreSQL's full-text rank. Same candidates, same visibility; no codes, no
 * distance, no ties.
 */
export async function keywordSearch(opts: { db: Db; actor: Actor; source: SourcePost; limit?: number; withinNetwork?: string }): Promise<string[]> {
  const { db, actor, source, limit = 10, withinNetwork } = opts;
  const texts = [...Object.values(source.title), ...Object.values(source.body), ...source.keywords].filter((v): v is string => !!v);
  const query = anyWordQuery(meaningfulWords(...texts), 24);
  if (!query) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM posts p
        WHERE p.kind IN (SELECT unnest(${textArray(counterpartKinds[source.kind])})) AND p.status IN ('open', 'in_discussion')
          AND (p.expires_on IS NULL OR p.expires_on >= current_date)
          AND p.id <> ${source.id} AND p.organisation_id <> ${source.organisationId}
          AND p.search_doc @@ to_tsquery('simple', ${query}) AND ${postsVisibleTo(actor, 'p')}
          AND ${withinNetwork ? sql`EXISTS (SELECT 1 FROM post_networks w WHERE w.post_id = p.id AND w.network_id = ${withinNetwork})` : sql`true`}
        ORDER BY ts_rank(p.search_doc, to_tsquery('simple', ${query})) DESC, p.id
        LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}
