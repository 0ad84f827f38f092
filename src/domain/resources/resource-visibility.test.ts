import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser, uniq } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';
import { anonymous, loadActor, type Actor } from '../policy/actor';
import { createResource, getResourceDetail } from './resources';
import { searchResources, searchResourcesQuery } from './search-resources';

/**
 * The authorisation matrix of resources (decision 003): every persona × every visibility × read/update, through
 * the domain, the SQL list filter and the HTTP routes. Expectations are written out by hand, not derived from the
 * policy, so a change in the policy shows up here as a failing row.
 */
type Persona = 'anonymous' | 'outsider' | 'member' | 'partner' | 'observer' | 'coordinator' | 'otherCoordinator' | 'owner' | 'admin';
type Case = 'public' | 'network' | 'namedOrganisations' | 'coordinators';

const personas: Persona[] = ['anonymous', 'outsider', 'member', 'partner', 'observer', 'coordinator', 'otherCoordinator', 'owner', 'admin'];
const canRead: Record<Case, Persona[]> = {
  public: personas, // chosen explicitly by the owner
  network: ['member', 'partner', 'observer', 'coordinator', 'owner', 'admin'],
  namedOrganisations: ['member', 'coordinator', 'owner', 'admin'], // shared with the member's organisation only
  coordinators: ['coordinator', 'owner', 'admin'],
};
const canUpdate: Persona[] = ['coordinator', 'owner', 'admin'];

let database: Database;
const actors = new Map<Persona, Actor>();
const emails = new Map<Persona, string>();
const records = new Map<Case, { id: string; name: string }>();

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const network = await makeNetwork(db, 'Pooling matrix');
  const other = await makeNetwork(db, 'Other network');
  const memberOrg = await makeOrganisation(db, { networkIds: [network.id] });
  const ownerOrg = await makeOrganisation(db, { networkIds: [network.id] });
  const ownerUser = await makeUser(db);
  await makeRepresentative(db, ownerUser.id, ownerOrg.id);
  const ownerActor = await loadActor(db, ownerUser.id);
  const tag = uniq('matrice');
  for (const [c, visibility] of [
    ['public', 'public'],
    ['network', 'network'],
    ['namedOrganisations', 'organisations'],
    ['coordinators', 'coordinators'],
  ] as const) {
    const r = await createResource({
      db,
      actor: ownerActor,
      input: { ownerOrganisationId: ownerOrg.id, kind: 'machine', name: `${tag} ${c}`, visibility, sharedWith: c === 'namedOrganisations' ? [memberOrg.id] : [] },
    });
    records.set(c, { id: r.id, name: r.name });
  }
  for (const p of personas) {
    if (p === 'anonymous') {
      actors.set(p, anonymous);
      continue;
    }
    const user = p === 'owner' ? ownerUser : await makeUser(db, { admin: p === 'admin' });
    emails.set(p, user.email);
    if (p === 'outsider') await grantRole(db, user.id, other.id, 'member');
    if (p === 'member') {
      await grantRole(db, user.id, network.id, 'member');
      await makeRepresentative(db, user.id, memberOrg.id);
    }
    if (p === 'partner') await grantRole(db, user.id, network.id, 'partner');
    if (p === 'observer') await grantRole(db, user.id, network.id, 'observer');
    if (p === 'coordinator') await grantRole(db, user.id, network.id, 'coordinator');
    if (p === 'otherCoordinator') await grantRole(db, user.id, other.id, 'coordinator');
    actors.set(p, await loadActor(db, user.id));
  }
});

afterAll(async () => {
  await database?.close();
});

const rows = personas.flatMap((p) => (['public', 'network', 'namedOrganisations', 'coordinators'] as Case[]).map((c) => [p, c] as const));

describe('resource visibility matrix (domain and SQL filter)', () => {
  it.each(rows)('%s reading a %s resource', async (persona, c) => {
    const actor = actors.get(persona)!;
    const record = records.get(c)!;
    const expected = canRead[c].includes(persona);
    const read = await getResourceDetail({ db: database.db, actor, id: record.id }).then(
      (d) => d,
      (e: { code?: string }) => (e.code === 'not_found' ? null : Promise.reject(e)),
    );
    expect(read !== null).toBe(expected);
    if (read) expect(read.canManage).toBe(canUpdate.includes(persona));
    const listed = await searchResources({ db: database.db, actor, query: searchResourcesQuery.parse({ q: record.name, pageSize: '50' }) });
    expect(listed.items.some((i) => i.id === record.id)).toBe(expected);
  });
});

describe('resource visibility matrix (HTTP)', () => {
  it.each(rows)('%s on a %s resource', async (persona, c) => {
    const app = testApp(database);
    const record = records.get(c)!;
    const email = emails.get(persona);
    const client = email ? await signInAs(app, email) : undefined;
    const get = (path: string) => (client ? client.request(path) : app.request(path));
    const expected = canRead[c].includes(persona);
    const one = await get(`/api/resources/${record.id}`);
    expect(one.status).toBe(expected ? 200 : 404);
    if (!expected) expect(await one.text()).not.toContain(record.name);
    const search = (await (await get(`/api/resources?q=${encodeURIComponent(record.name)}`)).json()) as { items: { id: string }[] };
    expect(search.items.some((r) => r.id === record.id)).toBe(expected);
    if (client) {
      const patch = await client.request(`/api/resources/${record.id}`, { method: 'PATCH', body: { units: 1 } });
      expect(patch.status).toBe(canUpdate.includes(persona) ? 200 : expected ? 403 : 404);
    }
  });
});
