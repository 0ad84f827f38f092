import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networks } from '../../db/schema';
import { forbidden } from '../errors';
import { hasRole, type Actor } from '../policy/actor';

/**
 * Who sees what of the evidence. The figures and the roadmap are for everyone with a role in the network (members,
 * partners, observers such as funders and committee members); the records behind a figure, the graph of who works
 * with whom and the exported reports name organisations, so they are for the coordinators (and administrators).
 */
export const canReadFigures = (actor: Actor, networkId: string) => actor.isAdmin || actor.roles.has(networkId);
export const canReadEvidence = (actor: Actor, networkId: string) => actor.isAdmin || hasRole(actor, networkId, 'coordinator');

export function assertFigures(actor: Actor, networkId: string) {
  if (!canReadFigures(actor, networkId)) throw forbidden('Only the people of the network see its indicators');
}

export function assertEvidence(actor: Actor, networkId: string) {
  if (!canReadEvidence(actor, networkId)) throw forbidden('Only the coordinators of the network see the records behind its indicators');
}

/** The agency view: every network the person coordinates (all of them for an administrator). */
export async function agencyNetworks(db: Db, actor: Actor) {
  if (actor.isAdmin) return db.select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).orderBy(networks.name);
  const ids = [...actor.roles.entries()].filter(([, roles]) => roles.has('coordinator')).map(([id]) => id);
  if (ids.length === 0) throw forbidden('The agency view is for coordinators');
  return db.select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).where(inArray(networks.id, ids)).orderBy(networks.name);
}
