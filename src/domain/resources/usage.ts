import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { loadExceptions, loadRules } from './calendar-data';
import { intersect, totalLength, type Interval } from './intervals';
import { openIntervals } from './opening-hours';
import { periodsBetween, utilisationByPeriod, type PeriodKind, type PeriodUse } from './utilisation';

const HOUR = 3_600_000;

export interface UsageResource {
  id: string;
  name: string;
  kind: string;
  units: number;
  time_zone: string;
  owner_id: string;
  owner_name: string;
  price_unit: string;
  price_cents: number | null;
  currency: string;
}

export interface UsageBooking {
  id: string;
  resourceId: string;
  kind: 'booking' | 'owner_use';
  status: 'approved' | 'cancelled' | 'pending' | 'declined';
  start: number;
  end: number;
  units: number;
  amountCents: number | null;
  late: boolean;
  borrowerId: string;
  borrowerName: string;
}

export interface ResourceUsage {
  resource: UsageResource;
  open: Interval[];
  availableHours: number;
  bookedHours: number;
  ownerHours: number;
  utilisation: number;
  occupancy: number;
  /** Bookings overlapping the window, each with its unit-hours inside opening hours and the window. */
  bookings: (UsageBooking & { hours: number })[];
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

export async function loadUsageResources(db: Db, ids: readonly string[]): Promise<UsageResource[]> {
  if (!ids.length) return [];
  const rows = await queryRows<UsageResource>(
    db,
    sql`SELECT r.id, r.name, r.kind, r.units, r.time_zone, o.id AS owner_id, o.name AS owner_name, r.price_unit, r.price_cents, r.currency
        FROM resources r JOIN organisations o ON o.id = r.owner_organisation_id WHERE r.id = ANY(${uuidArray(ids)}) ORDER BY o.name, r.name`,
  );
  return rows.map((r) => ({ ...r, units: Number(r.units), price_cents: r.price_cents === null ? null : Number(r.price_cents) }));
}

async function loadBookings(db: Db, ids: readonly string[], from: number, to: number): Promise<UsageBooking[]> {
  const rows = await queryRows<{
    id: string;
    resource_id: string;
    kind: 'booking' | 'owner_use';
    status: UsageBooking['status'];
    s: Date | string;
    e: Date | string;
    units: number;
    amount_cents: number | null;
    late: boolean;
    borrower_id: string;
    borrower_name: string;
  }>(
    db,
    sql`SELECT b.id, b.resource_id, b.kind, b.status, b.starts_at AS s, b.ends_at AS e, b.units, b.amount_cents, b.late_cancellation AS late,
               o.id AS borrower_id, o.name AS borrower_name
        FROM resource_bookings b JOIN organisations o ON o.id = b.borrower_organisation_id
        WHERE b.resource_id = ANY(${uuidArray(ids)}) AND b.status IN ('approved', 'cancelled')
          AND b.starts_at < ${new Date(to).toISOString()}::timestamptz AND b.ends_at > ${new Date(from).toISOString()}::timestamptz
        ORDER BY b.starts_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    resourceId: r.resource_id,
    kind: r.kind,
    status: r.status,
    start: new Date(r.s).getTime(),
    end: new Date(r.e).getTime(),
    units: Number(r.units),
    amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
    late: r.late,
    borrowerId: r.borrower_id,
    borrowerName: r.borrower_name,
  }));
}

/**
 * Use of several resources over a window: open unit-hours, unit-hours lent and used by the owner (inside opening
 * hours and the window), and the bookings behind them — approved ones, and cancelled ones for the record.
 */
export async function computeUsage(db: Db, resourceIds: readonly string[], from: number, to: number): Promise<ResourceUsage[]> {
  const list = await loadUsageResources(db, resourceIds);
  const ids = list.map((r) => r.id);
  const [rules, exceptions, bookings] = [await loadRules(db, ids), await loadExceptions(db, ids, from, to), await loadBookings(db, ids, from, to)];
  return list.map((resource) => {
    const open = openIntervals({ rules: rules.get(resource.id) ?? [], exceptions: exceptions.get(resource.id) ?? [], timeZone: resource.time_zone, from, to });
    const mine = bookings
      .filter((b) => b.resourceId === resource.id)
      .map((b) => ({ ...b, hours: b.status === 'approved' ? (totalLength(intersect(open, [{ start: b.start, end: b.end }])) * b.units) / HOUR : 0 }));
    const availableHours = (totalLength(open) * resource.units) / HOUR;
    const bookedHours = mine.filter((b) => b.kind === 'booking').reduce((s, b) => s + b.hours, 0);
    const ownerHours = mine.filter((b) => b.kind === 'owner_use').reduce((s, b) => s + b.hours, 0);
    const ratio = (x: number) => (availableHours > 0 ? Math.min(1, x / availableHours) : 0);
    return { resource, open, availableHours, bookedHours, ownerHours, utilisation: ratio(bookedHours), occupancy: ratio(bookedHours + ownerHours), bookings: mine };
  });
}

/** Utilisation of one resource per local week or month. */
export function usagePerPeriod(usage: ResourceUsage, kind: PeriodKind, from: number, to: number): PeriodUse[] {
  const held = usage.bookings.filter((b) => b.status === 'approved').map((b) => ({ start: b.start, end: b.end, units: b.units, kind: b.kind }));
  return utilisationByPeriod({ periods: periodsBetween(kind, from, to, usage.resource.time_zone), open: usage.open, units: usage.resource.units, held });
}

export interface BorrowerShare {
  borrower: { id: string; name: string };
  bookings: number;
  hours: number;
  /** Share of all unit-hours lent over the window. */
  share: number;
  amountCents: number;
  /** Bookings whose price is on request (not in the amount). */
  onRequest: number;
  lateCancellations: number;
}

/** Revenue and cost sharing per borrower: what each borrowed, its share of the lent hours, and what it owes. */
export function sharesPerBorrower(usages: readonly ResourceUsage[], from: number, to: number): BorrowerShare[] {
  const by = new Map<string, BorrowerShare>();
  let totalHours = 0;
  for (const u of usages) {
    for (const b of u.bookings) {
      if (b.kind !== 'booking') continue;
      const row = by.get(b.borrowerId) ?? { borrower: { id: b.borrowerId, name: b.borrowerName }, bookings: 0, hours: 0, share: 0, amountCents: 0, onRequest: 0, lateCancellations: 0 };
      if (b.status === 'approved') {
        row.hours += b.hours;
        totalHours += b.hours;
        // A booking's price is counted in the window where it starts, so consecutive reports never count it twice.
        if (b.start >= from && b.start < to) {
          row.bookings += 1;
          if (b.amountCents === null) row.onRequest += 1;
          else row.amountCents += b.amountCents;
        }
      } else if (b.late && b.start >= from && b.start < to) row.lateCancellations += 1;
      by.set(b.borrowerId, row);
    }
  }
  for (const row of by.values()) row.share = totalHours > 0 ? row.hours / totalHours : 0;
  return [...by.values()].filter((r) => r.bookings || r.hours || r.lateCancellations).sort((a, b) => b.hours - a.hours || a.borrower.name.localeCompare(b.borrower.name));
}
