import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { sendEventReminders, sendFeedbackRequests } from '../../domain/events/event-jobs';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

// A walk-in added at a convention's desk is a registration without a user: the event side (attendance list, desk,
// exports, no-shows, background mails, personal-data export) shows their typed name and organisation and never trips
// over the missing account.

type Client = Awaited<ReturnType<typeof signInAs>>;
type Attendee = { id: string; userId: string | null; name: string; email: string; organisationName: string; status: string; attendance: string; checkInCode: string; checkedInAt: string | null };

let database: Database;
let app: ReturnType<typeof testApp>;
let slug = '';
let networkId = '';
let eventId = '';
let coordinator: Client;

const day = 86_400_000;
const tomorrow = new Date(Date.now() + day).toISOString().slice(0, 10);
const baseUrl = 'https://maillage.example';
// Unique per run: the PostgreSQL pass reuses its database.
const walkInEmail = `soren-${randomUUID().slice(0, 8)}@example.test`;

async function ok<T>(res: Response, status = 200): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

async function member(name: string) {
  const user = await makeUser(database.db, { name });
  await grantRole(database.db, user.id, networkId, 'member');
  const org = await makeOrganisation(database.db, { networkIds: [networkId], name: `${name} SCOP` });
  await makeRepresentative(database.db, user.id, org.id);
  const client = await signInAs(app, user.email);
  await ok(await client.request(`/api/events/${eventId}/registrations`, { method: 'POST', body: { organisationId: org.id } }), 201);
  return { user, client };
}

const attendees = async (q = '') => ok<Attendee[]>(await coordinator.request(`/api/events/${eventId}/registrations${q ? `?q=${encodeURIComponent(q)}` : ''}`));
const mailsTo = async (email: string) => (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE to_address = $1', [email]))[0]!.n;
const eventTimes = async () => (await database.query<{ starts_at: Date; ends_at: Date }>('SELECT starts_at, ends_at FROM events WHERE id = $1', [eventId]))[0]!;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, { PUBLIC_URL: baseUrl });
  const network = await makeNetwork(database.db, 'Walk-ins test');
  slug = network.slug;
  networkId = network.id;
  const c = await makeUser(database.db, { name: 'Nadia Coordinatrice' });
  await grantRole(database.db, c.id, networkId, 'coordinator');
  coordinator = await signInAs(app, c.email);
  const created = await ok<{ id: string }>(
    await coordinator.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: { kind: 'business_convention', title: { fr: 'Convention d’affaires' }, startsAt: `${tomorrow}T08:30`, endsAt: `${tomorrow}T18:00`, timeZone: 'Europe/Luxembourg', status: 'published' },
    }),
    201,
  );
  eventId = created.id;
});
afterAll(async () => {
  await database?.close();
});

describe('convention walk-ins on the event side', () => {
  it('appear with their typed name, organisation and e-mail in the list, at the desk, in the exports and no-shows; mails skip them', async () => {
    const paul = await member('Paul Lambert');
    const rita = await member('Rita Schmit');
    const withMail = await ok<{ registrationId: string; checkInCode: string; checkedIn: boolean }>(
      await coordinator.request(`/api/events/${eventId}/convention/walk-ins`, {
        method: 'POST',
        body: { name: 'Søren Ødegård-Müller', organisation: 'Coopérative Œuvre Sûre', email: walkInEmail, role: 'supplier' },
      }),
      201,
    );
    expect(withMail.checkedIn).toBe(true);
    const noMail = await ok<{ registrationId: string; checkInCode: string; checkedIn: boolean }>(
      await coordinator.request(`/api/events/${eventId}/convention/walk-ins`, { method: 'POST', body: { name: 'Élise Kieffer', checkIn: false } }),
      201,
    );
    expect(noMail.checkedIn).toBe(false);

    // The reminder the day before goes to the two members; the walk-ins have no account and are skipped.
    const before = await eventTimes();
    expect(await sendEventReminders(database.db, { eventId, startsAt: before.starts_at.toISOString(), baseUrl })).toEqual({ sent: 2 });
    expect(await mailsTo(walkInEmail)).toBe(0);

    // The day has come.
    await database.query("UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1", [eventId]);

    const list = await attendees();
    expect(list).toHaveLength(4);
    expect(list.find((a) => a.id === withMail.registrationId)).toMatchObject({
      userId: null,
      name: 'Søren Ødegård-Müller',
      email: walkInEmail,
      organisationName: 'Coopérative Œuvre Sûre',
      status: 'confirmed',
      attendance: 'attended',
    });
    expect(list.find((a) => a.id === noMail.registrationId)).toMatchObject({ userId: null, name: 'Élise Kieffer', email: '', organisationName: '', checkedInAt: null });
    // Sorted by name with the members: Élise, Paul, Rita, Søren.
    expect(list.map((a) => a.name)).toEqual(['Élise Kieffer', 'Paul Lambert', 'Rita Schmit', 'Søren Ødegård-Müller']);

    // Desk search by name, organisation (accents ignored) or e-mail.
    expect((await attendees('oeuvre')).map((a) => a.id)).toEqual([withMail.registrationId]);
    expect((await attendees('elise')).map((a) => a.id)).toEqual([noMail.registrationId]);
    expect((await attendees(walkInEmail.slice(0, 12))).map((a) => a.id)).toEqual([withMail.registrationId]);

    // Check-in by code, and the scanned QR link.
    const scanned = await ok<{ alreadyCheckedIn: boolean; attendee: Attendee }>(
      await coordinator.request(`/api/events/${eventId}/check-in`, { method: 'POST', body: { code: noMail.checkInCode } }),
    );
    expect(scanned).toMatchObject({ alreadyCheckedIn: false, attendee: { name: 'Élise Kieffer', attendance: 'attended' } });
    const again = await ok<{ alreadyCheckedIn: boolean; attendee: Attendee }>(
      await coordinator.request(`/api/events/${eventId}/check-in`, { method: 'POST', body: { code: withMail.checkInCode } }),
    );
    expect(again).toMatchObject({ alreadyCheckedIn: true, attendee: { name: 'Søren Ødegård-Müller', organisationName: 'Coopérative Œuvre Sûre' } });
    const resolved = await ok<{ attendee: Attendee }>(await coordinator.request(`/api/check-in-codes/${withMail.checkInCode}`));
    expect(resolved.attendee).toMatchObject({ name: 'Søren Ødegård-Müller', email: walkInEmail });
    const paulCode = (await attendees('paul'))[0]!.checkInCode;
    await ok(await coordinator.request(`/api/events/${eventId}/check-in`, { method: 'POST', body: { code: paulCode } }));

    // Rita did not come: the only no-show.
    expect(await ok<{ noShows: number }>(await coordinator.request(`/api/events/${eventId}/no-shows`, { method: 'POST', body: {} }))).toEqual({ noShows: 1 });
    expect((await attendees()).filter((a) => a.attendance === 'no_show').map((a) => a.name)).toEqual(['Rita Schmit']);

    const csv = await coordinator.request(`/api/events/${eventId}/registrations/export?format=csv&locale=fr`);
    expect(csv.status).toBe(200);
    const text = Buffer.from(await csv.arrayBuffer()).subarray(3).toString('utf8');
    expect(text).toContain(`Søren Ødegård-Müller;${walkInEmail};Coopérative Œuvre Sûre;confirmé;`);
    expect(text).toMatch(/\r\nÉlise Kieffer;;;confirmé;[^\r\n]*;présent;/);
    const xlsx = await coordinator.request(`/api/events/${eventId}/registrations/export?format=xlsx&locale=de`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const rows = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(['Élise Kieffer', 'Paul Lambert', 'Rita Schmit', 'Søren Ødegård-Müller']);
    expect(rows[3]!.slice(1, 4)).toEqual(['Søren Ødegård-Müller', walkInEmail, 'Coopérative Œuvre Sûre']);

    // The feedback request goes to the checked-in member only: a walk-in has no account to answer with.
    const after = await eventTimes();
    const paulMails = await mailsTo(paul.user.email);
    expect(await sendFeedbackRequests(database.db, { eventId, endsAt: after.ends_at.toISOString(), baseUrl })).toEqual({ sent: 1 });
    expect(await mailsTo(paul.user.email)).toBe(paulMails + 1);
    expect(await mailsTo(walkInEmail)).toBe(0);

    // The personal-data export of the coordinator who added them, and of a member, still work.
    const mine = await ok<{ changesMade: { action: string }[] }>(await coordinator.request('/api/me/personal-data'));
    expect(mine.changesMade.map((a) => a.action)).toContain('walk-in');
    const ritas = await ok<{ eventRegistrations: { attendance: string }[] }>(await rita.client.request('/api/me/personal-data'));
    expect(ritas.eventRegistrations).toMatchObject([{ attendance: 'no_show' }]);
  });
});
