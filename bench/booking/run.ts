/**
 * Booking benchmark (issue 6).
 *
 * 1. Concurrency: `ranges` ranges (half isolated, half a chain of overlapping 90-minute ranges) × `copies` attempts
 *    each, all fired at once at one instant-booking resource through POST /api/resources/{id}/bookings — in-process
 *    on PGlite, in-process on PostgreSQL, and through two app processes (`maillage serve --services web`) sharing a
 *    PostgreSQL database. Checked against the database: exactly one winner per isolated range, a maximal set of
 *    non-adjacent winners in the chain, zero overlapping holds, every other attempt a 409 naming a real collision.
 *    Baseline in the same run: the same attempts through a check-then-insert done in code on a table without the
 *    exclusion constraint.
 * 2. Availability search over `resources` resources: "a paint booth free for two days next month within 50 km" and
 *    other queries, through the domain and the API; baseline: the same search with three queries per resource.
 *
 *   npm run bench:booking -- [--engine pglite|postgresql|both] [--ranges 100] [--copies 10] [--resources 10000] [--rounds 5]
 *
 * Loopback only. The PostgreSQL server is BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a
 * scratch database is created and dropped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/env';
import { projectRoot } from '../../src/config/paths';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import { fire, makeAttempts, naiveAttempt, pct, verify, type Outcome, type Range, type Verdict } from './attempts';
import { benchAvailability, fillResources, summary } from './availability';
import { makeBookingWorld } from './world';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const engines = arg('engine', 'both');
const rangeCount = Number(arg('ranges', '100'));
const copies = Number(arg('copies', '10'));
const resourceCount = Number(arg('resources', '10000'));
const rounds = Number(arg('rounds', '5'));
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const log = (s: string) => process.stdout.write(s + '\n');
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');

interface ConcurrencyRow {
  label: string;
  verdict: Verdict;
  p50: number;
  p95: number;
  max: number;
  wallMs: number;
}

function row(label: string, verdict: Verdict, outcomes: Outcome[], wallMs: number): ConcurrencyRow {
  const ms = outcomes.map((o) => o.ms);
  return { label, verdict, p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms), wallMs };
}

function appFor(database: Database) {
  return createApp({ database, config: loadConfig({ MAILLAGE_DEMO: '0', LOG_LEVEL: 'silent' }), log: createLogger('silent'), webDir: '/nonexistent' });
}

const bookingBody = (r: Range) => JSON.stringify({ start: r.start, end: r.end, note: `bench ${r.index}` });

async function concurrencyInProcess(database: Database, label: string): Promise<ConcurrencyRow[]> {
  const out: ConcurrencyRow[] = [];
  const world = await makeBookingWorld(database, 20);
  const app = appFor(database);
  const { ranges, attempts } = makeAttempts(rangeCount, copies);
  let n = 0;
  log(`[${label}] ${attempts.length} attempts in-process… (load ${load()})`);
  const run = await fire(attempts, async (r) => {
    const token = world.tokens[n++ % world.tokens.length]!;
    const res = await app.request(`/api/resources/${world.resourceId}/bookings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: bookingBody(r),
    });
    return { status: res.status, body: await res.json() };
  });
  out.push(row(`${label}, one process`, await verify(database, world.resourceId, ranges, run.outcomes), run.outcomes, run.wallMs));

  // Baseline: the overlap check in code only, no exclusion constraint.
  await database.exec('CREATE TABLE IF NOT EXISTS bench_naive_holds (resource_id uuid NOT NULL, period tstzrange NOT NULL)');
  const naive = await fire(attempts, (r) => naiveAttempt(database, world.resourceId, r));
  out.push(row(`${label}, baseline: check in code, no constraint`, await verify(database, world.resourceId, ranges, naive.outcomes, 'bench_naive_holds'), naive.outcomes, naive.wallMs));
  return out;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin/maillage.js'), 'serve', '--services', 'web'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', MAILLAGE_DEMO: '0', LOG_LEVEL: 'error', SMTP_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app process exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { child, base };
    if (Date.now() > deadline) throw new Error('app process not healthy in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function concurrencyTwoProcesses(database: Database, url: string): Promise<ConcurrencyRow> {
  const world = await makeBookingWorld(database, 20);
  const servers = [await startServer(url), await startServer(url)];
  try {
    const { ranges, attempts } = makeAttempts(rangeCount, copies, 7);
    let n = 0;
    log(`[PostgreSQL] ${attempts.length} attempts through two app processes… (load ${load()})`);
    const run = await fire(attempts, async (r) => {
      const i = n++;
      const res = await fetch(`${servers[i % 2]!.base}/api/resources/${world.resourceId}/bookings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${world.tokens[i % world.tokens.length]!}`, 'content-type': 'application/json' },
        body: bookingBody(r),
      });
      return { status: res.status, body: await res.json() };
    });
    return row('PostgreSQL server, two app processes', await verify(database, world.resourceId, ranges, run.outcomes), run.outcomes, run.wallMs);
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r)))));
  }
}

async function availability(database: Database, label: string) {
  const world = await makeBookingWorld(database, 1);
  const [owner] = await database.query<{ id: string }>('SELECT owner_organisation_id AS id FROM resources WHERE id = $1', [world.resourceId]);
  const [user] = await database.query<{ id: string }>(`SELECT r.user_id AS id FROM representatives r JOIN organisations o ON o.id = r.organisation_id WHERE o.name LIKE 'Bench borrower %' ORDER BY r.created_at DESC LIMIT 1`);
  const [borrower] = await database.query<{ id: string }>('SELECT organisation_id AS id FROM representatives WHERE user_id = $1', [user!.id]);
  log(`[${label}] filling ${resourceCount} resources…`);
  const fillMs = await fillResources(database, { count: resourceCount, networkId: world.networkId, ownerId: owner!.id, borrowerId: borrower!.id });
  log(`[${label}] filled in ${(fillMs / 1000).toFixed(1)} s (load ${load()})`);
  return benchAvailability(database, { networkId: world.networkId, userId: user!.id, bearer: world.tokens[0]!, rounds, app: appFor(database) });
}

const concurrency: ConcurrencyRow[] = [];
const searches: { label: string; rows: Awaited<ReturnType<typeof availability>> }[] = [];

if (engines !== 'postgresql') {
  const database = await openPglite(undefined);
  try {
    await migrate(database);
    concurrency.push(...(await concurrencyInProcess(database, 'embedded (PGlite)')));
    if (resourceCount > 0) searches.push({ label: 'embedded (PGlite)', rows: await availability(database, 'embedded (PGlite)') });
  } finally {
    await database.close();
  }
}

if (engines !== 'pglite') {
  const admin = await openPostgres(adminUrl, 1).catch(() => undefined);
  if (!admin) log(`PostgreSQL not reachable at ${adminUrl}: server engine skipped`);
  else {
    const name = `maillage_bench_booking_${process.pid}`;
    await admin.exec(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString(), 10);
    try {
      await migrate(database);
      concurrency.push(...(await concurrencyInProcess(database, 'PostgreSQL server')));
      concurrency.push(await concurrencyTwoProcesses(database, url.toString()));
      if (resourceCount > 0) searches.push({ label: 'PostgreSQL server', rows: await availability(database, 'PostgreSQL server') });
    } finally {
      await database.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  }
}

log(`\nConcurrent booking attempts: ${rangeCount} ranges × ${copies} = ${rangeCount * copies} attempts fired at once at one instant-booking resource (${new Date().toISOString()}, ${os.cpus().length} cores, load ${load()})\n`);
log('| run | approved | 409 | other | overlaps in DB | isolated: one winner each | chain: maximal, non-adjacent | every 409 names a real collision | latency p50 / p95 / max (ms) | wall (s) | verdict |');
log('|---|---:|---:|---:|---:|---|---|---|---:|---:|---|');
for (const r of concurrency) {
  const v = r.verdict;
  const yes = (b: boolean) => (b ? 'yes' : '**no**');
  log(
    `| ${r.label} | ${v.approved} | ${v.refused} | ${v.other} | ${v.overlapsInDb} | ${yes(v.exactIsolated)} | ${yes(v.chainValid)} | ${yes(v.refusalsJustified)} | ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.max.toFixed(0)} | ${(r.wallMs / 1000).toFixed(1)} | ${v.ok ? 'correct' : '**wrong**'} |`,
  );
}
for (const s of searches) {
  log(`\nAvailability search over ${resourceCount} resources, ${s.label}: p50 / p95 over ${rounds} rounds (ms), first page of 20\n`);
  log('| query | found | domain | API | baseline: 3 queries per resource | same results |');
  log('|---|---:|---:|---:|---:|---|');
  for (const r of s.rows) log(`| ${r.label} | ${r.found} | ${summary(r.domain)} | ${summary(r.api)} | ${summary(r.naive)} | ${r.naive.length ? (r.same ? 'yes' : '**no**') : '–'} |`);
}
if (concurrency.some((r) => !r.verdict.ok && !r.label.includes('baseline'))) process.exitCode = 1;
