import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { posts } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { createPost } from '../posts/create-post';
import { expressInterest } from '../posts/interests';
import { BASE_URL, makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from '../posts/posts-test-setup';
import { addDeliverable, addDocument, addMember, addMilestone, addRecommendation, joinTaskforce, setDeliverableStatus, setMilestoneDone, setRecommendationStatus } from './taskforce-items';
import { closeTaskforce, createTaskforce, getTaskforce, listTaskforces, updateTaskforce } from './taskforces';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

describe('a problem becomes a taskforce', () => {
  it('takes the volunteers, runs milestones and deliverables, and closes only with its lessons', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const { network: other } = await makeGaneshNetwork(db);
    const plant = await makePlacedOrganisation(db, [network.id], places.longwy);
    const peer = await makePlacedOrganisation(db, [network.id], places.trier);
    const author = await makePerson(db, network.id, 'member', plant.id);
    const volunteer = await makePerson(db, network.id, 'member', peer.id);
    const member = await makePerson(db, network.id, 'member');
    const outsider = await makePerson(db, other.id, 'member');
    const { post } = await createPost({
      db,
      actor: author.actor,
      baseUrl: BASE_URL,
      input: { organisationId: plant.id, kind: 'problem', title: { fr: 'Taux de rebut élevé' }, body: { fr: 'Changements de série trop longs.' } },
    });
    await expressInterest({ db, actor: volunteer.actor, postId: post.id, input: { organisationId: peer.id, message: 'Nous avons eu le même souci.' }, baseUrl: BASE_URL });

    await expect(createTaskforce({ db, actor: author.actor, networkId: network.id, input: { problemPostId: post.id } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createTaskforce({ db, actor: coordinator.actor, networkId: network.id, input: { problemPostId: post.id, leadUserId: outsider.user.id } })).rejects.toMatchObject({ field: 'leadUserId' });
    const taskforce = await createTaskforce({ db, actor: coordinator.actor, networkId: network.id, input: { problemPostId: post.id, leadUserId: volunteer.user.id, dueOn: '2031-12-31' } });
    expect(taskforce.title).toEqual({ fr: 'Taux de rebut élevé' });
    await expect(createTaskforce({ db, actor: coordinator.actor, networkId: network.id, input: { problemPostId: post.id } })).rejects.toMatchObject({ code: 'conflict' });

    let detail = await getTaskforce({ db, actor: volunteer.actor, id: taskforce.id });
    expect(detail.members.map((m) => [m.userId, m.role]).sort()).toEqual([[author.user.id, 'member'], [volunteer.user.id, 'lead']].sort());
    expect(detail.rights).toMatchObject({ manage: true, contribute: true });
    expect((await getTaskforce({ db, actor: member.actor, id: taskforce.id })).rights).toMatchObject({ read: true, manage: false, contribute: false, join: true });
    await expect(getTaskforce({ db, actor: outsider.actor, id: taskforce.id })).rejects.toMatchObject({ code: 'not_found' });

    const milestone = await addMilestone({ db, actor: volunteer.actor, id: taskforce.id, input: { title: 'Diagnostic SMED', dueOn: '2031-06-30' } });
    await expect(addMilestone({ db, actor: author.actor, id: taskforce.id, input: { title: 'x' } })).rejects.toMatchObject({ code: 'forbidden' });
    await setMilestoneDone({ db, actor: author.actor, id: taskforce.id, milestoneId: milestone.id, input: { done: true } });
    const deliverable = await addDeliverable({ db, actor: coordinator.actor, id: taskforce.id, input: { title: 'Guide SMED partagé' } });
    await setDeliverableStatus({ db, actor: author.actor, id: taskforce.id, deliverableId: deliverable.id, input: { status: 'delivered' } });
    await expect(addDocument({ db, actor: author.actor, id: taskforce.id, input: { title: 'CR', url: 'javascript:alert(1)' } })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['url'] })] });
    await addDocument({ db, actor: author.actor, id: taskforce.id, input: { title: 'Compte rendu n° 1', url: 'https://drive.example/cr-1' } });
    await joinTaskforce({ db, actor: member.actor, id: taskforce.id });
    await expect(joinTaskforce({ db, actor: member.actor, id: taskforce.id })).rejects.toMatchObject({ code: 'forbidden' });

    detail = await getTaskforce({ db, actor: coordinator.actor, id: taskforce.id });
    expect(detail.milestones[0]!.doneAt).not.toBeNull();
    expect(detail.deliverables[0]!.status).toBe('delivered');
    expect(detail.documents.map((d) => d.title)).toEqual(['Compte rendu n° 1']);
    expect(detail.members).toHaveLength(3);

    await expect(closeTaskforce({ db, actor: volunteer.actor, id: taskforce.id, input: { closureSummary: 'Rebut divisé par deux' } })).rejects.toMatchObject({ field: 'lessonsLearned' });
    const closed = await closeTaskforce({
      db,
      actor: volunteer.actor,
      id: taskforce.id,
      input: { closureSummary: 'Rebut divisé par deux', lessonsLearned: 'Mesurer avant d’agir ; un binôme de deux sites avance plus vite.' },
    });
    expect(closed).toMatchObject({ status: 'closed', lessonsLearned: 'Mesurer avant d’agir ; un binôme de deux sites avance plus vite.' });
    expect((await db.select().from(posts).where(eq(posts.id, post.id)))[0]!.status).toBe('fulfilled');
    await expect(updateTaskforce({ db, actor: coordinator.actor, id: taskforce.id, input: { dueOn: null } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await listTaskforces({ db, actor: member.actor, networkId: network.id })).map((t) => t.taskforce.status)).toEqual(['closed']);
  });

  it('runs a peer challenge: directors invited, recommendations recorded and followed by the host', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const host = await makePlacedOrganisation(db, [network.id], places.longwy);
    const hostDirector = await makePerson(db, network.id, 'member', host.id);
    const directors = [await makePerson(db, network.id, 'member'), await makePerson(db, network.id, 'member')];
    await expect(createTaskforce({ db, actor: coordinator.actor, networkId: network.id, input: { kind: 'peer_challenge', title: { fr: 'Défi' } } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['hostOrganisationId'] })],
    });
    const challenge = await createTaskforce({
      db,
      actor: coordinator.actor,
      networkId: network.id,
      input: {
        kind: 'peer_challenge',
        title: { fr: 'Défi entre pairs : flux de la ligne de peinture' },
        hostOrganisationId: host.id,
        sessionAt: '2031-05-12T09:00:00+02:00',
        leadUserId: hostDirector.user.id,
        memberUserIds: directors.map((d) => d.user.id),
        visibility: 'members',
      },
    });
    await expect(addMember({ db, actor: coordinator.actor, id: challenge.id, input: { userId: directors[0]!.user.id } })).rejects.toMatchObject({ code: 'conflict' });
    const recommendation = await addRecommendation({ db, actor: directors[0]!.actor, id: challenge.id, input: { body: 'Regrouper les teintes par campagne' } });
    await addRecommendation({ db, actor: directors[1]!.actor, id: challenge.id, input: { body: 'Kanban entre peinture et montage' } });
    await setRecommendationStatus({ db, actor: hostDirector.actor, id: challenge.id, recommendationId: recommendation.id, input: { status: 'adopted' } });
    const detail = await getTaskforce({ db, actor: directors[1]!.actor, id: challenge.id });
    expect(detail.members.filter((m) => m.role === 'challenger')).toHaveLength(2);
    expect(detail.recommendations.map((r) => [r.body, r.status])).toEqual([
      ['Regrouper les teintes par campagne', 'adopted'],
      ['Kanban entre peinture et montage', 'proposed'],
    ]);
    expect(detail.host?.id).toBe(host.id);
    // Kept to its members: another member of the network does not see it.
    const other = await makePerson(db, network.id, 'member');
    expect(await listTaskforces({ db, actor: other.actor, networkId: network.id })).toEqual([]);
    await closeTaskforce({ db, actor: coordinator.actor, id: challenge.id, input: { lessonsLearned: 'Deux recommandations, une adoptée.' } });
  });
});
