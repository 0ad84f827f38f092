/**
 * Matching benchmark (issue 7), on the embedded engine and (when reachable) a PostgreSQL server, in one run:
 *   latency  — ranking the counterparts of one post (posts and organisations, with reasons) among 100,000 posts and
 *              100,000 organisations, against a plain keyword search over the same posts (the baseline);
 *   quality  — precision at 5 of both on the labelled set (src/domain/matching/labelled-set.ts).
 *
 *   npm run bench:matching -- [--posts 100000] [--sources 40] [--rounds 3] [--engine pglite|postgresql|both]
 */
import os from 'node:os';
import type { Database } from '../../src/db/client';
import { createUser } from '../../src/domain/auth/create-user';
import { evaluateLabelledSet, loadLabelledSet } from '../../src/domain/matching/evaluate-labelled-set';
import { rankCounterparts, type SourcePost } from '../../src/domain/matching/find-matches';
import { keywordSearch } from '../../src/domain/matching/keyword-baseline';
import { loadActor } from '../../src/domain/policy/actor';
import { runnerOf } from '../../src/domain/skills/sql-runner';
import { seedStarterConcepts } from '../../src/domain/skills/starter-concepts';
import { fillDirectory } from '../directory/fill-directory';
import { onEachEngine } from '../directory/on-each-engine';
import { fillPosts } from './fill-posts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const postCount = Number(arg('posts', '100000'));
const sourceCount = Number(arg('sources', '40'));
const rounds = Number(arg('rounds', '3'));
const engines = arg('engine', 'both');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function run(database: Database, label: string) {
  const db = database.db;
  process.stdout.write(`\n[${label}] filling ${postCount} organisations and ${postCount} posts…\n`);
  await seedStarterConcepts(runnerOf(db));
  const directory = await fillDirectory(database, postCount);
  const filled = await fillPosts(database, directory.networkId, postCount);
  // What autovacuum does on a server after a bulk load (PGlite has none): merge the GIN pending lists of the
  // directory's indexes (the posts' own are built without one, see 0011_posts.sql) and refresh the statistics.
  await database.exec('VACUUM ANALYZE organisations');
  await database.exec('VACUUM ANALYZE posts');
  process.stdout.write(`[${label}] organisations in ${(directory.ms / 1000).toFixed(1)} s, posts in ${(filled.ms / 1000).toFixed(1)} s\n`);

  // A member of the network: the policy filter a real request pays.
  const user = await createUser({ db, email: `bench-${Date.now()}@example.test`, password: 'bench password 1' });
  await database.query(`INSERT INTO network_roles (network_id, user_id, role) VALUES ($1, $2, 'member')`, [directory.networkId, user.id]);
  const actor = await loadActor(db, user.id);

  // Sources: posts spread over the kinds, coded and uncoded.
  const sources = (
    await database.query<{ id: string }>(
      `SELECT p.id FROM posts p JOIN post_networks pn ON pn.post_id = p.id WHERE pn.network_id = $1 ORDER BY md5(p.id::text) LIMIT $2`,
      [directory.networkId, sourceCount],
    )
  ).map((r) => r.id);
  const sourcePosts: SourcePost[] = [];
  for (const id of sources) {
    const [p] = await database.query<{ id: string; kind: SourcePost['kind']; organisation_id: string; title: SourcePost['title']; body: SourcePost['body']; keywords: string[]; nace_codes: string[]; occupation_codes: string[]; skill_codes: string[]; match_codes: string[]; latitude: number | null; longitude: number | null; commune: string }>(
      'SELECT * FROM posts WHERE id = $1',
      [id],
    );
    sourcePosts.push({
      id: p!.id,
      kind: p!.kind,
      organisationId: p!.organisation_id,
      title: p!.title,
      body: p!.body,
      keywords: p!.keywords,
      naceCodes: p!.nace_codes,
      occupationCodes: p!.occupation_codes,
      skillCodes: p!.skill_codes,
      matchCodes: p!.match_codes,
      latitude: p!.latitude,
      longitude: p!.longitude,
      networkIds: [directory.networkId],
      commune: p!.commune,
    });
  }
  const engine: number[] = [];
  const baseline: number[] = [];
  let found = 0;
  const loadBefore = load();
  for (let r = -1; r < rounds; r++) {
    for (const source of sourcePosts) {
      let n = 0;
      const tEngine = await time(async () => {
        const ranked = await rankCounterparts({ db, actor, source, limit: 10 });
        n = ranked.posts.length + ranked.organisations.length;
      });
      const tBaseline = await time(() => keywordSearch({ db, actor, source, limit: 10 }));
      if (r < 0) continue; // warm-up round
      engine.push(tEngine);
      baseline.push(tBaseline);
      found += n;
    }
  }

  // Quality, in a network of its own beside the 100,000 posts.
  const [quality] = await database.query<{ id: string }>(`INSERT INTO networks (slug, name) VALUES ('bench-labelled-' || substr(md5(random()::text), 1, 6), 'Labelled set') RETURNING id`);
  await database.query(`INSERT INTO network_roles (network_id, user_id, role) VALUES ($1, $2, 'member')`, [quality!.id, user.id]);
  const loaded = await loadLabelledSet(db, quality!.id);
  const labelled = await evaluateLabelledSet(db, await loadActor(db, user.id), loaded, quality!.id);
  return { label, engine, baseline, found: found / Math.max(1, engine.length), labelled, load: `${loadBefore} → ${load()}` };
}

const results = await onEachEngine(engines, 'maillage_bench_match', run);

process.stdout.write(
  `\nMatching at ${postCount} posts and ${postCount} organisations: ${sourceCount} source posts × ${rounds} rounds after a warm-up round (ms), ${new Date().toISOString()}, ${os.cpus().length} cores\n\n`,
);
process.stdout.write('| engine | matching p50 / p95 | keyword search p50 / p95 | matching ÷ keyword (p50) | results per ranking | P@5 matching | P@5 keyword | P@5 best possible |\n|---|---:|---:|---:|---:|---:|---:|---:|\n');
for (const r of results)
  process.stdout.write(
    `| ${r.label} | ${pct(r.engine, 50).toFixed(1)} / ${pct(r.engine, 95).toFixed(1)} | ${pct(r.baseline, 50).toFixed(1)} / ${pct(r.baseline, 95).toFixed(1)} | ${(pct(r.engine, 50) / pct(r.baseline, 50)).toFixed(2)} | ${r.found.toFixed(1)} | ${r.labelled.engine.toFixed(3)} | ${r.labelled.baseline.toFixed(3)} | ${r.labelled.ideal.toFixed(3)} |\n`,
  );
process.stdout.write('\nLoad average (1, 5, 15 min) before → after the timed rounds:\n');
for (const r of results) process.stdout.write(`  ${r.label}: ${r.load}\n`);
const first = results[0];
if (first) {
  process.stdout.write(`\nLabelled set (${first.labelled.queries} queries), precision at 5 per query — matching / keyword / best possible:\n`);
  for (const q of first.labelled.perQuery)
    process.stdout.write(`  ${q.post.padEnd(28)} ${q.engine.toFixed(1)} / ${q.baseline.toFixed(1)} / ${q.ideal.toFixed(1)}\n`);
}
