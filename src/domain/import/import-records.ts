import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { imports } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { assertImportSize, formatOfFileName } from './sheet';

export const importMappingSchema = z.record(z.string().max(300), z.string().max(40)).refine((m) => Object.keys(m).length <= 500, 'Too many columns');

export type ImportRecord = Omit<typeof imports.$inferSelect, 'content'>;

export const summaryColumns = {
  id: imports.id,
  networkId: imports.networkId,
  createdBy: imports.createdBy,
  fileName: imports.fileName,
  format: imports.format,
  sheet: imports.sheet,
  mapping: imports.mapping,
  status: imports.status,
  processed: imports.processed,
  total: imports.total,
  report: imports.report,
  error: imports.error,
  createdAt: imports.createdAt,
  finishedAt: imports.finishedAt,
};

/** Stores an uploaded file for analysis; only the network's coordinators (and administrators) may import. */
export async function createImport(opts: {
  db: Db;
  actor: Actor;
  networkId: string;
  fileName: string;
  content: Buffer;
  mapping?: Record<string, string>;
  sheet?: string | null;
}): Promise<ImportRecord> {
  const { db, actor, networkId } = opts;
  assertCan(canOnNetwork(actor, 'add-organisation', networkId), 'Only the network coordinators can import organisations');
  const format = formatOfFileName(opts.fileName);
  assertImportSize(opts.content.length);
  const mapping = importMappingSchema.parse(opts.mapping ?? {});
  const fileName = opts.fileName.replace(/^.*[\\/]/, '').slice(0, 255);
  const [row] = await db
    .insert(imports)
    .values({ networkId, createdBy: actor.userId, fileName, format, content: opts.content, mapping, sheet: opts.sheet ?? null })
    .returning(summaryColumns);
  await recordAudit(db, actor, 'upload', 'import', row!.id, { fileName, networkId });
  return row!;
}

/** Same answer for "absent" and "not yours": an import of another network must not reveal that it exists. */
export async function getImport({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<ImportRecord> {
  const [row] = await db.select(summaryColumns).from(imports).where(eq(imports.id, id));
  if (!row || !canOnNetwork(actor, 'add-organisation', row.networkId)) throw notFound('Import', 'id');
  return row;
}

export async function getImportContent(db: Db, id: string) {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  if (!row) throw notFound('Import', 'id');
  return row;
}

export async function listImports({ db, actor, networkId, limit = 50 }: { db: Db; actor: Actor; networkId: string; limit?: number }) {
  assertCan(canOnNetwork(actor, 'add-organisation', networkId), 'Only the network coordinators can see its imports');
  const rows = await db
    .select({ ...summaryColumns, report: imports.report })
    .from(imports)
    .where(and(eq(imports.networkId, networkId)))
    .orderBy(desc(imports.createdAt))
    .limit(limit);
  return rows;
}

export async function updateImport(db: Db, id: string, values: Partial<typeof imports.$inferInsert>) {
  await db.update(imports).set(values).where(eq(imports.id, id));
}

/** Moves an analysed import to 'committing' once, so two clicks on "commit" start one commit. */
export async function claimImportForCommit(db: Db, importId: string): Promise<boolean> {
  const rows = await db
    .update(imports)
    .set({ status: 'committing', processed: 0 })
    .where(and(eq(imports.id, importId), eq(imports.status, 'analysed')))
    .returning({ id: imports.id });
  return rows.length > 0;
}
