import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { networkOrganisations, networkRoles, networks, organisations, representatives, users, type Role } from '../../db/schema';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { recordAudit } from '../audit/record-audit';

export const translatedSchema = z
  .object({ fr: z.string().max(5000), de: z.string().max(5000), en: z.string().max(5000), nl: z.string().max(5000) })
  .partial();

export const createNetworkSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Use 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit'),
  name: z.string().trim().min(1).max(200),
  agency: z.string().trim().max(200).optional(),
  description: translatedSchema.optional(),
});

export type CreateNetworkInput = z.infer<typeof createNetworkSchema>;

export async function createNetwork({ db, actor, input }: { db: Db; actor: Actor; input: CreateNetworkInput }) {
  assertCan(actor.isAdmin, 'Only a platform administrator can create a network');
  const [existing] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, input.slug));
  if (existing) throw new AppError('conflict', `A network with the slug "${input.slug}" already exists`, 'slug');
  const [row] = await db
    .insert(networks)
    .values({ slug: input.slug, name: input.name, agency: input.agency ?? '', description: input.description ?? {} })
    .returning();
  await recordAudit(db, actor, 'create', 'network', row!.id, { slug: input.slug });
  return row!;
}

export async function listNetworks({ db }: { db: Db }) {
  const rows = await db
    .select({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      agency: networks.agency,
      description: networks.description,
      organisationCount: sql<number>`(SELECT count(*)::int FROM network_organisations no WHERE no.network_id = ${networks.id})`,
    })
    .from(networks)
    .orderBy(asc(networks.name));
  return rows;
}

export async function getNetwork({ db, idOrSlug }: { db: Db; idOrSlug: string }) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  const [row] = await db
    .select()
    .from(networks)
    .where(isUuid ? or(eq(networks.id, idOrSlug), eq(networks.slug, idOrSlug)) : eq(networks.slug, idOrSlug));
  if (!row) throw notFound(`Network "${idOrSlug}"`, 'network');
  return row;
}

export async function addOrganisationToNetwork(opts: { db: Db; actor: Actor; networkId: string; organisationId: string }) {
  const { db, actor, networkId, organisationId } = opts;
  assertCan(canOnNetwork(actor, 'add-organisation', networkId), 'Only the network coordinators can add members');
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw notFound('Organisation', 'organisationId');
  await db.insert(networkOrganisations).values({ networkId, organisationId }).onConflictDoNothing();
  await recordAudit(db, actor, 'add-member', 'network', networkId, { organisationId });
}

export async function setNetworkRole(opts: { db: Db; actor: Actor; networkId: string; userId: string; role: Role }) {
  const { db, actor, networkId, userId, role } = opts;
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the network coordinators can give roles');
  await db.insert(networkRoles).values({ networkId, userId, role }).onConflictDoNothing();
  await recordAudit(db, actor, 'grant-role', 'network', networkId, { userId, role });
}

/** People with a role in the network: visible to its members and coordinators only. */
export async function listNetworkPeople({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  assertCan(canOnNetwork(actor, 'read-members', networkId), 'Only members of this network can see its people');
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: networkRoles.role })
    .from(networkRoles)
    .innerJoin(users, eq(users.id, networkRoles.userId))
    .where(eq(networkRoles.networkId, networkId))
    .orderBy(asc(users.name));
  const reps = await db
    .select({ userId: representatives.userId, organisationId: representatives.organisationId, organisation: organisations.name })
    .from(representatives)
    .innerJoin(organisations, eq(organisations.id, representatives.organisationId))
    .where(inArray(representatives.userId, rows.length ? rows.map((r) => r.userId) : ['00000000-0000-0000-0000-000000000000']));
  const byUser = new Map<string, { id: string; name: string }[]>();
  for (const r of reps) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), { id: r.organisationId, name: r.organisation }]);
  return rows.map((r) => ({ ...r, organisations: byUser.get(r.userId) ?? [] }));
}
