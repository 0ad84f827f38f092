import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';

const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

/**
 * How often an organisation has already worked with each of some others: conversations on posts (either way),
 * referrals between a company and an operator, taskforces both sat in, and bookings of each other's resources.
 */
export async function pastTies(db: Db, organisationId: string, others: readonly string[]): Promise<Map<string, number>> {
  const ids = [...new Set(others)].filter((o) => o !== organisationId);
  if (!ids.length) return new Map();
  const rows = await queryRows<{ other: string; n: number }>(
    db,
    sql`SELECT other, count(*)::int AS n FROM (
          SELECT pi.organisation_id AS other FROM post_interests pi JOIN posts p ON p.id = pi.post_id WHERE p.organisation_id = ${organisationId}
          UNION ALL SELECT p.organisation_id FROM post_interests pi JOIN posts p ON p.id = pi.post_id WHERE pi.organisation_id = ${organisationId}
          UNION ALL SELECT r.operator_organisation_id FROM referrals r JOIN posts p ON p.id = r.post_id WHERE p.organisation_id = ${organisationId}
          UNION ALL SELECT p.organisation_id FROM referrals r JOIN posts p ON p.id = r.post_id WHERE r.operator_organisation_id = ${organisationId}
          UNION ALL SELECT DISTINCT b.organisation_id FROM taskforce_members a JOIN taskforce_members b ON b.taskforce_id = a.taskforce_id
            WHERE a.organisation_id = ${organisationId} AND b.organisation_id IS NOT NULL
          UNION ALL SELECT r.owner_organisation_id FROM resource_bookings b JOIN resources r ON r.id = b.resource_id
            WHERE b.borrower_organisation_id = ${organisationId} AND b.status = 'approved'
          UNION ALL SELECT b.borrower_organisation_id FROM resource_bookings b JOIN resources r ON r.id = b.resource_id
            WHERE r.owner_organisation_id = ${organisationId} AND b.status = 'approved'
        ) t WHERE other = ANY(${uuidArray(ids)}) GROUP BY other`,
  );
  return new Map(rows.map((r) => [r.other, r.n]));
}
