import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { outbox, users } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { planRecurringJobs } from '../../jobs/recurring';
import { createPost } from './create-post';
import { EXPIRY_REMINDER_JOB, sendExpiryReminders } from './expiry-reminders';
import { BASE_URL, makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from './posts-test-setup';
import { renewPost, setPostStatus } from './update-post';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

describe('expiry reminders', () => {
  it('mails the owners once, in their language, a few days before a post expires, and again after a renewal', async () => {
    const { network } = await makeGaneshNetwork(db);
    const owner = await makePlacedOrganisation(db, [network.id], places.trier);
    const french = await makePerson(db, network.id, 'member', owner.id);
    const german = await makePerson(db, network.id, 'member', owner.id);
    await db.update(users).set({ locale: 'de' }).where(eq(users.id, german.user.id));
    const input = { organisationId: owner.id, kind: 'capacity_offer' as const, title: { fr: 'Découpe laser disponible', de: 'Freie Laserschneidkapazität' } };
    const { post } = await createPost({ db, actor: french.actor, baseUrl: BASE_URL, input: { ...input, expiresOn: '2031-03-10' } });
    const { post: closed } = await createPost({ db, actor: french.actor, baseUrl: BASE_URL, input: { ...input, expiresOn: '2031-03-09' } });
    await setPostStatus({ db, actor: french.actor, id: closed.id, input: { status: 'closed' } });
    const { post: expired } = await createPost({ db, actor: french.actor, baseUrl: BASE_URL, input: { ...input, expiresOn: '2031-02-20' } });
    const addresses = [french.user.email, german.user.email];
    const mails = () => db.select().from(outbox).where(inArray(outbox.toAddress, addresses));
    const payload = { baseUrl: BASE_URL };

    expect((await sendExpiryReminders(db, payload, '2031-03-01')).posts).not.toContain(post.id); // too early
    expect(await mails()).toHaveLength(0);
    const due = (await sendExpiryReminders(db, payload, '2031-03-06')).posts;
    expect(due).toContain(post.id);
    expect(due).not.toContain(closed.id);
    expect(due).not.toContain(expired.id);
    const sent = await mails();
    expect(sent).toHaveLength(2);
    const toGerman = sent.find((m) => m.toAddress === german.user.email)!;
    const toFrench = sent.find((m) => m.toAddress === french.user.email)!;
    expect(toGerman.subject).toBe('Ihr Beitrag läuft am 2031-03-10 ab: Freie Laserschneidkapazität');
    expect(toFrench.subject).toBe('Votre publication expire le 2031-03-10 : Découpe laser disponible');
    expect(toFrench.bodyText).toContain(`${BASE_URL}/n/${network.slug}/needs/${post.id}`);

    // Once per expiry: the next days send nothing more.
    expect((await sendExpiryReminders(db, payload, '2031-03-07')).posts).not.toContain(post.id);
    expect(await mails()).toHaveLength(2);

    // A renewal moves the expiry and arms the reminder again.
    const renewed = await renewPost({ db, actor: french.actor, id: post.id, now: new Date('2031-03-08T09:00:00Z') });
    const before = new Date(`${renewed.expiresOn}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 2);
    expect((await sendExpiryReminders(db, payload, before.toISOString().slice(0, 10))).posts).toContain(post.id);
    const after = await mails();
    expect(after).toHaveLength(4);
    expect(after.filter((m) => m.subject.includes(renewed.expiresOn!))).toHaveLength(2);
  });

  it('is planned once when the worker starts', async () => {
    await planRecurringJobs(db, BASE_URL);
    await planRecurringJobs(db, BASE_URL);
    const [queued] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM jobs WHERE name = ${EXPIRY_REMINDER_JOB} AND status = 'queued'`);
    expect(queued?.n).toBe(1);
  });
});
