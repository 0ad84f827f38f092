import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { grantRole, makeNetwork, makeUser, TEST_PASSWORD } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import { erasePerson, exportPersonalData } from '../auth/personal-data';
import { renewFeedToken } from '../calendar/calendar-feed';
import { loadActor } from '../policy/actor';
import { createEvent } from './events';
import { submitFeedback } from './feedback';
import { registerForEvent } from './registrations';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('personal data and events', () => {
  it('exports a person’s registrations, answers and feedback, and erasure keeps the counts but drops what they wrote', async () => {
    const db = database.db;
    const network = await makeNetwork(db);
    const coordinator = await makeUser(db);
    await grantRole(db, coordinator.id, network.id, 'coordinator');
    const person = await makeUser(db, { name: 'Zoé Effacée' });
    await grantRole(db, person.id, network.id, 'member');
    const now = Date.now();
    const event = await createEvent({
      db,
      actor: await loadActor(db, coordinator.id),
      networkId: network.id,
      baseUrl: 'https://x.example',
      input: {
        kind: 'workshop',
        title: { fr: 'Atelier RGPD' },
        startsAt: new Date(now + 3_600_000).toISOString(),
        endsAt: new Date(now + 7_200_000).toISOString(),
        status: 'published',
        questions: [{ id: 'diet', kind: 'text', label: { fr: 'Régime' }, required: false }],
      },
    });
    const actor = await loadActor(db, person.id);
    const registration = await registerForEvent({ db, actor, eventId: event.id, input: { answers: { diet: 'sans gluten' } }, baseUrl: 'https://x.example' });
    await database.query("UPDATE events SET starts_at = now() - interval '1 hour' WHERE id = $1", [event.id]);
    await submitFeedback({ db, actor, eventId: event.id, input: { rating: 4, comment: 'Mon avis personnel' } });
    await renewFeedToken({ db, actor });

    const exported = await exportPersonalData({ db, userId: person.id });
    expect(exported.eventRegistrations).toHaveLength(1);
    expect(exported.eventRegistrations[0]).toMatchObject({ status: 'confirmed', answers: { diet: 'sans gluten' } });
    expect(exported.eventFeedback[0]).toMatchObject({ rating: 4, comment: 'Mon avis personnel' });
    expect(exported.calendarFeed).not.toBeNull();

    await erasePerson({ db, actor, userId: person.id, password: TEST_PASSWORD });
    const [row] = await database.query<{ status: string; answers: unknown; rating: number; comment: string }>(
      'SELECT r.status, r.answers, f.rating, f.comment FROM event_registrations r JOIN event_feedback f ON f.registration_id = r.id WHERE r.id = $1',
      [registration.id],
    );
    expect(row).toEqual({ status: 'confirmed', answers: {}, rating: 4, comment: '' });
    const feeds = await database.query('SELECT 1 FROM calendar_feed_tokens WHERE user_id = $1', [person.id]);
    expect(feeds).toHaveLength(0);
  });
});
