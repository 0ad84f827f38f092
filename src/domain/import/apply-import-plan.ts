import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, networkOrganisations, organisationCategories, organisations } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import type { ImportPlan } from './analyse-import';

const BATCH = 500;

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

export interface ApplyResult {
  created: number;
  updated: number;
  joined: number;
}

/**
 * Writes an analysed plan: creates, updates, network membership, categories and one audit row per organisation.
 * Call it inside the import's transaction; it refuses a plan that still has rejected rows.
 */
export async function applyImportPlan(opts: { db: Db; actor: Actor; networkId: string; importId: string | null; plan: ImportPlan }): Promise<ApplyResult> {
  const { db, actor, networkId, importId, plan } = opts;
  if (plan.report.counts.reject > 0)
    throw new AppError('validation', `${plan.report.counts.reject} rows are rejected; nothing was written`, 'file');
  const creates = plan.rows.flatMap((r) => (r.outcome === 'create' && r.insert ? [r.insert] : []));
  await inBatches(creates, (batch) => db.insert(organisations).values(batch));
  let updated = 0;
  for (const r of plan.rows) {
    if (!r.patch || !r.organisationId) continue;
    const done = await db
      .update(organisations)
      .set({ ...r.patch, updatedAt: new Date() })
      .where(eq(organisations.id, r.organisationId))
      .returning({ id: organisations.id });
    // The organisation was deleted since the analysis: stop rather than write half the file.
    if (!done.length) throw new AppError('conflict', `row ${r.row}: "${r.name}" was deleted meanwhile; analyse the file again`, 'file');
    updated++;
  }
  const joining = plan.rows.filter((r) => r.joinsNetwork && r.organisationId).map((r) => ({ networkId, organisationId: r.organisationId! }));
  await inBatches(joining, (batch) => db.insert(networkOrganisations).values(batch).onConflictDoNothing());
  const categories = plan.rows.flatMap((r) => (r.organisationId ? r.categoryIds.map((categoryId) => ({ organisationId: r.organisationId!, categoryId })) : []));
  await inBatches(categories, (batch) => db.insert(organisationCategories).values(batch).onConflictDoNothing());
  const audits = plan.rows
    .filter((r) => r.outcome !== 'unchanged' && r.outcome !== 'reject' && r.organisationId)
    .map((r) => ({
      actorUserId: actor.userId,
      action: r.outcome === 'create' ? 'create' : 'update',
      entity: 'organisation',
      entityId: r.organisationId!,
      data: { via: 'import', importId, row: r.row, ...(r.changes ? { fields: Object.keys(r.changes) } : {}), ...(r.outcome === 'merge' ? { merged: true } : {}) },
    }));
  await inBatches(audits, (batch) => db.insert(auditLog).values(batch));
  const { counts } = plan.report;
  await recordAudit(db, actor, 'import', 'network', networkId, { importId, file: plan.report.fileName, ...counts });
  return { created: creates.length, updated, joined: joining.length };
}

/**
 * Serialises the commits of one network's imports: the same file committed twice at once would otherwise create its
 * firms twice. Imports of different networks run side by side; a firm both create meets the unique identifier
 * indexes, which fail the later commit as a whole, and its retry finds the firm.
 */
export async function lockImports(db: Db, networkId: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(72610302, hashtext(${networkId}))`);
}
