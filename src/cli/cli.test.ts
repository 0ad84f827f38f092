import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../config/paths';

/** The real `maillage` command in child processes, on an embedded data directory of its own. */
const bin = path.join(projectRoot, 'bin', 'maillage.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-cli-'));
const baseEnv = { ...process.env, MAILLAGE_DATA_DIR: dataDir, MAILLAGE_DEMO: '0', MAILLAGE_WEB_BUILD: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' };

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('maillage CLI', () => {
  it('has help on every command', () => {
    const top = run(['--help']);
    expect(top.code).toBe(0);
    for (const c of ['serve', 'migrate', 'seed', 'network', 'user', 'token', 'backup', 'restore', 'schedule']) expect(top.out).toContain(c);
    // The same command from the TypeScript sources (what runs when there is no fresh bundle in dist/server).
    const fromSource = run(['--help'], { MAILLAGE_FROM_SOURCE: '1' });
    expect(fromSource.code).toBe(0);
    expect(fromSource.out).toBe(top.out);
    const sub = run(['network', 'create', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.out).toContain('--slug');
  });

  it('says clearly what is wrong, with a non-zero exit', () => {
    const unknown = run(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/unknown command/i);
    const missing = run(['network', 'create', '--slug', 'x-y']);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('--name');
    const badEnv = run(['network', 'list'], { PORT: 'abc' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.err).toContain('PORT');
  });

  it('creates networks, users and tokens on the embedded database', () => {
    expect(run(['migrate']).code).toBe(0);
    const created = run(['network', 'create', '--slug', 'resilian', '--name', 'Résilian']);
    expect(created.code, created.err).toBe(0);
    const dup = run(['network', 'create', '--slug', 'resilian', '--name', 'Again']);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already exists');
    const badSlug = run(['network', 'create', '--slug', 'Not OK', '--name', 'x']);
    expect(badSlug.code).toBe(1);
    expect(badSlug.err).toContain('slug');
    const list = run(['network', 'list']);
    expect(list.out).toContain('Résilian');
    const weak = run(['user', 'create', '--email', 'ops@example.test', '--password', 'short']);
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('field: password');
    expect(run(['user', 'create', '--email', 'ops@example.test', '--password', 'long enough pw', '--admin']).code).toBe(0);
    const token = run(['token', 'create', '--email', 'ops@example.test']);
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^mlg_[\w-]{20,}$/);
    expect(run(['token', 'create', '--email', 'nobody@example.test']).code).toBe(1);
  });

  it('goes through the running server, and a second server on the same directory exits with a clear message', async () => {
    const server = spawn(process.execPath, [bin, 'serve', '--services', 'web,worker'], { env: { ...baseEnv, PORT: '0', HOST: '127.0.0.1' } });
    let output = '';
    server.stdout.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
        const check = () => {
          const m = /Open (http:\/\/localhost:\d+)/.exec(output);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          } else setTimeout(check, 100);
        };
        check();
      });
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });

      // Commands keep working while the server holds the embedded database.
      const created = run(['network', 'create', '--slug', 'food-club', '--name', 'Food Club']);
      expect(created.code, created.err).toBe(0);
      const networks = (await (await fetch(`${url}/api/networks`)).json()) as { slug: string }[];
      expect(networks.map((n) => n.slug)).toContain('food-club');
      const failing = run(['network', 'create', '--slug', 'food-club', '--name', 'Twice']);
      expect(failing.code).toBe(1);
      expect(failing.err).toContain('already exists');

      const second = run(['serve'], { PORT: '0' });
      expect(second.code).toBe(3);
      expect(second.err).toMatch(/already in use by process \d+/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    expect(fs.existsSync(path.join(dataDir, 'maillage.lock'))).toBe(false);
  });
});
