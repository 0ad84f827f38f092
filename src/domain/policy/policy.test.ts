import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import type { Visibility } from '../../db/schema';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser, uniq } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';
import { anonymous, loadActor, type Actor } from './actor';
import { getOrganisation } from '../organisations/organisations';
import { searchOrganisations, searchOrganisationsQuery } from '../organisations/search-organisations';

/**
 * The authorisation matrix: every persona × every visibility × read/update, checked through the domain functions,
 * the SQL list filter and every HTTP route that exposes an organisation. Expectations are written out by hand
 * (not derived from the policy) so that a change in the policy shows up here as a failing row.
 */
type Persona = 'anonymous' | 'outsider' | 'member' | 'partner' | 'observer' | 'coordinator' | 'otherCoordinator' | 'owner' | 'admin';
type Case = 'publicConsent' | 'publicNoConsent' | 'network' | 'namedOrganisations' | 'coordinators';

const personas: Persona[] = ['anonymous', 'outsider', 'member', 'partner', 'observer', 'coordinator', 'otherCoordinator', 'owner', 'admin'];
const inNetwork: Persona[] = ['member', 'partner', 'observer', 'coordinator', 'owner', 'admin'];

const canRead: Record<Case, Persona[]> = {
  publicConsent: personas,
  publicNoConsent: inNetwork, // no consent: never shown beyond the network
  network: inNetwork,
  namedOrganisations: ['member', 'coordinator', 'owner', 'admin'], // shared with the member's organisation only
  coordinators: ['coordinator', 'owner', 'admin'],
};
const canUpdate: Persona[] = ['coordinator', 'owner', 'admin'];

const cases: Record<Case, { visibility: Visibility; publicConsent: boolean; shared: boolean }> = {
  publicConsent: { visibility: 'public', publicConsent: true, shared: false },
  publicNoConsent: { visibility: 'public', publicConsent: false, shared: false },
  network: { visibility: 'network', publicConsent: false, shared: false },
  namedOrganisations: { visibility: 'organisations', publicConsent: false, shared: true },
  coordinators: { visibility: 'coordinators', publicConsent: false, shared: false },
};

let database: Database;
const actors = new Map<Persona, Actor>();
const emails = new Map<Persona, string>();
const records = new Map<Case, { id: string; name: string }>();
let networkSlug = '';
let otherSlug = '';
let networkId = '';
let otherId = '';

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const network = await makeNetwork(db, 'Résilian test');
  const other = await makeNetwork(db, 'Other network');
  networkSlug = network.slug;
  otherSlug = other.slug;
  networkId = network.id;
  otherId = other.id;
  const memberOrg = await makeOrganisation(db, { networkIds: [network.id], visibility: 'network' });
  const tag = uniq('matrix');
  for (const [c, spec] of Object.entries(cases) as [Case, (typeof cases)[Case]][]) {
    const org = await makeOrganisation(db, {
      name: `${tag} ${c}`,
      networkIds: [network.id],
      visibility: spec.visibility,
      publicConsent: spec.publicConsent,
      sharedWith: spec.shared ? [memberOrg.id] : [],
    });
    records.set(c, { id: org.id, name: org.name });
  }
  const ownerOrgIds = [...records.values()].map((r) => r.id);
  for (const p of personas) {
    if (p === 'anonymous') {
      actors.set(p, anonymous);
      continue;
    }
    const user = await makeUser(db, { admin: p === 'admin' });
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
    if (p === 'owner') for (const id of ownerOrgIds) await makeRepresentative(db, user.id, id);
    actors.set(p, await loadActor(db, user.id));
  }
});

afterAll(async () => {
  await database?.close();
});

const rows = personas.flatMap((p) => (Object.keys(cases) as Case[]).map((c) => [p, c] as const));

describe('organisation visibility matrix (domain)', () => {
  it.each(rows)('%s reading a %s record', async (persona, c) => {
    const actor = actors.get(persona)!;
    const record = records.get(c)!;
    const expected = canRead[c].includes(persona);
    const read = await getOrganisation({ db: database.db, actor, id: record.id }).then(
      () => true,
      (e: { code?: string }) => (e.code === 'not_found' ? false : Promise.reject(e)),
    );
    expect(read).toBe(expected);
    const listed = await searchOrganisations({ db: database.db, actor, query: searchOrganisationsQuery.parse({ q: record.name }) });
    expect(listed.items.some((i) => i.organisation.id === record.id)).toBe(expected);
    // Within a network the SQL twin leans on the network filter for the "same network" part: same answers.
    for (const [network, inIt] of [[networkId, expected], [otherId, false]] as const) {
      const within = await searchOrganisations({ db: database.db, actor, query: searchOrganisationsQuery.parse({ q: record.name, network }) });
      expect(within.items.some((i) => i.organisation.id === record.id)).toBe(inIt);
    }
  });
});

describe('organisation visibility matrix (every HTTP route)', () => {
  it.each(rows)('%s on a %s record', async (persona, c) => {
    const app = testApp(database);
    const record = records.get(c)!;
    const email = emails.get(persona);
    const client = email ? await signInAs(app, email) : undefined;
    const get = (path: string) => (client ? client.request(path) : app.request(path));
    const expected = canRead[c].includes(persona);

    const one = await get(`/api/organisations/${record.id}`);
    expect(one.status).toBe(expected ? 200 : 404);
    if (!expected) expect(await one.text()).not.toContain(record.name);

    const search = (await (await get(`/api/organisations?q=${encodeURIComponent(record.name)}`)).json()) as { items: { id: string }[] };
    expect(search.items.some((o) => o.id === record.id)).toBe(expected);

    const inNet = (await (await get(`/api/networks/${networkSlug}/organisations?q=${encodeURIComponent(record.name)}`)).json()) as {
      items: { id: string }[];
    };
    expect(inNet.items.some((o) => o.id === record.id)).toBe(expected);

    // A record of this network never appears under another network.
    const viaOther = (await (await get(`/api/networks/${otherSlug}/organisations?q=${encodeURIComponent(record.name)}`)).json()) as {
      items: { id: string }[];
    };
    expect(viaOther.items.some((o) => o.id === record.id)).toBe(false);

    if (client) {
      const patch = await client.request(`/api/organisations/${record.id}`, { method: 'PATCH', body: { phone: '+32 84 00 00 00' } });
      expect(patch.status).toBe(canUpdate.includes(persona) ? 200 : expected ? 403 : 404);
    }
  });

  it('people of a network are hidden from outsiders and anonymous callers', async () => {
    const app = testApp(database);
    expect((await app.request(`/api/networks/${networkSlug}/people`)).status).toBe(401);
    const outsider = await signInAs(app, emails.get('outsider')!);
    expect((await outsider.request(`/api/networks/${networkSlug}/people`)).status).toBe(403);
    const observer = await signInAs(app, emails.get('observer')!);
    expect((await observer.request(`/api/networks/${networkSlug}/people`)).status).toBe(200);
  });

  it('only coordinators of the network invite and create organisations in it', async () => {
    const app = testApp(database);
    for (const persona of ['member', 'partner', 'observer', 'otherCoordinator', 'outsider'] as Persona[]) {
      const client = await signInAs(app, emails.get(persona)!);
      const invite = await client.request(`/api/networks/${networkSlug}/invitations`, { method: 'POST', body: { email: 'x@example.test', role: 'observer' } });
      expect(invite.status, persona).toBe(403);
      const create = await client.request(`/api/networks/${networkSlug}/organisations`, { method: 'POST', body: { name: 'Sneaky SA', country: 'BE' } });
      expect(create.status, persona).toBe(403);
    }
    const coordinator = await signInAs(app, emails.get('coordinator')!);
    const created = await coordinator.request(`/api/networks/${networkSlug}/organisations`, {
      method: 'POST',
      body: { name: uniq('Peinture Haguenau'), country: 'FR', naceCodes: ['C25.61'] },
    });
    expect(created.status).toBe(201);
  });
});
