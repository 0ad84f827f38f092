import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { jobs, outbox, posts } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { createPost } from '../posts/create-post';
import { getPostDetail } from '../posts/post-queries';
import { BASE_URL, makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from '../posts/posts-test-setup';
import { listReferrals, remindReferralDeadline, updateReferral } from './referrals';
import { createRoutingRule, pickRule } from './routing-rules';
import { territoriesOf } from './territories';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

const mailsTo = async (email: string) => db.select().from(outbox).where(eq(outbox.toAddress, email));

describe('territories and rules', () => {
  it('places a postcode in its country and region', () => {
    expect(territoriesOf('BE', '6700')).toEqual(['BE', 'BE-WAL']);
    expect(territoriesOf('BE', '1000')).toEqual(['BE', 'BE-BRU']);
    expect(territoriesOf('BE', '9000')).toEqual(['BE', 'BE-VLG']);
    expect(territoriesOf('FR', '54400')).toEqual(['FR', 'FR-GES']);
    expect(territoriesOf('FR', '75001')).toEqual(['FR']);
    expect(territoriesOf('LU', '1611')).toEqual(['LU']);
  });

  it('picks the most specific rule, and an apprenticeship falls back to recruitment', () => {
    const at = new Date('2031-01-01');
    const rule = (needKind: 'recruitment' | 'apprenticeship' | 'training', territory: 'BE' | 'BE-WAL' | 'DE', prefixes: string[] = [], name = '') => ({
      needKind,
      territory,
      postcodePrefixes: prefixes,
      active: true,
      createdAt: at,
      name,
    });
    const rules = [rule('recruitment', 'BE', [], 'any BE'), rule('recruitment', 'BE-WAL', [], 'Forem'), rule('apprenticeship', 'BE-WAL', ['67'], 'IFAPME Arlon'), rule('recruitment', 'DE', ['54'], 'Trier')];
    expect(pickRule(rules, { kind: 'recruitment', country: 'BE', postcode: '6700' })?.name).toBe('Forem');
    expect(pickRule(rules, { kind: 'recruitment', country: 'BE', postcode: '9000' })?.name).toBe('any BE');
    expect(pickRule(rules, { kind: 'apprenticeship', country: 'BE', postcode: '6700' })?.name).toBe('IFAPME Arlon');
    expect(pickRule(rules, { kind: 'apprenticeship', country: 'BE', postcode: '5000' })?.name).toBe('Forem');
    expect(pickRule(rules, { kind: 'recruitment', country: 'DE', postcode: '66111' })).toBeUndefined();
    expect(pickRule(rules, { kind: 'training', country: 'BE', postcode: '6700' })).toBeUndefined();
  });
});

describe('GANESH: a need routed to its operator and followed to the end', () => {
  it('routes the welders of Arlon to Forem, follows the referral to "filled", and reminds when a deadline passes', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const forem = await makePlacedOrganisation(db, [network.id], places.arlon, { kind: 'employment', name: 'Le Forem — Arlon' });
    const adem = await makePlacedOrganisation(db, [network.id], places.luxembourg, { kind: 'employment', name: 'ADEM' });
    const firm = await makePlacedOrganisation(db, [network.id], places.arlon, { nace: ['C25.11'] });
    const other = await makePlacedOrganisation(db, [network.id], places.liege);
    const advisor = await makePerson(db, network.id, 'partner', forem.id);
    const hr = await makePerson(db, network.id, 'member', firm.id);
    const stranger = await makePerson(db, network.id, 'member', other.id);

    await createRoutingRule({ db, actor: coordinator.actor, networkId: network.id, input: { needKind: 'recruitment', territory: 'BE-WAL', operatorOrganisationId: forem.id, acknowledgeDays: 2 } });
    await createRoutingRule({ db, actor: coordinator.actor, networkId: network.id, input: { needKind: 'recruitment', territory: 'LU', operatorOrganisationId: adem.id } });
    await expect(
      createRoutingRule({ db, actor: hr.actor, networkId: network.id, input: { needKind: 'training', territory: 'LU', operatorOrganisationId: adem.id } }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    const { post, referral } = await createPost({
      db,
      actor: hr.actor,
      baseUrl: BASE_URL,
      input: {
        organisationId: firm.id,
        kind: 'recruitment',
        title: { fr: 'Trois soudeurs TIG en CDI' },
        recruitment: { occupationCode: 'esco:7212.3', headcount: 3, contract: 'permanent', urgency: 'high' },
      },
    });
    expect(post.occupationCodes).toEqual(['esco:7212.3']);
    expect(referral).toMatchObject({ operatorOrganisationId: forem.id, status: 'sent' });
    const due = referral!.dueAt!.getTime() - referral!.createdAt.getTime();
    expect(Math.round(due / 86_400_000)).toBe(2);
    const [sent] = await mailsTo(advisor.user.email);
    expect(sent!.subject).toBe('Nouveau besoin orienté vers Le Forem — Arlon : Trois soudeurs TIG en CDI');
    expect(sent!.bodyText).toContain(`${BASE_URL}/n/${network.slug}/needs/${post.id}`);
    const [deadlineJob] = await db.select().from(jobs).where(and(eq(jobs.name, 'referrals.deadline'), sql`${jobs.payload}->>'referralId' = ${referral!.id}`));
    expect(deadlineJob?.runAt.getTime()).toBe(referral!.dueAt!.getTime());

    // The operator reads the need even though it is not its network's member post; a stranger does not see referrals.
    expect((await getPostDetail({ db, actor: advisor.actor, id: post.id })).referrals).toHaveLength(1);
    expect((await getPostDetail({ db, actor: stranger.actor, id: post.id })).referrals).toEqual([]);
    await expect(updateReferral({ db, actor: stranger.actor, id: referral!.id, input: { status: 'acknowledged' }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'not_found' });
    // The company may close its need but not acknowledge for the operator.
    await expect(updateReferral({ db, actor: hr.actor, id: referral!.id, input: { status: 'acknowledged' }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'forbidden' });

    // The deadline passes: one reminder to the operator and the coordinator, never two.
    const late = new Date(referral!.dueAt!.getTime() + 60_000);
    const payload = { referralId: referral!.id, dueAt: referral!.dueAt!.toISOString(), baseUrl: BASE_URL };
    expect(await remindReferralDeadline(db, payload, new Date(referral!.dueAt!.getTime() - 60_000))).toMatchObject({ skipped: 'not due' });
    expect(await remindReferralDeadline(db, payload, late)).toEqual({ reminded: 2 });
    expect(await remindReferralDeadline(db, payload, late)).toMatchObject({ skipped: 'already reminded' });
    expect((await mailsTo(advisor.user.email)).map((m) => m.subject)).toContain('Échéance dépassée : Trois soudeurs TIG en CDI');

    const acknowledged = await updateReferral({ db, actor: advisor.actor, id: referral!.id, input: { status: 'acknowledged', note: 'Pris en charge par Mme Grosjean' }, baseUrl: BASE_URL });
    expect(acknowledged.remindedAt).toBeNull();
    expect(await remindReferralDeadline(db, payload, late)).toMatchObject({ skipped: 'moved' });
    await expect(updateReferral({ db, actor: advisor.actor, id: referral!.id, input: { status: 'sent' }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'validation', field: 'status' });
    await updateReferral({ db, actor: advisor.actor, id: referral!.id, input: { status: 'candidates_proposed', candidatesCount: 5 }, baseUrl: BASE_URL });
    const filled = await updateReferral({ db, actor: advisor.actor, id: referral!.id, input: { status: 'filled' }, baseUrl: BASE_URL });
    expect(filled).toMatchObject({ status: 'filled', dueAt: null, candidatesCount: 5 });
    expect(filled.closedAt).not.toBeNull();
    const [after] = await db.select().from(posts).where(eq(posts.id, post.id));
    expect(after!.status).toBe('fulfilled');
    expect((await mailsTo(hr.user.email)).map((m) => m.subject)).toContain('Le Forem — Arlon : pourvu — Trois soudeurs TIG en CDI');
    await expect(updateReferral({ db, actor: coordinator.actor, id: referral!.id, input: { status: 'closed_unfilled' }, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'conflict' });

    const detail = await getPostDetail({ db, actor: hr.actor, id: post.id });
    expect(detail.referrals[0]!.events.map((e) => e.status)).toEqual(['sent', 'reminded', 'acknowledged', 'candidates_proposed', 'filled']);
    const followed = await listReferrals({ db, actor: coordinator.actor, networkId: network.id, as: 'coordinator' });
    expect(followed.map((r) => [r.companyName, r.operatorName, r.referral.status])).toEqual([[firm.name, 'Le Forem — Arlon', 'filled']]);
    expect(await listReferrals({ db, actor: stranger.actor, networkId: network.id })).toEqual([]);

    // A need in Luxembourg goes to ADEM; a training need with no rule is not referred.
    const lux = await makePlacedOrganisation(db, [network.id], places.esch);
    const luxHr = await makePerson(db, network.id, 'member', lux.id);
    const inLux = await createPost({
      db,
      actor: luxHr.actor,
      baseUrl: BASE_URL,
      input: { organisationId: lux.id, kind: 'recruitment', title: { de: 'Zwei Schweißer' }, recruitment: { occupationCode: 'esco:7212.3', headcount: 2, contract: 'fixed_term' } },
    });
    expect(inLux.referral?.operatorOrganisationId).toBe(adem.id);
    const training = await createPost({
      db,
      actor: luxHr.actor,
      baseUrl: BASE_URL,
      input: { organisationId: lux.id, kind: 'training_need', title: { de: 'WIG-Schweißen' }, training: { topic: 'WIG-Schweißen', headcount: 4 } },
    });
    expect(training.referral).toBeUndefined();
  });
});
