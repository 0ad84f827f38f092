import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { jobs } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { makeNetwork, makeOrganisation, uniq } from '../../../tests/factories';
import { planRecurringJobs } from '../../jobs/recurring';
import { operatorActor } from '../import/run-import';
import { searchOrganisations } from './search-organisations';
import { TIDY_SEARCH_JOB, nextTidySearchRun, runTidySearchJob, tidySearchIndexes } from './tidy-search-indexes';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

describe('tidying the directory search indexes', () => {
  it('keeps the default pending-list size on every GIN index of organisations (a 64 kB cap slowed imports)', async () => {
    const rows = await queryRows<{ name: string; options: string[] | null }>(
      db,
      sql`SELECT c.relname AS name, c.reloptions AS options FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = 'organisations'::regclass AND a.amname = 'gin'`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(
      ['organisations_capabilities_idx', 'organisations_nace_paths_idx', 'organisations_search_doc_idx', 'organisations_search_name_trgm', 'organisations_tags_idx'].sort(),
    );
    for (const r of rows) expect(r.options ?? []).not.toContainEqual(expect.stringContaining('gin_pending_list_limit'));
  });

  it('merges what new organisations left in the pending lists, and they stay found', async () => {
    const network = await makeNetwork(db);
    const word = uniq('Zirkonfräse').replace('-', '');
    for (let i = 0; i < 20; i++) await makeOrganisation(db, { networkIds: [network.id], name: `${word} ${i}` });
    const search = () => searchOrganisations({ db, actor: operatorActor, query: { q: word, network: network.id, page: 1, pageSize: 50 } });
    expect((await search()).total).toBe(20);

    const first = await tidySearchIndexes(db, false);
    expect(first.analysed).toBe(false);
    // On the embedded engine nothing else merges the lists (a server's autovacuum may get there first).
    if (database.engine === 'pglite') {
      expect(first.pagesMerged).toBeGreaterThan(0);
      expect((await tidySearchIndexes(db, false)).pagesMerged).toBe(0);
    }
    expect((await search()).total).toBe(20);
  });

  it('runs as a job every quarter of an hour, refreshing statistics only when the directory moved', async () => {
    const now = new Date('2031-01-06T10:07:30Z');
    expect(nextTidySearchRun(now).toISOString()).toBe('2031-01-06T10:15:00.000Z');
    expect(nextTidySearchRun(new Date('2031-01-06T10:45:00Z')).toISOString()).toBe('2031-01-06T11:00:00.000Z');

    const network = await makeNetwork(db);
    for (let i = 0; i < 60; i++) await makeOrganisation(db, { networkIds: [network.id] });
    // Earlier runs of this test on a shared server database planned the same quarter: count what this run adds.
    const planned = () => db.select().from(jobs).where(and(eq(jobs.name, TIDY_SEARCH_JOB), eq(jobs.runAt, new Date('2031-01-06T10:15:00Z')), eq(jobs.status, 'queued')));
    const before = (await planned()).length;
    const first = await runTidySearchJob(db, now);
    expect((await planned()).length).toBe(before + 1);
    if (database.engine === 'pglite') {
      // A fresh database has never been analysed; once it has, nothing moved since.
      expect(first.analysed).toBe(true);
      expect((await runTidySearchJob(db, now)).analysed).toBe(false);
      for (let i = 0; i < 80; i++) await makeOrganisation(db, { networkIds: [network.id] });
      expect((await runTidySearchJob(db, now)).analysed).toBe(true);
    }
  });

  it('is planned once when workers start', async () => {
    await planRecurringJobs(db, 'http://localhost:3000');
    await planRecurringJobs(db, 'http://localhost:3000');
    const pending = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM jobs WHERE name = ${TIDY_SEARCH_JOB} AND status IN ('queued', 'running')`);
    expect(pending[0]!.n).toBeGreaterThanOrEqual(1);
  });
});
