import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Actor } from '../policy/actor';
import { loadResource } from './resource-access';

export const listBookingsQuery = z.object({
  /** borrower: what my organisations booked; owner: requests and bookings of my organisations' resources. */
  side: z.enum(['borrower', 'owner']).default('borrower'),
  status: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['pending', 'approved', 'declined', 'cancelled'])).max(4))
    .optional(),
  /** Bookings ending after this instant (default: all). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export type ListBookingsQuery = z.infer<typeof listBookingsQuery>;

export interface BookingSummary {
  id: string;
  resourceId: string;
  resourceName: string;
  resourceKind: string;
  timeZone: string;
  kind: 'booking' | 'owner_use';
  status: 'pending' | 'approved' | 'declined' | 'cancelled';
  start: string;
  end: string;
  units: number;
  note: string;
  ownerMessage: string;
  amountCents: number | null;
  currency: string;
  lateCancellation: boolean;
  borrower: { id: string; name: string };
  owner: { id: string; name: string };
  requestedBy: string;
  createdAt: string;
  /** For a pending request: whether enough units are still free to approve it. */
  approvable: boolean | null;
}

const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

async function select(db: Db, where: SQL[], limit: number): Promise<BookingSummary[]> {
  const rows = await queryRows<{
    id: string;
    resource_id: string;
    resource_name: string;
    resource_kind: string;
    time_zone: string;
    kind: 'booking' | 'owner_use';
    status: BookingSummary['status'];
    starts_at: Date | string;
    ends_at: Date | string;
    units: number;
    note: string;
    owner_message: string;
    amount_cents: number | null;
    currency: string;
    late_cancellation: boolean;
    borrower_id: string;
    borrower_name: string;
    owner_id: string;
    owner_name: string;
    requested_by: string | null;
    created_at: Date | string;
    free_units: number | null;
  }>(
    db,
    sql`SELECT b.id, b.resource_id, r.name AS resource_name, r.kind AS resource_kind, r.time_zone, b.kind, b.status, b.starts_at, b.ends_at,
               b.units, b.note, b.owner_message, b.amount_cents, b.currency, b.late_cancellation,
               bo.id AS borrower_id, bo.name AS borrower_name, oo.id AS owner_id, oo.name AS owner_name, coalesce(u.name, '') AS requested_by, b.created_at,
               CASE WHEN b.status = 'pending' THEN (
                 SELECT count(*)::int FROM generate_series(1, r.units) AS n
                 WHERE NOT EXISTS (SELECT 1 FROM resource_booking_units h WHERE h.resource_id = b.resource_id AND h.unit = n AND NOT h.released
                                   AND h.period && tstzrange(b.starts_at, b.ends_at, '[)'))) END AS free_units
        FROM resource_bookings b
        JOIN resources r ON r.id = b.resource_id
        JOIN organisations bo ON bo.id = b.borrower_organisation_id
        JOIN organisations oo ON oo.id = r.owner_organisation_id
        LEFT JOIN users u ON u.id = b.requested_by
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY b.starts_at, b.created_at LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    resourceId: r.resource_id,
    resourceName: r.resource_name,
    resourceKind: r.resource_kind,
    timeZone: r.time_zone,
    kind: r.kind,
    status: r.status,
    start: new Date(r.starts_at).toISOString(),
    end: new Date(r.ends_at).toISOString(),
    units: Number(r.units),
    note: r.note,
    ownerMessage: r.owner_message,
    amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
    currency: r.currency,
    lateCancellation: r.late_cancellation,
    borrower: { id: r.borrower_id, name: r.borrower_name },
    owner: { id: r.owner_id, name: r.owner_name },
    requestedBy: r.requested_by ?? '',
    createdAt: new Date(r.created_at).toISOString(),
    approvable: r.free_units === null ? null : Number(r.free_units) >= Number(r.units),
  }));
}

function periodFilters(query: Pick<ListBookingsQuery, 'status' | 'from' | 'to'>): SQL[] {
  const where: SQL[] = [];
  if (query.status?.length) where.push(sql`b.status IN (SELECT jsonb_array_elements_text(${JSON.stringify(query.status)}::jsonb))`);
  if (query.from) where.push(sql`b.ends_at > ${query.from}::timestamptz`);
  if (query.to) where.push(sql`b.starts_at < ${query.to}::timestamptz`);
  return where;
}

/** The bookings of the actor's organisations, as borrower or as owner of the resources. */
export async function listMyBookings({ db, actor, query }: { db: Db; actor: Actor; query: ListBookingsQuery }): Promise<BookingSummary[]> {
  if (actor.organisationIds.size === 0) return [];
  const mine = uuidArray(actor.organisationIds);
  const where =
    query.side === 'borrower'
      ? [sql`b.kind = 'booking'`, sql`b.borrower_organisation_id = ANY(${mine})`]
      : [sql`r.owner_organisation_id = ANY(${mine})`];
  return select(db, [...where, ...periodFilters(query)], query.limit);
}

/** All bookings of one resource (those who manage it), or — for anyone else who sees it — only their own. */
export async function listResourceBookings({ db, actor, resourceId, query }: { db: Db; actor: Actor; resourceId: string; query: ListBookingsQuery }) {
  const { canManage } = await loadResource(db, actor, resourceId);
  const where = [sql`b.resource_id = ${resourceId}`, ...periodFilters(query)];
  if (!canManage) where.push(actor.organisationIds.size ? sql`b.borrower_organisation_id = ANY(${uuidArray(actor.organisationIds)})` : sql`false`);
  return select(db, where, query.limit);
}
