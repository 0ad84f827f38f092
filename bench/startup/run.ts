/**
 * Startup benchmark: time from `npm start` (web app built, data directory already created and seeded) to a healthy
 * /api/health, and idle memory (RSS of the whole process tree) after start, on both engines. Baseline in the same
 * run: a bare Node HTTP server started the same way, which is the floor any Node service pays.
 *
 *   npm run bench:startup              # embedded engine, and PostgreSQL when one answers on 127.0.0.1:5432
 *   npm run bench:startup -- --runs 7  # more repetitions (medians are reported)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../../src/config/paths';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const pgAdminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** Resident memory of the process tree, and of the one process in it whose command line matches `serverMatch`. */
function treeRssMb(rootPid: number, serverMatch?: RegExp): { tree: number; server: number } {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${d}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // process ended meanwhile
    }
  }
  let kb = 0;
  let serverKb = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      kb += rss;
      if (serverMatch?.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '))) serverKb = rss;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { tree: kb / 1024, server: serverKb / 1024 };
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error(`not healthy within ${timeoutMs} ms`);
}

async function measure(command: string, args: string[], env: Record<string, string>, healthPath: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore', detached: true });
  await waitHealthy(`http://127.0.0.1:${port}${healthPath}`, child);
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 3000)); // let start-up garbage settle: this is idle memory
  const rss = treeRssMb(child.pid!, /maillage\.js serve|node -e/);
  process.kill(-child.pid!, 'SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { ms, rss: rss.server || rss.tree, tree: rss.tree };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function suite(label: string, fn: () => Promise<{ ms: number; rss: number; tree: number }>) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await fn());
  return { label, ms: median(results.map((r) => r.ms)), rss: median(results.map((r) => r.rss)), tree: median(results.map((r) => r.tree)), runs };
}

async function prepare(env: Record<string, string>) {
  // First start creates the database, migrates and seeds the demo; it is not what is measured.
  const r = await measure('node', ['bin/maillage.js', 'serve'], env, '/api/health');
  return r;
}

async function main() {
  if (!fs.existsSync(path.join(projectRoot, 'dist/web/index.html'))) throw new Error('Build the web app first: npm run build');
  // A stale bundle would silently send `npm start` to the TypeScript sources (decision 008): rebuild it first.
  const built = spawnSync('node', ['scripts/build-server.mjs'], { cwd: projectRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('Building the server bundle failed');
  const rows: Awaited<ReturnType<typeof suite>>[] = [];
  const baselineScript = "require('http').createServer((q,r)=>r.end('ok')).listen(process.env.PORT)";
  rows.push(await suite('baseline: bare node http server', () => measure('node', ['-e', baselineScript], {}, '/')));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-'));
  const embedded = { MAILLAGE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' };
  const first = await prepare(embedded);
  process.stdout.write(`first start on a new embedded data directory (create + migrate + seed): ${Math.round(first.ms)} ms\n`);
  rows.push(await suite('npm start, embedded (PGlite)', () => measure('npm', ['start', '--silent'], embedded, '/api/health')));
  fs.rmSync(dataDir, { recursive: true, force: true });

  const admin = new pg.Client({ connectionString: pgAdminUrl });
  const reachable = await admin.connect().then(
    () => true,
    () => false,
  );
  if (reachable) {
    const db = `maillage_bench_${process.pid}`;
    await admin.query(`CREATE DATABASE ${db}`);
    try {
      const url = new URL(pgAdminUrl);
      url.pathname = `/${db}`;
      const server = { DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' };
      await prepare(server);
      rows.push(await suite('npm start, PostgreSQL server', () => measure('npm', ['start', '--silent'], server, '/api/health')));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    process.stdout.write(`PostgreSQL not reachable at ${pgAdminUrl}: server engine skipped\n`);
  }

  process.stdout.write(`\nStartup to healthy /api/health, median of ${runs} runs (${os.cpus().length} cores)\n\n`);
  process.stdout.write('| what | time to healthy | idle RSS, server process | idle RSS, whole tree (npm included) |\n|---|---:|---:|---:|\n');
  for (const r of rows) process.stdout.write(`| ${r.label} | ${Math.round(r.ms)} ms | ${Math.round(r.rss)} MB | ${Math.round(r.tree)} MB |\n`);
}

await main();
