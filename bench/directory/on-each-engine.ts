import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';

/**
 * Runs a benchmark on a fresh, migrated embedded database and on a scratch database created on the PostgreSQL server
 * (dropped afterwards), as chosen by `--engine pglite|postgresql|both`. The server is skipped with a message when
 * it does not answer.
 */
export async function onEachEngine<T>(engines: string, prefix: string, run: (database: Database, label: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  if (engines !== 'postgresql') {
    const database = await openPglite(undefined);
    try {
      await migrate(database);
      results.push(await run(database, 'embedded (PGlite)'));
    } finally {
      await database.close();
    }
  }
  if (engines !== 'pglite') {
    const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = await openPostgres(adminUrl, 1).catch(() => undefined);
    if (!admin) {
      process.stdout.write(`PostgreSQL not reachable at ${adminUrl}: server engine skipped\n`);
      return results;
    }
    const name = `${prefix}_${process.pid}`;
    await admin.exec(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString(), 4);
    try {
      await migrate(database);
      results.push(await run(database, 'PostgreSQL server'));
    } finally {
      await database.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  }
  return results;
}
