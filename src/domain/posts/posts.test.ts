import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { outbox, posts, referrals, type Visibility } from '../../db/schema';
import { makeUser } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import { anonymous, type Actor } from '../policy/actor';
import { createPost } from './create-post';
import { expressInterest, getConversation, listConversations, postMessage, recordOutcome, setPostSettings, withdrawInterest } from './interests';
import { listPosts, listPostsQuery } from './post-queries';
import { getPostDetail } from './post-queries';
import { BASE_URL, makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from './posts-test-setup';
import { matchPost } from '../matching/match-post';
import { seedStarterConcepts } from '../skills/starter-concepts';
import { runnerOf } from '../skills/sql-runner';
import { isExpired, renewPost, setPostStatus, updatePost } from './update-post';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

describe('who reads a post: the policy and its SQL twin agree', () => {
  it('follows the matrix persona × visibility, for a single read and for lists', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const { network: elsewhere } = await makeGaneshNetwork(db);
    const owner = await makePlacedOrganisation(db, [network.id], places.arlon);
    const named = await makePlacedOrganisation(db, [elsewhere.id], places.liege);
    const operator = await makePlacedOrganisation(db, [elsewhere.id], places.arlon, { kind: 'employment' });
    const ownerRep = await makePerson(db, network.id, 'member', owner.id);
    const member = await makePerson(db, network.id, 'member');
    const observer = await makePerson(db, network.id, 'observer');
    const outsider = await makePerson(db, elsewhere.id, 'member');
    const namedRep = await makePerson(db, elsewhere.id, 'member', named.id);
    const operatorRep = await makePerson(db, elsewhere.id, 'partner', operator.id);
    const admin = { ...anonymous, userId: (await makeUser(db, { admin: true })).id, isAdmin: true };

    const ids = {} as Record<Visibility, string>;
    for (const visibility of ['public', 'network', 'organisations', 'coordinators'] as const) {
      const { post } = await createPost({
        db,
        actor: ownerRep.actor,
        baseUrl: BASE_URL,
        input: { organisationId: owner.id, kind: 'capacity_offer', title: { fr: `Capacité ${visibility}` }, visibility, sharedWith: visibility === 'organisations' ? [named.id] : [] },
      });
      ids[visibility] = post.id;
    }
    // A referral lets its operator read a need it would not see otherwise.
    await db.insert(referrals).values({ postId: ids.coordinators, networkId: network.id, operatorOrganisationId: operator.id });

    const personas: [string, Actor, Visibility[]][] = [
      ['admin', admin, ['public', 'network', 'organisations', 'coordinators']],
      ['owner', ownerRep.actor, ['public', 'network', 'organisations', 'coordinators']],
      ['coordinator', coordinator.actor, ['public', 'network', 'organisations', 'coordinators']],
      ['member', member.actor, ['public', 'network']],
      ['observer', observer.actor, ['public', 'network']],
      ['outsider', outsider.actor, ['public']],
      ['named organisation', namedRep.actor, ['public', 'organisations']],
      ['referral operator', operatorRep.actor, ['public', 'coordinators']],
      ['anonymous', anonymous, ['public']],
    ];
    const query = listPostsQuery.parse({ status: 'all', pageSize: 50 });
    for (const [name, actor, expected] of personas) {
      const single: Visibility[] = [];
      for (const [visibility, id] of Object.entries(ids) as [Visibility, string][])
        if (await getPostDetail({ db, actor, id }).then(() => true, (e: { code?: string }) => (e.code === 'not_found' ? false : Promise.reject(e)))) single.push(visibility);
      const listed = (await listPosts({ db, actor, networkId: network.id, query })).items.map((p) => p.title.fr!.replace('Capacité ', '') as Visibility);
      expect(single.sort(), `${name}: read`).toEqual([...expected].sort());
      expect(listed.sort(), `${name}: list`).toEqual([...expected].sort());
    }
    // Editing: its organisation and the coordinators only; a hidden post answers 404, a visible one 403.
    await expect(updatePost({ db, actor: member.actor, id: ids.network, input: { title: { fr: 'x' } } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updatePost({ db, actor: outsider.actor, id: ids.network, input: { title: { fr: 'x' } } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await setPostStatus({ db, actor: coordinator.actor, id: ids.network, input: { status: 'closed' } })).closedAt).not.toBeNull();
  });
});

describe('publishing a post', () => {
  it('checks its input and who publishes, takes the organisation’s place, and indexes its codes', async () => {
    const { network } = await makeGaneshNetwork(db);
    const firm = await makePlacedOrganisation(db, [network.id], places.trier, { nace: ['C25.53'] });
    const rep = await makePerson(db, network.id, 'member', firm.id);
    const member = await makePerson(db, network.id, 'member');
    const base = { organisationId: firm.id, title: { de: 'Lohnfertigung CNC' } };
    await expect(createPost({ db, actor: rep.actor, baseUrl: BASE_URL, input: { ...base, kind: 'recruitment' } })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['recruitment'] })] });
    await expect(createPost({ db, actor: rep.actor, baseUrl: BASE_URL, input: { ...base, kind: 'skills_offer', occupationCodes: ['esco:7212.3', 'welder'] } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['occupationCodes', 1] })],
    });
    await expect(createPost({ db, actor: rep.actor, baseUrl: BASE_URL, input: { ...base, kind: 'capacity_offer', title: { fr: ' ' } } })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['title'] })] });
    await expect(createPost({ db, actor: member.actor, baseUrl: BASE_URL, input: { ...base, kind: 'capacity_offer' } })).rejects.toMatchObject({ code: 'forbidden' });

    const { post } = await createPost({ db, actor: rep.actor, baseUrl: BASE_URL, input: { ...base, kind: 'subcontracting_offer', occupationCodes: ['esco:7223.4'], expiresOn: '2031-12-31' } });
    expect(post).toMatchObject({ country: 'DE', postcode: '54290', commune: 'Trier', naceCodes: ['C25.53'], status: 'open', expiresOn: '2031-12-31' });
    expect(post.matchCodes).toEqual(expect.arrayContaining(['esco:7223.4', 'isco:7223', 'nace:C25.53', 'nace:C25.5', 'nace:C25']));
    expect(post.matchCodes).not.toContain('nace:C');
  });
});

describe('expressions of interest, conversations and outcomes', () => {
  it('opens a private conversation, lets the coordinators in only when the network wants it, and records the outcome', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const owner = await makePlacedOrganisation(db, [network.id], places.longwy);
    const buyer = await makePlacedOrganisation(db, [network.id], places.trier);
    const third = await makePlacedOrganisation(db, [network.id], places.liege);
    const ownerRep = await makePerson(db, network.id, 'member', owner.id);
    const buyerRep = await makePerson(db, network.id, 'member', buyer.id);
    const thirdRep = await makePerson(db, network.id, 'member', third.id);
    const { post } = await createPost({ db, actor: ownerRep.actor, baseUrl: BASE_URL, input: { organisationId: owner.id, kind: 'capacity_offer', title: { fr: 'Cabine de peinture libre le vendredi' } } });

    await expect(expressInterest({ db, actor: buyerRep.actor, postId: post.id, input: { organisationId: third.id }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(expressInterest({ db, actor: ownerRep.actor, postId: post.id, input: { organisationId: owner.id }, baseUrl: BASE_URL })).rejects.toMatchObject({ field: 'organisationId' });
    const interest = await expressInterest({ db, actor: buyerRep.actor, postId: post.id, input: { organisationId: buyer.id, message: 'Wir hätten Teile von 6 m.' }, baseUrl: BASE_URL });
    expect(interest.coordinatorIncluded).toBe(false);
    await expect(expressInterest({ db, actor: buyerRep.actor, postId: post.id, input: { organisationId: buyer.id }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'conflict' });
    const [mail] = await db.select().from(outbox).where(eq(outbox.toAddress, ownerRep.user.email));
    expect(mail!.subject).toBe(`${buyer.name} s’intéresse à « Cabine de peinture libre le vendredi »`);
    expect((await db.select().from(posts).where(eq(posts.id, post.id)))[0]!.status).toBe('in_discussion');

    await postMessage({ db, actor: ownerRep.actor, id: interest.id, input: { body: 'Volontiers, venez vendredi.' } });
    const conversation = await getConversation({ db, actor: buyerRep.actor, id: interest.id });
    expect(conversation.messages.map((m) => [m.organisationName, m.body])).toEqual([
      [buyer.name, 'Wir hätten Teile von 6 m.'],
      [owner.name, 'Volontiers, venez vendredi.'],
    ]);
    // Private: neither a third member nor, by default, the coordinator reads it.
    await expect(getConversation({ db, actor: thirdRep.actor, id: interest.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getConversation({ db, actor: coordinator.actor, id: interest.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await listConversations({ db, actor: ownerRep.actor })).map((c) => c.interest.id)).toContain(interest.id);

    const closed = await recordOutcome({ db, actor: buyerRep.actor, id: interest.id, input: { outcome: 'deal', note: 'Deux jours réservés' } });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'deal', outcomeNote: 'Deux jours réservés' });
    await expect(postMessage({ db, actor: ownerRep.actor, id: interest.id, input: { body: 'Encore un mot' } })).rejects.toMatchObject({ code: 'conflict' });

    // A network that wants its coordinators in every conversation.
    await expect(setPostSettings({ db, actor: ownerRep.actor, networkId: network.id, input: { coordinatorInConversations: true } })).rejects.toMatchObject({ code: 'forbidden' });
    await setPostSettings({ db, actor: coordinator.actor, networkId: network.id, input: { coordinatorInConversations: true } });
    const second = await expressInterest({ db, actor: thirdRep.actor, postId: post.id, input: { organisationId: third.id }, baseUrl: BASE_URL });
    expect(second.coordinatorIncluded).toBe(true);
    await postMessage({ db, actor: coordinator.actor, id: second.id, input: { body: 'Je vous mets en relation.' } });
    expect((await getConversation({ db, actor: thirdRep.actor, id: second.id })).messages.map((m) => m.organisationName)).toEqual(['']);
    await expect(withdrawInterest({ db, actor: ownerRep.actor, id: second.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await withdrawInterest({ db, actor: thirdRep.actor, id: second.id })).status).toBe('withdrawn');
    // The post's page shows all interests to its organisation, and to the others only their own.
    expect((await getPostDetail({ db, actor: ownerRep.actor, id: post.id })).interests).toHaveLength(2);
    expect((await getPostDetail({ db, actor: buyerRep.actor, id: post.id })).interests.map((i) => i.interest.id)).toEqual([interest.id]);
  });
});

describe('expiry', () => {
  it('takes an expired post out of lists, suggestions and interests until its owner renews it', async () => {
    await seedStarterConcepts(runnerOf(db));
    const { network } = await makeGaneshNetwork(db);
    const owner = await makePlacedOrganisation(db, [network.id], places.arlon);
    const school = await makePlacedOrganisation(db, [network.id], places.longwy, { kind: 'training' });
    const ownerRep = await makePerson(db, network.id, 'member', owner.id);
    const schoolRep = await makePerson(db, network.id, 'member', school.id);
    const { post } = await createPost({
      db,
      actor: ownerRep.actor,
      baseUrl: BASE_URL,
      input: { organisationId: owner.id, kind: 'training_need', title: { fr: 'Soudage TIG pour deux monteurs' }, occupationCodes: ['esco:7212.3'], training: { topic: 'TIG', headcount: 2 }, expiresOn: '2020-01-31' },
    });
    const { post: offer } = await createPost({ db, actor: schoolRep.actor, baseUrl: BASE_URL, input: { organisationId: school.id, kind: 'training_offer', title: { fr: 'Formation soudeur TIG' }, occupationCodes: ['rome:H2916'] } });
    const active = async () => (await listPosts({ db, actor: schoolRep.actor, networkId: network.id, query: listPostsQuery.parse({}) })).items.map((p) => p.id);
    const suggested = async () => (await matchPost({ db, actor: schoolRep.actor, postId: offer.id })).posts.map((m) => m.postId);

    expect(isExpired(post)).toBe(true);
    expect(await active()).toEqual([offer.id]);
    expect(await suggested()).not.toContain(post.id);
    await expect(expressInterest({ db, actor: schoolRep.actor, postId: post.id, input: { organisationId: school.id }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'conflict', field: 'expiresOn' });
    // Its owner still finds it among all its posts.
    expect((await listPosts({ db, actor: ownerRep.actor, networkId: network.id, query: listPostsQuery.parse({ status: 'all', mine: '1' }) })).items.map((p) => p.id)).toContain(post.id);
    // It keeps its status "open" but the status filter lists it as expired, never as open.
    const withStatus = async (status: string) => (await listPosts({ db, actor: ownerRep.actor, networkId: network.id, query: listPostsQuery.parse({ status, mine: '1' }) })).items.map((p) => p.id);
    expect(await withStatus('open')).toEqual([]);
    expect(await withStatus('expired')).toEqual([post.id]);

    await expect(renewPost({ db, actor: schoolRep.actor, id: post.id })).rejects.toMatchObject({ code: 'forbidden' });
    const renewed = await renewPost({ db, actor: ownerRep.actor, id: post.id, now: new Date('2031-03-01T10:00:00Z') });
    expect(renewed.expiresOn).toBe('2031-05-31');
    expect(renewed.status).toBe('open');
    expect(await active()).toContain(post.id);
    expect(await withStatus('open')).toEqual([post.id]);
    expect(await withStatus('expired')).toEqual([]);
    expect(await suggested()).toContain(post.id);
    // Renewing a post that has not expired yet adds the months to its current expiry.
    expect((await renewPost({ db, actor: ownerRep.actor, id: post.id, now: new Date('2031-03-02T10:00:00Z') })).expiresOn).toBe('2031-08-30');
    expect(await expressInterest({ db, actor: schoolRep.actor, postId: post.id, input: { organisationId: school.id }, baseUrl: BASE_URL })).toMatchObject({ organisationId: school.id });
  });
});
