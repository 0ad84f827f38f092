import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { postalCodes } from '../../db/schema';
import { placeKey, postcodeKey } from './place-key';
import type { PostalCodeEntry } from './read-postal-code-file';

export interface PostalCodeImportResult {
  countries: Record<string, { inserted: number; updated: number }>;
  duplicates: number;
}

const BATCH = 1000;

/** Loads postal codes for offline geocoding: upserts by (country, postcode, place), in batches, in one transaction. */
export async function importPostalCodes(db: Db, entries: PostalCodeEntry[]): Promise<PostalCodeImportResult> {
  const unique = new Map<string, typeof postalCodes.$inferInsert>();
  for (const e of entries) {
    const row = { country: e.country, postcode: postcodeKey(e.postcode, e.country), place: e.place, placeKey: placeKey(e.place), region: e.region, latitude: e.latitude, longitude: e.longitude };
    const key = `${row.country}|${row.postcode}|${row.placeKey}`;
    // One statement may not upsert the same row twice; the first line of a place wins.
    if (!unique.has(key)) unique.set(key, row);
  }
  const rows = [...unique.values()];
  const countries: PostalCodeImportResult['countries'] = {};
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const done = await tx
        .insert(postalCodes)
        .values(rows.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: [postalCodes.country, postalCodes.postcode, postalCodes.placeKey],
          set: { place: sql`excluded.place`, region: sql`excluded.region`, latitude: sql`excluded.latitude`, longitude: sql`excluded.longitude` },
        })
        .returning({ country: postalCodes.country, inserted: sql<boolean>`(xmax = 0)` });
      for (const d of done) {
        const c = (countries[d.country] ??= { inserted: 0, updated: 0 });
        if (d.inserted) c.inserted++;
        else c.updated++;
      }
    }
  });
  return { countries, duplicates: entries.length - rows.length };
}
