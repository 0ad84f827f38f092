import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networkCategories, networkOrganisations, organisationCategories, organisations, recordShares } from '../../db/schema';
import { uniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork, canOnRecord, type Guarded } from '../policy/policy';
import {
  identifierIndexField,
  organisationInputSchema,
  organisationPatchSchema,
  type OrganisationInput,
  type OrganisationPatch,
} from './organisation-schema';

async function guardOf(db: Db, org: typeof organisations.$inferSelect): Promise<Guarded> {
  const nets = await db.select({ id: networkOrganisations.networkId }).from(networkOrganisations).where(eq(networkOrganisations.organisationId, org.id));
  const shares = await db
    .select({ id: recordShares.organisationId })
    .from(recordShares)
    .where(and(eq(recordShares.recordType, 'organisation'), eq(recordShares.recordId, org.id)));
  // A public profile needs the organisation's consent; without it, it is shown to network members only.
  const visibility = org.visibility === 'public' && !org.publicConsent ? 'network' : org.visibility;
  return { networkIds: nets.map((n) => n.id), ownerOrganisationId: org.id, visibility, sharedWith: shares.map((s) => s.id) };
}

/** Turns a broken unique identifier index into a conflict naming the field. */
function asConflict(error: unknown): never {
  const constraint = uniqueViolation(error);
  const field = constraint === undefined ? undefined : identifierIndexField[constraint];
  if (field) throw new AppError('conflict', 'Another organisation already has this identifier', field);
  throw error;
}

/** Categories must belong to one of the organisation's networks: ecosystems are defined per network. */
async function setCategories(db: Db, organisationId: string, networkIds: string[], categoryIds: string[]) {
  if (categoryIds.length) {
    const found = await db
      .select({ id: networkCategories.id })
      .from(networkCategories)
      .where(and(inArray(networkCategories.id, categoryIds), inArray(networkCategories.networkId, networkIds)));
    const known = new Set(found.map((c) => c.id));
    const index = categoryIds.findIndex((c) => !known.has(c));
    if (index >= 0) throw new AppError('validation', 'This ecosystem or axis does not belong to the organisation\'s networks', `categories.${index}`);
  }
  await db.delete(organisationCategories).where(eq(organisationCategories.organisationId, organisationId));
  if (categoryIds.length) await db.insert(organisationCategories).values([...new Set(categoryIds)].map((categoryId) => ({ organisationId, categoryId })));
}

async function setShares(db: Db, organisationId: string, list: string[]) {
  const sharedWith = [...new Set(list)];
  if (sharedWith.length) {
    // An unknown id would break the foreign key: a 400 naming the entry instead of a 500.
    const found = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, sharedWith));
    const known = new Set(found.map((o) => o.id));
    const index = list.findIndex((o) => !known.has(o));
    if (index >= 0) throw new AppError('validation', 'No organisation has this id', `sharedWith.${index}`);
  }
  await db.delete(recordShares).where(and(eq(recordShares.recordType, 'organisation'), eq(recordShares.recordId, organisationId)));
  if (sharedWith.length)
    await db.insert(recordShares).values(sharedWith.map((o) => ({ recordType: 'organisation', recordId: organisationId, organisationId: o })));
}

export async function createOrganisation(opts: { db: Db; actor: Actor; networkId: string; input: OrganisationInput }) {
  const { db, actor, networkId } = opts;
  assertCan(canOnNetwork(actor, 'add-organisation', networkId), 'Only the network coordinators can add organisations');
  const input = organisationInputSchema.parse(opts.input);
  return db
    .transaction(async (tx) => {
      const t = tx as unknown as Db;
      const { sharedWith, categories, ...values } = input;
      const [row] = await t.insert(organisations).values(values).returning();
      await t.insert(networkOrganisations).values({ networkId, organisationId: row!.id });
      if (sharedWith?.length) await setShares(t, row!.id, sharedWith);
      if (categories?.length) await setCategories(t, row!.id, [networkId], categories);
      await recordAudit(t, actor, 'create', 'organisation', row!.id, { name: row!.name });
      return row!;
    })
    .catch(asConflict);
}

export async function getOrganisation({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  // Same answer for "absent" and "hidden": a confidential record must not reveal that it exists.
  if (!org || !canOnRecord(actor, 'read', await guardOf(db, org))) throw notFound('Organisation', 'id');
  return org;
}

/**
 * The profile page's data: the organisation, whether the actor may edit it, its ecosystems and axes, and — for those
 * who may edit it only — the organisations it is shared with.
 */
export async function getOrganisationProfile({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const organisation = await getOrganisation({ db, actor, id });
  const guard = await guardOf(db, organisation);
  const canEdit = canOnRecord(actor, 'update', guard);
  const categories = await db
    .select({ id: networkCategories.id, networkId: networkCategories.networkId, kind: networkCategories.kind, slug: networkCategories.slug, name: networkCategories.name })
    .from(organisationCategories)
    .innerJoin(networkCategories, eq(networkCategories.id, organisationCategories.categoryId))
    .where(eq(organisationCategories.organisationId, id));
  return { organisation, canEdit, categories, sharedWith: canEdit ? guard.sharedWith : [] };
}

/** Whether the actor may edit the organisation (and so see its change history). */
export async function canEditOrganisation({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const org = await getOrganisation({ db, actor, id });
  return canOnRecord(actor, 'update', await guardOf(db, org));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function updateOrganisation(opts: { db: Db; actor: Actor; id: string; input: OrganisationPatch }) {
  const { db, actor, id } = opts;
  const org = await getOrganisation({ db, actor, id });
  const guard = await guardOf(db, org);
  assertCan(canOnRecord(actor, 'update', guard), 'Only its representatives and coordinators can edit this organisation');
  const input = organisationPatchSchema.parse(opts.input);
  const { sharedWith, categories, ...values } = input;
  // The history keeps what each field was and became, so "who changed what" can be answered later.
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(values)) {
    const from = org[field as keyof typeof org];
    if (!same(from, to)) changes[field] = { from, to };
  }
  return db
    .transaction(async (tx) => {
      const t = tx as unknown as Db;
      const [row] = await t.update(organisations).set({ ...values, updatedAt: new Date() }).where(eq(organisations.id, id)).returning();
      if (sharedWith) await setShares(t, id, sharedWith);
      if (categories) await setCategories(t, id, guard.networkIds, categories);
      await recordAudit(t, actor, 'update', 'organisation', id, {
        changes,
        ...(sharedWith ? { sharedWith } : {}),
        ...(categories ? { categories } : {}),
      });
      return row!;
    })
    .catch(asConflict);
}

