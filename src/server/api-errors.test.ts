import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { makeUser } from '../../tests/factories';
import { jsonRequest, signInAs } from '../../tests/http';
import { openTestDatabase, testApp } from '../../tests/test-database';
import { MAX_BODY_BYTES } from './app';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

type ErrorJson = { error: { code: string; message: string; field?: string } };

describe('health and API description', () => {
  it('reports the engine', async () => {
    const res = await testApp(database).request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: database.engine });
  });

  it('serves OpenAPI 3.1 generated from the route schemas, and a docs page', async () => {
    const app = testApp(database);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/me', '/api/auth/sign-in', '/api/networks/{network}/organisations']));
    expect(doc.paths['/api/auth/sign-in']?.post).toBeDefined();
    const docs = await app.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/openapi.json');
  });

  it('sends security headers', async () => {
    const res = await testApp(database).request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('bad input gets a 4xx naming the field, never a 500', () => {
  it('malformed JSON', async () => {
    const res = await jsonRequest(testApp(database), '/api/auth/sign-in', 'POST', '{"email": "a@b.c", ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.code).toBe('validation');
  });

  it('wrong types name the field', async () => {
    const res = await jsonRequest(testApp(database), '/api/auth/sign-in', 'POST', { email: 42, password: 'x' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.field).toBe('email');
  });

  it('a nested wrong value names its path', async () => {
    const app = testApp(database);
    const admin = await makeUser(database.db, { admin: true });
    const client = await signInAs(app, admin.email);
    const res = await client.request('/api/networks', { method: 'POST', body: { slug: 'Bad Slug!', name: 'x' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.field).toBe('slug');
    const nested = await client.request('/api/networks', { method: 'POST', body: { slug: 'ok-slug-x', name: 'x', description: { fr: 3 } } });
    expect(((await nested.json()) as ErrorJson).error.field).toBe('description.fr');
  });

  it('unknown and malformed ids', async () => {
    const app = testApp(database);
    const unknown = await app.request('/api/organisations/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    const malformed = await app.request('/api/organisations/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorJson).error.field).toBe('id');
    expect((await app.request('/api/networks/no-such-network')).status).toBe(404);
    expect((await app.request('/api/no/such/route')).status).toBe(404);
  });

  it('oversize bodies', async () => {
    const res = await jsonRequest(testApp(database), '/api/auth/sign-in', 'POST', { email: 'a'.repeat(MAX_BODY_BYTES + 10), password: 'x' });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorJson).error.code).toBe('payload_too_large');
  });

  it('hostile query values', async () => {
    const app = testApp(database);
    const res = await app.request(`/api/organisations?q=${encodeURIComponent("'; DROP TABLE users; --%_\\")}&pageSize=5`);
    expect(res.status).toBe(200);
    expect((await app.request('/api/organisations?pageSize=100000')).status).toBe(400);
    expect((await app.request('/api/organisations?page=0')).status).toBe(400);
    const near = await app.request('/api/organisations?near=91,5,10');
    expect(near.status).toBe(400);
    expect(((await near.json()) as ErrorJson).error.field).toBe('near');
    expect((await app.request('/api/organisations?country=XX')).status).toBe(400);
  });

  it('writes without a session are 401, admin pages for non-admins are 403', async () => {
    const app = testApp(database);
    expect((await jsonRequest(app, '/api/networks', 'POST', { slug: 'abc', name: 'x' })).status).toBe(401);
    const user = await makeUser(database.db);
    const client = await signInAs(app, user.email);
    for (const path of ['/api/admin/users', '/api/admin/outbox', '/api/admin/jobs']) expect((await client.request(path)).status).toBe(403);
    expect((await client.request('/api/networks', { method: 'POST', body: { slug: 'abc-def', name: 'x' } })).status).toBe(403);
  });

  it('duplicate e-mails and slugs are conflicts', async () => {
    const app = testApp(database);
    const admin = await makeUser(database.db, { admin: true });
    const client = await signInAs(app, admin.email);
    const dup = await client.request('/api/admin/users', { method: 'POST', body: { email: admin.email.toUpperCase(), password: 'long enough pw' } });
    expect(dup.status).toBe(409);
    expect(((await dup.json()) as ErrorJson).error.field).toBe('email');
  });
});

describe('classifications', () => {
  it('answers NACE codes with labels in the asked language, by words in any language or by codes', async () => {
    const app = testApp(database);
    const byWord = (await (await app.request('/api/classifications/nace?q=Hobelwerke&locale=fr')).json()) as { code: string; label: string }[];
    expect(byWord).toContainEqual(expect.objectContaining({ code: 'C16.11', label: 'Sciage et rabotage du bois' }));
    const byCode = (await (await app.request('/api/classifications/nace?codes=1611,C&locale=nl')).json()) as { code: string; label: string }[];
    expect(byCode.map((c) => c.code)).toEqual(['C16.11', 'C']);
    const sections = (await (await app.request('/api/classifications/nace')).json()) as { level: number }[];
    expect(sections.length).toBeGreaterThanOrEqual(21);
    expect(sections.every((s) => s.level === 1)).toBe(true);
  });
});
