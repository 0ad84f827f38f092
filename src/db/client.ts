import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Engine = 'pglite' | 'postgresql';
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** One open database, whichever engine: the Drizzle query layer plus raw SQL for migrations and backups. */
export interface Database {
  engine: Engine;
  db: Db;
  /** Runs one or more statements without parameters (migrations, restore). */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` on one connection inside a transaction; other work waits on PGlite and is isolated on a server. */
  transaction<T>(fn: (tx: Executor) => Promise<T>, isolation?: 'read committed' | 'repeatable read' | 'serializable'): Promise<T>;
  close(): Promise<void>;
}

/** Raw SQL on one connection (inside `Database.transaction`). */
export type Executor = Pick<Database, 'exec' | 'query'>;

export const pgliteExtensions = { pg_trgm, unaccent, btree_gist };

/**
 * PGlite's default 128 MB of shared buffers is sized for a server; one agency's data fits in far less, and the
 * difference is ~100 MB of resident memory (bench/startup).
 */
export const pgliteOptions = { extensions: pgliteExtensions, postgresqlconf: ['shared_buffers=32MB', 'wal_buffers=1MB'] };

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir ?? 'memory://', pgliteOptions);
  return wrapPglite(client);
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    engine: 'pglite',
    db,
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    transaction: (fn, isolation) =>
      client.transaction(async (tx) => {
        if (isolation) await tx.exec(`SET TRANSACTION ISOLATION LEVEL ${isolation.toUpperCase()}`);
        return fn({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
        });
      }),
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // Loaded only when a server is configured: the embedded default starts faster without them.
  const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  await pool.query('SELECT 1');
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    engine: 'postgresql',
    db,
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    transaction: async (fn, isolation) => {
      const conn = await pool.connect();
      try {
        await conn.query(`BEGIN${isolation ? ` ISOLATION LEVEL ${isolation.toUpperCase()}` : ''}`);
        const result = await fn({
          exec: async (sql) => {
            await conn.query(sql);
          },
          query: async <R>(sql: string, params: unknown[] = []) => (await conn.query(sql, params)).rows as R[],
        });
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}
