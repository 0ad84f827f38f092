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

// Arbitrary constant naming the family of advisory locks taken per resource while units are chosen.
const ALLOCATION_LOCK = 72_610_306;

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * What a lost race on a unit looks like: the constraint refusing the hold, or — when two transactions insert
 * overlapping holds at the same instant, each finds the other's row in progress and waits for it — PostgreSQL
 * breaking that wait as a deadlock (40P01). Either way the savepoint is rolled back and the choice made again.
 */
export const isLostRace = (error: unknown) => {
  const state = sqlState(error);
  return state === '23P01' || state === '40P01';
};

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
 * unit first, the insert fails (or, for two inserts at the same instant, one is broken as a deadlock), the
 * savepoint is rolled back and the choice is made again with what is now committed. Throws a conflict naming what the range collides with when too few units are free.
 */
export async function allocateUnits(
  db: Db,
  opts: { bookingId: string; resourceId: string; totalUnits: number; wanted: number; start: Date; end: Date; revealBorrowers: boolean; attempts?: number },
): Promise<number[]> {
  const attempts = opts.attempts ?? 10;
  // Allocations of one resource queue here, each then reading what the previous one committed: under a rush the
  // units are chosen right the first time, and two inserts never race into a deadlock. The lock lasts until the
  // transaction ends; the exclusion constraint stays the guarantee if anything writes holds another way.
  await db.execute(sql`SELECT pg_advisory_xact_lock(${ALLOCATION_LOCK}::int, hashtext(${opts.resourceId}))`);
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
      if (!isLostRace(error)) throw error;
    }
  }
  const conflicts = await heldConflicts(db, { ...opts, exceptBookingId: opts.bookingId });
  throw conflictError(conflicts, opts.wanted);
}
