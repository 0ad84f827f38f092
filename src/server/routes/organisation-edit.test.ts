import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser, uniq } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';
import type { Database } from '../../db/client';
import { networkCategories, organisationCategories } from '../../db/schema';

/** What the web edit form relies on: the profile's categories, shares and canEdit, and patches of them. */
let database: Database;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database);
});
afterAll(() => database?.close());

interface Profile {
  canEdit: boolean;
  categories: { id: string; networkId: string; kind: string; slug: string; name: Record<string, string> }[];
  sharedWith: string[];
}

async function category(networkId: string, kind: 'ecosystem' | 'axis', fr: string) {
  const [row] = await database.db.insert(networkCategories).values({ networkId, kind, slug: uniq('cat'), name: { fr } }).returning();
  return row!;
}

describe('organisation profile for the edit form', () => {
  it('gives a coordinator the categories of every network and the shares; a member reads without them', async () => {
    const db = database.db;
    const [food, liege] = [await makeNetwork(db, 'Food'), await makeNetwork(db, 'Liège')];
    const eco = await category(food.id, 'ecosystem', 'Alimentation');
    const otherEco = await category(food.id, 'ecosystem', 'Bois');
    const axis = await category(liege.id, 'axis', 'Agroalimentaire');
    const partner = await makeOrganisation(db, { networkIds: [food.id] });
    const org = await makeOrganisation(db, { networkIds: [food.id, liege.id], visibility: 'organisations', sharedWith: [partner.id] });
    await db.insert(organisationCategories).values([
      { organisationId: org.id, categoryId: eco.id },
      { organisationId: org.id, categoryId: axis.id },
    ]);
    const coordinator = await makeUser(db);
    await grantRole(db, coordinator.id, food.id, 'coordinator');
    const reader = await makeUser(db);
    await makeRepresentative(db, reader.id, partner.id);
    const asCoordinator = await signInAs(app, coordinator.email);
    const asReader = await signInAs(app, reader.email);

    const profile = (await (await asCoordinator.request(`/api/organisations/${org.id}`)).json()) as Profile;
    expect(profile.canEdit).toBe(true);
    expect(profile.sharedWith).toEqual([partner.id]);
    expect(profile.categories.map((c) => [c.id, c.networkId, c.kind]).sort()).toEqual(
      [
        [eco.id, food.id, 'ecosystem'],
        [axis.id, liege.id, 'axis'],
      ].sort(),
    );
    // Shared with the reader's organisation: it may read the profile, not edit it, and does not learn the shares.
    const read = (await (await asReader.request(`/api/organisations/${org.id}`)).json()) as Profile;
    expect(read).toMatchObject({ canEdit: false, sharedWith: [] });
    expect((await asReader.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { phone: '1' } })).status).toBe(403);

    // The form sends the whole list: its own network's choice plus the other network's axis it keeps.
    const patched = await asCoordinator.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { categories: [otherEco.id, axis.id, otherEco.id] } });
    expect(patched.status, await patched.clone().text()).toBe(200);
    const after = (await (await asCoordinator.request(`/api/organisations/${org.id}`)).json()) as Profile;
    expect(after.categories.map((c) => c.id).sort()).toEqual([otherEco.id, axis.id].sort());
  });

  it('refuses shares with an unknown organisation on the entry, and stores repeated ones once', async () => {
    const db = database.db;
    const network = await makeNetwork(db);
    const org = await makeOrganisation(db, { networkIds: [network.id] });
    const partner = await makeOrganisation(db, { networkIds: [network.id] });
    const coordinator = await makeUser(db);
    await grantRole(db, coordinator.id, network.id, 'coordinator');
    const as = await signInAs(app, coordinator.email);
    const bad = await as.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { sharedWith: [partner.id, '00000000-0000-4000-8000-000000000000'] } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('sharedWith.1');
    const twice = await as.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { visibility: 'organisations', sharedWith: [partner.id, partner.id] } });
    expect(twice.status).toBe(200);
    expect(((await (await as.request(`/api/organisations/${org.id}`)).json()) as Profile).sharedWith).toEqual([partner.id]);
  });
});
