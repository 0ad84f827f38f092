import { sql, type SQL } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';

/**
 * Reporting queries are long SQL texts written once (the counting rules); they run through Drizzle with `$n`
 * parameters so that the same text serves the figure, its drill-down and the benchmark's raw baseline.
 */
export function runSql<T>(db: Db, text: string, params: readonly unknown[]): Promise<T[]> {
  const chunks: SQL[] = text.split(/\$(\d+)/).map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${sql.param(params[Number(part) - 1])}`));
  return queryRows<T>(db, sql.join(chunks));
}

/** A PostgreSQL uuid[] literal parameter (drivers differ on JS arrays; a text literal cast is the same on both). */
export const uuidArrayParam = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Whether the database is the embedded engine (one connection: queries sent together only queue behind each other). */
export const isEmbedded = (db: Db) => db._.session instanceof PgliteSession;
