import type { Db } from '../../db/client';
import { runSql, uuidArrayParam } from '../indicators/run-sql';
import type { Gathering, GraphOrganisation, Interaction } from './build-graph';

/**
 * Sitting in the same room as 200 people is not working together: co-attendance ties only come from events with
 * at most this many attending organisations (business corners, visits, workshops, committees).
 */
export const MAX_COATTENDANCE_ORGANISATIONS = 40;

const epoch = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * Every recorded interaction of the scope's organisations before `to`, all history (new ties need the past):
 * small events as gatherings (the pairs are formed while building), the rest as pairs.
 */
export async function loadInteractions(db: Db, networkIds: string[], to: Date): Promise<{ interactions: Interaction[]; gatherings: Gathering[] }> {
  const params = [uuidArrayParam(networkIds), to.toISOString()];
  const out: Interaction[] = [];

  const events = await runSql<{ at: number; orgs: string[] }>(
    db,
    `SELECT ${epoch('e.starts_at')} AS at, array_agg(DISTINCT r.organisation_id) AS orgs
       FROM events e JOIN event_registrations r ON r.event_id = e.id AND r.attendance = 'attended' AND r.organisation_id IS NOT NULL
      WHERE e.network_id = ANY($1::uuid[]) AND e.status = 'published' AND e.starts_at < $2::timestamptz AND e.ends_at <= now()
      GROUP BY e.id
     HAVING count(DISTINCT r.organisation_id) BETWEEN 2 AND ${MAX_COATTENDANCE_ORGANISATIONS}`,
    params,
  );
  const gatherings: Gathering[] = events.map((e) => ({ at: Number(e.at), organisations: e.orgs }));

  const pairs = await runSql<{ a: string; b: string; at: number; via: Interaction['via'] }>(
    db,
    `SELECT pa.organisation_id AS a, pb.organisation_id AS b, ${epoch('e.starts_at')} AS at, 'meeting' AS via
       FROM convention_meetings m JOIN events e ON e.id = m.event_id
       JOIN convention_participants pa ON pa.id = m.participant_a JOIN convention_participants pb ON pb.id = m.participant_b
      WHERE m.status = 'held' AND e.network_id = ANY($1::uuid[]) AND e.status = 'published' AND e.starts_at < $2::timestamptz
        AND pa.organisation_id IS NOT NULL AND pb.organisation_id IS NOT NULL
     UNION ALL
     SELECT b.borrower_organisation_id, r.owner_organisation_id, ${epoch('b.starts_at')}, 'booking'
       FROM resource_bookings b JOIN resources r ON r.id = b.resource_id
      WHERE b.kind = 'booking' AND b.status = 'approved' AND b.starts_at < $2::timestamptz
        AND EXISTS (SELECT 1 FROM resource_networks rn WHERE rn.resource_id = b.resource_id AND rn.network_id = ANY($1::uuid[]))
     UNION ALL
     SELECT p.organisation_id, rf.operator_organisation_id, ${epoch('rf.created_at')}, 'referral'
       FROM referrals rf JOIN posts p ON p.id = rf.post_id
      WHERE rf.network_id = ANY($1::uuid[]) AND rf.created_at < $2::timestamptz
     UNION ALL
     SELECT p.organisation_id, i.organisation_id, ${epoch('i.outcome_at')}, 'matched_post'
       FROM post_interests i JOIN posts p ON p.id = i.post_id
      WHERE i.outcome IN ('deal', 'project') AND i.outcome_at < $2::timestamptz
        AND EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = p.id AND pn.network_id = ANY($1::uuid[]))`,
    params,
  );
  for (const p of pairs) out.push({ a: p.a, b: p.b, at: Number(p.at), via: p.via });

  const members = await runSql<{ taskforce_id: string; org: string; joined: number; closed: number | null }>(
    db,
    `SELECT t.id AS taskforce_id, tm.organisation_id AS org, ${epoch('tm.joined_at')} AS joined, ${epoch('t.closed_at')} AS closed
       FROM taskforces t JOIN taskforce_members tm ON tm.taskforce_id = t.id
      WHERE t.network_id = ANY($1::uuid[]) AND tm.organisation_id IS NOT NULL AND tm.joined_at < $2::timestamptz`,
    params,
  );
  const byTaskforce = new Map<string, typeof members>();
  for (const m of members) byTaskforce.set(m.taskforce_id, [...(byTaskforce.get(m.taskforce_id) ?? []), m]);
  for (const list of byTaskforce.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        const closed = x.closed === null ? Number.MAX_SAFE_INTEGER : Number(x.closed);
        out.push({ a: x.org, b: y.org, at: Math.max(Number(x.joined), Number(y.joined)), until: closed, via: 'taskforce' });
      }
  return { interactions: out, gatherings };
}

/** The scope's members (joined before `to`) and the other organisations named in the interactions. */
export async function loadGraphOrganisations(db: Db, networkIds: string[], to: Date, loaded: { interactions: readonly Interaction[]; gatherings: readonly Gathering[] }) {
  const others = new Set<string>();
  for (const x of loaded.interactions) {
    others.add(x.a);
    others.add(x.b);
  }
  for (const g of loaded.gatherings) for (const o of g.organisations) others.add(o);
  const rows = await runSql<{ id: string; name: string; country: string; member: boolean; categories: string[] | null }>(
    db,
    `WITH m AS (SELECT DISTINCT organisation_id FROM network_organisations WHERE network_id = ANY($1::uuid[]) AND joined_at < $2::timestamptz)
     SELECT o.id, o.name, o.country, (o.id IN (SELECT organisation_id FROM m)) AS member,
            (SELECT array_agg(oc.category_id) FROM organisation_categories oc JOIN network_categories nc ON nc.id = oc.category_id
              WHERE oc.organisation_id = o.id AND nc.network_id = ANY($1::uuid[])) AS categories
       FROM organisations o
      WHERE o.id IN (SELECT organisation_id FROM m) OR o.id = ANY($3::uuid[])`,
    [uuidArrayParam(networkIds), to.toISOString(), uuidArrayParam([...others])],
  );
  return new Map<string, GraphOrganisation>(rows.map((r) => [r.id, { id: r.id, name: r.name, country: r.country, member: r.member, categories: r.categories ?? [] }]));
}
