import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/paths';
import type { Database } from './client';

// From the project root, so the same path holds when the server runs from its bundle in dist/server.
const migrationsDir = path.join(projectRoot, 'src', 'db', 'migrations');

export function listMigrations(): { name: string; sql: string }[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(migrationsDir, name), 'utf8') }));
}

// Arbitrary constant: serialises migrations when several app processes start against one server.
const MIGRATION_LOCK = 72_610_301;

/** Applies pending SQL migrations in order, each in its own transaction. Returns the names applied. */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  if (database.engine === 'postgresql') await database.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const done = new Set((await database.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const m of listMigrations()) {
      if (done.has(m.name)) continue;
      const escaped = m.name.replace(/'/g, "''");
      await database.exec(`BEGIN;\n${m.sql}\nINSERT INTO schema_migrations (name) VALUES ('${escaped}');\nCOMMIT;`);
      applied.push(m.name);
    }
    return applied;
  } catch (error) {
    await database.exec('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    if (database.engine === 'postgresql') await database.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
