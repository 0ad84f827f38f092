import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import type { ImportPlan, PlannedRow } from './analyse-import';
import { byColumnName, columnName, newOrganisationFields } from './organisation-columns';

/**
 * Rows per statement. Each batch travels as one JSON parameter (a bound parameter per value costs more than the
 * insert on the embedded engine) and is written by one set-based statement; 1,000 rows keep that parameter under
 * a megabyte.
 */
const BATCH = 1000;

export interface ApplyResult {
  created: number;
  updated: number;
  joined: number;
}

function auditData(r: PlannedRow, importId: string | null): Record<string, unknown> {
  return { via: 'import', importId, row: r.row, ...(r.changes ? { fields: Object.keys(r.changes) } : {}), ...(r.outcome === 'merge' ? { merged: true } : {}) };
}

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

const none: never[] = [];

/**
 * What the writes need of a planned row, in one shape for every row: a commit keeps the rows of the whole file until
 * the end of the analysis, and the report (its reasons and codes) is already built by then.
 */
export function forWriting(r: PlannedRow): PlannedRow {
  return {
    row: r.row,
    outcome: r.outcome,
    name: r.name,
    organisationId: r.organisationId,
    record: r.record,
    patch: r.patch,
    changes: r.changes,
    categoryIds: r.categoryIds.length ? r.categoryIds : none,
    joinsNetwork: r.joinsNetwork,
    reasons: none,
    codes: none,
  };
}

export interface WriteContext {
  db: Db;
  actor: Actor;
  networkId: string;
  importId: string | null;
}

/** New organisations, their membership of the network and their audit rows: one statement per batch. */
async function writeCreates(ctx: WriteContext, rows: PlannedRow[]) {
  const names = newOrganisationFields.map(columnName).join(', ');
  const records = `[${rows.map((r) => `{"o":${r.record!},"r":${r.row}}`).join(',')}]`;
  // The audit row says what auditData says of a created organisation: { via, importId, row }.
  await ctx.db.execute(sql`
    WITH input AS (SELECT o.*, r.r AS import_row
                   FROM jsonb_to_recordset(${records}::jsonb) AS r(o jsonb, r int), jsonb_populate_record(NULL::organisations, r.o) AS o),
    created AS (INSERT INTO organisations (${sql.raw(names)}) SELECT ${sql.raw(names)} FROM input RETURNING id),
    joined AS (INSERT INTO network_organisations (network_id, organisation_id) SELECT ${ctx.networkId}::uuid, id FROM created)
    INSERT INTO audit_log (actor_user_id, action, entity, entity_id, data)
    SELECT ${ctx.actor.userId}::uuid, 'create', 'organisation', id::text, jsonb_build_object('via', 'import', 'importId', ${ctx.importId}::text, 'row', import_row)
    FROM input`);
}

/**
 * Patches of existing organisations: each row keeps its current values except the patched fields (read from the row
 * being updated, so a concurrent edit of another field is kept).
 */
async function writeUpdates(ctx: WriteContext, rows: PlannedRow[]) {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r.patch!)))].filter((k) => k !== 'updatedAt');
  const names = fields.map(columnName).join(', ');
  const fromPatch = fields.map((f) => `p.${columnName(f)}`).join(', ');
  const records = rows.map((r) => ({ id: r.organisationId, patch: byColumnName(r.patch!) }));
  const done = await queryRows<{ id: string }>(
    ctx.db,
    sql`UPDATE organisations o SET (${sql.raw(names)}, updated_at) = (SELECT ${sql.raw(fromPatch)}, now() FROM jsonb_populate_record(o, i.patch) p)
        FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS i(id uuid, patch jsonb)
        WHERE o.id = i.id
        RETURNING o.id`,
  );
  if (done.length === rows.length) return;
  // The organisation was deleted since the analysis: stop rather than write half the file.
  const found = new Set(done.map((d) => d.id));
  const gone = rows.find((r) => !found.has(r.organisationId!))!;
  throw new AppError('conflict', `row ${gone.row}: "${gone.name}" was deleted meanwhile; analyse the file again`, 'file');
}

async function writeCategories(db: Db, rows: PlannedRow[]) {
  const categories = rows.flatMap((r) => (r.organisationId ? r.categoryIds.map((c) => [r.organisationId!, c]) : []));
  await inBatches(categories, (batch) =>
    db.execute(sql`INSERT INTO organisation_categories (organisation_id, category_id)
                   SELECT (c->>0)::uuid, (c->>1)::uuid FROM jsonb_array_elements(${JSON.stringify(batch)}::jsonb) AS j(c)
                   ON CONFLICT DO NOTHING`),
  );
}

/** The planned rows' new organisations with their network membership, categories and audit rows. */
async function writeNewOrganisations(ctx: WriteContext, rows: PlannedRow[]): Promise<number> {
  const creates = rows.filter((r) => r.outcome === 'create' && r.record);
  await inBatches(creates, (batch) => writeCreates(ctx, batch));
  await writeCategories(ctx.db, creates);
  return creates.length;
}

/**
 * Writes an analysed plan: creates, updates, network membership, categories and one audit row per organisation.
 * Call it inside the import's transaction; it refuses a plan that still has rejected rows.
 */
export async function applyImportPlan(opts: WriteContext & { plan: ImportPlan }): Promise<ApplyResult> {
  const { db, actor, networkId, importId, plan } = opts;
  if (plan.report.counts.reject > 0)
    throw new AppError('validation', `${plan.report.counts.reject} rows are rejected; nothing was written`, 'file');
  const ctx: WriteContext = { db, actor, networkId, importId };
  const created = await writeNewOrganisations(ctx, plan.rows);
  const updates = plan.rows.filter((r) => r.outcome !== 'create' && r.patch && r.organisationId);
  await inBatches(updates, (batch) => writeUpdates(ctx, batch));

  const existing = plan.rows.filter((r) => r.outcome !== 'create' && r.organisationId);
  const joining = existing.filter((r) => r.joinsNetwork).map((r) => r.organisationId!);
  await inBatches(joining, (batch) =>
    db.execute(sql`INSERT INTO network_organisations (network_id, organisation_id)
                   SELECT ${networkId}::uuid, id::uuid FROM jsonb_array_elements_text(${JSON.stringify(batch)}::jsonb) AS j(id)
                   ON CONFLICT DO NOTHING`),
  );
  await writeCategories(db, existing);
  const audited = existing.filter((r) => r.outcome === 'update' || r.outcome === 'merge');
  await inBatches(audited, (batch) =>
    db.execute(sql`INSERT INTO audit_log (actor_user_id, action, entity, entity_id, data)
                   SELECT ${actor.userId}::uuid, 'update', 'organisation', a.id, a.data
                   FROM jsonb_to_recordset(${JSON.stringify(batch.map((r) => ({ id: r.organisationId, data: auditData(r, importId) })))}::jsonb) AS a(id text, data jsonb)`),
  );
  const { counts } = plan.report;
  await recordAudit(db, actor, 'import', 'network', networkId, { importId, file: plan.report.fileName, ...counts });
  return { created, updated: updates.length, joined: created + joining.length };
}

/**
 * Serialises the commits of one network's imports: the same file committed twice at once would otherwise create its
 * firms twice. Imports of different networks run side by side; a firm both create meets the unique identifier
 * indexes, which fail the later commit as a whole, and its retry finds the firm.
 */
export async function lockImports(db: Db, networkId: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(72610302, hashtext(${networkId}))`);
}
