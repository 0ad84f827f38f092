import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { organisations } from '../../db/schema';
import { parseNaceCode, searchNaceCodes } from '../classifications/nace';
import type { Actor } from '../policy/actor';
import { organisationsVisibleTo } from '../policy/visible-organisations';
import { organisationKinds } from './organisation-schema';

const list = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));

export const searchOrganisationsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  network: z.uuid().optional(),
  nace: list(z.string().max(12)).optional(),
  country: list(z.enum(['BE', 'LU', 'FR', 'DE', 'NL'])).optional(),
  kind: list(z.enum(organisationKinds)).optional(),
  commune: z.string().trim().max(200).optional(),
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/, 'Use near=latitude,longitude,km, e.g. 49.68,5.81,50')
    .transform((v) => {
      const [lat, lon, km] = v.split(',').map(Number) as [number, number, number];
      return { lat, lon, km };
    })
    .refine((n) => Math.abs(n.lat) <= 90 && Math.abs(n.lon) <= 180 && n.km > 0 && n.km <= 2000, 'Latitude, longitude or distance out of range')
    .optional(),
  capability: list(z.string().max(100)).optional(),
  tag: list(z.string().max(100)).optional(),
  ecosystem: list(z.string().max(63)).optional(),
  axis: list(z.string().max(63)).optional(),
  sort: z.enum(['relevance', 'name']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export type SearchOrganisationsQuery = z.infer<typeof searchOrganisationsQuery>;

const WORD_SIMILARITY = 0.45;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** A list parameter as a set of text values, usable with IN (…) and ARRAY(…). */
const jsonArray = (values: string[]) => sql`(SELECT v FROM jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) AS v)`;

/** Organisations with a code equal to or below one of `codes` (nace_paths lists every code's ancestors). */
function naceUnder(codes: string[]): SQL {
  return sql`organisations.nace_paths && ARRAY${jsonArray(codes)}`;
}

function inCategories(kind: 'ecosystem' | 'axis', slugs: string[], networkId: string | undefined): SQL {
  return sql`EXISTS (SELECT 1 FROM organisation_categories oc JOIN network_categories nc ON nc.id = oc.category_id
    WHERE oc.organisation_id = organisations.id AND nc.kind = ${kind} AND nc.slug IN ${jsonArray(slugs)}
    ${networkId ? sql`AND nc.network_id = ${networkId}` : sql``})`;
}

/**
 * The directory search: visible organisations only (the policy's SQL twin), forgiving accents, case and typos
 * (trigrams on accent-free names), words in any language (full text over names, tags, capabilities and the four
 * description languages), and activity words matched to NACE codes through their labels in every language.
 */
export async function searchOrganisations({ db, actor, query }: { db: Db; actor: Actor; query: SearchOrganisationsQuery }) {
  const { condition, order, score, distance } = buildSearch(actor, query);
  const offset = (query.page - 1) * query.pageSize;
  const { rows, total } = await withKindTrigrams(db, async (t) => {
    const page = await queryRows<{ id: string; distance_km: number | null; score: number; total: number }>(
      t,
      sql`SELECT organisations.id, ${distance ?? sql`NULL::float8`} AS distance_km, ${score}::float8 AS score, count(*) OVER ()::int AS total
          FROM organisations WHERE ${condition} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
    );
    const count =
      page[0]?.total ??
      (offset > 0 ? ((await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM organisations WHERE ${condition}`))[0]?.n ?? 0) : 0);
    return { rows: page, total: count };
  });
  const byId = new Map<string, typeof organisations.$inferSelect>();
  if (rows.length) {
    const full = await db.query.organisations.findMany({ where: (o, { inArray }) => inArray(o.id, rows.map((r) => r.id)) });
    for (const o of full) byId.set(o.id, o);
  }
  return {
    items: rows.map((r) => ({ organisation: byId.get(r.id)!, distanceKm: r.distance_km === null ? null : Math.round(r.distance_km * 10) / 10 })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const MAP_POINT_LIMIT = 20_000;

/** Light answer for the map: position and name of every matching organisation that has coordinates. */
export async function mapOrganisations({ db, actor, query }: { db: Db; actor: Actor; query: SearchOrganisationsQuery }) {
  const { condition } = buildSearch(actor, query);
  const rows = await withKindTrigrams(db, (t) =>
    queryRows<{ id: string; name: string; lat: number; lon: number; kind: string }>(
      t,
      sql`SELECT organisations.id, organisations.name, organisations.latitude AS lat, organisations.longitude AS lon, organisations.kind
          FROM organisations WHERE ${condition} AND organisations.latitude IS NOT NULL AND organisations.longitude IS NOT NULL
          ORDER BY organisations.id LIMIT ${MAP_POINT_LIMIT + 1}`,
    ),
  );
  return { points: rows.slice(0, MAP_POINT_LIMIT), truncated: rows.length > MAP_POINT_LIMIT };
}

// pg_trgm's default word-similarity threshold (0.6) misses one-letter typos in short words ("scirie"); the
// setting is local to the transaction so the index-backed operator can use a kinder one.
function withKindTrigrams<T>(db: Db, fn: (t: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await queryRows(t, sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`);
    return fn(t);
  });
}

function buildSearch(actor: Actor, query: SearchOrganisationsQuery) {
  const where: SQL[] = [organisationsVisibleTo(actor)];
  let score: SQL = sql`0`;
  if (query.network)
    where.push(sql`EXISTS (SELECT 1 FROM network_organisations m WHERE m.organisation_id = organisations.id AND m.network_id = ${query.network})`);
  if (query.q) {
    const q = fold(query.q);
    const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const tsq = words.map((w) => `${w}:*`).join(' & ');
    const naceFromWords = searchNaceCodes(query.q);
    const matches: SQL[] = [
      sql`organisations.search_name LIKE ${`%${q.replace(/[%_\\]/g, '\\$&')}%`}`,
      sql`${q} <% organisations.search_name`,
      sql`organisations.search_name % ${q}`,
    ];
    if (tsq) matches.push(sql`organisations.search_doc @@ to_tsquery('simple', ${tsq})`);
    if (naceFromWords.length) matches.push(naceUnder(naceFromWords));
    where.push(sql`(${sql.join(matches, sql` OR `)})`);
    score = sql`(2 * greatest(similarity(organisations.search_name, ${q}), word_similarity(${q}, organisations.search_name))
      + ${tsq ? sql`ts_rank(organisations.search_doc, to_tsquery('simple', ${tsq}))` : sql`0`}
      + CASE WHEN organisations.search_name LIKE ${`${q.replace(/[%_\\]/g, '\\$&')}%`} THEN 1 ELSE 0 END)`;
  }
  if (query.nace?.length) {
    const codes = query.nace.map((c) => parseNaceCode(c) ?? c);
    where.push(naceUnder(codes));
  }
  if (query.country?.length) where.push(sql`organisations.country IN ${jsonArray(query.country)}`);
  if (query.kind?.length) where.push(sql`organisations.kind IN ${jsonArray(query.kind)}`);
  if (query.commune) where.push(sql`organisations.commune_key = ${fold(query.commune).replace(/[^a-z0-9]+/g, '')}`);
  if (query.capability?.length) where.push(sql`organisations.capabilities && ARRAY${jsonArray(query.capability)}`);
  if (query.tag?.length) where.push(sql`organisations.tags && ARRAY${jsonArray(query.tag)}`);
  if (query.ecosystem?.length) where.push(inCategories('ecosystem', query.ecosystem, query.network));
  if (query.axis?.length) where.push(inCategories('axis', query.axis, query.network));
  let distance: SQL | undefined;
  if (query.near) {
    const { lat, lon, km } = query.near;
    const dLat = km / 111.2;
    const dLon = km / (111.2 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    distance = sql`(6371 * 2 * asin(sqrt(power(sin(radians(organisations.latitude - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(organisations.latitude)) * power(sin(radians(organisations.longitude - ${lon}) / 2), 2))))`;
    // The bounding box lets the index narrow the rows before the exact distance is computed.
    where.push(sql`organisations.latitude BETWEEN ${lat - dLat} AND ${lat + dLat}`);
    where.push(sql`organisations.longitude BETWEEN ${lon - dLon} AND ${lon + dLon}`);
    where.push(sql`${distance} <= ${km}`);
  }
  const condition = sql.join(where, sql` AND `);
  const sort = query.sort ?? (query.q ? 'relevance' : 'name');
  const order =
    sort === 'relevance' && query.q
      ? sql`${score} DESC, organisations.name ASC`
      : distance && sort === 'relevance'
        ? sql`${distance} ASC`
        : sql`organisations.name ASC`;
  return { condition, order, score, distance };
}
