/**
 * Directory search benchmark at 100,000 organisations, on the embedded engine and (when reachable) a PostgreSQL
 * server. For each query of a realistic mix it measures three things in the same run:
 *   raw SQL  — the hand-written SQL of the same search (the baseline),
 *   domain   — searchOrganisations() as the API calls it (policy filter, relevance, page),
 *   API      — GET /api/organisations in-process through Hono (validation, auth, JSON).
 * Prints p50/p95 per layer and the API/raw ratio, the slowest queries, and the load average of the machine (the
 * figures only mean something on a quiet machine: `uptime` first). A warm-up round (not counted) reads the indexes
 * once, as a running server has.
 *
 *   npm run bench:directory -- [--orgs 100000] [--rounds 5] [--warmup 1] [--engine pglite|postgresql|both] [--vacuum]
 *
 * --vacuum runs VACUUM after the fill: PostgreSQL's autovacuum does it after a bulk insert, PGlite has no
 * autovacuum (without it, index-only scans read the table too).
 *
 * --edits N then edits N organisations one by one (tags and description, so every GIN index of organisations gets
 * new entries) and searches without tidying again: what a search reads between two runs of the quarter-hourly job
 * that merges the indexes' pending lists (directory.tidy-search-indexes).
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { onEachEngine } from './on-each-engine';
import { queryRows } from '../../src/db/rows';
import { loadConfig } from '../../src/config/env';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import { anonymous, loadActor } from '../../src/domain/policy/actor';
import { searchOrganisations, searchOrganisationsQuery } from '../../src/domain/organisations/search-organisations';
import { createUser } from '../../src/domain/auth/create-user';
import { fillDirectory } from './fill-directory';
import { tidySearchIndexes } from '../../src/domain/organisations/tidy-search-indexes';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const orgCount = Number(arg('orgs', '100000'));
const rounds = Number(arg('rounds', '5'));
const engines = arg('engine', 'both');
const warmup = Number(arg('warmup', '1'));
const vacuum = process.argv.includes('--vacuum');
const edits = Number(arg('edits', '0'));
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

/** The mix a coordinator types: names with typos, activity words in four languages, codes, places, distances. */
const mix: Record<string, string>[] = [
  { q: 'scierie' },
  { q: 'scirie' },
  { q: 'menuiserie ardenn' },
  { q: 'holzbau' },
  { q: 'metaal' },
  { q: 'sawmilling' },
  { nace: 'C16' },
  { nace: 'C25.61', country: 'FR' },
  { country: 'LU', kind: 'sse' },
  { near: '49.68,5.81,25' },
  { near: '49.68,5.81,25', sort: 'relevance' },
  { q: 'peinture', near: '48.81,7.79,40' },
  { commune: 'Liège' },
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function run(database: Database, label: string) {
  process.stdout.write(`\n[${label}] filling ${orgCount} organisations…\n`);
  const filled = await fillDirectory(database, orgCount);
  process.stdout.write(`[${label}] filled in ${(filled.ms / 1000).toFixed(1)} s\n`);
  // As an import commit leaves the directory: GIN pending lists merged, statistics fresh.
  await tidySearchIndexes(database.db);
  if (vacuum) await database.exec('VACUUM ANALYZE');
  if (edits > 0) {
    const ids = await database.query<{ id: string }>(`SELECT organisation_id AS id FROM network_organisations WHERE network_id = $1 ORDER BY md5(organisation_id::text) LIMIT $2`, [filled.networkId, edits]);
    const t0 = performance.now();
    for (const [i, { id }] of ids.entries())
      await database.query(`UPDATE organisations SET tags = tags || $2::text, capabilities = capabilities || $2::text, description = description || jsonb_build_object('en', $3::text) WHERE id = $1`, [id, `edit${i}`, `Edited profile ${i}: laser cutting and welding`]);
    process.stdout.write(`[${label}] ${ids.length} organisations edited one by one in ${((performance.now() - t0) / 1000).toFixed(1)} s, pending lists left as they are\n`);
  }
  const user = await createUser({ db: database.db, email: `bench-${Date.now()}@example.test`, password: 'bench password 1' });
  await database.query(`INSERT INTO network_roles (network_id, user_id, role) VALUES ($1, $2, 'observer')`, [filled.networkId, user.id]);
  const actor = await loadActor(database.db, user.id);
  const app = createApp({ database, config: loadConfig({ MAILLAGE_DEMO: '0', LOG_LEVEL: 'silent' }), log: createLogger('silent'), webDir: '/nonexistent' });
  const token = (await import('../../src/domain/auth/sessions')).createApiToken(database.db, user.id, 'bench');
  const bearer = { authorization: `Bearer ${(await token).token}` };
  const raw: number[] = [];
  const domain: number[] = [];
  const api: number[] = [];
  const perQuery = mix.map(() => [] as number[]);
  const loadBefore = load();
  for (let r = -warmup; r < rounds; r++) {
    for (const [i, params] of mix.entries()) {
      const query = searchOrganisationsQuery.parse({ ...params, network: filled.networkId });
      const tRaw = await time(() => rawSearch(database, filled.networkId, params));
      const tDomain = await time(() => searchOrganisations({ db: database.db, actor, query }));
      const qs = new URLSearchParams({ ...params, network: filled.networkId }).toString();
      const tApi = await time(async () => {
        const res = await app.request(`/api/organisations?${qs}`, { headers: bearer });
        if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
        await res.json();
      });
      if (r < 0) continue;
      raw.push(tRaw);
      domain.push(tDomain);
      api.push(tApi);
      perQuery[i]!.push(tApi);
    }
  }
  void anonymous;
  return { label, raw, domain, api, perQuery, load: `${loadBefore} → ${load()}` };
}

/** The baseline: the same filters written directly in SQL, without policy, ranking layers or JSON shaping. */
async function rawSearch(database: Database, networkId: string, p: Record<string, string>) {
  const where = [sql`m.network_id = ${networkId}`];
  if (p.q) where.push(sql`(o.search_name LIKE ${`%${p.q}%`} OR o.search_name % ${p.q})`);
  if (p.nace) where.push(sql`o.nace_paths && ARRAY[${p.nace}]`);
  if (p.country) where.push(sql`o.country = ${p.country}`);
  if (p.kind) where.push(sql`o.kind = ${p.kind}`);
  if (p.commune) where.push(sql`o.commune_key = regexp_replace(f_unaccent(lower(${p.commune})), '[^a-z0-9]+', '', 'g')`);
  if (p.near) {
    const [lat, lon, km] = p.near.split(',').map(Number) as [number, number, number];
    where.push(sql`o.latitude BETWEEN ${lat - km / 111} AND ${lat + km / 111} AND o.longitude BETWEEN ${lon - km / 70} AND ${lon + km / 70}`);
  }
  return queryRows(database.db, sql`SELECT o.*, count(*) OVER () AS total FROM organisations o JOIN network_organisations m ON m.organisation_id = o.id WHERE ${sql.join(where, sql` AND `)} ORDER BY o.name LIMIT 20`);
}

const results = await onEachEngine(engines, 'maillage_bench_dir', run);

process.stdout.write(
  `\nSearch latency at ${orgCount} organisations, ${mix.length} queries × ${rounds} rounds after ${warmup} warm-up round(s) (ms), ${new Date().toISOString()}, ${os.cpus().length} cores\n\n`,
);
process.stdout.write('| engine | raw SQL p50 / p95 | domain p50 / p95 | API p50 / p95 | API ÷ raw (p50) |\n|---|---:|---:|---:|---:|\n');
for (const r of results)
  process.stdout.write(
    `| ${r.label} | ${pct(r.raw, 50).toFixed(1)} / ${pct(r.raw, 95).toFixed(1)} | ${pct(r.domain, 50).toFixed(1)} / ${pct(r.domain, 95).toFixed(1)} | ${pct(r.api, 50).toFixed(1)} / ${pct(r.api, 95).toFixed(1)} | ${(pct(r.api, 50) / pct(r.raw, 50)).toFixed(2)} |\n`,
  );

process.stdout.write('\nLoad average (1, 5, 15 min) before → after each engine:\n');
for (const r of results) process.stdout.write(`  ${r.label}: ${r.load}\n`);
process.stdout.write('\nAPI p50 / max per query:\n');
for (const r of results) {
  process.stdout.write(`  ${r.label}\n`);
  for (const [i, times] of r.perQuery.entries())
    process.stdout.write(`    ${pct(times, 50).toFixed(1).padStart(8)} / ${Math.max(...times).toFixed(1).padStart(8)}  ${new URLSearchParams(mix[i]).toString()}\n`);
}
