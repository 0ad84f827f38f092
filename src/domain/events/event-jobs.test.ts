import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { grantRole, makeNetwork, makeUser } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import { loadActor } from '../policy/actor';
import { checkIn } from './check-in';
import { sendEventReminders, sendFeedbackRequests } from './event-jobs';
import { createEvent, updateEvent } from './events';
import { registerForEvent } from './registrations';

let database: Database;
const baseUrl = 'https://maillage.example';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function setup(startsInHours: number, hours = 2) {
  const db = database.db;
  const network = await makeNetwork(db, 'Jobs test');
  const coordinator = await makeUser(db);
  await grantRole(db, coordinator.id, network.id, 'coordinator');
  const coord = await loadActor(db, coordinator.id);
  // Registration needs an event to come: a past event is created ahead, then moved back.
  const start = Date.now() + Math.max(1, startsInHours) * 3_600_000;
  const event = await createEvent({
    db,
    actor: coord,
    networkId: network.id,
    baseUrl,
    input: {
      kind: 'conference',
      title: { fr: 'Conférence des jobs', de: 'Konferenz' },
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + hours * 3_600_000).toISOString(),
      registrationClosesAt: new Date(start + hours * 3_600_000 - 60_000).toISOString(),
      status: 'published',
    },
  });
  const people = [];
  for (const name of ['Alice', 'Bruno']) {
    const u = await makeUser(db, { name });
    await grantRole(db, u.id, network.id, 'member');
    const r = await registerForEvent({ db, actor: await loadActor(db, u.id), eventId: event.id, input: {}, baseUrl });
    people.push({ user: u, registration: r });
  }
  if (startsInHours < 1) {
    const shift = (Math.max(1, startsInHours) - startsInHours) * 3_600_000;
    const [moved] = await database.query<{ starts_at: Date; ends_at: Date }>(
      'UPDATE events SET starts_at = starts_at - make_interval(secs => $2), ends_at = ends_at - make_interval(secs => $2) WHERE id = $1 RETURNING starts_at, ends_at',
      [event.id, shift / 1000],
    );
    event.startsAt = new Date(moved!.starts_at);
    event.endsAt = new Date(moved!.ends_at);
  }
  return { event, coord, people };
}

const mailsTo = (email: string, like: string) =>
  database.query<{ subject: string; body_text: string }>('SELECT subject, body_text FROM outbox WHERE to_address = $1 AND subject LIKE $2', [email, like]);

describe('event jobs', () => {
  it('publishing plans the reminder the day before and the feedback request after the end', async () => {
    const { event } = await setup(48);
    const jobs = await database.query<{ name: string; run_at: Date; payload: { startsAt?: string } }>(
      "SELECT name, run_at, payload FROM jobs WHERE payload->>'eventId' = $1 ORDER BY name",
      [event.id],
    );
    expect(jobs.map((j) => j.name)).toEqual(['events.follow-up', 'events.remind']);
    const remind = jobs.find((j) => j.name === 'events.remind')!;
    expect(new Date(remind.run_at).getTime()).toBe(event.startsAt.getTime() - 24 * 3_600_000);
    const follow = jobs.find((j) => j.name === 'events.follow-up')!;
    expect(new Date(follow.run_at).getTime()).toBe(event.endsAt.getTime() + 2 * 3_600_000);
  });

  it('reminds each confirmed person once, with their check-in code, and stops when the event has moved', async () => {
    const { event, coord, people } = await setup(20);
    const payload = { eventId: event.id, startsAt: event.startsAt.toISOString(), baseUrl };
    expect(await sendEventReminders(database.db, payload)).toEqual({ sent: 2 });
    expect(await sendEventReminders(database.db, payload)).toEqual({ sent: 0 });
    const [mail] = await mailsTo(people[0]!.user.email, 'Rappel%');
    expect(mail!.subject).toBe('Rappel : Conférence des jobs demain');
    expect(mail!.body_text).toContain(people[0]!.registration.checkInCode);
    // Moved: the job planned for the old date does nothing (the new date has its own job).
    const moved = await updateEvent({ db: database.db, actor: coord, id: event.id, input: { startsAt: new Date(event.startsAt.getTime() + 3_600_000).toISOString(), endsAt: new Date(event.endsAt.getTime() + 3_600_000).toISOString() }, baseUrl });
    expect(await sendEventReminders(database.db, payload)).toEqual({ sent: 0, skipped: 'moved' });
    expect((await mailsTo(people[1]!.user.email, 'Changement%'))).toHaveLength(1);
    // Reminded an hour ago for nearly the same date: not reminded again.
    expect(await sendEventReminders(database.db, { ...payload, startsAt: moved.startsAt.toISOString() })).toEqual({ sent: 0 });
  });

  it('asks the people who came for feedback, once', async () => {
    const { event, coord, people } = await setup(-3, 1);
    await checkIn({ db: database.db, actor: coord, eventId: event.id, registrationId: people[0]!.registration.id });
    const payload = { eventId: event.id, endsAt: event.endsAt.toISOString(), baseUrl };
    expect(await sendFeedbackRequests(database.db, payload)).toEqual({ sent: 1 });
    expect(await sendFeedbackRequests(database.db, payload)).toEqual({ sent: 0, skipped: 'already sent' });
    const [mail] = await mailsTo(people[0]!.user.email, 'Votre avis%');
    expect(mail!.body_text).toContain(`${baseUrl}/n/`);
    expect(mail!.body_text).toContain('#feedback');
    expect(await mailsTo(people[1]!.user.email, 'Votre avis%')).toHaveLength(0);
  });
});
