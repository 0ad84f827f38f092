import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Translated } from '../../db/schema';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { loadExceptions, loadHeldUnits, loadRules } from './calendar-data';
import { findFreeSlots, type FreeSlot, type WantedDuration } from './free-slots';
import type { Interval } from './intervals';
import { addDays, dayStart, openIntervals, parseCivilDate, type CivilDate } from './opening-hours';
import { resourcesVisibleTo } from './resource-access';
import { resourceKinds } from './resource-schema';

const list = <T extends string>(item: z.ZodType<T, string>, max = 20) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(max));

const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'Use a date YYYY-MM-DD or an ISO date and time with its offset' });

export const MAX_SEARCH_WINDOW_DAYS = 92;
/** How many candidate resources an availability search examines at most before it stops and says there may be more. */
export const AVAILABILITY_SCAN_LIMIT = 20_000;

export const searchResourcesQuery = z.object({
  q: z.string().trim().max(200).optional(),
  network: z.uuid().optional(),
  kind: list(z.enum(resourceKinds)).optional(),
  /** "Longueur utile" (has it), "Longueur utile=12", "Longueur utile>=10" or "<=": numbers compared as numbers. */
  characteristic: list(z.string().max(200), 10).optional(),
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/, 'Use near=latitude,longitude,km, e.g. 48.81,7.79,50')
    .transform((v) => {
      const [lat, lon, km] = v.split(',').map(Number) as [number, number, number];
      return { lat, lon, km };
    })
    .refine((n) => Math.abs(n.lat) <= 90 && Math.abs(n.lon) <= 180 && n.km > 0 && n.km <= 2000, 'Latitude, longitude or distance out of range')
    .optional(),
  /** Availability window: dates are read in each resource's own time zone ("to" included), instants as given. */
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
  /** Needed for: whole consecutive days, or hours. */
  days: z.coerce.number().int().min(1).max(31).optional(),
  hours: z.coerce.number().min(0.25).max(24 * 31).optional(),
  units: z.coerce.number().int().min(1).max(1000).default(1),
  /** Only the resources of my organisations (archived ones included). */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export type SearchResourcesQuery = z.infer<typeof searchResourcesQuery>;

export interface ResourceHit {
  id: string;
  name: string;
  kind: string;
  description: Translated;
  characteristics: { key: string; value: string; unit: string }[];
  owner: { id: string; name: string };
  commune: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  distanceKm: number | null;
  timeZone: string;
  priceUnit: string;
  priceCents: number | null;
  currency: string;
  bookingMode: string;
  units: number;
  status: string;
  visibility: string;
  photoId: string | null;
  /** With an availability search: the first free slots in the window. */
  slots?: { start: string; end: string; freeUnits: number[] }[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
const likeEscape = (s: string) => s.replace(/[%_\\]/g, '\\$&');

function characteristicCondition(text: string): SQL {
  const m = /^(.+?)\s*(>=|<=|=)\s*(.*)$/.exec(text);
  const key = fold(m ? m[1]! : text);
  const keyMatch = sql`f_unaccent(lower(c->>'key')) = ${key}`;
  if (!m) return sql`EXISTS (SELECT 1 FROM jsonb_array_elements(r.characteristics) c WHERE ${keyMatch})`;
  const op = m[2]!;
  const value = m[3]!.trim();
  if (op === '=') return sql`EXISTS (SELECT 1 FROM jsonb_array_elements(r.characteristics) c WHERE ${keyMatch} AND f_unaccent(lower(c->>'value')) LIKE ${`%${likeEscape(fold(value))}%`})`;
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number)) throw new AppError('validation', `Compare "${m[1]}" with a number`, 'characteristic');
  const numeric = sql`(CASE WHEN replace(c->>'value', ',', '.') ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN replace(c->>'value', ',', '.')::float8 END)`;
  return sql`EXISTS (SELECT 1 FROM jsonb_array_elements(r.characteristics) c WHERE ${keyMatch} AND ${numeric} ${op === '>=' ? sql`>=` : sql`<=`} ${number})`;
}

function buildConditions(actor: Actor, query: SearchResourcesQuery): { where: SQL[]; distance: SQL | undefined } {
  const where: SQL[] = [resourcesVisibleTo(actor)];
  if (query.mine) {
    where.push(actor.organisationIds.size ? sql`r.owner_organisation_id = ANY(${`{${[...actor.organisationIds].join(',')}}`}::uuid[])` : sql`false`);
  } else where.push(sql`r.status = 'active'`);
  if (query.network) where.push(sql`EXISTS (SELECT 1 FROM resource_networks rn WHERE rn.resource_id = r.id AND rn.network_id = ${query.network})`);
  if (query.kind?.length) where.push(sql`r.kind IN (SELECT jsonb_array_elements_text(${JSON.stringify(query.kind)}::jsonb))`);
  if (query.q) {
    const q = fold(query.q);
    const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // Every word must be found, allowing a typo in each (trigram word similarity).
    for (const w of words) where.push(sql`(r.search_text LIKE ${`%${likeEscape(w)}%`} OR ${w} <% r.search_text)`);
  }
  for (const c of query.characteristic ?? []) where.push(characteristicCondition(c));
  let distance: SQL | undefined;
  if (query.near) {
    const { lat, lon, km } = query.near;
    const dLat = km / 111.2;
    const dLon = km / (111.2 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    distance = sql`(6371 * 2 * asin(sqrt(power(sin(radians(r.latitude - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - ${lon}) / 2), 2))))`;
    where.push(sql`r.latitude BETWEEN ${lat - dLat} AND ${lat + dLat}`, sql`r.longitude BETWEEN ${lon - dLon} AND ${lon + dLon}`, sql`${distance} <= ${km}`);
  }
  return { where, distance };
}

interface Candidate {
  id: string;
  time_zone: string;
  units: number;
  lead_minutes: number;
  distance_km: number | null;
}

/** The wanted window of one resource, in its zone when the bounds are dates. */
function windowFor(query: SearchResourcesQuery, zone: string, now: number): { from: number; to: number } {
  const at = (value: string, endOfDay: boolean) => {
    const date = parseCivilDate(value);
    if (!date) return Date.parse(value);
    return dayStart(endOfDay ? addDays(date as CivilDate, 1) : date, zone);
  };
  const from = query.from ? at(query.from, false) : now;
  const to = query.to ? at(query.to, true) : from + 31 * 86_400_000;
  return { from, to };
}

function checkWindow(query: SearchResourcesQuery) {
  const probe = windowFor(query, 'Europe/Brussels', Date.now());
  if (!(probe.to > probe.from)) throw new AppError('validation', 'The end of the period must come after its start', 'to');
  if (probe.to - probe.from > (MAX_SEARCH_WINDOW_DAYS + 1) * 86_400_000) throw new AppError('validation', `Search ${MAX_SEARCH_WINDOW_DAYS} days at most`, 'to');
}

const MAX_BATCH = 1000;

/** Free slots of a batch of candidates, loaded in three queries whatever the batch size. */
async function slotsOfBatch(db: Db, batch: Candidate[], query: SearchResourcesQuery, duration: WantedDuration, now: number): Promise<Map<string, FreeSlot[]>> {
  const ids = batch.map((c) => c.id);
  const windows = new Map(batch.map((c) => [c.id, windowFor(query, c.time_zone, now)]));
  const from = Math.min(...[...windows.values()].map((w) => w.from));
  const to = Math.max(...[...windows.values()].map((w) => w.to));
  const [rules, exceptions, held] = [await loadRules(db, ids), await loadExceptions(db, ids, from, to), await loadHeldUnits(db, ids, from, to)];
  const heldBy = new Map<string, Interval[][]>();
  for (const c of batch) heldBy.set(c.id, Array.from({ length: c.units }, () => []));
  for (const h of held) heldBy.get(h.resourceId)?.[h.unit - 1]?.push({ start: h.start, end: h.end });
  const out = new Map<string, FreeSlot[]>();
  for (const c of batch) {
    const w = windows.get(c.id)!;
    const ex = exceptions.get(c.id) ?? [];
    const open = openIntervals({ rules: rules.get(c.id) ?? [], exceptions: ex, timeZone: c.time_zone, from: w.from, to: w.to });
    const slots = findFreeSlots({
      open,
      timeZone: c.time_zone,
      busy: heldBy.get(c.id) ?? [],
      closed: ex.filter((e) => e.kind === 'closed'),
      duration,
      units: query.units,
      earliest: Math.max(w.from, now + c.lead_minutes * 60_000),
      latest: w.to,
      limit: 3,
    });
    if (slots.length) out.set(c.id, slots);
  }
  return out;
}

async function hydrate(db: Db, ids: string[]): Promise<Map<string, Omit<ResourceHit, 'distanceKm' | 'slots'>>> {
  if (!ids.length) return new Map();
  const rows = await queryRows<{
    id: string;
    name: string;
    kind: string;
    description: Translated;
    characteristics: ResourceHit['characteristics'];
    owner_id: string;
    owner_name: string;
    commune: string;
    country: string | null;
    latitude: number | null;
    longitude: number | null;
    time_zone: string;
    price_unit: string;
    price_cents: number | null;
    currency: string;
    booking_mode: string;
    units: number;
    status: string;
    visibility: string;
    photo_id: string | null;
  }>(
    db,
    sql`SELECT r.id, r.name, r.kind, r.description, r.characteristics, o.id AS owner_id, o.name AS owner_name, r.commune, r.country, r.latitude, r.longitude,
               r.time_zone, r.price_unit, r.price_cents, r.currency, r.booking_mode, r.units, r.status, r.visibility,
               (SELECT p.id FROM resource_photos p WHERE p.resource_id = r.id ORDER BY p.position, p.created_at LIMIT 1) AS photo_id
        FROM resources r JOIN organisations o ON o.id = r.owner_organisation_id WHERE r.id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        kind: r.kind,
        description: r.description,
        characteristics: r.characteristics,
        owner: { id: r.owner_id, name: r.owner_name },
        commune: r.commune,
        country: r.country,
        latitude: r.latitude === null ? null : Number(r.latitude),
        longitude: r.longitude === null ? null : Number(r.longitude),
        timeZone: r.time_zone,
        priceUnit: r.price_unit,
        priceCents: r.price_cents === null ? null : Number(r.price_cents),
        currency: r.currency,
        bookingMode: r.booking_mode,
        units: Number(r.units),
        status: r.status,
        visibility: r.visibility,
        photoId: r.photo_id,
      },
    ]),
  );
}

const round = (km: number | null) => (km === null ? null : Math.round(Number(km) * 10) / 10);

/**
 * Finds the resources the actor may see — by words (accents and typos forgiven), kind, characteristics, distance —
 * and, when a duration is given, only those free that long within the window, with their first free slots
 * ("a paint booth free for two days next month within 50 km"). Nearest first when searching around a place.
 */
export async function searchResources({ db, actor, query, now = Date.now() }: { db: Db; actor: Actor; query: SearchResourcesQuery; now?: number }): Promise<{
  items: ResourceHit[];
  total: number;
  complete: boolean;
  page: number;
  pageSize: number;
}> {
  const { where, distance } = buildConditions(actor, query);
  const condition = sql.join(where, sql` AND `);
  const order = distance ? sql`${distance} ASC, r.name ASC` : sql`r.name ASC, r.id ASC`;
  const duration: WantedDuration | undefined = query.days ? { days: query.days } : query.hours ? { minutes: Math.round(query.hours * 60) } : undefined;
  const offset = (query.page - 1) * query.pageSize;

  if (!duration) {
    const rows = await queryRows<Candidate & { total: number }>(
      db,
      sql`SELECT r.id, r.time_zone, r.units, r.lead_minutes, ${distance ?? sql`NULL::float8`} AS distance_km, count(*) OVER ()::int AS total
          FROM resources r WHERE ${condition} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
    );
    const details = await hydrate(db, rows.map((r) => r.id));
    return {
      items: rows.map((r) => ({ ...details.get(r.id)!, distanceKm: round(r.distance_km) })),
      total: rows[0]?.total ?? 0,
      complete: true,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  checkWindow(query);
  const wanted = offset + query.pageSize;
  const found: { candidate: Candidate; slots: FreeSlot[] }[] = [];
  let scanned = 0;
  let exhausted = false;
  // Candidates come in batches in the final order; each batch's availability is computed in memory from three
  // queries. The first batch is about the page (most searches fill it there), later ones grow fourfold.
  let size = Math.max(24, Math.ceil((wanted + 1) * 1.25));
  while (found.length <= wanted && scanned < AVAILABILITY_SCAN_LIMIT) {
    const limit = Math.min(size, MAX_BATCH);
    size *= 4;
    const batch = await queryRows<Candidate>(
      db,
      sql`SELECT r.id, r.time_zone, r.units, r.lead_minutes, ${distance ?? sql`NULL::float8`} AS distance_km
          FROM resources r WHERE ${condition} AND r.units >= ${query.units} ORDER BY ${order} LIMIT ${limit} OFFSET ${scanned}`,
    );
    scanned += batch.length;
    const slots = await slotsOfBatch(
      db,
      batch.map((c) => ({ ...c, units: Number(c.units), lead_minutes: Number(c.lead_minutes) })),
      query,
      duration,
      now,
    );
    for (const c of batch) {
      const s = slots.get(c.id);
      if (s) found.push({ candidate: c, slots: s });
    }
    if (batch.length < limit) {
      exhausted = true;
      break;
    }
  }
  const pageItems = found.slice(offset, wanted);
  const details = await hydrate(db, pageItems.map((f) => f.candidate.id));
  const iso = (t: number) => new Date(t).toISOString();
  return {
    items: pageItems.map((f) => ({
      ...details.get(f.candidate.id)!,
      distanceKm: round(f.candidate.distance_km),
      slots: f.slots.map((s) => ({ start: iso(s.start), end: iso(s.end), freeUnits: s.freeUnits })),
    })),
    // Exact only when every candidate was examined; otherwise "at least this many".
    total: found.length,
    complete: exhausted,
    page: query.page,
    pageSize: query.pageSize,
  };
}
