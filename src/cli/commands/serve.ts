import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors';
import { defaultWebDir, projectRoot } from '../../config/paths';
import type { Service } from '../../server/start';
import type { CliEnv } from '../cli-env';

/**
 * `npm start` must work on a fresh clone: build the web app and the server bundle once when the web app is missing
 * (the bundle serves the next starts; bin/maillage.js only runs it while it is newer than the sources).
 */
function ensureBuilt(env: CliEnv) {
  // MAILLAGE_WEB_BUILD=0 skips it (API-only deployments, tests); the server then answers 503 for pages.
  if (process.env.MAILLAGE_WEB_BUILD === '0' || fs.existsSync(path.join(defaultWebDir, 'index.html'))) return;
  env.io.out('Building the web app (first start only)…\n');
  const steps = [
    [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    [path.join(projectRoot, 'scripts', 'build-server.mjs')],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('Building the app failed; run `npm run build` to see why');
  }
}

export function registerServeCommand(program: Command, env: CliEnv) {
  program
    .command('serve')
    .description('Run the platform: web server and job worker (both by default)')
    .option('--services <list>', 'comma-separated: web, worker', 'web,worker')
    .action(async (o: { services: string }) => {
      const services = o.services.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = services.filter((s) => s !== 'web' && s !== 'worker');
      if (unknown.length || !services.length)
        throw new AppError('validation', `Unknown service "${unknown.join(',') || o.services}"; use web, worker or web,worker`, 'services');
      if (services.includes('web')) ensureBuilt(env);
      const started = Date.now();
      const { startPlatform } = await import('../../server/start');
      const platform = await startPlatform({ services: services as Service[] });
      const engine = platform.runtime.database.engine === 'pglite' ? `embedded database in ${env.config.dataDir}` : 'PostgreSQL server';
      env.io.out(`\nMaillage is running (${services.join(' + ')}) on the ${engine}, ready in ${Date.now() - started} ms.\n`);
      if (platform.url) env.io.out(`Open ${platform.url}  ·  API docs ${platform.url}/api/docs\n`);
      if (platform.demo) {
        env.io.out(`\nDemo territory: ${platform.demo.networks} networks, ${platform.demo.organisations} organisations. Demo logins:\n`);
        for (const l of platform.demo.logins) env.io.out(`  ${l.email.padEnd(42)} ${l.password}   ${l.description}\n`);
      }
      if (!env.config.smtpUrl) env.io.out('\nNo SMTP_URL set: e-mails wait in the outbox (Admin › Outbox).\n');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      env.io.out('Stopping…\n');
      await platform.close();
    });
}
