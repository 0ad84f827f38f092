import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { outbox } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { AppError } from '../errors';
import { makeReportingWorld, type ReportingWorld } from '../indicators/reporting-test-world';
import type { Actor } from '../policy/actor';
import { sendActionReminders } from './action-reminders';
import { getCommitteeOverview } from './committee';
import { getRoadmap } from './get-roadmap';
import { addAction, addLink, updateAction } from './roadmap-actions';
import { addComment, adoptRoadmap, getRoadmapVersion, voteOnAction } from './roadmap-consultation';
import { addAxis, addObjective, createRoadmap, openConsultation } from './roadmaps';

let database: Database;
let world: ReportingWorld;
let coordinator: Actor;
let member: Actor;
let outsider: Actor;

const actorOf = (userId: string, networkId: string, role: 'coordinator' | 'member', organisationIds: string[] = []): Actor => ({
  userId,
  isAdmin: false,
  roles: new Map([[networkId, new Set([role])]]),
  organisationIds: new Set(organisationIds),
});

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makeReportingWorld(database);
  const one = async (text: string, params: unknown[]) => (await database.query<{ id: string }>(text, params))[0]!.id;
  const memberId = await one(`INSERT INTO users (email, name, locale) VALUES ($1, 'Marie Weber', 'de') RETURNING id`, [`m-${crypto.randomBytes(4).toString('hex')}@example.test`]);
  await database.query(`INSERT INTO network_roles (network_id, user_id, role) VALUES ($1, $2, 'member')`, [world.networkId, memberId]);
  await database.query('INSERT INTO representatives (user_id, organisation_id) VALUES ($1, $2)', [memberId, world.org.C]);
  coordinator = actorOf(world.coordinatorId, world.networkId, 'coordinator');
  member = actorOf(memberId, world.networkId, 'member', [world.org.C]);
  outsider = actorOf(memberId, world.otherNetworkId, 'member');
});

afterAll(async () => {
  await database?.close();
});

describe('roadmaps', () => {
  it('computes "4 business corners planned, 1 held" from the linked events, and refuses records of another network', async () => {
    const db = database.db;
    const roadmap = await createRoadmap({ db, actor: coordinator, networkId: world.networkId, input: { title: { fr: 'Feuille de route 2024' } } });
    const axis = await addAxis({ db, actor: coordinator, roadmapId: roadmap.id, input: { title: { fr: 'Lean' } } });
    const objective = await addObjective({ db, actor: coordinator, roadmapId: roadmap.id, input: { axisId: axis.id, title: { fr: 'Partager les pratiques' } } });
    const action = await addAction({
      db,
      actor: coordinator,
      roadmapId: roadmap.id,
      input: { objectiveId: objective.id, title: { fr: 'Quatre business corners' }, ownerOrganisationId: world.org.A, targetKind: 'event', targetEventKind: 'business_corner', targetCount: 4 },
    });
    await addLink({ db, actor: coordinator, actionId: action.id, input: { kind: 'event', recordId: world.event.ev1 } });
    await addLink({ db, actor: coordinator, actionId: action.id, input: { kind: 'event', recordId: world.event.ev4 } }); // a networking evening: not a corner
    const wrong = await refusal(addLink({ db, actor: coordinator, actionId: action.id, input: { kind: 'event', recordId: world.event.ev8 } }));
    expect([wrong.code, wrong.details?.reason, wrong.field]).toEqual(['validation', 'wrong_network', 'recordId']);
    const twice = await refusal(addLink({ db, actor: coordinator, actionId: action.id, input: { kind: 'event', recordId: world.event.ev1 } }));
    expect(twice.code).toBe('conflict');
    await updateAction({ db, actor: coordinator, actionId: action.id, input: { status: 'adopted' } });

    const view = await getRoadmap({ db, actor: member, id: roadmap.id });
    const a = view.axes[0]!.objectives[0]!.actions[0]!;
    expect(a.progress).toMatchObject({ planned: 4, done: 1, ratio: 0.25 });
    expect(a.links.map((l) => l.state)).toEqual(['done', 'done']);
    expect(a.ownerOrganisationName).toMatch(/^A /);
    expect(view.progress).toMatchObject({ actions: 1, ratio: 0.25 });
    expect(view.canManage).toBe(false);
    expect((await refusal(getRoadmap({ db, actor: outsider, id: roadmap.id }))).code).toBe('not_found');
  });

  it('lets members propose, comment and vote in consultation, then keeps the adopted version', async () => {
    const db = database.db;
    const roadmap = await createRoadmap({ db, actor: coordinator, networkId: world.networkId, input: { title: { fr: 'Feuille de route co-construite' } } });
    const axis = await addAxis({ db, actor: coordinator, roadmapId: roadmap.id, input: { title: { fr: 'Axe' } } });
    const objective = await addObjective({ db, actor: coordinator, roadmapId: roadmap.id, input: { axisId: axis.id, title: { fr: 'Objectif' } } });
    const proposal = { objectiveId: objective.id, title: { de: 'Gemeinsame Lackierkabine' } };
    const early = await refusal(addAction({ db, actor: member, roadmapId: roadmap.id, input: proposal }));
    expect(early.details?.reason).toBe('not_in_consultation');
    const ours = await addAction({ db, actor: coordinator, roadmapId: roadmap.id, input: { objectiveId: objective.id, title: { fr: 'Visites croisées' }, ownerOrganisationId: world.org.A } });
    await openConsultation({ db, actor: coordinator, id: roadmap.id });
    const theirs = await addAction({ db, actor: member, roadmapId: roadmap.id, input: proposal });
    expect(theirs.status).toBe('proposed');
    expect(await voteOnAction({ db, actor: member, actionId: ours.id, input: { value: 1 } })).toEqual({ for: 1, against: 0, mine: 1 });
    expect(await voteOnAction({ db, actor: coordinator, actionId: ours.id, input: { value: -1 } })).toEqual({ for: 1, against: 1, mine: -1 });
    expect(await voteOnAction({ db, actor: coordinator, actionId: ours.id, input: { value: 0 } })).toEqual({ for: 1, against: 0, mine: 0 });
    await addComment({ db, actor: member, actionId: ours.id, input: { body: 'Avec les sites lorrains aussi ?' } });
    expect((await refusal(updateAction({ db, actor: member, actionId: ours.id, input: { title: { fr: 'x' } } }))).code).toBe('forbidden');

    const adopted = await adoptRoadmap({ db, actor: coordinator, id: roadmap.id, input: { note: 'Comité du 12 mars', acceptActionIds: [ours.id] } });
    expect(adopted).toMatchObject({ version: 1, accepted: [ours.id], dropped: [theirs.id], contributorCountries: ['BE', 'LU'] });
    const late = await refusal(voteOnAction({ db, actor: member, actionId: ours.id, input: { value: 1 } }));
    expect(late.details?.reason).toBe('not_in_consultation');
    const view = await getRoadmap({ db, actor: member, id: roadmap.id });
    const actions = view.axes[0]!.objectives[0]!.actions;
    expect(actions.map((a) => a.status).sort()).toEqual(['adopted', 'dropped']);
    expect(actions.find((a) => a.id === ours.id)!.comments[0]).toMatchObject({ body: 'Avec les sites lorrains aussi ?', organisation: expect.stringMatching(/^C /) });
    expect(actions.find((a) => a.id === ours.id)!.votes).toEqual({ for: 1, against: 0, mine: 1 });

    const second = await adoptRoadmap({ db, actor: coordinator, id: roadmap.id, input: {} });
    expect(second.version).toBe(2);
    const v1 = await getRoadmapVersion({ db, actor: member, id: roadmap.id, version: 1 });
    expect(v1.note).toBe('Comité du 12 mars');
    expect(JSON.stringify(v1.snapshot)).toContain('Visites croisées');
    expect((await getRoadmap({ db, actor: member, id: roadmap.id })).versions.map((v) => v.version)).toEqual([2, 1]);
  });
});

describe('committees', () => {
  it('lists decisions and open action items for the next meeting, and reminds owners once per stage', async () => {
    const db = database.db;
    const owner = (await database.query<{ id: string; email: string }>(`SELECT u.id, u.email FROM users u JOIN representatives r ON r.user_id = u.id WHERE r.organisation_id = $1`, [world.org.C]))[0]!;
    await database.query(`INSERT INTO event_decisions (event_id, kind, body) VALUES ($1, 'decision', 'Budget 2025 adopté')`, [world.event.ev3]);
    const [item] = await database.query<{ id: string }>(
      `INSERT INTO event_decisions (event_id, kind, body, owner_user_id, due_on) VALUES ($1, 'action', 'Envoyer le bilan des business corners', $2, '2031-03-10') RETURNING id`,
      [world.event.ev3, owner.id],
    );
    await database.query(`INSERT INTO event_decisions (event_id, kind, body, status) VALUES ($1, 'action', 'Réserver la salle', 'done')`, [world.event.ev3]);
    await database.query(
      `INSERT INTO events (network_id, kind, title, starts_at, ends_at, status) VALUES ($1, 'committee', '{"fr":"Comité de mars"}', now() + interval '10 days', now() + interval '10 days 2 hours', 'published')`,
      [world.networkId],
    );
    const overview = await getCommitteeOverview({ db, actor: member, networkId: world.networkId });
    expect(overview.nextMeeting?.title).toEqual({ fr: 'Comité de mars' });
    expect(overview.decisions.map((d) => d.body)).toContain('Budget 2025 adopté');
    expect(overview.openItems.map((i) => i.body)).toEqual(['Envoyer le bilan des business corners']);
    expect(overview.openItems[0]).toMatchObject({ ownerName: 'Marie Weber', dueOn: '2031-03-10', overdue: false });
    expect((await refusal(getCommitteeOverview({ db, actor: outsider, networkId: world.networkId }))).code).toBe('forbidden');

    const mails = async () => (await db.select().from(outbox).where(eq(outbox.toAddress, owner.email))).map((m) => m.subject);
    const payload = { baseUrl: 'http://maillage.test' };
    expect((await sendActionReminders(db, payload, '2031-03-01')).sent).toBe(0); // too early
    expect((await sendActionReminders(db, payload, '2031-03-08')).sent).toBe(1);
    expect((await sendActionReminders(db, payload, '2031-03-09')).sent).toBe(0); // once per stage
    expect((await sendActionReminders(db, payload, '2031-03-11')).sent).toBe(1); // overdue
    expect(await mails()).toEqual(['Aufgabe fällig am 2031-03-10: Envoyer le bilan des business corners', 'Aufgabe überfällig: Envoyer le bilan des business corners']);
    await database.query(`UPDATE event_decisions SET due_on = '2031-04-01' WHERE id = $1`, [item!.id]);
    expect((await sendActionReminders(db, payload, '2031-03-30')).sent).toBe(1); // a new due date arms it again
    await database.query(`UPDATE event_decisions SET status = 'done' WHERE id = $1`, [item!.id]);
    expect((await sendActionReminders(db, payload, '2031-04-05')).sent).toBe(0);
  });
});
