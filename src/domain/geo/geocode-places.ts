import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { placeKey, postcodeKey } from './place-key';

export interface PlaceQuery {
  country: string;
  postcode?: string | undefined;
  commune?: string | undefined;
}

export interface GeocodeResult {
  latitude: number;
  longitude: number;
  /** 'postcode+commune': the place itself; 'postcode': the only place or the middle of several; 'commune': by name. */
  precision: 'postcode+commune' | 'postcode' | 'commune';
  place: string;
}

interface PostalRow {
  country: string;
  postcode: string;
  place: string;
  place_key: string;
  latitude: number;
  longitude: number;
}

function centre(rows: PostalRow[]): { latitude: number; longitude: number } {
  const n = rows.length;
  return {
    latitude: Math.round((rows.reduce((s, r) => s + r.latitude, 0) / n) * 1e5) / 1e5,
    longitude: Math.round((rows.reduce((s, r) => s + r.longitude, 0) / n) * 1e5) / 1e5,
  };
}

/**
 * Coordinates from the postal_codes table (loaded by `maillage geo import`), offline: the place of the postcode,
 * the one whose name is the commune when several share it, else their middle; by commune name without postcode.
 * One query per batch, whatever its size.
 */
export async function geocodePlaces(db: Db, queries: PlaceQuery[]): Promise<(GeocodeResult | undefined)[]> {
  const keyed = queries.map((q) => ({
    country: q.country,
    postcode: q.postcode ? postcodeKey(q.postcode, q.country) : '',
    placeKey: q.commune ? placeKey(q.commune) : '',
  }));
  const byPostcode = [...new Set(keyed.filter((k) => k.postcode).map((k) => `${k.country}|${k.postcode}`))];
  const byPlace = [...new Set(keyed.filter((k) => !k.postcode && k.placeKey).map((k) => `${k.country}|${k.placeKey}`))];
  if (!byPostcode.length && !byPlace.length) return queries.map(() => undefined);
  const rows = await queryRows<PostalRow>(
    db,
    sql`SELECT country, postcode, place, place_key, latitude, longitude FROM postal_codes
        WHERE (country, postcode) IN (SELECT split_part(x, '|', 1), split_part(x, '|', 2) FROM jsonb_array_elements_text(${JSON.stringify(byPostcode)}::jsonb) x)
           OR (country, place_key) IN (SELECT split_part(x, '|', 1), split_part(x, '|', 2) FROM jsonb_array_elements_text(${JSON.stringify(byPlace)}::jsonb) x)`,
  );
  const postcodeIndex = new Map<string, PostalRow[]>();
  const placeIndex = new Map<string, PostalRow[]>();
  for (const r of rows) {
    const a = `${r.country}|${r.postcode}`;
    postcodeIndex.set(a, [...(postcodeIndex.get(a) ?? []), r]);
    const b = `${r.country}|${r.place_key}`;
    placeIndex.set(b, [...(placeIndex.get(b) ?? []), r]);
  }
  return keyed.map((k): GeocodeResult | undefined => {
    if (k.postcode) {
      const places = postcodeIndex.get(`${k.country}|${k.postcode}`);
      if (!places?.length) return undefined;
      const named = k.placeKey ? places.filter((p) => p.place_key === k.placeKey) : [];
      if (named.length) return { ...centre(named), precision: 'postcode+commune', place: named[0]!.place };
      return { ...centre(places), precision: 'postcode', place: places.length === 1 ? places[0]!.place : places.map((p) => p.place).slice(0, 3).join(', ') };
    }
    const places = placeIndex.get(`${k.country}|${k.placeKey}`);
    if (!places?.length) return undefined;
    return { ...centre(places), precision: 'commune', place: places[0]!.place };
  });
}
