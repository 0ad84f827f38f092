import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';

/**
 * After a bulk write of organisations (an import commit): merges the pending lists of the organisations' GIN
 * indexes into the indexes and refreshes the planner's statistics of the directory tables.
 *
 * A server's autovacuum does both, in its own time; the embedded engine has no autovacuum. Until then each search
 * reads the pending lists (bounded by migration 0015) and is planned with the row counts from before the import
 * (at 100,000 imported rows, an estimate of a few rows picks nested loops over the whole network). Both steps take
 * well under a second at 100,000 organisations and run outside the import's transaction.
 */
export async function tidySearchIndexes(db: Db): Promise<void> {
  await queryRows(
    db,
    sql`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
        JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = 'organisations'::regclass AND a.amname = 'gin'`,
  );
  await queryRows(db, sql`ANALYZE organisations, network_organisations, organisation_categories`);
}
