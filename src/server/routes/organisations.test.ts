import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser, uniq } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
let app: ReturnType<typeof testApp>;
let coordinator: Awaited<ReturnType<typeof signInAs>>;
let coordinatorName = '';
let slug = '';
let networkId = '';

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database);
  const network = await makeNetwork(database.db, 'Directory API test');
  slug = network.slug;
  networkId = network.id;
  const user = await makeUser(database.db, { name: 'Chloé Coordinatrice' });
  coordinatorName = user.name;
  await grantRole(database.db, user.id, network.id, 'coordinator');
  coordinator = await signInAs(app, user.email);
});
afterAll(async () => {
  await database?.close();
});

type Err = { error: { code: string; field?: string; message: string } };

describe('organisation profile API', () => {
  it('validates identifiers and NACE codes, naming the field, and stores them normalised', async () => {
    const bad = await coordinator.request(`/api/networks/${slug}/organisations`, { method: 'POST', body: { name: 'X', country: 'BE', beEnterprise: '0123.456.748' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Err).error.field).toBe('beEnterprise');
    const badNace = await coordinator.request(`/api/networks/${slug}/organisations`, { method: 'POST', body: { name: 'X', country: 'BE', naceCodes: ['16.11', '99.99'] } });
    expect(((await badNace.json()) as Err).error.field).toBe('naceCodes.1');
    const ok = await coordinator.request(`/api/networks/${slug}/organisations`, {
      method: 'POST',
      body: { name: uniq('Menuiserie Klein'), country: 'FR', naceCodes: ['1623'], capabilities: ['CNC 5 axes'], frSiren: '732 829 320', beEnterprise: null },
    });
    expect(ok.status).toBe(201);
    const org = (await ok.json()) as { frSiren: string; naceCodes: string[] };
    expect(org.frSiren).toBe('732829320');
    expect(org.naceCodes).toEqual(['C16.23']);
  });

  it('refuses a second organisation with the same identifier, whatever its spelling', async () => {
    const first = await coordinator.request(`/api/networks/${slug}/organisations`, { method: 'POST', body: { name: uniq('A'), country: 'LU', luRcs: `B${Math.floor(Math.random() * 899999) + 100000}` } });
    const { luRcs } = (await first.json()) as { luRcs: string };
    const again = await coordinator.request(`/api/networks/${slug}/organisations`, {
      method: 'POST',
      body: { name: uniq('B'), country: 'LU', luRcs: `RCS Luxembourg ${luRcs.slice(0, 1)} ${luRcs.slice(1)}` },
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Err).error.field).toBe('luRcs');
  });

  it('sets ecosystems of the network only, and keeps a field-by-field history', async () => {
    const eco = await coordinator.request(`/api/networks/${slug}/categories`, { method: 'POST', body: { kind: 'ecosystem', slug: 'bois', name: { fr: 'Bois', de: 'Holz' } } });
    expect(eco.status).toBe(201);
    const { id: ecoId } = (await eco.json()) as { id: string };
    const dup = await coordinator.request(`/api/networks/${slug}/categories`, { method: 'POST', body: { kind: 'ecosystem', slug: 'bois', name: { fr: 'Bois' } } });
    expect(dup.status).toBe(409);
    const other = await makeNetwork(database.db);
    const foreign = await database.query<{ id: string }>(
      "INSERT INTO network_categories (network_id, kind, slug) VALUES ($1, 'axis', 'x') RETURNING id",
      [other.id],
    );
    const org = await makeOrganisation(database.db, { networkIds: [networkId] });
    const wrong = await coordinator.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { categories: [foreign[0]!.id] } });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Err).error.field).toBe('categories.0');
    const patched = await coordinator.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { categories: [ecoId], phone: '+32 61 00 00 00', tags: ['scierie'] } });
    expect(patched.status).toBe(200);
    const history = (await (await coordinator.request(`/api/organisations/${org.id}/history`)).json()) as {
      actor: { name: string };
      changes: Record<string, { from: unknown; to: unknown }>;
    }[];
    expect(history[0]?.actor.name).toBe(coordinatorName);
    expect(history[0]?.changes).toEqual({ phone: { from: '', to: '+32 61 00 00 00' }, tags: { from: [], to: ['scierie'] } });
    const profile = (await (await coordinator.request(`/api/organisations/${org.id}`)).json()) as { canEdit: boolean; categories: { slug: string }[] };
    expect(profile.canEdit).toBe(true);
    expect(profile.categories.map((k) => k.slug)).toEqual(['bois']);
    // A member of the network may read the profile but not its history.
    const member = await makeUser(database.db);
    await grantRole(database.db, member.id, networkId, 'member');
    const client = await signInAs(app, member.email);
    expect((await client.request(`/api/organisations/${org.id}/history`)).status).toBe(403);
    expect(((await (await client.request(`/api/organisations/${org.id}`)).json()) as { canEdit: boolean }).canEdit).toBe(false);
    // Its representative may.
    const rep = await makeUser(database.db);
    await makeRepresentative(database.db, rep.id, org.id);
    expect((await (await signInAs(app, rep.email)).request(`/api/organisations/${org.id}/history`)).status).toBe(200);
  });
});

describe('export', () => {
  it('exports the filtered, visible list as CSV and XLSX with translated headings and defused formulas', async () => {
    const network = await makeNetwork(database.db, 'Export test');
    const user = await makeUser(database.db);
    await grantRole(database.db, user.id, network.id, 'member');
    const client = await signInAs(app, user.email);
    const visible = await makeOrganisation(database.db, { networkIds: [network.id], name: '=HYPERLINK("http://evil")' });
    await makeOrganisation(database.db, { networkIds: [network.id], name: uniq('Scierie Visible') });
    const hidden = await makeOrganisation(database.db, { networkIds: [network.id], name: uniq('Confidentiel'), visibility: 'coordinators' });
    const csv = await client.request(`/api/organisations/export?network=${network.id}&format=csv&locale=de`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel then reads UTF-8
    const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8').trim(), { delimiter: ';' });
    expect(parsed.data[0]?.[0]).toBe('Name');
    expect(parsed.data[0]).toContain('PLZ');
    const names = parsed.data.slice(1).map((r) => r[0]);
    expect(names).toHaveLength(2);
    expect(names).toContain(`'${visible.name}`);
    expect(names).not.toContain(hidden.name);
    const xlsx = await client.request(`/api/organisations/export?network=${network.id}&format=xlsx&locale=nl`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(7).value).toBe('Gemeente');
    expect(sheet.rowCount).toBe(3);
  });

  it('takes the distance filter on export and map too', async () => {
    const network = await makeNetwork(database.db, 'Near test');
    const user = await makeUser(database.db);
    await grantRole(database.db, user.id, network.id, 'member');
    const client = await signInAs(app, user.email);
    const org = await makeOrganisation(database.db, { networkIds: [network.id], name: uniq('Arlon Bois') });
    await database.query('UPDATE organisations SET latitude = 49.683, longitude = 5.816 WHERE id = $1', [org.id]);
    const csv = await client.request(`/api/organisations/export?network=${network.id}&near=49.7,5.8,10&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-total-count')).toBe('1');
    const map = await client.request(`/api/organisations/map?network=${network.id}&near=49.7,5.8,10`);
    expect(map.status).toBe(200);
    expect(((await map.json()) as { points: { id: string }[] }).points.map((p) => p.id)).toEqual([org.id]);
    const far = await client.request(`/api/organisations/map?network=${network.id}&near=48.5,7.7,10`);
    expect(((await far.json()) as { points: unknown[] }).points).toEqual([]);
  });
});
