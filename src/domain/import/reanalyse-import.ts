import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { imports } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { getImport, importMappingSchema, summaryColumns, type ImportRecord } from './import-records';

/** States whose file may be analysed again; a committed import is history, a running one is busy. */
const reanalysable = ['analysed', 'failed'] as const;

/**
 * A new dry run of a stored import with another column mapping (and sheet), without uploading the file again: the
 * import keeps its file (at most IMPORT_MAX_BYTES). The report is replaced and the analysis job queued, together.
 */
export async function reanalyseImport(opts: {
  db: Db;
  actor: Actor;
  id: string;
  mapping: Record<string, string>;
  sheet?: string | null | undefined;
  userId: string | null;
}): Promise<ImportRecord> {
  const { db, actor, id } = opts;
  const record = await getImport({ db, actor, id });
  const mapping = importMappingSchema.parse(opts.mapping);
  const sheet = opts.sheet === undefined ? record.sheet : opts.sheet;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .update(imports)
      .set({ mapping, sheet, status: 'uploaded', processed: 0, total: 0, report: null, error: null, finishedAt: null })
      .where(and(eq(imports.id, id), inArray(imports.status, [...reanalysable])))
      .returning(summaryColumns);
    if (!row)
      throw new AppError('conflict', `The import is ${record.status}; only an analysed or failed import can be analysed again`, 'status', { status: record.status });
    await enqueueJob(t, 'import.analyse', { importId: id, userId: opts.userId }, { maxAttempts: 3 });
    await recordAudit(t, actor, 'reanalyse', 'import', id, { mapping, sheet });
    return row;
  });
}
