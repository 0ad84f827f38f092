import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { networkCategories, organisationCategories, organisations } from '../../db/schema';
import { makeNetwork, makeOrganisation, uniq } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import { loadActor, type Actor } from '../policy/actor';
import { grantRole, makeUser } from '../../../tests/factories';
import { mapOrganisations, SEARCH_COUNT_LIMIT, searchOrganisations, searchOrganisationsQuery } from './search-organisations';
import { eq } from 'drizzle-orm';
import crypto from 'node:crypto';

let database: Database;
let actor: Actor;
let networkId = '';
const ids: Record<string, string> = {};

/** A small territory of its own, in a fresh network, so the assertions hold on a shared server database too. */
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const network = await makeNetwork(db, 'Search test');
  networkId = network.id;
  const user = await makeUser(db);
  await grantRole(db, user.id, network.id, 'observer');
  actor = await loadActor(db, user.id);
  const tag = uniq('t');
  const add = async (key: string, values: Partial<typeof organisations.$inferInsert>) => {
    const org = await makeOrganisation(db, { networkIds: [network.id], name: values.name ?? key });
    await db.update(organisations).set({ ...values, tags: [...(values.tags ?? []), tag] }).where(eq(organisations.id, org.id));
    ids[key] = org.id;
  };
  await add('scierie', { name: 'Scierie Dewez-Lambert', country: 'BE', commune: 'Bertrix', latitude: 49.855, longitude: 5.253, naceCodes: ['C16.11'], kind: 'company' });
  await add('liege', { name: 'Liège Métal Services', country: 'BE', commune: 'Liège', latitude: 50.633, longitude: 5.567, naceCodes: ['C25.61'], kind: 'company' });
  await add('holz', { name: 'Moselholz GmbH', country: 'DE', commune: 'Trier', latitude: 49.75, longitude: 6.637, naceCodes: ['C16.23'], description: { de: 'Zimmerei und Holzbau an der Mosel' }, kind: 'company' });
  await add('ess', { name: 'Atelier Solidaire du Pays-Haut', country: 'FR', commune: 'Longwy', latitude: 49.519, longitude: 5.761, naceCodes: ['E38.32'], kind: 'sse', capabilities: ['peinture industrielle'] });
  await add('lux', { name: 'Luxlab Analyses', country: 'LU', commune: 'Esch-sur-Alzette', latitude: 49.496, longitude: 5.98, naceCodes: ['M71.20'], kind: 'research' });
  const [eco] = await db.insert(networkCategories).values({ networkId: network.id, kind: 'ecosystem', slug: 'bois', name: { fr: 'Bois' } }).returning();
  await db.insert(organisationCategories).values([{ organisationId: ids.scierie!, categoryId: eco!.id }, { organisationId: ids.holz!, categoryId: eco!.id }]);
});

afterAll(async () => {
  await database?.close();
});

const search = async (params: Record<string, string>) => {
  const query = searchOrganisationsQuery.parse({ network: networkId, pageSize: '50', ...params });
  const result = await searchOrganisations({ db: database.db, actor, query });
  return { ...result, keys: result.items.map((i) => Object.entries(ids).find(([, id]) => id === i.organisation.id)?.[0]) };
};

describe('directory search', () => {
  it('forgives accents, case and typos', async () => {
    expect((await search({ q: 'liege metal' })).keys).toContain('liege');
    expect((await search({ q: 'LIÈGE' })).keys).toContain('liege');
    expect((await search({ q: 'scirie' })).keys).toContain('scierie');
    expect((await search({ q: 'dewez lambrt' })).keys).toContain('scierie');
  });

  it('finds words of any language, in descriptions and through NACE labels', async () => {
    expect((await search({ q: 'holzbau' })).keys).toContain('holz');
    // "sawmilling", "sciage", "zagen" are labels of C16.11 in three languages; none is in the organisation's name.
    for (const q of ['sawmilling', 'sciage', 'zagen']) expect((await search({ q })).keys, q).toContain('scierie');
  });

  it('ranks the closest name first', async () => {
    expect((await search({ q: 'scierie dewez' })).keys[0]).toBe('scierie');
  });

  it('filters by NACE at any level, country, kind, commune, capability and ecosystem', async () => {
    expect((await search({ nace: 'C16' })).keys.sort()).toEqual(['holz', 'scierie']);
    expect((await search({ nace: '16.11' })).keys).toEqual(['scierie']);
    expect((await search({ nace: 'C' })).keys.sort()).toEqual(['holz', 'liege', 'scierie']);
    expect((await search({ country: 'LU,DE' })).keys.sort()).toEqual(['holz', 'lux']);
    expect((await search({ kind: 'sse' })).keys).toEqual(['ess']);
    expect((await search({ commune: 'liege' })).keys).toEqual(['liege']);
    expect((await search({ capability: 'peinture industrielle' })).keys).toEqual(['ess']);
    expect((await search({ capability: 'soudure,peinture industrielle' })).keys).toEqual(['ess']);
    expect((await search({ nace: 'C16.11,E38' })).keys.sort()).toEqual(['ess', 'scierie']);
    expect((await search({ commune: 'ESCH SUR ALZETTE' })).keys).toEqual(['lux']);
    expect((await search({ ecosystem: 'bois' })).keys.sort()).toEqual(['holz', 'scierie']);
  });

  it('finds organisations within a distance, nearest first, with the distance', async () => {
    // 30 km around Arlon: Longwy (~20 km) and Esch-sur-Alzette (~25 km), not Trier (~60 km) nor Bertrix (~45 km).
    const r = await search({ near: '49.683,5.816,30', sort: 'relevance' });
    expect(r.keys.sort()).toEqual(['ess', 'lux']);
    expect(r.items[0]!.distanceKm).toBeGreaterThan(10);
    expect(r.items[0]!.distanceKm).toBeLessThan(r.items[1]!.distanceKm!);
  });

  it('gives the map every matching point with coordinates', async () => {
    const query = searchOrganisationsQuery.parse({ network: networkId, country: 'BE' });
    const { points, truncated } = await mapOrganisations({ db: database.db, actor, query });
    expect(points.map((p) => p.id).sort()).toEqual([ids.liege, ids.scierie].sort());
    expect(points.find((p) => p.id === ids.scierie)).toMatchObject({ lat: 49.855, lon: 5.253, name: 'Scierie Dewez-Lambert' });
    expect(truncated).toBe(false);
  });

  it('paginates with a stable total', async () => {
    const first = await search({ pageSize: '2', page: '1' });
    const second = await search({ pageSize: '2', page: '2' });
    const beyond = await search({ pageSize: '2', page: '9' });
    expect(first.total).toBe(5);
    expect(second.total).toBe(5);
    expect(beyond.total).toBe(5);
    expect(beyond.items).toEqual([]);
    expect(new Set([...first.keys, ...second.keys]).size).toBe(4);
  });
});

/** A word of letters only, unique to this run: the vocabulary and the full-text index see it as one word. */
const word = () => Array.from(crypto.randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('');

describe('typo corrections from the vocabulary', () => {
  it('corrects words of names and descriptions, finds words inside longer ones, and learns words of edited organisations', async () => {
    expect((await search({ q: 'holzbua' })).keys).toContain('holz');
    expect((await search({ q: 'zimerei' })).keys).toContain('holz');
    expect((await search({ q: 'bau' })).keys).toContain('holz');
    const fresh = `${word()}erie`;
    await database.db.update(organisations).set({ name: `Luxlab ${fresh}` }).where(eq(organisations.id, ids.lux!));
    // One letter dropped from a word the vocabulary learnt through the update trigger.
    expect((await search({ q: fresh.slice(0, 4) + fresh.slice(5) })).keys).toEqual(['lux']);
    await database.db.update(organisations).set({ name: 'Luxlab Analyses' }).where(eq(organisations.id, ids.lux!));
  });
});

describe('broad searches', () => {
  const over = SEARCH_COUNT_LIMIT + 5;
  let bulkNetwork = '';
  let bulkActor: Actor;
  const common = word();
  const late = word();
  let names: { id: string; key: string; late: boolean }[] = [];

  /** More organisations than the count limit in a network of their own: half of the late ones sort last. */
  beforeAll(async () => {
    const db = database.db;
    const network = await makeNetwork(db, 'Broad search test');
    bulkNetwork = network.id;
    const user = await makeUser(db);
    await grantRole(db, user.id, network.id, 'observer');
    bulkActor = await loadActor(db, user.id);
    // Names "aaa … <n>" for the first rows and "zzz … <n>" for the late ones, so that the late ones (over the count
    // limit on their own) sit past the part of the name index a listing walks before sorting instead.
    await database.query(
      `WITH rows AS (
         SELECT i, i > $4::int AS late FROM generate_series(1, $4::int + $3::int) AS i
       ), inserted AS (
         INSERT INTO organisations (name, country, tags, description)
         SELECT CASE WHEN late THEN 'zzz ' ELSE 'aaa ' END || $1 || ' ' || lpad(((i * 7919) % 100000)::text, 5, '0'), 'BE',
                CASE WHEN late THEN ARRAY[$2] ELSE ARRAY[]::text[] END, jsonb_build_object('fr', 'commun ' || $1)
         FROM rows RETURNING id)
       INSERT INTO network_organisations (network_id, organisation_id) SELECT $5::uuid, id FROM inserted`,
      [common, late, over, 2 * SEARCH_COUNT_LIMIT, network.id],
    );
    const rows = await database.query<{ id: string; search_name: string; tags: string[] }>(
      `SELECT o.id, o.search_name, o.tags FROM organisations o JOIN network_organisations m ON m.organisation_id = o.id WHERE m.network_id = $1`,
      [network.id],
    );
    names = rows.map((r) => ({ id: r.id, key: r.search_name, late: r.tags.includes(late) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
  }, 120_000);

  const broad = (params: Record<string, string>) =>
    searchOrganisations({ db: database.db, actor: bulkActor, query: searchOrganisationsQuery.parse({ network: bulkNetwork, ...params }) });

  it('stops counting at the limit and says so, counting further on deep pages', async () => {
    const first = await broad({ tag: late });
    expect(first.total).toBe(SEARCH_COUNT_LIMIT);
    expect(first.totalExact).toBe(false);
    expect(first.items).toHaveLength(20);
    const deep = await broad({ tag: late, page: String(SEARCH_COUNT_LIMIT / 20) });
    expect(deep).toMatchObject({ total: over, totalExact: true });
    const last = await broad({ tag: late, page: String(SEARCH_COUNT_LIMIT / 20 + 1) });
    expect(last.items).toHaveLength(5);
    const few = await broad({ q: `zzz ${common} 0` });
    expect(few.totalExact).toBe(true);
  });

  it('lists broad matches in name order, whether they are spread over the alphabet or gathered at its end', async () => {
    const everyone = await broad({ pageSize: '50' });
    expect(everyone.totalExact).toBe(false);
    expect(everyone.items.map((i) => i.organisation.id)).toEqual(names.slice(0, 50).map((n) => n.id));
    const lateOnes = names.filter((n) => n.late);
    const gathered = await broad({ tag: late, pageSize: '50', page: '2' });
    expect(gathered.items.map((i) => i.organisation.id)).toEqual(lateOnes.slice(50, 100).map((n) => n.id));
  });

  it('ranks the names that start with the words first, even past the matches it counts', async () => {
    const [special] = await database.query<{ id: string }>(
      `WITH o AS (INSERT INTO organisations (name, country) VALUES ($1, 'BE') RETURNING id)
       INSERT INTO network_organisations (network_id, organisation_id) SELECT $2::uuid, id FROM o RETURNING organisation_id AS id`,
      [`${common} Atelier`, bulkNetwork],
    );
    const r = await broad({ q: common });
    expect(r.totalExact).toBe(false);
    expect(r.items[0]!.organisation.id).toBe(special!.id);
  });
});
