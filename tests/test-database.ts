import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config/env';
import { openPostgres, pgliteOptions, wrapPglite, type Database } from '../src/db/client';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/app';

/**
 * The database of one test file: a copy of the migrated PGlite template, or — when TEST_DATABASE_URL is set (CI's
 * PostgreSQL pass) — the shared server database. Tests build their own data with tests/factories.ts and never
 * assume the database is empty, so both engines run the same tests.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPostgres(url, 4);
  return openPgliteTestDatabase();
}

/** A fresh, migrated, empty embedded database (a copy of the run's template). */
export async function openPgliteTestDatabase(): Promise<Database> {
  const template = fs.readFileSync(inject('pgliteTemplate'));
  const client = await PGlite.create({ ...pgliteOptions, loadDataDir: new Blob([template]) });
  return wrapPglite(client);
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ MAILLAGE_DEMO: '0', LOG_LEVEL: 'silent', MAILLAGE_DATA_DIR: '/nonexistent', ...overrides });
}

export function testApp(database: Database, configOverrides: Record<string, string> = {}) {
  const config = testConfig(configOverrides);
  return createApp({ database, config, log: createLogger('silent'), webDir: '/nonexistent-web' });
}
