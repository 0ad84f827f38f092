import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { AppError } from '../errors';

/** What a request collides with, as told to the person asking (borrowers are named only to those who manage the resource). */
export interface Conflict {
  type: 'booking' | 'owner_use' | 'closed' | 'outside_opening_hours' | 'pending';
  start: string;
  end: string;
  bookingId?: string;
  borrower?: string;
  reason?: string;
}

const range = (start: Date, end: Date) => sql`tstzrange(${start.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz, '[)')`;

/** SQLSTATE 23P01: the exclusion constraint refused an overlapping unit, whichever driver and however wrapped. */
export function isExclusionViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: string }).code === '23P01') return true;
  }
  return false;
}

/** Held units of the resource overlapping the range, described for the person asking. */
export async function heldConflicts(db: Db, opts: { resourceId: string; start: Date; end: Date; revealBorrowers: boolean; exceptBookingId?: string }): Promise<Conflict[]> {
  const rows = await queryRows<{ id: string; kind: 'booking' | 'owner_use'; s: Date | string; e: Date | string; borrower: string }>(
    db,
    sql`SELECT DISTINCT b.id, b.kind, b.starts_at AS s, b.ends_at AS e, o.name AS borrower
        FROM resource_booking_units u JOIN resource_bookings b ON b.id = u.booking_id JOIN organisations o ON o.id = b.borrower_organisation_id
        WHERE u.resource_id = ${opts.resourceId} AND NOT u.released AND u.period && ${range(opts.start, opts.end)}
          ${opts.exceptBookingId ? sql`AND b.id <> ${opts.exceptBookingId}` : sql``}
        ORDER BY s LIMIT 20`,
  );
  return rows.map((r) => ({
    type: r.kind,
    start: new Date(r.s).toISOString(),
    end: new Date(r.e).toISOString(),
    ...(opts.revealBorrowers ? { bookingId: r.id, borrower: r.borrower } : {}),
  }));
}

/** Units not held by anyone over the range, lowest first. */
export async function freeUnits(db: Db, opts: { resourceId: string; totalUnits: number; start: Date; end: Date }): Promise<number[]> {
  const rows = await queryRows<{ unit: number }>(
    db,
    sql`SELECT u AS unit FROM generate_series(1, ${opts.totalUnits}::int) AS u
        WHERE NOT EXISTS (SELECT 1 FROM resource_booking_units h
                          WHERE h.resource_id = ${opts.resourceId} AND h.unit = u AND NOT h.released AND h.period && ${range(opts.start, opts.end)})
        ORDER BY u`,
  );
  return rows.map((r) => Number(r.unit));
}

export function conflictError(conflicts: Conflict[], units: number): AppError {
  const first = conflicts[0];
  const what = first
    ? `${first.type === 'owner_use' ? "the owner's own use" : 'an approved booking'} from ${first.start} to ${first.end}`
    : 'bookings made at the same moment';
  return new AppError('conflict', `Not enough free units (${units} wanted): the range conflicts with ${what}`, 'start', { conflicts });
}

/**
 * Makes a booking hold `wanted` units over its range, inside the caller's transaction. The choice of units reads
 * what is committed; the exclusion constraint is what guarantees no overlap: when a concurrent transaction took a
 * unit first, the insert fails, the savepoint is rolled back and the choice is made again with what is now
 * committed. Throws a conflict naming what the range collides with when too few units are free.
 */
export async function allocateUnits(
  db: Db,
  opts: { bookingId: string; resourceId: string; totalUnits: number; wanted: number; start: Date; end: Date; revealBorrowers: boolean; attempts?: number },
): Promise<number[]> {
  const attempts = opts.attempts ?? 5;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const free = await freeUnits(db, opts);
    if (free.length < opts.wanted) break;
    const units = free.slice(0, opts.wanted);
    await db.execute(sql`SAVEPOINT allocate_units`);
    try {
      await db.execute(
        sql`INSERT INTO resource_booking_units (booking_id, resource_id, unit, period)
            SELECT ${opts.bookingId}::uuid, ${opts.resourceId}::uuid, u, ${range(opts.start, opts.end)} FROM unnest(${`{${units.join(',')}}`}::int[]) AS u`,
      );
      await db.execute(sql`RELEASE SAVEPOINT allocate_units`);
      return units;
    } catch (error) {
      await db.execute(sql`ROLLBACK TO SAVEPOINT allocate_units`);
      if (!isExclusionViolation(error)) throw error;
    }
  }
  const conflicts = await heldConflicts(db, { ...opts, exceptBookingId: opts.bookingId });
  throw conflictError(conflicts, opts.wanted);
}
