// Business convention: a convention of 500 participants and 2,500 accepted requests goes from "generate" to a
// published schedule through the real HTTP API, background job and worker thread, on each engine, while a separate
// process measures how fast the server still answers its health check. Baseline in the same run: the engine alone,
// and the engine run in the server's own thread (what the worker thread avoids).
// Usage: npm run bench:convention -- [--participants 500] [--per 10] [--runs 3] [--engine pglite|postgresql|both] [--seed 1]
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config/env';
import type { Database } from '../../src/db/client';
import { conventionMeetings, conventionScheduleRuns, conventionSettings } from '../../src/db/schema';
import { buildProblem } from '../../src/domain/convention/build-problem';
import { loadSnapshot } from '../../src/domain/convention/load-snapshot';
import { solveSchedule } from '../../src/domain/scheduling/solve-schedule';
import { jobDefinitions } from '../../src/jobs/definitions';
import { createWorker } from '../../src/jobs/worker';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import { onEachEngine } from '../directory/on-each-engine';
import { COORDINATOR_PASSWORD, fillConvention } from './fill-convention';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const participants = Number(arg('participants', '500'));
const per = Number(arg('per', '10'));
const runs = Number(arg('runs', '3'));
const engine = arg('engine', 'both');
const seed = Number(arg('seed', '1'));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A separate process asks /api/health every 50 ms and prints "<epoch ms when asked> <latency ms>" per answer. A slow
 * answer counts in the phase during which it was asked: counted by when it came back, a stall that began in one run's
 * e-mails would be reported under the next run's job.
 */
function startProber(url: string): { child: ChildProcess; samples: { at: number; ms: number }[] } {
  const samples: { at: number; ms: number }[] = [];
  const script = `
    const url = process.argv[1];
    const stopAt = Date.now() + 600000;
    (async () => {
      while (Date.now() < stopAt) {
        const at = Date.now();
        const t = performance.now();
        try { const r = await fetch(url); await r.arrayBuffer(); } catch { }
        const ms = performance.now() - t;
        process.stdout.write(at + ' ' + ms.toFixed(1) + '\\n');
        await new Promise((r) => setTimeout(r, 50));
      }
    })();`;
  const child = spawn(process.execPath, ['-e', script, `${url}/api/health`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [at, ms] = line.split(' ').map(Number);
      if (at && ms !== undefined) samples.push({ at, ms });
    }
  });
  return { child, samples };
}

async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: COORDINATOR_PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (path: string, method = 'GET', body?: unknown): Promise<Response> => {
    const send = () => fetch(`${base}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    // A kept-alive socket the server just closed resets the first try: reads are safe to send again, and so is a
    // request whose connection was reset before any answer (the server refuses a second "generate" anyway).
    try {
      return await send();
    } catch (error) {
      const reset = (error as { cause?: { code?: string } }).cause?.code === 'ECONNRESET';
      if (method !== 'GET' && !reset) throw error;
      return send();
    }
  };
}

interface RunFigures {
  total: number;
  solve: number;
  write: number;
  publish: number;
  scheduled: number;
  meetings: number;
  ratio: number;
  breaksPerParticipant: number;
  valid: boolean;
  healthDuring: number[];
}

async function benchEngine(database: Database, label: string) {
  const filled = await fillConvention(database, { participants, meetingsPerParticipant: per, seed });
  const config = loadConfig({ MAILLAGE_DEMO: '0', LOG_LEVEL: 'silent', MAILLAGE_DATA_DIR: '/nonexistent', PORT: '0' });
  const log = createLogger('silent');
  const app = createApp({ database, config, log, webDir: '/nonexistent-web' });
  let server: ReturnType<typeof serve> | undefined;
  const address = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info));
  });
  const base = `http://127.0.0.1:${address.port}`;
  // The same worker as `maillage serve` (polls every second).
  const worker = createWorker({ db: database.db, config, log, definitions: jobDefinitions });
  const prober = startProber(base);
  const call = await signIn(base, filled.coordinatorEmail);
  const api = (p: string) => `/api/events/${filled.eventId}/convention${p}`;
  await sleep(2500);
  const idle = prober.samples.map((s) => s.ms);
  const figures: RunFigures[] = [];
  for (let r = 0; r < runs; r++) {
    // Each run starts from an unpublished convention, as the first publication of the day would.
    await database.db.update(conventionSettings).set({ publishedAt: null, scheduleStatus: 'draft' }).where(eq(conventionSettings.eventId, filled.eventId));
    await database.db.update(conventionMeetings).set({ publishedSlotId: null, publishedTable: null }).where(eq(conventionMeetings.eventId, filled.eventId));
    const from = Date.now();
    const t0 = performance.now();
    const started = await call(api('/schedule/runs'), 'POST', { mode: 'full' });
    if (started.status !== 202) throw new Error(`generate refused: ${started.status} ${await started.text()}`);
    for (;;) {
      await sleep(100);
      const s = (await (await call(api(''))).json()) as { scheduleStatus: string };
      if (s.scheduleStatus === 'generated') break;
      if (s.scheduleStatus !== 'generating') throw new Error(`run ended as ${s.scheduleStatus}`);
    }
    const tp = performance.now();
    const published = await call(api('/schedule/publish'), 'POST', {});
    if (published.status !== 200) throw new Error(`publish refused: ${published.status} ${await published.text()}`);
    const t1 = performance.now();
    const until = Date.now();
    const [run] = await database.db.select().from(conventionScheduleRuns).where(eq(conventionScheduleRuns.eventId, filled.eventId)).orderBy(sql`${conventionScheduleRuns.createdAt} DESC`).limit(1);
    const stats = (run?.stats ?? {}) as Record<string, number>;
    const board = (await (await call(api('/schedule'))).json()) as { quality: { valid: boolean } };
    figures.push({
      total: (t1 - t0) / 1000,
      solve: stats.solveSeconds ?? NaN,
      write: stats.writeSeconds ?? NaN,
      publish: (t1 - tp) / 1000,
      scheduled: stats.scheduled ?? NaN,
      meetings: stats.meetings ?? NaN,
      ratio: stats.ratioToBound ?? NaN,
      breaksPerParticipant: (stats.breaks ?? NaN) / filled.participants,
      valid: board.quality.valid,
      healthDuring: [],
    });
    const last = figures.at(-1)!;
    const queued = run?.startedAt && run.createdAt ? (run.startedAt.getTime() - run.createdAt.getTime()) / 1000 : NaN;
    const inJob = run?.startedAt && run.finishedAt ? (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000 : NaN;
    process.stdout.write(
      `  ${label} run ${r + 1}: ${last.total.toFixed(2)} s (waiting for the worker ${queued.toFixed(2)} s, job ${inJob.toFixed(2)} s of which engine ${last.solve} s, publish ${last.publish.toFixed(2)} s)\n`,
    );
    // The next run starts once the worker has composed and sent this publication's e-mails, as a second convention
    // would; the health figures cover that background work too.
    let mailsDone = NaN;
    for (let waited = 0; waited < 180_000; waited += 200) {
      const [left] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE status IN ('queued', 'running') AND run_at <= now()");
      if (!left?.n) {
        mailsDone = (Date.now() - until) / 1000;
        break;
      }
      await sleep(200);
    }
    // Every request asked before now has answered once one asked after now has (the prober asks one at a time).
    const end = Date.now();
    for (let waited = 0; waited < 60_000 && !prober.samples.some((s) => s.at > end); waited += 50) await sleep(50);
    last.healthDuring = prober.samples.filter((s) => s.at >= from && s.at <= end).map((s) => s.ms);
    const stat = (xs: number[]) => `${pct(xs, 50).toFixed(0)} / ${pct(xs, 95).toFixed(0)} / ${Math.max(...xs).toFixed(0)}`;
    const jobAndPublish = prober.samples.filter((s) => s.at >= from && s.at < until).map((s) => s.ms);
    const mails = prober.samples.filter((s) => s.at >= until && s.at <= end).map((s) => s.ms);
    process.stdout.write(
      `    health p50 / p95 / max ms: job + publish ${stat(jobAndPublish)}; e-mails composed and sent in the background (${mailsDone.toFixed(2)} s) ${stat(mails)}\n`,
    );
  }
  // Mails queued by the publications go out in the background; stop the worker before the baselines.
  await worker.stop();

  // Baselines: the engine alone, then the engine run in the server's own thread while the prober keeps asking.
  const [settings] = await database.db.select().from(conventionSettings).where(eq(conventionSettings.eventId, filled.eventId));
  const { snapshot } = await loadSnapshot(database.db, filled.eventId, settings!);
  const { problem } = buildProblem(snapshot, { mode: 'full' });
  await sleep(500);
  const from = Date.now();
  const tb = performance.now();
  const plan = solveSchedule(problem, { seed: 1, timeLimitSeconds: 120 });
  const engineAlone = (performance.now() - tb) / 1000;
  await sleep(300);
  // Counted by when they came back: the answer asked just before the engine started waits for all of it.
  const inThread = prober.samples.filter((s) => s.at + s.ms >= from).map((s) => s.ms);
  prober.child.kill();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  const all = figures.flatMap((f) => f.healthDuring);
  return { label, filled, figures, idle, all, engineAlone, engineScheduled: plan.stats.scheduled, inThread };
}

const results = await onEachEngine(engine, 'maillage_bench_conv', benchEngine);
const f2 = (x: number) => x.toFixed(2);
const ms = (xs: number[]) => `${pct(xs, 50).toFixed(0)} / ${pct(xs, 95).toFixed(0)} / ${Math.max(...xs).toFixed(0)}`;
process.stdout.write(`\nConvention of ${participants} participants, ${results[0]?.filled.meetings ?? '?'} accepted requests, ${results[0]?.filled.slots ?? '?'} slots, ${results[0]?.filled.tables ?? '?'} tables; medians of ${runs} run(s).\n\n`);
process.stdout.write('| engine | generate → published (s) | engine in thread (s) | write (s) | publish + e-mails (s) | scheduled / meetings | weight / bound | breaks per participant | valid | health p50 / p95 / max ms, idle | during the job and the e-mails | baseline: engine alone (s) | baseline: engine in the server thread, health p50 / p95 / max ms |\n');
process.stdout.write('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n');
for (const r of results) {
  const m = (k: keyof RunFigures) => median(r.figures.map((f) => f[k] as number));
  process.stdout.write(
    `| ${r.label} | ${f2(m('total'))} (max ${f2(Math.max(...r.figures.map((f) => f.total)))}) | ${f2(m('solve'))} | ${f2(m('write'))} | ${f2(m('publish'))} | ${m('scheduled')} / ${m('meetings')} | ${m('ratio').toFixed(4)} | ${m('breaksPerParticipant').toFixed(3)} | ${r.figures.every((f) => f.valid) ? 'yes' : 'NO'} | ${ms(r.idle)} | ${ms(r.all)} | ${f2(r.engineAlone)} | ${ms(r.inThread)} |\n`,
  );
}
process.exit(0);
