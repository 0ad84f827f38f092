import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { openPostgres } from '../../db/client';
import { queryRows } from '../../db/rows';
import { openTestDatabase } from '../../../tests/test-database';
import { AppError } from '../errors';
import { requestBooking } from './book-resource';
import { at, makePoolingWorld, mondayIn, publish, type PoolingWorld } from './resource-test-kit';

/**
 * Many people booking the same resource at the same moment. On PostgreSQL (TEST_DATABASE_URL) the attempts really
 * run in parallel on several connections and only the exclusion constraint keeps them apart; on PGlite they are
 * serialised. Either way: no two holds overlap on a unit, every refusal is a clean conflict that names an approved
 * booking it collides with, and nothing is refused that was free.
 */
let database: Database;
let world: PoolingWorld;

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  // More connections than the default test pool, so attempts truly overlap on a server.
  database = url ? await openPostgres(url, 12) : await openTestDatabase();
  world = await makePoolingWorld(database.db);
});

afterAll(async () => {
  await database?.close();
});

interface Attempt {
  start: string;
  end: string;
}

async function fire(resourceId: string, attempts: Attempt[]) {
  return Promise.all(
    attempts.map((a) =>
      requestBooking({ db: database.db, actor: world.borrowerActor, resourceId, input: { start: a.start, end: a.end } }).then(
        (view) => ({ ...a, ok: true as const, id: view.booking.id, units: view.heldUnits }),
        (error: unknown) => {
          if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
          return { ...a, ok: false as const, conflicts: (error.details as { conflicts: { start: string; end: string }[] }).conflicts };
        },
      ),
    ),
  );
}

const overlaps = (a: Attempt, b: Attempt) => Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

async function overlappingHolds(resourceId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM resource_booking_units a JOIN resource_booking_units b
        ON a.resource_id = b.resource_id AND a.unit = b.unit AND a.booking_id < b.booking_id AND a.period && b.period
        WHERE a.resource_id = ${resourceId} AND NOT a.released AND NOT b.released`,
  );
  return row?.n ?? -1;
}

describe('concurrent booking attempts', () => {
  it('one unit: six isolated ranges approved once each, a chain of overlapping ranges never double-booked', async () => {
    const booth = await publish(database.db, world, { bookingMode: 'instant', leadMinutes: 0, minMinutes: 15, openingRules: [] });
    const monday = mondayIn(1);
    // Six isolated mornings, and on Saturday a chain of 2-hour ranges starting every hour (each overlaps its neighbours).
    const isolated = [0, 1, 2, 3, 4, 6].map((d) => ({ start: at(monday, '08:00', d), end: at(monday, '10:00', d) }));
    const chain = Array.from({ length: 8 }, (_, i) => ({ start: at(monday, `${String(8 + i).padStart(2, '0')}:00`, 5), end: at(monday, `${String(10 + i).padStart(2, '0')}:00`, 5) }));
    const ranges = [...isolated, ...chain];
    const attempts = ranges.flatMap((r) => Array.from({ length: 5 }, () => r));
    const results = await fire(booth.id, attempts);

    expect(await overlappingHolds(booth.id)).toBe(0);
    const approved = results.filter((r) => r.ok);
    for (const r of isolated) expect(approved.filter((a) => a.start === r.start && a.end === r.end)).toHaveLength(1);
    // Approved bookings are pairwise disjoint, and each refusal collides with one of them (nothing refused that was free).
    for (let i = 0; i < approved.length; i++) for (let j = i + 1; j < approved.length; j++) expect(overlaps(approved[i]!, approved[j]!)).toBe(false);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(approved.some((a) => overlaps(a, refused))).toBe(true);
      expect(refused.ok === false && refused.conflicts.length > 0).toBe(true);
    }
    // The chain holds at least every other range, never more than that.
    const chainApproved = approved.filter((a) => chain.some((c) => c.start === a.start));
    expect(chainApproved.length).toBeGreaterThanOrEqual(3);
    expect(chainApproved.length).toBeLessThanOrEqual(4);
    const [count] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM resource_bookings WHERE resource_id = ${booth.id} AND status = 'approved'`);
    expect(count?.n).toBe(approved.length);
  });

  it('three units: exactly three of many identical attempts are approved, on three different units', async () => {
    const hall = await publish(database.db, world, { kind: 'storage', bookingMode: 'instant', leadMinutes: 0, minMinutes: 15, units: 3, openingRules: [] });
    const monday = mondayIn(1);
    const range = { start: at(monday, '08:00', 2), end: at(monday, '18:00', 2) };
    const results = await fire(hall.id, Array.from({ length: 24 }, () => range));
    const approved = results.filter((r) => r.ok);
    expect(approved).toHaveLength(3);
    expect(approved.flatMap((a) => (a.ok ? a.units : [])).sort()).toEqual([1, 2, 3]);
    expect(await overlappingHolds(hall.id)).toBe(0);
  });
});
