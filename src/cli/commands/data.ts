import path from 'node:path';
import type { Command } from 'commander';
import { restoreBackup, writeBackup } from '../../db/backup';
import { migrate } from '../../db/migrate';
import { AppError } from '../../domain/errors';
import type { CliEnv } from '../cli-env';

export function registerDataCommands(program: Command, env: CliEnv) {
  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const applied = await env.withDatabase((d) => migrate(d), { migrate: false });
      env.io.out(applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date.\n');
    });

  program
    .command('seed')
    .description('Load data into the database')
    .argument('<what>', 'what to load: demo')
    .action(async (what: string) => {
      if (what !== 'demo') throw new AppError('validation', `Unknown seed "${what}"; the only one is "demo"`, 'what');
      // Loaded on demand: the demo data is only needed by this command and by the first start.
      const { seedDemo } = await import('../../domain/demo/seed-demo');
      const summary = await env.withDatabase((d) => seedDemo({ db: d.db }));
      env.io.out(
        summary.alreadySeeded
          ? 'The demo territory is already there.\n'
          : `Seeded the demo territory: ${summary.networks} networks, ${summary.organisations} organisations, ${summary.users} users.\n`,
      );
    });

  program
    .command('backup')
    .description('Write the whole database to one portable file (gzipped JSON lines)')
    .argument('<file>', 'where to write the backup')
    .action(async (file: string) => {
      const target = path.resolve(file);
      const r = await env.withDatabase((d) => writeBackup(d, target));
      env.io.out(`Backed up ${r.rows} rows from ${r.tables} tables to ${target}\n`);
    });

  program
    .command('restore')
    .description('Load a backup into an empty database (embedded or PostgreSQL)')
    .argument('<file>', 'the backup file')
    .action(async (file: string) => {
      const source = path.resolve(file);
      const r = await env.withDatabase((d) => restoreBackup(d, source));
      env.io.out(`Restored ${r.rows} rows into ${r.tables} tables from ${source}\n`);
    });
}
