import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testApp } from '../../../tests/test-database';
import { projectRoot } from '../../config/paths';
import type { Database } from '../../db/client';
import { importPostalCodes } from '../../domain/geo/import-postal-codes';
import { readPlaceQuery } from '../../domain/geo/search-places';
import { readPostalCodeFile } from '../../domain/geo/read-postal-code-file';

const folder = path.resolve(projectRoot, '..', 'shared', 'data', 'geo', 'postal_codes_geonames');
const hasData = fs.existsSync(folder);

interface Place {
  name: string;
  postcode: string;
  postcodes: number;
  country: string;
  region: string;
  lat: number;
  lon: number;
}

let database: Database;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database);
  if (hasData) {
    // The Grande Région files as `maillage geo import` loads them (idempotent: the PostgreSQL test database is shared).
    const entries = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      .flatMap((f) => readPostalCodeFile(fs.readFileSync(path.join(folder, f)), f).entries);
    await importPostalCodes(database.db, entries);
  }
});
afterAll(() => database?.close());

const places = async (query: string) => {
  const res = await app.request(`/api/places?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { items: Place[] }).items;
};

describe('place search: how the text is read', () => {
  it('tells postcodes, postcodes with a name, Dutch postcodes and names apart', () => {
    expect(readPlaceQuery('6900')).toEqual({ postcode: '6900', key: '' });
    expect(readPlaceQuery(' l-4970 ')).toEqual({ postcode: '4970', key: '' });
    expect(readPlaceQuery('6900 Marche-en')).toEqual({ postcode: '6900', key: 'marcheen' });
    expect(readPlaceQuery('1012 ab')).toEqual({ postcode: '1012 AB', key: '' });
    expect(readPlaceQuery('Saint Avold')).toEqual({ postcode: '', key: 'saintavold' });
    expect(readPlaceQuery('SAARBRÜCKEN')).toEqual({ postcode: '', key: 'saarbrucken' });
    expect(readPlaceQuery(' - ')).toEqual({ postcode: '', key: '' });
  });
});

describe.skipIf(!hasData)('GET /api/places over the GeoNames postal codes (skipped without ../shared/data/geo)', () => {
  it('finds a commune by the beginning of its name, forgiving accents, case, spaces and dashes', async () => {
    const [arlon] = await places('q=arl&country=BE');
    expect(arlon).toEqual({ name: 'Arlon', postcode: '6700', postcodes: 1, country: 'BE', region: 'Wallonie', lat: 49.6833, lon: 5.8167 });
    expect((await places('q=SAINT%20AVOLD'))[0]).toMatchObject({ name: 'Saint-Avold', postcode: '57500', country: 'FR' });
    // CEDEX sorting codes are not places: Saint-Avold has one postcode.
    expect((await places('q=saint-avold'))[0]!.postcodes).toBe(1);
    expect((await places('q=saarbrucken&country=de'))[0]).toMatchObject({ name: 'Saarbrücken', country: 'DE' });
  });

  it('puts the exact name first and merges the many postcodes of one city into one place', async () => {
    const lux = await places('q=Luxembourg&country=LU');
    expect(lux[0]).toMatchObject({ name: 'Luxembourg', country: 'LU' });
    expect(lux[0]!.postcodes).toBeGreaterThan(100);
    expect(lux[0]!.lat).toBeCloseTo(49.61, 1);
    expect(lux.filter((p) => p.name === 'Luxembourg')).toHaveLength(1);
    // Without a country: every Luxembourg-something of the four countries, the exact name still first.
    const all = await places('q=luxemb&limit=20');
    expect(all[0]!.name).toBe('Luxembourg');
    // A shorter prefix that is a place's whole name finds that place first: Luxem, in the Eifel.
    expect((await places('q=luxem'))[0]).toMatchObject({ name: 'Luxem', country: 'DE' });
  });

  it('offers the bigger commune first among names that only begin with the text', async () => {
    // Liège has two postcodes in the file, Lier, Liers, Lierneux and Liedekerke one each: the city comes first,
    // although Lier is shorter; its exact name is still first when typed in full.
    const lie = await places('q=lie&country=BE');
    expect(lie[0]).toMatchObject({ name: 'Liège', country: 'BE' });
    expect(lie.map((p) => p.name)).toEqual(expect.arrayContaining(['Lier', 'Liers']));
    expect((await places('q=lier&country=BE'))[0]).toMatchObject({ name: 'Lier' });
    expect((await places('q=Li%C3%A8ge'))[0]).toMatchObject({ name: 'Liège', country: 'BE' });
  });

  it('lists the places of a postcode, and narrows them by a name after it', async () => {
    const six900 = await places('q=6900&country=BE&limit=20');
    expect(six900.every((p) => p.postcode === '6900' && p.country === 'BE')).toBe(true);
    expect(six900.map((p) => p.name)).toEqual(expect.arrayContaining(['Aye', 'Hargimont', 'Marche-En-Famenne']));
    expect(await places('q=6900%20marche&country=BE')).toEqual([expect.objectContaining({ name: 'Marche-En-Famenne', lat: 50.2268, lon: 5.3442 })]);
    expect((await places('q=L-4970'))[0]).toMatchObject({ name: 'Bettange-sur-Mess', country: 'LU', postcode: '4970' });
    const prefix = await places('q=670&country=BE&limit=50');
    expect(prefix.length).toBeGreaterThan(3);
    expect(prefix.every((p) => p.postcode.startsWith('670'))).toBe(true);
  });

  it('honours the limit and the countries, and answers an empty list for an unknown place', async () => {
    expect(await places('q=s&limit=3')).toHaveLength(3);
    const beLu = await places('q=bet&country=BE,LU&limit=50');
    expect(beLu.length).toBeGreaterThan(0);
    expect(beLu.every((p) => p.country === 'BE' || p.country === 'LU')).toBe(true);
    expect(await places('q=zzzqqq')).toEqual([]);
  });
});

describe('GET /api/places refuses bad input, naming the field', () => {
  it.each([
    ['q=', 'q'],
    ['country=BE', 'q'],
    ['q=arlon&country=Belgium', 'country'],
    ['q=arlon&limit=500', 'limit'],
    [`q=${'a'.repeat(101)}`, 'q'],
  ])('%s → 400 on %s', async (query, field) => {
    const res = await app.request(`/api/places?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
  });

  it('is documented in the OpenAPI description', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/places']).toBeDefined();
  });
});
