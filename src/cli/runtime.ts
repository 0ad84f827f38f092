import path from 'node:path';
import type { Config } from '../config/env';
import { openPglite, openPostgres, type Database } from '../db/client';
import { acquireDataDirLock, type DataDirLock } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';
import type { Logger } from '../logger';

/** An open database for one process: the embedded engine under its directory lock, or a PostgreSQL pool. */
export interface Runtime {
  database: Database;
  config: Config;
  log: Logger;
  lock: DataDirLock | undefined;
  close(): Promise<void>;
}

export function pgliteDir(config: Config): string {
  return path.join(config.dataDir, 'pgdata');
}

export async function openRuntime(config: Config, log: Logger, options: { migrate?: boolean } = {}): Promise<Runtime> {
  let lock: DataDirLock | undefined;
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres(config.databaseUrl);
  } else {
    lock = acquireDataDirLock(config.dataDir);
    try {
      database = await openPglite(pgliteDir(config));
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  if (options.migrate !== false) {
    const applied = await migrate(database);
    if (applied.length) log.info({ applied }, 'migrations applied');
  }
  return {
    database,
    config,
    log,
    lock,
    async close() {
      await database.close();
      lock?.release();
    },
  };
}
