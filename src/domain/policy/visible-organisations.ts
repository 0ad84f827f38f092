import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from './actor';

const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

/**
 * SQL twin of `canOnRecord(actor, 'read', …)` for organisation profiles, used by list queries.
 * Kept beside the policy and tested against it on the same matrix, so the two cannot drift apart.
 *
 * `withinNetwork`: the caller's query already keeps only members of this network (its own filter on
 * network_organisations). When the actor has a role there, that filter settles the "same network" part of the rule,
 * and the row's memberships are not looked up a second time (one index probe per candidate row saved).
 */
export function organisationsVisibleTo(actor: Actor, withinNetwork?: string): SQL {
  if (actor.isAdmin) return sql`true`;
  const memberOf = [...actor.roles.keys()];
  const coordinatorOf = [...actor.roles.entries()].filter(([, r]) => r.has('coordinator')).map(([n]) => n);
  if (withinNetwork && coordinatorOf.includes(withinNetwork)) return sql`true`;
  const memberHere = withinNetwork !== undefined && memberOf.includes(withinNetwork);
  const own = [...actor.organisationIds];
  const inNetworks = (ids: string[]) =>
    sql`EXISTS (SELECT 1 FROM network_organisations no WHERE no.organisation_id = organisations.id AND no.network_id = ANY(${uuidArray(ids)}))`;
  return sql`(
    (organisations.visibility = 'public' AND organisations.public_consent)
    OR organisations.id = ANY(${uuidArray(own)})
    OR ${inNetworks(coordinatorOf)}
    OR (organisations.visibility IN ('network', 'public') AND ${memberHere ? sql`true` : inNetworks(memberOf)})
    OR (organisations.visibility = 'organisations' AND EXISTS (
      SELECT 1 FROM record_shares rs WHERE rs.record_type = 'organisation' AND rs.record_id = organisations.id
        AND rs.organisation_id = ANY(${uuidArray(own)})))
  )`;
}
