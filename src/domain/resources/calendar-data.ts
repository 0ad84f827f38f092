import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Interval } from './intervals';
import { addDays, dayStart, localDate, openIntervals, type CalendarException, type OpeningRule } from './opening-hours';

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

export interface HeldUnit {
  resourceId: string;
  bookingId: string;
  unit: number;
  start: number;
  end: number;
  kind: 'booking' | 'owner_use';
  borrowerOrganisationId: string;
}

/** Weekly rules of several resources, by resource id. */
export async function loadRules(db: Db, resourceIds: readonly string[]): Promise<Map<string, OpeningRule[]>> {
  const out = new Map<string, OpeningRule[]>(resourceIds.map((id) => [id, []]));
  if (!resourceIds.length) return out;
  const rows = await queryRows<{ resource_id: string; weekday: number; opens: string; closes: string }>(
    db,
    sql`SELECT resource_id, weekday, opens::text, closes::text FROM resource_opening_rules WHERE resource_id = ANY(${uuidArray(resourceIds)})`,
  );
  for (const r of rows) out.get(r.resource_id)?.push({ weekday: Number(r.weekday), opens: r.opens, closes: r.closes });
  return out;
}

/** Closures and extra openings overlapping [from, to), by resource id. */
export async function loadExceptions(db: Db, resourceIds: readonly string[], from: number, to: number): Promise<Map<string, (CalendarException & { id: string; reason: string })[]>> {
  const out = new Map<string, (CalendarException & { id: string; reason: string })[]>(resourceIds.map((id) => [id, []]));
  if (!resourceIds.length) return out;
  const rows = await queryRows<{ id: string; resource_id: string; kind: 'closed' | 'open'; s: string; e: string; reason: string }>(
    db,
    sql`SELECT id, resource_id, kind, (extract(epoch FROM lower(period)) * 1000)::float8::text AS s, (extract(epoch FROM upper(period)) * 1000)::float8::text AS e, reason
        FROM resource_exceptions
        WHERE resource_id = ANY(${uuidArray(resourceIds)}) AND period && tstzrange(${new Date(from).toISOString()}::timestamptz, ${new Date(to).toISOString()}::timestamptz, '[)')`,
  );
  for (const r of rows) out.get(r.resource_id)?.push({ id: r.id, kind: r.kind, start: Number(r.s), end: Number(r.e), reason: r.reason });
  return out;
}

/** Units held (approved bookings and owner's use) overlapping [from, to), for several resources. */
export async function loadHeldUnits(db: Db, resourceIds: readonly string[], from: number, to: number): Promise<HeldUnit[]> {
  if (!resourceIds.length) return [];
  const rows = await queryRows<{ resource_id: string; booking_id: string; unit: number; s: string; e: string; kind: 'booking' | 'owner_use'; borrower: string }>(
    db,
    sql`SELECT u.resource_id, u.booking_id, u.unit, (extract(epoch FROM lower(u.period)) * 1000)::float8::text AS s,
               (extract(epoch FROM upper(u.period)) * 1000)::float8::text AS e, b.kind, b.borrower_organisation_id AS borrower
        FROM resource_booking_units u JOIN resource_bookings b ON b.id = u.booking_id
        WHERE u.resource_id = ANY(${uuidArray(resourceIds)}) AND NOT u.released
          AND u.period && tstzrange(${new Date(from).toISOString()}::timestamptz, ${new Date(to).toISOString()}::timestamptz, '[)')`,
  );
  return rows.map((r) => ({
    resourceId: r.resource_id,
    bookingId: r.booking_id,
    unit: Number(r.unit),
    start: Number(r.s),
    end: Number(r.e),
    kind: r.kind,
    borrowerOrganisationId: r.borrower,
  }));
}

/** Whole local days around [from, to), so per-day measures (half-days, days) see each day entire. */
export function widenToLocalDays(from: number, to: number, zone: string): { from: number; to: number } {
  return { from: dayStart(localDate(from, zone), zone), to: dayStart(addDays(localDate(to - 1, zone), 1), zone) };
}

/** The open intervals of one resource over [from, to), from its rules and exceptions. */
export async function openTimeOf(db: Db, resource: { id: string; timeZone: string }, from: number, to: number): Promise<{ open: Interval[]; closed: (Interval & { reason: string })[] }> {
  const rules = (await loadRules(db, [resource.id])).get(resource.id) ?? [];
  const exceptions = (await loadExceptions(db, [resource.id], from, to)).get(resource.id) ?? [];
  return {
    open: openIntervals({ rules, exceptions, timeZone: resource.timeZone, from, to }),
    closed: exceptions.filter((e) => e.kind === 'closed').map((e) => ({ start: e.start, end: e.end, reason: e.reason })),
  };
}
