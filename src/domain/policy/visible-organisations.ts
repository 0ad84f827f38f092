import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from './actor';

const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

/**
 * SQL twin of `canOnRecord(actor, 'read', …)` for organisation profiles, used by list queries.
 * Kept beside the policy and tested against it on the same matrix, so the two cannot drift apart.
 */
export function organisationsVisibleTo(actor: Actor): SQL {
  if (actor.isAdmin) return sql`true`;
  const memberOf = [...actor.roles.keys()];
  const coordinatorOf = [...actor.roles.entries()].filter(([, r]) => r.has('coordinator')).map(([n]) => n);
  const own = [...actor.organisationIds];
  const inNetworks = (ids: string[]) =>
    sql`EXISTS (SELECT 1 FROM network_organisations no WHERE no.organisation_id = organisations.id AND no.network_id = ANY(${uuidArray(ids)}))`;
  return sql`(
    (organisations.visibility = 'public' AND organisations.public_consent)
    OR organisations.id = ANY(${uuidArray(own)})
    OR ${inNetworks(coordinatorOf)}
    OR (organisations.visibility IN ('network', 'public') AND ${inNetworks(memberOf)})
    OR (organisations.visibility = 'organisations' AND EXISTS (
      SELECT 1 FROM record_shares rs WHERE rs.record_type = 'organisation' AND rs.record_id = organisations.id
        AND rs.organisation_id = ANY(${uuidArray(own)})))
  )`;
}
