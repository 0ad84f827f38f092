import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { AppError } from '../domain/errors';
import type { Database, Executor } from './client';
import { listMigrations, migrate } from './migrate';

/**
 * A portable backup: gzipped JSON lines, one header then one line per batch of a table's rows. Rows travel as
 * JSON produced by PostgreSQL itself (`row_to_json`) and come back through `json_populate_recordset`, so every
 * type round-trips the same way on PGlite and on a PostgreSQL server.
 */
export const BACKUP_FORMAT = 'maillage-backup';
const BATCH = 2000;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  engine: string;
  migrations: string[];
  tables: string[];
}

/** Application tables in an order where every foreign key points to an earlier table. */
export async function tablesInDependencyOrder(database: Executor): Promise<string[]> {
  const tables = (
    await database.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name`,
    )
  ).map((r) => r.name);
  const deps = await database.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent, path);
    seen.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function primaryKeyOrder(database: Executor, table: string): Promise<string> {
  const cols = await database.query<{ col: string }>(
    `SELECT a.attname AS col FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [table],
  );
  return cols.length ? cols.map((c) => quoteIdent(c.col)).join(', ') : '1';
}

export async function writeBackup(database: Database, file: string): Promise<{ tables: number; rows: number }> {
  const tables = await tablesInDependencyOrder(database);
  const migrations = (await database.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name);
  const tmp = `${file}.partial`;
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(tmp);
  gzip.pipe(out);
  const write = (obj: unknown) =>
    new Promise<void>((resolve) => (gzip.write(JSON.stringify(obj) + '\n') ? resolve() : gzip.once('drain', () => resolve())));
  const header: Header = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), engine: database.engine, migrations, tables };
  await write(header);
  let total = 0;
  // One snapshot for every table, so that a backup taken while the platform runs is consistent.
  await database.transaction(async (tx) => {
    for (const table of tables) {
      const order = await primaryKeyOrder(tx, table);
      for (let offset = 0; ; offset += BATCH) {
        const rows = await tx.query<{ r: unknown }>(
          `SELECT row_to_json(t) AS r FROM ${quoteIdent(table)} t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`,
        );
        if (!rows.length) break;
        await write({ table, rows: rows.map((x) => x.r) });
        total += rows.length;
        if (rows.length < BATCH) break;
      }
    }
  }, 'repeatable read');
  await new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
    gzip.end();
  });
  // Written under another name first: an interrupted backup never leaves a truncated file that looks whole.
  fs.renameSync(tmp, file);
  return { tables: tables.length, rows: total };
}

async function assertEmpty(database: Executor, tables: string[]) {
  for (const t of tables) {
    const [row] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(t)}`);
    if ((row?.n ?? 0) > 0)
      throw new AppError('conflict', `The target database is not empty (table ${t} has rows); restore needs an empty database`);
  }
}

/** Loads a backup into an empty database of either engine, all or nothing. */
export async function restoreBackup(database: Database, file: string): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw new AppError('not_found', `No backup file at ${file}`, 'file');
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  try {
    const first = await lines.next();
    const header = (first.done ? undefined : JSON.parse(first.value)) as Header | undefined;
    if (!header) throw new AppError('validation', 'The backup file is empty', 'file');
    if (header.format !== BACKUP_FORMAT) throw new AppError('validation', 'This file is not a Maillage backup', 'file');
    const known = new Set(listMigrations().map((m) => m.name));
    const unknown = header.migrations.filter((m) => !known.has(m));
    if (unknown.length)
      throw new AppError('validation', `The backup comes from a newer version (migrations ${unknown.join(', ')}); upgrade first`, 'file');
    await migrate(database);
    return await database.transaction(async (tx) => {
      await assertEmpty(tx, await tablesInDependencyOrder(tx));
      let total = 0;
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        if (!next.value) continue;
        const batch = JSON.parse(next.value) as { table: string; rows: unknown[] };
        if (!header.tables.includes(batch.table)) throw new AppError('validation', `Unknown table ${batch.table} in the backup`, 'file');
        const t = quoteIdent(batch.table);
        await tx.query(`INSERT INTO ${t} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${t}, $1::json)`, [
          JSON.stringify(batch.rows),
        ]);
        total += batch.rows.length;
      }
      await resetIdentitySequences(tx, header.tables);
      return { tables: header.tables.length, rows: total };
    });
  } catch (error) {
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR')
      throw new AppError('validation', `The backup file is damaged: ${(error as Error).message}`, 'file');
    throw error;
  } finally {
    input.destroy();
  }
}

async function resetIdentitySequences(database: Executor, tables: string[]) {
  const identities = await database.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  for (const { table_name, column_name } of identities) {
    if (!tables.includes(table_name)) continue;
    const t = quoteIdent(table_name);
    const c = quoteIdent(column_name);
    await database.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${c}) FROM ${t}), 0) + 1, false)`,
      [table_name, column_name],
    );
  }
}
