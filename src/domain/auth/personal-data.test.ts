import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { networkRoles, representatives, users } from '../../db/schema';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser, TEST_PASSWORD } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('personal data (GDPR)', () => {
  it('exports everything about the person, then erases it while the statistics stay', async () => {
    const app = testApp(database);
    const network = await makeNetwork(database.db, 'GDPR network');
    const org = await makeOrganisation(database.db, { networkIds: [network.id] });
    const person = await makeUser(database.db, { name: 'Anneke Vermeulen' });
    await grantRole(database.db, person.id, network.id, 'member');
    await makeRepresentative(database.db, person.id, org.id);
    const client = await signInAs(app, person.email);
    await client.request('/api/me/tokens', { method: 'POST', body: { name: 'crm' } });

    const exported = (await (await client.request('/api/me/personal-data')).json()) as {
      account: { email: string; name: string };
      roles: { slug: string; role: string }[];
      representing: { organisation: string }[];
      apiTokens: { name: string }[];
    };
    expect(exported.account).toMatchObject({ email: person.email, name: 'Anneke Vermeulen' });
    expect(exported.roles).toEqual([expect.objectContaining({ slug: network.slug, role: 'member' })]);
    expect(exported.representing.map((r) => r.organisation)).toEqual([org.name]);
    expect(exported.apiTokens.map((t) => t.name)).toEqual(['crm']);

    const wrong = await client.request('/api/me/erase', { method: 'POST', body: { password: 'not my password' } });
    expect(wrong.status).toBe(400);
    expect((await client.request('/api/me/erase', { method: 'POST', body: { password: TEST_PASSWORD } })).status).toBe(200);

    const [after] = await database.db.select().from(users).where(eq(users.id, person.id));
    expect(after?.name).toBe('');
    expect(after?.email).not.toContain('@example.test');
    expect(after?.passwordHash).toBeNull();
    expect(after?.anonymisedAt).toBeInstanceOf(Date);
    // The network still counts one member representing the organisation.
    expect(await database.db.select().from(networkRoles).where(eq(networkRoles.userId, person.id))).toHaveLength(1);
    expect(await database.db.select().from(representatives).where(eq(representatives.userId, person.id))).toHaveLength(1);
    // Signed out everywhere, and the old address can no longer sign in.
    expect(((await (await client.request('/api/me')).json()) as { user: unknown }).user).toBeNull();
    await expect(signInAs(app, person.email)).rejects.toThrow(/401/);
  });

  it('an admin erases on request; others cannot', async () => {
    const app = testApp(database);
    const target = await makeUser(database.db);
    const someone = await signInAs(app, (await makeUser(database.db)).email);
    expect((await someone.request(`/api/admin/users/${target.id}/erase`, { method: 'POST' })).status).toBe(403);
    const admin = await signInAs(app, (await makeUser(database.db, { admin: true })).email);
    expect((await admin.request(`/api/admin/users/${target.id}/erase`, { method: 'POST' })).status).toBe(200);
    expect((await admin.request(`/api/admin/users/${target.id}/erase`, { method: 'POST' })).status).toBe(404);
  });
});
