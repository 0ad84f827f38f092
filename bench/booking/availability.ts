import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { queryRows } from '../../src/db/rows';
import { loadActor } from '../../src/domain/policy/actor';
import { loadExceptions, loadHeldUnits, loadRules } from '../../src/domain/resources/calendar-data';
import { findFreeSlots, type WantedDuration } from '../../src/domain/resources/free-slots';
import { addDays, dayStart, openIntervals, parseCivilDate } from '../../src/domain/resources/opening-hours';
import { searchResources, searchResourcesQuery, type SearchResourcesQuery } from '../../src/domain/resources/search-resources';
import { pct } from './attempts';

/**
 * `count` resources in one network, deterministic: kinds in turn, places around eight towns of the Grande Région
 * (± ~40 km), weekday opening hours for four in five (the rest always open), and for three in ten a few approved
 * bookings of one to three days over the next six weeks.
 */
export async function fillResources(database: Database, opts: { count: number; networkId: string; ownerId: string; borrowerId: string }) {
  const started = performance.now();
  const batch = 2000;
  for (let from = 0; from < opts.count; from += batch) {
    const to = Math.min(opts.count, from + batch);
    await database.query(
      `WITH towns AS (SELECT ARRAY[48.816,49.119,48.573,49.234,49.611,50.227,49.683,48.692] AS lats, ARRAY[7.789,6.176,7.752,6.997,6.130,5.344,5.816,6.184] AS lons),
       rows AS (SELECT i, towns.*, abs(hashtext(i || ':k')) AS hk, abs(hashtext(i || ':t')) AS ht, abs(hashtext(i || ':x')) AS hx, abs(hashtext(i || ':y')) AS hy
                FROM generate_series($1::int, $2::int - 1) AS i, towns),
       ins AS (
         INSERT INTO resources (owner_organisation_id, kind, name, description, characteristics, latitude, longitude, time_zone, price_unit, price_cents,
                                min_minutes, max_minutes, lead_minutes, booking_mode, units)
         SELECT $3::uuid, (ARRAY['machine','booth','line','lab','vehicle','storage','room','staff'])[1 + hk % 8],
                'Bench ' || (ARRAY['presse','cabine de peinture','ligne','laboratoire','camion','entrepôt','salle','technicien'])[1 + hk % 8] || ' ' || i,
                '{"fr":"ressource de banc d''essai"}', '[{"key":"Longueur utile","value":"12","unit":"m"}]',
                lats[1 + ht % 8] + ((hx % 1000) - 500) / 1400.0, lons[1 + ht % 8] + ((hy % 1000) - 500) / 900.0,
                'Europe/Brussels', 'hour', 5000, 60, NULL, 0, CASE WHEN hk % 3 = 0 AND hk % 8 <> 7 THEN 'instant' ELSE 'approval' END, CASE WHEN hk % 8 = 5 THEN 10 ELSE 1 END
         FROM rows RETURNING id)
       INSERT INTO resource_networks (resource_id, network_id) SELECT id, $4::uuid FROM ins`,
      [from, to, opts.ownerId, opts.networkId],
    );
  }
  await database.query(
    `INSERT INTO resource_opening_rules (resource_id, weekday, opens, closes)
     SELECT r.id, d, '07:00', '19:00' FROM resources r JOIN resource_networks rn ON rn.resource_id = r.id AND rn.network_id = $1, generate_series(1, 5) AS d
     WHERE abs(hashtext(r.id::text)) % 5 <> 0`,
    [opts.networkId],
  );
  // Bookings every ~ten days from tomorrow, one to three days long, for three resources in ten, on unit 1.
  await database.query(
    `WITH picked AS (SELECT r.id, abs(hashtext(r.id::text || ':b')) AS h FROM resources r JOIN resource_networks rn ON rn.resource_id = r.id AND rn.network_id = $1
                     WHERE abs(hashtext(r.id::text || ':b')) % 10 < 3),
     spans AS (SELECT id, date_trunc('day', now()) + ((1 + j * 10 + h % 4) || ' days')::interval + interval '6 hours' AS s, (1 + (h >> 3) % 3) AS d
               FROM picked, generate_series(0, 3) AS j),
     b AS (INSERT INTO resource_bookings (resource_id, borrower_organisation_id, starts_at, ends_at, status)
           SELECT id, $2::uuid, s, s + (d || ' days')::interval - interval '10 hours', 'approved' FROM spans RETURNING id, resource_id, starts_at, ends_at)
     INSERT INTO resource_booking_units (booking_id, resource_id, unit, period) SELECT id, resource_id, 1, tstzrange(starts_at, ends_at, '[)') FROM b`,
    [opts.networkId, opts.borrowerId],
  );
  return performance.now() - started;
}

/** The same search done the obvious way: candidates in order, then three queries per resource until the page is full. */
async function naiveSearch(database: Database, actorUserId: string, query: SearchResourcesQuery, now: number) {
  void actorUserId; // every bench resource is offered in the actor's network: visibility adds nothing here
  // The candidate list in the domain's order (nearest first, then name), availability not yet known.
  const candidates = await queryRows<{ id: string; time_zone: string; units: number; lead_minutes: number }>(
    database.db,
    sql`SELECT r.id, r.time_zone, r.units, r.lead_minutes FROM resources r JOIN resource_networks rn ON rn.resource_id = r.id AND rn.network_id = ${query.network!}
        WHERE r.status = 'active' ${query.kind?.length ? sql`AND r.kind = ${query.kind[0]!}` : sql``}
        ${query.near ? sql`AND (6371 * 2 * asin(sqrt(power(sin(radians(r.latitude - ${query.near.lat}) / 2), 2) + cos(radians(${query.near.lat})) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - ${query.near.lon}) / 2), 2)))) <= ${query.near.km}` : sql``}
        ORDER BY ${query.near ? sql`(6371 * 2 * asin(sqrt(power(sin(radians(r.latitude - ${query.near.lat}) / 2), 2) + cos(radians(${query.near.lat})) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - ${query.near.lon}) / 2), 2)))), r.name` : sql`r.name, r.id`}`,
  );
  const duration: WantedDuration = query.days ? { days: query.days } : { minutes: Math.round((query.hours ?? 1) * 60) };
  const found: string[] = [];
  for (const c of candidates) {
    if (found.length > query.pageSize) break;
    const zone = c.time_zone;
    const from = query.from ? dayStart(parseCivilDate(query.from)!, zone) : now;
    const to = query.to ? dayStart(addDays(parseCivilDate(query.to)!, 1), zone) : from + 31 * 86_400_000;
    const rules = (await loadRules(database.db, [c.id])).get(c.id) ?? [];
    const exceptions = (await loadExceptions(database.db, [c.id], from, to)).get(c.id) ?? [];
    const held = await loadHeldUnits(database.db, [c.id], from, to);
    const busy = Array.from({ length: Number(c.units) }, (_, u) => held.filter((h) => h.unit === u + 1).map((h) => ({ start: h.start, end: h.end })));
    const slots = findFreeSlots({
      open: openIntervals({ rules, exceptions, timeZone: zone, from, to }),
      timeZone: zone,
      busy,
      closed: exceptions.filter((e) => e.kind === 'closed'),
      duration,
      units: query.units,
      earliest: Math.max(from, now + Number(c.lead_minutes) * 60_000),
      latest: to,
      limit: 3,
    });
    if (slots.length) found.push(c.id);
  }
  return found.slice(0, query.pageSize);
}

const nextMonth = () => {
  const d = new Date();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
};

/** The queries: "a paint booth free for two days next month within 50 km" and its neighbours, broad and narrow. */
export function availabilityMix(networkId: string): { label: string; params: Record<string, string> }[] {
  const month = nextMonth();
  const soon = { from: new Date().toISOString().slice(0, 10), to: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) };
  return [
    { label: 'booth, 2 days next month, 50 km of Haguenau', params: { network: networkId, kind: 'booth', near: '48.816,7.789,50', days: '2', ...month } },
    { label: 'machine, 4 hours in the next 14 days, 100 km of Metz', params: { network: networkId, kind: 'machine', near: '49.119,6.176,100', hours: '4', ...soon } },
    { label: 'any kind, 1 day next month, everywhere', params: { network: networkId, days: '1', ...month } },
    { label: 'storage ×3 units, 5 days next month, 150 km', params: { network: networkId, kind: 'storage', near: '49.6,6.13,150', days: '5', units: '3', ...month } },
    { label: 'lab, 10 days next month (rarely free), 200 km', params: { network: networkId, kind: 'lab', near: '49.2,6.5,200', days: '10', ...month } },
    { label: 'no dates: booths within 50 km (baseline of the filter alone)', params: { network: networkId, kind: 'booth', near: '48.816,7.789,50' } },
  ];
}

export async function benchAvailability(database: Database, opts: { networkId: string; userId: string; bearer: string; rounds: number; app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> } }) {
  const actor = await loadActor(database.db, opts.userId);
  const rows: { label: string; domain: number[]; api: number[]; naive: number[]; found: number; same: boolean }[] = [];
  for (const { label, params } of availabilityMix(opts.networkId)) {
    const query = searchResourcesQuery.parse({ ...params, pageSize: '20' });
    const row = { label, domain: [] as number[], api: [] as number[], naive: [] as number[], found: 0, same: true };
    const available = !!(query.days || query.hours);
    for (let r = -1; r < opts.rounds; r++) {
      let t = performance.now();
      const result = await searchResources({ db: database.db, actor, query });
      const domainMs = performance.now() - t;
      t = performance.now();
      const res = await opts.app.request(`/api/resources?${new URLSearchParams({ ...params, pageSize: '20' }).toString()}`, { headers: { authorization: `Bearer ${opts.bearer}` } });
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
      await res.json();
      const apiMs = performance.now() - t;
      let naiveMs = NaN;
      if (available) {
        t = performance.now();
        const naive = await naiveSearch(database, opts.userId, query, Date.now());
        naiveMs = performance.now() - t;
        row.same = row.same && naive.join() === result.items.map((i) => i.id).join();
      }
      if (r < 0) continue; // warm-up
      row.domain.push(domainMs);
      row.api.push(apiMs);
      if (available) row.naive.push(naiveMs);
      row.found = result.items.length;
    }
    rows.push(row);
  }
  return rows;
}

export const summary = (xs: number[]) => (xs.length ? `${pct(xs, 50).toFixed(1)} / ${pct(xs, 95).toFixed(1)}` : '–');
