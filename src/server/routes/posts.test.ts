import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from '../../domain/posts/posts-test-setup';
import { seedStarterConcepts } from '../../domain/skills/starter-concepts';
import { runnerOf } from '../../domain/skills/sql-runner';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
let db: Db;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  app = testApp(database);
  await seedStarterConcepts(runnerOf(db));
});
afterAll(async () => {
  await database?.close();
});

describe('needs, offers, referrals and taskforces over HTTP', () => {
  it('documents every route in the OpenAPI description', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ['/api/networks/{network}/posts', 'get'],
      ['/api/posts', 'post'],
      ['/api/posts/{id}/matches', 'get'],
      ['/api/posts/{id}/interests', 'post'],
      ['/api/conversations/{id}/outcome', 'post'],
      ['/api/skills/concepts', 'get'],
      ['/api/networks/{network}/routing-rules', 'post'],
      ['/api/referrals/{id}', 'patch'],
      ['/api/networks/{network}/demand', 'get'],
      ['/api/networks/{network}/collective-trainings', 'post'],
      ['/api/networks/{network}/taskforces', 'post'],
      ['/api/taskforces/{id}/close', 'post'],
      ['/api/taskforces/{id}/recommendations', 'post'],
      ['/api/posts/{id}/renew', 'post'],
      ['/api/me/match-digest', 'patch'],
      ['/api/match-digest/unsubscribe', 'post'],
    ] as const)
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });

  it('routes a need, ranks counterparts with reasons, and answers bad input with the field named', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const forem = await makePlacedOrganisation(db, [network.id], places.arlon, { kind: 'employment', name: 'Le Forem' });
    const firm = await makePlacedOrganisation(db, [network.id], places.esch);
    const school = await makePlacedOrganisation(db, [network.id], places.longwy, { kind: 'training' });
    const hr = await makePerson(db, network.id, 'member', firm.id);
    const teacher = await makePerson(db, network.id, 'member', school.id);
    const advisor = await makePerson(db, network.id, 'partner', forem.id);
    const asCoordinator = await signInAs(app, coordinator.user.email);
    const asHr = await signInAs(app, hr.user.email);
    const asTeacher = await signInAs(app, teacher.user.email);
    const asAdvisor = await signInAs(app, advisor.user.email);

    const rule = await asCoordinator.request(`/api/networks/${network.slug}/routing-rules`, { method: 'POST', body: { needKind: 'training', territory: 'LU', operatorOrganisationId: forem.id } });
    expect(rule.status).toBe(201);
    expect(await rule.json()).toMatchObject({ operatorName: 'Le Forem', territory: 'LU' });
    const badRule = await asCoordinator.request(`/api/networks/${network.slug}/routing-rules`, { method: 'POST', body: { needKind: 'training', territory: 'XX', operatorOrganisationId: forem.id } });
    expect(badRule.status).toBe(400);
    expect(((await badRule.json()) as { error: { field: string } }).error.field).toBe('territory');

    const created = await asHr.request('/api/posts', {
      method: 'POST',
      body: { organisationId: firm.id, kind: 'training_need', title: { de: 'WIG-Schweißen für vier Monteure' }, occupationCodes: ['esco:7212.3'], training: { topic: 'WIG', headcount: 4 } },
    });
    expect(created.status).toBe(201);
    const { post, referral } = (await created.json()) as { post: { id: string }; referral: { id: string; status: string } };
    expect(referral.status).toBe('sent');
    const offer = await asTeacher.request('/api/posts', { method: 'POST', body: { organisationId: school.id, kind: 'training_offer', title: { fr: 'Formation soudeur TIG' }, occupationCodes: ['rome:H2916'] } });
    const offerId = ((await offer.json()) as { post: { id: string } }).post.id;

    const bad = await asHr.request('/api/posts', { method: 'POST', body: { organisationId: firm.id, kind: 'training_need', title: { de: 'x' }, skillCodes: ['soudure'], training: { topic: 'x', headcount: 1 } } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('skillCodes.0');

    const matches = (await (await asHr.request(`/api/posts/${post.id}/matches`)).json()) as {
      posts: { postId: string; reasons: { kind: string; codes?: string[] }[] }[];
      concepts: Record<string, Record<string, string>>;
    };
    const found = matches.posts.find((m) => m.postId === offerId)!;
    expect(found.reasons[0]).toMatchObject({ kind: 'occupation', codes: ['rome:H2916'] });
    expect(matches.concepts['rome:H2916']).toEqual({ fr: 'Soudeur / Soudeuse Tungsten Inert Gas -TIG-' });

    const concepts = (await (await asHr.request('/api/skills/concepts?q=schweisser&type=occupation')).json()) as { key: string }[];
    expect(concepts[0]?.key).toBe('esco:7212.3');

    const follow = await asAdvisor.request(`/api/referrals/${referral.id}`, { method: 'PATCH', body: { status: 'acknowledged' } });
    expect(follow.status).toBe(200);
    const list = (await (await asAdvisor.request('/api/referrals?as=operator')).json()) as { id: string; status: string; companyName: string }[];
    expect(list.find((r) => r.id === referral.id)).toMatchObject({ status: 'acknowledged', companyName: firm.name });

    const interest = await asTeacher.request(`/api/posts/${post.id}/interests`, { method: 'POST', body: { organisationId: school.id, message: 'Nous avons une session en septembre.', fromPostId: offerId } });
    expect(interest.status).toBe(201);
    const conversationId = ((await interest.json()) as { id: string }).id;
    const conv = (await (await asHr.request(`/api/conversations/${conversationId}`)).json()) as { messages: { body: string; mine: boolean }[]; side: string };
    expect(conv).toMatchObject({ side: 'owner', messages: [{ body: 'Nous avons une session en septembre.', mine: false }] });
    const outcome = await asHr.request(`/api/conversations/${conversationId}/outcome`, { method: 'POST', body: { outcome: 'deal' } });
    expect(outcome.status).toBe(200);

    const anonymous = await app.request('/api/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisationId: firm.id, kind: 'problem', title: { fr: 'Anonyme' } }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('turns the weekly digest off from the profile or, signed out, with the token of its link', async () => {
    const { network } = await makeGaneshNetwork(db);
    const firm = await makePlacedOrganisation(db, [network.id], places.arlon);
    const hr = await makePerson(db, network.id, 'member', firm.id);
    const asHr = await signInAs(app, hr.user.email);
    expect(await (await asHr.request('/api/me/match-digest')).json()).toEqual({ matchDigest: true });
    expect((await app.request('/api/me/match-digest')).status).toBe(401);

    const off = await asHr.request('/api/me/match-digest', { method: 'PATCH', body: { matchDigest: false } });
    expect(await off.json()).toEqual({ matchDigest: false });
    expect((await asHr.request('/api/me/match-digest', { method: 'PATCH', body: { matchDigest: 'no' } })).status).toBe(400);
    await asHr.request('/api/me/match-digest', { method: 'PATCH', body: { matchDigest: true } });

    const [row] = await queryRows<{ token: string }>(db, sql`SELECT match_digest_token AS token FROM users WHERE id = ${hr.user.id}`);
    const unsubscribe = (token: string) => app.request('/api/match-digest/unsubscribe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    const wrong = await unsubscribe('f'.repeat(32));
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { error: { field: string } }).error.field).toBe('token');
    expect((await unsubscribe('nope')).status).toBe(400);
    expect((await unsubscribe(row!.token)).status).toBe(200);
    expect(await (await asHr.request('/api/me/match-digest')).json()).toEqual({ matchDigest: false });
  });
});

