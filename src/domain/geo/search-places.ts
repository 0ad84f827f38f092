import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { placeKey } from './place-key';

export interface PlaceHit {
  name: string;
  /** The place's postcode; for a commune with several, the lowest (see `postcodes`). */
  postcode: string;
  /** How many postcodes the commune has in the table (Luxembourg City has hundreds). */
  postcodes: number;
  country: string;
  region: string;
  lat: number;
  lon: number;
}

export interface PlaceSearch {
  q: string;
  countries?: string[] | undefined;
  limit?: number | undefined;
}

interface Row {
  country: string;
  postcode: string;
  place: string;
  place_key: string;
  region: string;
  latitude: number;
  longitude: number;
}

/** Rows of one commune name further apart than this are homonyms (two villages called "Sainte-Marie"), not one place. */
const SAME_PLACE_KM = 20;
export const MAX_PLACE_RESULTS = 50;

/**
 * How the text is read: a postcode ("6900", "L-4970", "57 0"), a postcode then a name ("6900 marche"), or the
 * beginning of a commune name.
 */
export function readPlaceQuery(q: string): { postcode: string; key: string } {
  const text = q.trim().toUpperCase();
  const m = /^(?:(?:L|B|D|F|NL)\s*-\s*)?(\d[\dA-Z]*)(?:\s+(.*))?$/.exec(text);
  if (m) {
    // "1234 AB" is a Dutch postcode, not a postcode and a name: GeoNames writes it with the space.
    const dutch = m[2] && /^\d{4}$/.test(m[1]!) && /^[A-Z]{1,2}$/.test(m[2]);
    if (dutch) return { postcode: `${m[1]} ${m[2]}`, key: '' };
    return { postcode: m[1]!, key: placeKey(m[2] ?? '') };
  }
  return { postcode: '', key: placeKey(q) };
}

const rad = (d: number) => (d * Math.PI) / 180;
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

function hitOf(rows: Row[]): PlaceHit {
  const first = rows[0]!;
  const postcodes = [...new Set(rows.map((r) => r.postcode))].sort();
  return {
    name: first.place,
    postcode: postcodes[0]!,
    postcodes: postcodes.length,
    country: first.country,
    region: first.region,
    lat: round(rows.reduce((s, r) => s + r.latitude, 0) / rows.length),
    lon: round(rows.reduce((s, r) => s + r.longitude, 0) / rows.length),
  };
}

/** The rows of one commune name as places: neighbouring postcodes merge into one, distant homonyms stay apart. */
function clusterRows(rows: Row[]): Row[][] {
  const clusters: Row[][] = [];
  for (const r of rows) {
    const home = clusters.find((c) => km(c[0]!, r) <= SAME_PLACE_KM);
    if (home) home.push(r);
    else clusters.push([r]);
  }
  return clusters;
}

/**
 * Places of the postal_codes table (loaded by `maillage geo import`) whose name or postcode begins with the text,
 * forgiving accents, case, spaces and dashes ("saint avold" finds Saint-Avold). Exact names come first, then the
 * bigger communes (the postal file has no population: a city has one postcode per district, Liège five, Luxembourg
 * hundreds, a village one), then the shortest: "lie" offers Liège before Lier, Liers or Lierneux. A commune with several postcodes is one place at their centre; a postcode lists each of its places.
 */
export async function searchPlaces(db: Db, search: PlaceSearch): Promise<PlaceHit[]> {
  const limit = Math.min(Math.max(search.limit ?? 10, 1), MAX_PLACE_RESULTS);
  const { postcode, key } = readPlaceQuery(search.q);
  if (!postcode && !key) return [];
  const countries = search.countries?.length ? search.countries : null;
  // French CEDEX codes are mail sorting codes of firms and administrations, not places.
  const kept = sql`${countries ? sql`country IN (${sql.join(countries.map((c) => sql`${c}`), sql`, `)})` : sql`TRUE`} AND postcode NOT LIKE '%CEDEX%'`;

  if (postcode) {
    const rows = await queryRows<Row>(
      db,
      sql`SELECT country, postcode, place, place_key, region, latitude, longitude FROM postal_codes
          WHERE ${kept} AND postcode LIKE ${`${postcode}%`} AND (${key} = '' OR place_key LIKE ${`${key}%`})
          ORDER BY (postcode = ${postcode}) DESC, postcode, (place_key = ${key}) DESC, place
          LIMIT ${limit}`,
    );
    return rows.map((r) => hitOf([r]));
  }

  // The communes first (a few more than asked, homonyms may split one into several), then all their rows.
  const rows = await queryRows<Row>(
    db,
    sql`WITH names AS (
          SELECT country, place_key, bool_or(place_key = ${key}) AS exact, count(DISTINCT postcode) AS size
          FROM postal_codes
          WHERE ${kept} AND place_key LIKE ${`${key}%`}
          GROUP BY country, place_key
          ORDER BY exact DESC, size DESC, length(place_key), place_key, country
          LIMIT ${limit})
        SELECT p.country, p.postcode, p.place, p.place_key, p.region, p.latitude, p.longitude
        FROM postal_codes p JOIN names n ON n.country = p.country AND n.place_key = p.place_key
        WHERE p.postcode NOT LIKE '%CEDEX%'
        ORDER BY n.exact DESC, n.size DESC, length(p.place_key), p.place_key, p.country, p.postcode`,
  );
  const byName = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.country}|${r.place_key}`;
    const list = byName.get(k);
    if (list) list.push(r);
    else byName.set(k, [r]);
  }
  return [...byName.values()].flatMap(clusterRows).slice(0, limit).map(hitOf);
}
