import type { Db } from '../../db/client';
import { AppError } from '../errors';
import { tidySearchIndexes } from '../organisations/tidy-search-indexes';
import { loadActor, type Actor } from '../policy/actor';
import { analyseImport, type ImportPlan, type PlannedRow } from './analyse-import';
import { applyImportPlan, forWriting, lockImports, type ApplyResult } from './apply-import-plan';
import { getImportContent, updateImport } from './import-records';
import { readSpreadsheet } from './read-spreadsheet';

// The CLI is run by whoever operates the server: its imports act with administrator rights.
export const operatorActor: Actor = { userId: null, isAdmin: true, roles: new Map(), organisationIds: new Set() };

type Progress = (processed: number, total: number) => void | Promise<void>;

export interface RunOptions {
  db: Db;
  importId: string;
  /** The importer; null for the command line (operator). */
  userId: string | null;
  /** Called after each chunk of rows, e.g. to print progress. */
  onProgress?: Progress;
  /**
   * Write commit progress to the imports row while the commit transaction runs. Only possible with a connection
   * pool (PostgreSQL): the embedded engine has one connection, held by the transaction.
   */
  liveCommitProgress?: boolean;
}

async function load(db: Db, importId: string, userId: string | null) {
  const { content, report: _report, ...record } = await getImportContent(db, importId);
  const actor = userId ? await loadActor(db, userId) : operatorActor;
  // Only the parsed rows are kept, not the file's bytes.
  const sheet = await readSpreadsheet(content, record.format, { sheet: record.sheet });
  return { record, actor, sheet };
}

async function fail(db: Db, importId: string, error: unknown): Promise<never> {
  const message = error instanceof AppError ? `${error.message}${error.field ? ` (${error.field})` : ''}` : null;
  if (message !== null) await updateImport(db, importId, { status: 'failed', error: message, finishedAt: new Date() });
  throw error;
}

/** The dry run of a stored import: report and progress saved on the imports row. */
export async function runImportAnalysis(opts: RunOptions): Promise<ImportPlan> {
  const { db, importId } = opts;
  try {
    await updateImport(db, importId, { status: 'analysing', processed: 0, error: null, finishedAt: null });
    const { record, actor, sheet } = await load(db, importId, opts.userId);
    await updateImport(db, importId, { total: sheet.rows.length });
    const plan = await analyseImport({
      db,
      actor,
      networkId: record.networkId,
      sheet,
      fileName: record.fileName,
      format: record.format,
      mapping: record.mapping,
      onProgress: async (processed, total) => {
        await updateImport(db, importId, { processed, total });
        await opts.onProgress?.(processed, total);
      },
      // The report is all a dry run keeps.
      onChunk: async () => [],
    });
    await updateImport(db, importId, { status: 'analysed', report: plan.report, processed: sheet.rows.length, finishedAt: new Date() });
    return plan;
  } catch (error) {
    return fail(db, importId, error);
  }
}

/**
 * All or nothing: analyses the file again inside one transaction (the database may have changed since the dry
 * run) and writes everything, or nothing at all when a row is rejected.
 *
 * Every row is matched against the database as it was before the import, so the writes wait for the end of the
 * analysis; the plan keeps only the rows that change something, new organisations in their compact JSON form.
 */
export async function runImportCommit(opts: RunOptions): Promise<{ plan: ImportPlan; applied?: ApplyResult }> {
  const { db, importId } = opts;
  try {
    await updateImport(db, importId, { status: 'committing', processed: 0, error: null, finishedAt: null });
    const { record, actor, sheet } = await load(db, importId, opts.userId);
    const total = sheet.rows.length;
    await updateImport(db, importId, { total });
    const result = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await lockImports(t, record.networkId);
      let anyRejected = false;
      const plan = await analyseImport({
        db: t,
        actor,
        networkId: record.networkId,
        sheet,
        fileName: record.fileName,
        format: record.format,
        mapping: record.mapping,
        onProgress: async (processed, total) => {
          if (opts.liveCommitProgress) await updateImport(db, importId, { processed, total });
          await opts.onProgress?.(processed, total);
        },
        onChunk: async (rows: PlannedRow[]) => {
          // Once a row is rejected nothing will be written: the rest of the file is analysed for the report only.
          anyRejected ||= rows.some((r) => r.outcome === 'reject');
          return anyRejected ? [] : rows.filter((r) => r.outcome !== 'unchanged').map(forWriting);
        },
      });
      // The plan holds all the writes need: let the parsed rows go (tens of MB at 100,000 rows).
      sheet.rows = [];
      if (plan.report.counts.reject > 0) return { plan };
      const applied = await applyImportPlan({ db: t, actor, networkId: record.networkId, importId, plan });
      plan.report.committed = true;
      return { plan, applied };
    });
    const rejected = result.plan.report.counts.reject;
    await updateImport(db, importId, {
      status: rejected ? 'failed' : 'committed',
      error: rejected ? `${rejected} rows are rejected: nothing was written. Fix them and upload the file again.` : null,
      report: result.plan.report,
      processed: total,
      finishedAt: new Date(),
    });
    // The search's indexes and statistics after the bulk write: the embedded engine has no autovacuum to do it. An
    // optimisation only: the import is committed whatever happens here.
    if (result.applied) await tidySearchIndexes(db).catch(() => undefined);
    return result;
  } catch (error) {
    return fail(db, importId, error);
  }
}

/** The body of the `import.analyse` and `import.commit` jobs: a bad file is a result, not a reason to retry. */
export async function runImportJob(step: 'analyse' | 'commit', opts: RunOptions) {
  try {
    const { plan } = step === 'analyse' ? { plan: await runImportAnalysis(opts) } : await runImportCommit(opts);
    return { status: plan.report.committed ? 'committed' : step === 'analyse' ? 'analysed' : 'failed', counts: plan.report.counts };
  } catch (error) {
    if (error instanceof AppError) return { status: 'failed', error: error.message };
    throw error;
  }
}

export async function markImportFailed(db: Db, importId: string, error: string) {
  await updateImport(db, importId, { status: 'failed', error, finishedAt: new Date() });
}
