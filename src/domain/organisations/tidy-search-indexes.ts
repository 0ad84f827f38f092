import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { enqueueJob, enqueueUnlessPending } from '../../jobs/queue';

/** The recurring job that keeps the directory's search indexes tidy (see tidySearchIndexes). */
export const TIDY_SEARCH_JOB = 'directory.tidy-search-indexes';
export const tidySearchPayload = z.object({});
/** Minutes between two runs: the most a search waits for what ordinary edits add to the pending lists to be merged. */
export const TIDY_SEARCH_EVERY_MINUTES = 15;

/**
 * Merges the pending lists of the organisations' GIN indexes into the indexes, and refreshes the planner's
 * statistics of the directory tables when `analyse` is true.
 *
 * New entries of a GIN index first go to an unsorted pending list (up to 4 MB, migration 0021), which every search
 * through the index reads whole. A server's autovacuum merges the lists and refreshes statistics in its own time; the
 * embedded engine has no autovacuum. So this runs after every import commit (with `analyse`: at 100,000 imported
 * rows, statistics from before the import make the planner pick nested loops over the whole network) and every
 * quarter of an hour as a job (runTidySearchJob). Each step takes well under a second at 100,000 organisations and
 * runs outside any import's transaction.
 */
export async function tidySearchIndexes(db: Db, analyse = true): Promise<{ pagesMerged: number; analysed: boolean }> {
  const merged = await queryRows<{ pages: number }>(
    db,
    sql`SELECT gin_clean_pending_list(i.indexrelid)::int AS pages FROM pg_index i
        JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = 'organisations'::regclass AND a.amname = 'gin'`,
  );
  if (analyse) await queryRows(db, sql`ANALYZE organisations, network_organisations, organisation_categories`);
  return { pagesMerged: merged.reduce((n, r) => n + r.pages, 0), analysed: analyse };
}

/**
 * The statistics are stale when the number of organisations moved by more than a tenth since they were taken (what
 * autovacuum's default threshold also reads), or were never taken. The embedded engine keeps no modification
 * counters across restarts, so the live count is compared with the planner's.
 */
async function statisticsStale(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ planned: number; live: number }>(
    db,
    sql`SELECT (SELECT reltuples FROM pg_class WHERE oid = 'organisations'::regclass)::float8 AS planned,
               (SELECT count(*) FROM organisations)::float8 AS live`,
  );
  if (!row) return false;
  if (row.planned < 0) return row.live > 0;
  return Math.abs(row.live - row.planned) > 50 + 0.1 * row.planned;
}

/** The next run: the next quarter of an hour. */
export function nextTidySearchRun(now = new Date()) {
  const step = TIDY_SEARCH_EVERY_MINUTES * 60_000;
  return new Date((Math.floor(now.getTime() / step) + 1) * step);
}

/** Plans the next run unless one is already queued or running (the worker calls this when it starts). */
export async function ensureTidySearchJob(db: Db, runAt = nextTidySearchRun()) {
  return enqueueUnlessPending(db, TIDY_SEARCH_JOB, {}, { runAt, priority: 'background' });
}

/** The job: merge, analyse when the statistics are stale, then plan the next run. */
export async function runTidySearchJob(db: Db, now = new Date()) {
  const result = await tidySearchIndexes(db, await statisticsStale(db));
  await enqueueJob(db, TIDY_SEARCH_JOB, {}, { runAt: nextTidySearchRun(now), priority: 'background' });
  return result;
}
