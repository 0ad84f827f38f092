import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networks, organisations } from '../../db/schema';
import type { Actor } from '../policy/actor';

/** The networks (with roles) and organisations of the caller, for the web app's switcher and menus. */
export async function describeMe(db: Db, actor: Actor) {
  const networkIds = actor.isAdmin ? undefined : [...actor.roles.keys()];
  const nets =
    networkIds === undefined
      ? await db.select().from(networks).orderBy(networks.name)
      : networkIds.length
        ? await db.select().from(networks).where(inArray(networks.id, networkIds)).orderBy(networks.name)
        : [];
  const orgIds = [...actor.organisationIds];
  const orgs = orgIds.length
    ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds))
    : [];
  return {
    networks: nets.map((n) => ({ id: n.id, slug: n.slug, name: n.name, roles: [...(actor.roles.get(n.id) ?? [])] })),
    organisations: orgs,
  };
}

