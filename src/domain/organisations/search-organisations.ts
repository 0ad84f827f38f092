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

/**
 * Beyond this many matches a search stops counting and answers `total: 1000, totalExact: false` ("1,000+"): an exact
 * count of a broad search costs a visit of every matching row, which at 100,000 organisations is most of the time.
 */
export const SEARCH_COUNT_LIMIT = 1000;
/** The relevance search always ranks the names that start with the query, up to this many (or the page's end). */
const PREFIX_CANDIDATES = 200;
/** Typo corrections looked up per query word in the vocabulary, and how close they must be (trigram similarity). */
const CORRECTIONS_PER_WORD = 6;
const CORRECTION_SIMILARITY = 0.35;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

const likePrefix = (s: string) => `${s.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * A list parameter as one text[] value: the planner sees its values (selectivity, index conditions with = ANY),
 * which it cannot through a subquery over a function.
 */
const textArray = (values: string[]) => sql`${`{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`}::text[]`;

/** Organisations with a code equal to or below one of `codes` (nace_paths lists every code's ancestors). */
function naceUnder(codes: string[]): SQL {
  return sql`organisations.nace_paths && ${textArray(codes)}`;
}

function inCategories(kind: 'ecosystem' | 'axis', slugs: string[], networkId: string | undefined): SQL {
  return sql`EXISTS (SELECT 1 FROM organisation_categories oc JOIN network_categories nc ON nc.id = oc.category_id
    WHERE oc.organisation_id = organisations.id AND nc.kind = ${kind} AND nc.slug = ANY(${textArray(slugs)})
    ${networkId ? sql`AND nc.network_id = ${networkId}` : sql``})`;
}

/** The query text, folded as the search columns are, and the full-text query it stands for. */
interface TextQuery {
  /** Accent- and case-free, as organisations.search_name. */
  folded: string;
  /** Every word as a prefix, or one of its spelling corrections: `(scirie:* | scierie) & (val:*)`. */
  tsquery: string;
  /** NACE codes whose labels (in any language) contain the words. */
  nace: string[];
}

/**
 * Folds the text with the database's own unaccent (so "ß" and "œ" fold as in the search columns) and looks each
 * word of four letters or more up in the vocabulary for close spellings and, from three letters, for longer words
 * that contain it ("bau" → "holzbau"): the search itself then only reads the full-text index.
 */
async function textQuery(t: Db, q: string): Promise<TextQuery | undefined> {
  const [row] = await queryRows<{ folded: string }>(t, sql`SELECT f_unaccent(lower(${q})) AS folded`);
  const folded = (row?.folded ?? fold(q)).trim();
  const words = [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 12);
  if (!words.length) return undefined;
  const lookup = words.filter((w) => w.length >= 3 && !/\p{N}/u.test(w));
  const corrections = new Map<string, string[]>();
  if (lookup.length) {
    const rows = await queryRows<{ w: string; word: string }>(
      t,
      sql`SELECT q.w, x.word FROM unnest(${textArray(lookup)}) AS q(w),
            LATERAL (SELECT sw.word FROM search.words sw
                     WHERE (sw.word % q.w AND length(q.w) >= 4 OR sw.word LIKE '%' || q.w || '%')
                       AND sw.word NOT LIKE q.w || '%' AND sw.word !~ '[^[:alpha:]]'
                     ORDER BY similarity(sw.word, q.w) DESC, sw.word LIMIT ${CORRECTIONS_PER_WORD}) AS x`,
    );
    // Only plain words: the vocabulary also holds e-mail addresses and hyphenated words, which to_tsquery would split.
    for (const r of rows) if (/^[\p{L}\p{N}]+$/u.test(r.word)) corrections.set(r.w, [...(corrections.get(r.w) ?? []), r.word]);
  }
  // Words are letters and digits only; quoting keeps to_tsquery from reading anything else as an operator.
  const term = (w: string) => `'${w}'`;
  const tsquery = words.map((w) => `(${[`${term(w)}:*`, ...(corrections.get(w) ?? []).map(term)].join(' | ')})`).join(' & ');
  // nace_paths holds every ancestor, so a code under another listed code adds nothing but work for the index.
  const nace = searchNaceCodes(q);
  return { folded, tsquery, nace: nace.filter((c) => !nace.some((a) => a !== c && c.startsWith(a))) };
}

/** Rows matching the text: every word (or a correction) in the search document, the name's start, or NACE labels. */
function textMatch(text: TextQuery): SQL {
  const matches = [
    sql`organisations.search_doc @@ to_tsquery('simple', ${text.tsquery})`,
    sql`organisations.search_name COLLATE "C" LIKE ${likePrefix(text.folded)}`,
  ];
  if (text.nace.length) matches.push(naceUnder(text.nace));
  return sql`(${sql.join(matches, sql` OR `)})`;
}

/**
 * Relevance, in two steps. `base` is cheap and computed on every candidate: the words found (names weigh most) and
 * the name starting with the query. The closeness of the name (trigram similarity, where typos cost) is what costs,
 * so it is added only to the best RESCORED candidates by `base` plus a closeness guess (shorter names are closer).
 */
function textBase(text: TextQuery): SQL {
  return sql`(ts_rank(organisations.search_doc, to_tsquery('simple', ${text.tsquery}))
      + CASE WHEN organisations.search_name COLLATE "C" LIKE ${likePrefix(text.folded)} THEN 1 ELSE 0 END)`;
}

function textCloseness(text: TextQuery, name: SQL): SQL {
  return sql`2 * greatest(similarity(${name}, ${text.folded}), word_similarity(${text.folded}, ${name}))`;
}

/** How many candidates get the full relevance score. */
const RESCORED = 100;

const byName = sql`organisations.search_name COLLATE "C", organisations.id`;

/**
 * The directory search: visible organisations only (the policy's SQL twin), forgiving accents, case and typos
 * (corrections from the vocabulary of the search documents), words in any language (full text over names, tags,
 * capabilities and the four description languages), and activity words matched to NACE codes through their labels
 * in every language.
 *
 * The work is bounded whatever the number of matches, so that a page costs about the same at 1,000 or 100,000
 * organisations: the count stops at SEARCH_COUNT_LIMIT (then `totalExact` is false); a relevance search ranks the
 * first SEARCH_COUNT_LIMIT matches plus the names that start with the query; a listing by name walks the name index;
 * a search around a point widens its circle until the page is full.
 */
export async function searchOrganisations({ db, actor, query }: { db: Db; actor: Actor; query: SearchOrganisationsQuery }) {
  const offset = (query.page - 1) * query.pageSize;
  // Deep pages count a little further, so that there is always a next page to go to while more match.
  const countLimit = Math.max(SEARCH_COUNT_LIMIT, offset + 5 * query.pageSize);
  const { rows, total, totalExact } = await withSearchSettings(db, async (t) => {
    const text = query.q ? await textQuery(t, query.q) : undefined;
    const { filters, near } = buildFilters(actor, query);
    const sort = query.sort ?? (query.q ? 'relevance' : 'name');
    const where = (extra: SQL[] = []) => sql.join([...filters, ...(text ? [textMatch(text)] : []), ...extra], sql` AND `);
    const countUpTo = async (condition: SQL) => {
      const [r] = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM organisations WHERE ${condition} LIMIT ${countLimit + 1}) AS m`);
      return r?.n ?? 0;
    };
    const counted = (n: number) => ({ total: Math.min(n, countLimit), totalExact: n <= countLimit });
    type Row = { id: string; distance_km: number | null };

    if (text && sort === 'relevance') {
      // Candidates: the first matches in index order (bounded) and the names that start with the query (in name
      // order); only they are ranked. When the matches fit under the limit, that is every match.
      const distance = near ? near.distance : sql`NULL::float8`;
      const within = near ? [near.within(near.km)] : [];
      const prefixLimit = Math.max(PREFIX_CANDIDATES, offset + query.pageSize);
      const ranked = sql`organisations.id, organisations.search_name COLLATE "C" AS sort_name, ${textBase(text)} AS base, ${distance} AS distance_km`;
      const page = await queryRows<Row & { n: number }>(
        t,
        sql`WITH c AS MATERIALIZED (SELECT ${ranked} FROM organisations WHERE ${where(within)} LIMIT ${countLimit + 1}),
                 p AS MATERIALIZED (SELECT ${ranked}
                   FROM (SELECT organisations.*, organisations.search_name COLLATE "C" AS sort_name FROM organisations
                         WHERE organisations.search_name COLLATE "C" LIKE ${likePrefix(text.folded)}
                         ORDER BY ${byName} LIMIT ${2 * prefixLimit}) AS organisations
                   WHERE ${where(within)} ORDER BY organisations.sort_name, organisations.id LIMIT ${prefixLimit})
            SELECT k.n, r.id, r.distance_km FROM (SELECT count(*)::int AS n FROM c) AS k
            LEFT JOIN LATERAL (SELECT b.id, b.distance_km FROM (
                SELECT * FROM (SELECT * FROM c UNION SELECT * FROM p) AS u
                ORDER BY u.base + ${text.folded.length}::float8 / greatest(length(u.sort_name), 1) DESC, u.sort_name, u.id
                LIMIT ${Math.max(RESCORED, offset + query.pageSize)}) AS b
              ORDER BY b.base + ${textCloseness(text, sql`b.sort_name`)} DESC, b.sort_name, b.id LIMIT ${query.pageSize} OFFSET ${offset}) AS r ON true`,
      );
      return { rows: page.filter((r) => r.id !== null), ...counted(page[0]?.n ?? 0) };
    }

    if (near && sort === 'relevance') {
      // Nearest first: the smallest circle that fills the page holds exactly the nearest rows, and costs far less
      // than sorting every organisation within the full distance.
      let page: Row[] = [];
      for (const km of [near.km / 8, near.km / 2, near.km]) {
        page = await queryRows<Row>(
          t,
          sql`SELECT organisations.id, ${near.distance} AS distance_km FROM organisations WHERE ${where([near.within(km)])}
              ORDER BY ${near.distance}, organisations.id LIMIT ${query.pageSize} OFFSET ${offset}`,
        );
        if (page.length === query.pageSize) break;
      }
      if (offset === 0 && page.length < query.pageSize) return { rows: page, total: page.length, totalExact: true };
      return { rows: page, ...counted(await countUpTo(where([near.within(near.km)]))) };
    }

    // By name. Up to the count limit, the matches are read once (bounded), counted and sorted; beyond it the
    // matches are broad, and the (folded name, id) index gives the order so that a page reads few more rows.
    const condition = where(near ? [near.within(near.km)] : []);
    const distance = near ? near.distance : sql`NULL::float8`;
    const small = await queryRows<Row & { n: number; bound_name: string | null; bound_id: string | null }>(
      t,
      sql`WITH c AS MATERIALIZED (SELECT organisations.id, organisations.search_name COLLATE "C" AS sort_name, ${distance} AS distance_km
                                  FROM organisations WHERE ${condition} LIMIT ${countLimit + 1})
          SELECT k.n, k.bound_name, k.bound_id, r.id, r.distance_km FROM (
            SELECT count(*)::int AS n,
                   (SELECT b.sort_name FROM c AS b ORDER BY b.sort_name, b.id OFFSET ${offset + query.pageSize - 1} LIMIT 1) AS bound_name,
                   (SELECT b.id FROM c AS b ORDER BY b.sort_name, b.id OFFSET ${offset + query.pageSize - 1} LIMIT 1) AS bound_id
            FROM c) AS k
          LEFT JOIN LATERAL (SELECT * FROM c WHERE k.n <= ${countLimit} ORDER BY c.sort_name, c.id LIMIT ${query.pageSize} OFFSET ${offset}) AS r ON true`,
    );
    const n = small[0]?.n ?? 0;
    if (n <= countLimit) return { rows: small.filter((r) => r.id !== null), total: n, totalExact: true };
    // Broad matches. The rows read for the count hold at least a page's worth of matches, so the page lies at or
    // before the last of them in name order: only the matches up to that name are read and sorted. With a filter,
    // the filter's index cut by the name range finds them (walking the name index instead could read most of the
    // table first when the matches follow the names: a NACE filter picks "Scierie …" and "Menuiserie …"); with
    // none, the name index gives the page at once.
    const { bound_name: boundName, bound_id: boundId } = small[0]!;
    const narrowed = text || near || filters.length > (query.network ? 2 : 1);
    // Few rows lie before the bound, but the planner cannot know it (the names follow the activity, which follows
    // the NACE code): the membership is checked on those rows only.
    const bounded = sql.join([...buildFilters(actor, query, true).filters, ...(text ? [textMatch(text)] : []), ...(near ? [near.within(near.km)] : [])], sql` AND `);
    const page = await queryRows<Row>(
      t,
      sql`SELECT organisations.id, ${distance} AS distance_km FROM organisations
          WHERE ${bounded} AND (organisations.search_name COLLATE "C", organisations.id) <= (${boundName}::text COLLATE "C", ${boundId}::uuid)
          ORDER BY ${narrowed ? sql`(organisations.search_name COLLATE "C") || '', organisations.id` : byName} LIMIT ${query.pageSize} OFFSET ${offset}`,
    );
    return { rows: page, ...counted(n) };
  });
  const byId = new Map<string, typeof organisations.$inferSelect>();
  if (rows.length) {
    const full = await db.query.organisations.findMany({ where: (o, { inArray }) => inArray(o.id, rows.map((r) => r.id)) });
    for (const o of full) byId.set(o.id, o);
  }
  return {
    items: rows.map((r) => ({ organisation: byId.get(r.id)!, distanceKm: r.distance_km === null ? null : Math.round(r.distance_km * 10) / 10 })),
    total,
    totalExact,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const MAP_POINT_LIMIT = 20_000;

/** Light answer for the map: position and name of every matching organisation that has coordinates. */
export async function mapOrganisations({ db, actor, query }: { db: Db; actor: Actor; query: SearchOrganisationsQuery }) {
  const rows = await withSearchSettings(db, async (t) => {
    const text = query.q ? await textQuery(t, query.q) : undefined;
    const { filters, near } = buildFilters(actor, query);
    const condition = sql.join([...filters, ...(text ? [textMatch(text)] : []), ...(near ? [near.within(near.km)] : [])], sql` AND `);
    return queryRows<{ id: string; name: string; lat: number; lon: number; kind: string }>(
      t,
      sql`SELECT organisations.id, organisations.name, organisations.latitude AS lat, organisations.longitude AS lon, organisations.kind
          FROM organisations WHERE ${condition} AND organisations.latitude IS NOT NULL AND organisations.longitude IS NOT NULL
          ORDER BY organisations.id LIMIT ${MAP_POINT_LIMIT + 1}`,
    );
  });
  return { points: rows.slice(0, MAP_POINT_LIMIT), truncated: rows.length > MAP_POINT_LIMIT };
}

/**
 * Settings local to the search's transaction: the similarity of a typo correction; no JIT compilation (on a
 * server it costs ~100 ms and these plans read a bounded number of rows); and a work memory small enough that the
 * planner checks the network membership of the few candidate rows through the index rather than hashing every
 * membership of the network first, yet large enough for exact bitmaps of the matches.
 */
function withSearchSettings<T>(db: Db, fn: (t: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await queryRows(
      t,
      sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(CORRECTION_SIMILARITY)}, true), set_config('jit', 'off', true),
                 set_config('work_mem', '1MB', true), set_config('random_page_cost', '1.1', true),
                 set_config('max_parallel_workers_per_gather', '0', true)`,
    );
    return fn(t);
  });
}

/**
 * Every condition but the words and the distance: policy, network, codes, places, categories.
 *
 * `membershipPerRow`: check the network membership of each row the other conditions keep, through the index
 * (OFFSET 0 keeps the planner from turning the EXISTS into a join). For a query whose rows are few but estimated
 * many, the join the planner picks reads every membership of the network first (100,000 on PGlite: ~90 ms).
 */
function buildFilters(actor: Actor, query: SearchOrganisationsQuery, membershipPerRow = false) {
  const filters: SQL[] = [organisationsVisibleTo(actor, query.network)];
  if (query.network)
    filters.push(
      sql`EXISTS (SELECT 1 FROM network_organisations m WHERE m.organisation_id = organisations.id AND m.network_id = ${query.network}${membershipPerRow ? sql` OFFSET 0` : sql``})`,
    );
  if (query.nace?.length) {
    const codes = query.nace.map((c) => parseNaceCode(c) ?? c);
    filters.push(naceUnder(codes));
  }
  if (query.country?.length) filters.push(sql`organisations.country = ANY(${textArray(query.country)})`);
  if (query.kind?.length) filters.push(sql`organisations.kind = ANY(${textArray(query.kind)})`);
  if (query.commune) filters.push(sql`organisations.commune_key = ${fold(query.commune).replace(/[^a-z0-9]+/g, '')}`);
  if (query.capability?.length) filters.push(sql`organisations.capabilities && ${textArray(query.capability)}`);
  if (query.tag?.length) filters.push(sql`organisations.tags && ${textArray(query.tag)}`);
  if (query.ecosystem?.length) filters.push(inCategories('ecosystem', query.ecosystem, query.network));
  if (query.axis?.length) filters.push(inCategories('axis', query.axis, query.network));
  let near: { km: number; distance: SQL; within: (km: number) => SQL } | undefined;
  if (query.near) {
    const { lat, lon, km } = query.near;
    const distance = sql`(6371 * 2 * asin(sqrt(power(sin(radians(organisations.latitude - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(organisations.latitude)) * power(sin(radians(organisations.longitude - ${lon}) / 2), 2))))`;
    // The bounding box lets the index narrow the rows before the exact distance is computed; its longitude span
    // is the circle's widest (reached a little poleward of the centre), with a margin for rounding.
    const within = (r: number) => {
      const dLat = (r / 111.19) * 1.001;
      const ratio = Math.sin(r / 6371) / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
      const dLon = ratio >= 1 ? 180 : ((Math.asin(ratio) * 180) / Math.PI) * 1.001;
      return sql`organisations.latitude BETWEEN ${lat - dLat} AND ${lat + dLat}
        AND organisations.longitude BETWEEN ${lon - dLon} AND ${lon + dLon} AND ${distance} <= ${r}`;
    };
    near = { km, distance, within };
  }
  return { filters, near };
}
