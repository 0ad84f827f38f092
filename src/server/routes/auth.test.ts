import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { loginAttempts, networkRoles, outbox, representatives } from '../../db/schema';
import { LOGIN_LIMIT } from '../../domain/auth/sign-in';
import { grantRole, makeNetwork, makeOrganisation, makeUser, TEST_PASSWORD, uniq } from '../../../tests/factories';
import { jsonRequest, signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const linkToken = async (to: string) => {
  const [mail] = await database.db.select().from(outbox).where(eq(outbox.toAddress, to));
  const match = /token=([\w-]+)/.exec(mail?.bodyText ?? '');
  return { mail, token: match ? decodeURIComponent(match[1]!) : undefined };
};

describe('sessions', () => {
  it('signs in with a cookie that is HttpOnly and SameSite, and /api/me reports the caller', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db, { name: 'Élodie Müller' });
    const res = await jsonRequest(app, '/api/auth/sign-in', 'POST', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const client = await signInAs(app, user.email);
    const me = (await (await client.request('/api/me')).json()) as { user: { email: string; name: string } };
    expect(me.user.email).toBe(user.email);
    expect(me.user.name).toBe('Élodie Müller');
  });

  it('rejects a wrong password without saying which part was wrong', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db);
    const res = await jsonRequest(app, '/api/auth/sign-in', 'POST', { email: user.email, password: 'wrong password!' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Wrong e-mail or password');
    const unknown = await jsonRequest(app, '/api/auth/sign-in', 'POST', { email: 'nobody@example.test', password: 'whatever12345' });
    expect(unknown.status).toBe(401);
  });

  it('limits failed sign-ins per account, even with the right password afterwards', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db);
    for (let i = 0; i < LOGIN_LIMIT.failures; i++)
      expect((await jsonRequest(app, '/api/auth/sign-in', 'POST', { email: user.email, password: `nope-${i}-xxxxx` })).status).toBe(401);
    const blocked = await jsonRequest(app, '/api/auth/sign-in', 'POST', { email: user.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    await database.db.delete(loginAttempts).where(inArray(loginAttempts.key, [`email:${user.email}`, 'ip:local']));
  });

  it('refuses cookie-authenticated writes without the CSRF token, and signs out', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db);
    const client = await signInAs(app, user.email);
    const noCsrf = await app.request('/api/me', {
      method: 'PATCH',
      headers: { cookie: client.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Evil' }),
    });
    expect(noCsrf.status).toBe(403);
    expect((await client.request('/api/me', { method: 'PATCH', body: { name: 'Good', locale: 'de' } })).status).toBe(200);
    expect((await client.request('/api/auth/sign-out', { method: 'POST' })).status).toBe(200);
    const after = (await (await client.request('/api/me')).json()) as { user: unknown };
    expect(after.user).toBeNull();
  });

  it('changes the password only with the current one', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db);
    const client = await signInAs(app, user.email);
    const bad = await client.request('/api/me', { method: 'PATCH', body: { currentPassword: 'not it at all', newPassword: 'a new long password' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('currentPassword');
    const good = await client.request('/api/me', { method: 'PATCH', body: { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' } });
    expect(good.status).toBe(200);
    await signInAs(app, user.email, 'a new long password');
  });
});

describe('API tokens', () => {
  it('authenticates with Bearer, ignores CSRF for tokens, and stops working once revoked', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db);
    const client = await signInAs(app, user.email);
    const created = (await (await client.request('/api/me/tokens', { method: 'POST', body: { name: 'ERP sync' } })).json()) as { id: string; token: string };
    expect(created.token).toMatch(/^mlg_/);
    const bearer = { authorization: `Bearer ${created.token}` };
    const me = (await (await app.request('/api/me', { headers: bearer })).json()) as { user: { email: string } };
    expect(me.user.email).toBe(user.email);
    expect((await jsonRequest(app, '/api/me', 'PATCH', { name: 'Via token' }, bearer)).status).toBe(200);
    expect((await client.request(`/api/me/tokens/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await app.request('/api/me', { headers: bearer })).status).toBe(401);
    expect((await app.request('/api/me', { headers: { authorization: 'Bearer mlg_forged' } })).status).toBe(401);
  });
});

describe('password reset by e-mail', () => {
  it('mails a one-time link that sets a new password and signs out other sessions', async () => {
    const app = testApp(database);
    const user = await makeUser(database.db);
    const old = await signInAs(app, user.email);
    expect((await jsonRequest(app, '/api/auth/password-reset/request', 'POST', { email: user.email })).status).toBe(200);
    const { mail, token } = await linkToken(user.email);
    expect(mail?.subject).toContain('mot de passe'); // French by default
    expect(token).toBeDefined();
    const weak = await jsonRequest(app, '/api/auth/password-reset', 'POST', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as { error: { field: string } }).error.field).toBe('password');
    expect((await jsonRequest(app, '/api/auth/password-reset', 'POST', { token, password: 'brand new password' })).status).toBe(200);
    expect((await jsonRequest(app, '/api/auth/password-reset', 'POST', { token, password: 'another new password' })).status).toBe(400);
    const oldMe = (await (await old.request('/api/me')).json()) as { user: unknown };
    expect(oldMe.user).toBeNull();
    await signInAs(app, user.email, 'brand new password');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const app = testApp(database);
    const email = `${uniq('ghost')}@example.test`;
    expect((await jsonRequest(app, '/api/auth/password-reset/request', 'POST', { email })).status).toBe(200);
    expect((await linkToken(email)).mail).toBeUndefined();
  });
});

describe('invitations', () => {
  it('a coordinator invites a new member who creates an account and gets the role and organisation', async () => {
    const app = testApp(database);
    const network = await makeNetwork(database.db, 'Cluster ESS test');
    const org = await makeOrganisation(database.db, { networkIds: [network.id] });
    const coordinator = await makeUser(database.db, { name: 'Claire Coordinatrice' });
    await grantRole(database.db, coordinator.id, network.id, 'coordinator');
    const client = await signInAs(app, coordinator.email);
    const email = `${uniq('new')}@example.test`;
    const noOrg = await client.request(`/api/networks/${network.slug}/invitations`, { method: 'POST', body: { email, role: 'member' } });
    expect(noOrg.status).toBe(400);
    const res = await client.request(`/api/networks/${network.slug}/invitations`, {
      method: 'POST',
      body: { email, role: 'member', organisationId: org.id, locale: 'de' },
    });
    expect(res.status).toBe(201);
    const { mail, token } = await linkToken(email);
    expect(mail?.subject).toContain('Einladung');
    expect(mail?.bodyText).toContain('Claire Coordinatrice');
    const info = (await (await app.request(`/api/auth/invitations/${token}`)).json()) as { network: string; hasAccount: boolean };
    expect(info).toMatchObject({ network: 'Cluster ESS test', hasAccount: false });
    const noPassword = await jsonRequest(app, '/api/auth/invitations/accept', 'POST', { token });
    expect(noPassword.status).toBe(400);
    const accepted = await jsonRequest(app, '/api/auth/invitations/accept', 'POST', { token, name: 'Jan Peeters', password: 'long enough pw', locale: 'nl' });
    expect(accepted.status).toBe(200);
    const { userId } = (await accepted.json()) as { userId: string };
    const roles = await database.db.select().from(networkRoles).where(eq(networkRoles.userId, userId));
    expect(roles.map((r) => r.role)).toEqual(['member']);
    const reps = await database.db.select().from(representatives).where(eq(representatives.userId, userId));
    expect(reps.map((r) => r.organisationId)).toEqual([org.id]);
    expect((await jsonRequest(app, '/api/auth/invitations/accept', 'POST', { token, password: 'long enough pw' })).status).toBe(400);
    await signInAs(app, email, 'long enough pw');
  });
});
