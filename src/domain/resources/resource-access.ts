import { and, eq } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recordShares, resourceNetworks, resources } from '../../db/schema';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canOnRecord, type Guarded } from '../policy/policy';

export type Resource = typeof resources.$inferSelect;

/** How the policy sees a resource: its networks, its owner, its visibility and the organisations it is shared with. */
export async function resourceGuard(db: Db, resource: Resource): Promise<Guarded> {
  const nets = await db.select({ id: resourceNetworks.networkId }).from(resourceNetworks).where(eq(resourceNetworks.resourceId, resource.id));
  const shares = await db
    .select({ id: recordShares.organisationId })
    .from(recordShares)
    .where(and(eq(recordShares.recordType, 'resource'), eq(recordShares.recordId, resource.id)));
  return { networkIds: nets.map((n) => n.id), ownerOrganisationId: resource.ownerOrganisationId, visibility: resource.visibility, sharedWith: shares.map((s) => s.id) };
}

/**
 * The resource if the actor may read it, with its guard and whether the actor may manage it. Absent, hidden and —
 * for those who cannot manage it — archived resources all answer the same 404.
 */
export async function loadResource(db: Db, actor: Actor, id: string) {
  // One round trip: the row, its networks and its named organisations (bookings read this on every request).
  const [row] = await db
    .select({
      resource: resources,
      networkIds: sql<string[]>`(SELECT coalesce(array_agg(rn.network_id::text), '{}') FROM resource_networks rn WHERE rn.resource_id = ${resources.id})`,
      sharedWith: sql<string[]>`(SELECT coalesce(array_agg(rs.organisation_id::text), '{}') FROM record_shares rs WHERE rs.record_type = 'resource' AND rs.record_id = ${resources.id})`,
    })
    .from(resources)
    .where(eq(resources.id, id));
  if (!row) throw notFound('Resource', 'id');
  const { resource } = row;
  const guard: Guarded = { networkIds: row.networkIds, ownerOrganisationId: resource.ownerOrganisationId, visibility: resource.visibility, sharedWith: row.sharedWith };
  const canManage = canOnRecord(actor, 'update', guard);
  if (!canOnRecord(actor, 'read', guard) || (resource.status === 'archived' && !canManage)) throw notFound('Resource', 'id');
  return { resource, guard, canManage };
}

const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

/**
 * SQL twin of `canOnRecord(actor, 'read', …)` for resources (alias `r`), used by searches and lists; tested on the
 * same matrix as the policy so the two cannot drift apart.
 */
export function resourcesVisibleTo(actor: Actor): SQL {
  if (actor.isAdmin) return sql`true`;
  const memberOf = [...actor.roles.keys()];
  const coordinatorOf = [...actor.roles.entries()].filter(([, r]) => r.has('coordinator')).map(([n]) => n);
  const own = [...actor.organisationIds];
  const inNetworks = (ids: string[]) =>
    sql`EXISTS (SELECT 1 FROM resource_networks rn WHERE rn.resource_id = r.id AND rn.network_id = ANY(${uuidArray(ids)}))`;
  return sql`(
    r.visibility = 'public'
    OR r.owner_organisation_id = ANY(${uuidArray(own)})
    OR ${inNetworks(coordinatorOf)}
    OR (r.visibility = 'network' AND ${inNetworks(memberOf)})
    OR (r.visibility = 'organisations' AND EXISTS (
      SELECT 1 FROM record_shares rs WHERE rs.record_type = 'resource' AND rs.record_id = r.id AND rs.organisation_id = ANY(${uuidArray(own)})))
  )`;
}

/** Whether the actor manages resources of this organisation (represents it, coordinates one of its networks, or is admin). */
export function managesOrganisation(actor: Actor, organisationId: string, organisationNetworkIds: string[]): boolean {
  if (actor.isAdmin || actor.organisationIds.has(organisationId)) return true;
  return organisationNetworkIds.some((n) => actor.roles.get(n)?.has('coordinator'));
}
