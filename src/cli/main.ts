import { CommanderError } from 'commander';
import { loadConfig, type Config } from '../config/env';
import { DataDirLockedError, readLock } from '../db/data-dir-lock';
import { createLogger } from '../logger';
import { databaseCommands, type CliEnv } from './cli-env';
import { resolveFileArguments } from './commands/import';
import { buildProgram } from './program';
import { describeError } from './run-in-process';
import { openRuntime } from './runtime';

/**
 * On the embedded engine only one process may open the database. When a server holds it, database commands are
 * sent to that server (through its control route, keyed by the lock file) instead of failing.
 */
async function forwardToServer(config: Config, args: string[]): Promise<number | undefined> {
  if (config.databaseUrl || !databaseCommands.has(args[0] ?? '') || args.includes('--help') || args.includes('-h')) return undefined;
  const lock = readLock(config.dataDir);
  if (!lock?.port || lock.pid === process.pid) return undefined;
  const response = await fetch(`http://127.0.0.1:${lock.port}/api/internal/cli`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-maillage-control': lock.controlKey },
    body: JSON.stringify({ args: resolveFileArguments(args) }),
  });
  if (!response.ok) throw new Error(`The running server (pid ${lock.pid}) refused the command: HTTP ${response.status}`);
  const result = (await response.json()) as { exitCode: number; stdout: string; stderr: string };
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

export async function main(argv: string[]): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const log = createLogger(process.env.LOG_LEVEL ?? (argv[0] === 'serve' ? 'info' : 'warn'));
  try {
    const forwarded = await forwardToServer(config, argv);
    if (forwarded !== undefined) {
      process.exitCode = forwarded;
      return;
    }
    const env: CliEnv = {
      io: { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
      config,
      log,
      async withDatabase(fn, options) {
        const runtime = await openRuntime(config, log, options);
        try {
          return await fn(runtime.database);
        } finally {
          await runtime.close();
        }
      },
    };
    await buildProgram(env, { local: true }).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`${describeError(error)}\n`);
    process.exitCode = error instanceof DataDirLockedError ? 3 : 1;
  }
}
