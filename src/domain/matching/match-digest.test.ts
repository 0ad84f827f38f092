import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { jobs, outbox, users } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { createPost } from '../posts/create-post';
import { BASE_URL, makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from '../posts/posts-test-setup';
import { seedStarterConcepts } from '../skills/starter-concepts';
import { runnerOf } from '../skills/sql-runner';
import { digestPreferenceOf, setDigestPreference, unsubscribeFromDigest } from './digest-preference';
import { nextDigestTime, sendMatchDigest } from './match-digest';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  await seedStarterConcepts(runnerOf(db));
});
afterAll(async () => {
  await database?.close();
});

describe('weekly digest of new matches', () => {
  it('goes out on Monday morning', () => {
    expect(nextDigestTime(new Date('2031-05-07T10:00:00Z')).toISOString()).toBe('2031-05-12T06:00:00.000Z');
    expect(nextDigestTime(new Date('2031-05-12T05:00:00Z')).toISOString()).toBe('2031-05-12T06:00:00.000Z');
    expect(nextDigestTime(new Date('2031-05-12T06:00:00Z')).toISOString()).toBe('2031-05-19T06:00:00.000Z');
  });

  it('tells each representative the new matches of their posts once, in their language, with the reasons', async () => {
    const { network } = await makeGaneshNetwork(db);
    const lux = await makePlacedOrganisation(db, [network.id], places.esch);
    const school = await makePlacedOrganisation(db, [network.id], places.longwy, { kind: 'training' });
    const hr = await makePerson(db, network.id, 'member', lux.id);
    await db.update(users).set({ locale: 'de' }).where(eq(users.id, hr.user.id));
    const teacher = await makePerson(db, network.id, 'member', school.id);
    await createPost({ db, actor: hr.actor, baseUrl: BASE_URL, input: { organisationId: lux.id, kind: 'training_need', title: { de: 'WIG-Schweißen für vier Monteure' }, occupationCodes: ['esco:7212.3'], training: { topic: 'WIG', headcount: 4 } } });
    await createPost({ db, actor: teacher.actor, baseUrl: BASE_URL, input: { organisationId: school.id, kind: 'training_offer', title: { fr: 'Formation soudeur TIG' }, occupationCodes: ['rome:H2916'] } });
    expect(await db.select().from(jobs).where(and(eq(jobs.name, 'matches.digest'), eq(jobs.status, 'queued')))).not.toHaveLength(0);

    const only = { organisationIds: [lux.id, school.id] };
    const first = await sendMatchDigest(db, { baseUrl: BASE_URL }, new Date(), only);
    expect(first.mails).toBe(2);
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.toAddress, hr.user.email), eq(outbox.subject, 'Maillage: neue Treffer für Ihre Beiträge (1)')));
    expect(mail!.bodyText).toContain('Formation soudeur TIG');
    expect(mail!.bodyText).toContain('gleicher Beruf: Soudeur / Soudeuse Tungsten Inert Gas -TIG-');
    expect(mail!.bodyText).toContain(`${BASE_URL}/n/${network.slug}/needs?mine=1`);
    expect((await sendMatchDigest(db, { baseUrl: BASE_URL }, new Date(), only)).mails).toBe(0);
  });

  it('is not sent to those who turned it off, and its foot link turns it off without signing in', async () => {
    const { network } = await makeGaneshNetwork(db);
    const lux = await makePlacedOrganisation(db, [network.id], places.esch);
    const school = await makePlacedOrganisation(db, [network.id], places.longwy, { kind: 'training' });
    const hr = await makePerson(db, network.id, 'member', lux.id);
    const colleague = await makePerson(db, network.id, 'member', lux.id);
    const teacher = await makePerson(db, network.id, 'member', school.id);
    await createPost({ db, actor: hr.actor, baseUrl: BASE_URL, input: { organisationId: lux.id, kind: 'training_need', title: { fr: 'Soudage TIG pour quatre monteurs' }, occupationCodes: ['esco:7212.3'], training: { topic: 'TIG', headcount: 4 } } });
    expect(await digestPreferenceOf(db, colleague.user.id)).toEqual({ matchDigest: true });
    await setDigestPreference(db, colleague.user.id, { matchDigest: false });
    const only = { organisationIds: [lux.id] };
    const mailsTo = async (email: string) => db.select().from(outbox).where(eq(outbox.toAddress, email));

    await createPost({ db, actor: teacher.actor, baseUrl: BASE_URL, input: { organisationId: school.id, kind: 'training_offer', title: { fr: 'Formation soudeur TIG' }, occupationCodes: ['rome:H2916'] } });
    expect((await sendMatchDigest(db, { baseUrl: BASE_URL }, new Date(), only)).mails).toBe(1);
    expect(await mailsTo(colleague.user.email)).toEqual([]);
    const [mail] = await mailsTo(hr.user.email);
    const link = /\/digest\/unsubscribe\?token=([0-9a-f]{32})/.exec(mail!.bodyText);
    expect(link).not.toBeNull();

    // A wrong token changes nothing; the right one turns the digest off for its holder only.
    expect(await unsubscribeFromDigest(db, { token: '0'.repeat(32) })).toBe(false);
    await expect(unsubscribeFromDigest(db, { token: 'not-a-token' })).rejects.toThrow();
    expect(await unsubscribeFromDigest(db, { token: link![1]! })).toBe(true);
    expect(await digestPreferenceOf(db, hr.user.id)).toEqual({ matchDigest: false });
    expect(await digestPreferenceOf(db, teacher.user.id)).toEqual({ matchDigest: true });

    // A new match next week reaches no one at the firm; turning it back on brings it.
    await createPost({ db, actor: teacher.actor, baseUrl: BASE_URL, input: { organisationId: school.id, kind: 'training_offer', title: { fr: 'Perfectionnement soudure TIG inox' }, occupationCodes: ['esco:7212.3'] } });
    expect((await sendMatchDigest(db, { baseUrl: BASE_URL }, new Date(), only)).mails).toBe(0);
    await setDigestPreference(db, hr.user.id, { matchDigest: true });
    expect((await sendMatchDigest(db, { baseUrl: BASE_URL }, new Date(), only)).mails).toBe(1);
    expect((await mailsTo(hr.user.email)).map((m) => m.bodyText).join('\n')).toContain('Perfectionnement soudure TIG inox');
  });
});
