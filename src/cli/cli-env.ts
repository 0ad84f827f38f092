import type { Config } from '../config/env';
import type { Database } from '../db/client';
import type { Logger } from '../logger';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** What a command gets: where to write, and a database opened for it (by the CLI process or the running server). */
export interface CliEnv {
  io: CliIO;
  config: Config;
  log: Logger;
  /** `migrate: false` opens without applying migrations first (the `migrate` command reports them itself). */
  withDatabase<T>(fn: (database: Database) => Promise<T>, options?: { migrate?: boolean }): Promise<T>;
}

/** Commands that need the database; on the embedded engine they go through a running server when there is one. */
export const databaseCommands = new Set(['migrate', 'seed', 'network', 'user', 'token', 'backup', 'restore', 'import', 'geo']);
