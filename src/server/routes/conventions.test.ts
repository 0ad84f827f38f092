import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { extractPdfText } from '../../domain/convention/extract-pdf-text';
import { sendFollowUpReminders } from '../../domain/convention/outcomes';
import { sendPublicationMails, type PublicationMails } from '../../domain/convention/publication-mails';
import { jobDefinitions } from '../../jobs/definitions';
import { createWorker } from '../../jobs/worker';
import { createLogger } from '../../logger';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp, testConfig } from '../../../tests/test-database';

type Client = Awaited<ReturnType<typeof signInAs>>;
type Err = { error: { code: string; field?: string; details?: { reason?: string; violations?: string[] } } };
interface Board {
  status: string;
  tables: string[];
  slots: { id: string; startsAt: string }[];
  meetings: { id: string; a: { id: string; name: string }; b: { id: string; name: string }; status: string; slotId: string | null; table: number | null; locked: boolean; published: { slotId: string; table: number } | null }[];
  runs: { status: string; mode: string; stats: Record<string, number> | null }[];
  quality: { meetings: number; scheduled: number; valid: boolean; upperBound: number | null; breaks: number };
  participants: { id: string; name: string; organisation: string; walkIn: boolean; checkedIn: boolean }[];
}

let database: Database;
let app: ReturnType<typeof testApp>;
let slug = '';
let networkId = '';
let eventId = '';
let coordinator: Client;
const people: Record<string, { client: Client; email: string; participantId: string; userId: string; orgId: string }> = {};

const day = 86_400_000;
const eventDay = new Date(Date.now() + 20 * day).toISOString().slice(0, 10);
const local = (hhmm: string) => `${eventDay}T${hhmm}`;
// Europe/Luxembourg in summer or winter: the test reads offsets back from the API rather than assuming one.

const worker = () =>
  createWorker({ db: database.db, config: testConfig(), log: createLogger('silent'), definitions: jobDefinitions.filter((d) => d.name.startsWith('convention.')), pollMs: 0 });

async function person(key: string, name: string, orgName: string, nace: string[], country: 'FR' | 'DE' | 'LU' | 'BE' = 'LU') {
  const user = await makeUser(database.db, { name });
  await grantRole(database.db, user.id, networkId, 'member');
  const org = await makeOrganisation(database.db, { networkIds: [networkId], name: orgName });
  await database.query('UPDATE organisations SET nace_codes = $1, country = $2, kind = $3 WHERE id = $4', [nace, country, key.startsWith('buyer') ? 'public' : 'sse', org.id]);
  await makeRepresentative(database.db, user.id, org.id);
  const client = await signInAs(app, user.email);
  people[key] = { client, email: user.email, participantId: '', userId: user.id, orgId: org.id };
  return people[key]!;
}

async function ok<T>(res: Response, status = 200): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

const api = (path: string) => `/api/events/${eventId}/convention${path}`;
const board = async () => ok<Board>(await coordinator.request(api('/schedule')));
const runJobs = async () => {
  const w = worker();
  const n = await w.drain();
  await w.stop();
  return n;
};

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, { PUBLIC_URL: 'https://maillage.example' });
  const network = await makeNetwork(database.db, 'Cluster ESS test');
  slug = network.slug;
  networkId = network.id;
  const c = await makeUser(database.db, { name: 'Nadia Coordinatrice' });
  await grantRole(database.db, c.id, networkId, 'coordinator');
  coordinator = await signInAs(app, c.email);
  const created = await ok<{ id: string }>(
    await coordinator.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: {
        kind: 'business_convention',
        title: { fr: 'Convention d’affaires « Achats responsables »', de: 'Geschäftstreffen „Verantwortungsvolle Beschaffung“' },
        startsAt: local('08:30'),
        endsAt: local('18:00'),
        timeZone: 'Europe/Luxembourg',
        venue: 'Maison du Savoir',
        commune: 'Esch-sur-Alzette',
        country: 'LU',
        status: 'published',
      },
    }),
    201,
  );
  eventId = created.id;
  await person('buyer', 'Zoë Łukasiewicz-Ørsted', 'Régie des Eaux Gödöllő & Čapek', ['E36.00'], 'FR');
  await person('joinery', 'Jürgen Straße', 'Ökozentrum Tischlerei Saar', ['C16.23'], 'DE');
  await person('caterer', 'Ana Wałęsa-Søholm', 'Traiteur Solidaire', ['I56.21'], 'LU');
  await person('printer', 'Piet Janssens', 'Drukkerij Groen Kovačić', ['C18.12'], 'BE');
  for (const p of Object.values(people)) await ok(await p.client.request(`/api/events/${eventId}/registrations`, { method: 'POST', body: { organisationId: p.orgId } }), 201);
});
afterAll(async () => {
  await database?.close();
});

describe('business convention through the API', () => {
  it('a participant starts from a draft made from their organisation, then saves their event profile', async () => {
    const me = await ok<{ registration: { status: string }; participant: null; draft: { role: string; offerCodes: string[]; languages: string[] } }>(await people.joinery!.client.request(api('/me')));
    expect(me.registration.status).toBe('confirmed');
    expect(me.participant).toBeNull();
    expect(me.draft.role).toBe('supplier');
    expect(me.draft.offerCodes).toEqual(['C16.23']);

    const bad = await people.joinery!.client.request(api('/me'), { method: 'POST', body: { role: 'supplier', offerCodes: ['99.99'] } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Err).error.field).toBe('offerCodes.0');

    const profiles: Record<string, Record<string, unknown>> = {
      buyer: { role: 'buyer', needCodes: ['C16'], needKeywords: ['traiteur', 'impression'], languages: ['fr', 'de'] },
      joinery: { role: 'supplier', offerCodes: ['C16.23'], offerKeywords: ['mobilier urbain'], languages: ['de', 'fr'] },
      caterer: { role: 'supplier', offerCodes: ['I56.21'], languages: ['fr', 'pt'] },
      printer: { role: 'supplier', offerCodes: ['C18.12'], offerKeywords: ['impression'], languages: ['nl', 'fr'] },
    };
    for (const [key, body] of Object.entries(profiles)) {
      const saved = await ok<{ id: string }>(await people[key]!.client.request(api('/me'), { method: 'POST', body }));
      people[key]!.participantId = saved.id;
    }
  });

  it('refuses people who are not registered, and hides the convention from other networks', async () => {
    const outsider = await makeUser(database.db, { name: 'Ohne Anmeldung' });
    await grantRole(database.db, outsider.id, networkId, 'member');
    const client = await signInAs(app, outsider.email);
    const res = await client.request(api('/me'), { method: 'POST', body: { role: 'buyer' } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Err).error.details?.reason).toBe('not_registered');
    expect(((await (await client.request(api('/participants'))).json()) as Err).error.details?.reason).toBe('no_profile');

    const elsewhere = await makeNetwork(database.db, 'Other');
    const stranger = await makeUser(database.db);
    await grantRole(database.db, stranger.id, elsewhere.id, 'coordinator');
    const s = await signInAs(app, stranger.email);
    expect((await s.request(api(''))).status).toBe(404);
    expect((await people.buyer!.client.request(api('/schedule'))).status).toBe(403);
  });

  it('the catalogue searches and filters; suggestions say why', async () => {
    const found = await ok<{ items: { id: string; name: string }[] }>(await people.buyer!.client.request(api('/participants?q=tischlerei')));
    expect(found.items.map((i) => i.name)).toEqual(['Jürgen Straße']);
    const byNace = await ok<{ items: { name: string }[] }>(await people.buyer!.client.request(api('/participants?nace=C18&side=offers')));
    expect(byNace.items.map((i) => i.name)).toEqual(['Piet Janssens']);
    const suggestions = await ok<{ items: { participantId: string; reasons: { code: string }[] }[] }>(await people.buyer!.client.request(api('/suggestions')));
    const joinery = suggestions.items.find((s) => s.participantId === people.joinery!.participantId);
    expect(joinery?.reasons.map((r) => r.code)).toEqual(['their_offer_your_need', 'buyer_supplier', 'common_language', 'cross_border']);
    expect(suggestions.items.find((s) => s.participantId === people.printer!.participantId)?.reasons.map((r) => r.code)).toContain('keyword_in_their_offer');
  });

  it('requests: message and priority, e-mail to the other side, no duplicates, accept creates a meeting', async () => {
    const buyer = people.buyer!;
    const sent = await ok<{ id: string }>(await buyer.client.request(api('/requests'), { method: 'POST', body: { recipientId: people.joinery!.participantId, message: 'Mobilier pour nos sites ?', priority: 3 } }), 201);
    const again = await people.joinery!.client.request(api('/requests'), { method: 'POST', body: { recipientId: buyer.participantId } });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Err).error.details?.reason).toBe('already_requested');
    const [mail] = await database.query<{ subject: string; body_text: string }>("SELECT subject, body_text FROM outbox WHERE to_address = $1 AND subject LIKE '%rencontrer%'", [people.joinery!.email]);
    expect(mail?.body_text).toContain('Mobilier pour nos sites ?');
    expect(mail?.body_text).toContain(`https://maillage.example/n/${slug}/conventions/${eventId}/requests`);

    // Only the person asked answers.
    expect((await buyer.client.request(api(`/requests/${sent.id}/response`), { method: 'POST', body: { accept: true } })).status).toBe(403);
    const answered = await ok<{ status: string; meetingId: string }>(
      await people.joinery!.client.request(api(`/requests/${sent.id}/response`), { method: 'POST', body: { accept: true, message: 'Volontiers', priority: 2 } }),
    );
    expect(answered.status).toBe('accepted');
    expect(answered.meetingId).toBeTruthy();
    const mine = await ok<{ items: { direction: string; status: string; other: { name: string }; meeting: { status: string } | null }[] }>(await buyer.client.request(api('/requests')));
    expect(mine.items[0]).toMatchObject({ direction: 'sent', status: 'accepted', other: { name: 'Jürgen Straße' }, meeting: { status: 'unscheduled' } });

    for (const key of ['caterer', 'printer']) {
      const r = await ok<{ id: string }>(await buyer.client.request(api('/requests'), { method: 'POST', body: { recipientId: people[key]!.participantId } }), 201);
      await ok(await people[key]!.client.request(api(`/requests/${r.id}/response`), { method: 'POST', body: { accept: true } }));
    }
    const r = await ok<{ id: string }>(await people.caterer!.client.request(api('/requests'), { method: 'POST', body: { recipientId: people.joinery!.participantId } }), 201);
    await ok(await people.joinery!.client.request(api(`/requests/${r.id}/response`), { method: 'POST', body: { accept: true } }));
  });

  it('limits per participant and the request deadline hold', async () => {
    await ok(await coordinator.request(api('/rules'), { method: 'PATCH', body: { maxRequestsPerParticipant: 1 } }));
    const overLimit = await people.printer!.client.request(api('/requests'), { method: 'POST', body: { recipientId: people.caterer!.participantId } });
    expect(overLimit.status).toBe(201); // the printer has sent none yet
    const second = await people.printer!.client.request(api('/requests'), { method: 'POST', body: { recipientId: people.joinery!.participantId } });
    expect(((await second.json()) as Err).error.details?.reason).toBe('request_limit');
    await ok(await coordinator.request(api('/rules'), { method: 'PATCH', body: { maxRequestsPerParticipant: null, maxMeetingsPerParticipant: 2 } }));
    const pending = await ok<{ items: { id: string; status: string; direction: string }[] }>(await people.caterer!.client.request(api('/requests')));
    const fromPrinter = pending.items.find((i) => i.direction === 'received' && i.status === 'pending')!;
    const full = await people.caterer!.client.request(api(`/requests/${fromPrinter.id}/response`), { method: 'POST', body: { accept: true } });
    expect(((await full.json()) as Err).error.details?.reason).toBe('meeting_limit');
    await ok(await people.caterer!.client.request(api(`/requests/${fromPrinter.id}/response`), { method: 'POST', body: { accept: false, message: 'Complet' } }));

    await ok(await coordinator.request(api('/rules'), { method: 'PATCH', body: { maxMeetingsPerParticipant: null, requestDeadline: new Date(Date.now() - 60_000).toISOString() } }));
    const late = await people.printer!.client.request(api('/requests'), { method: 'POST', body: { recipientId: people.joinery!.participantId } });
    expect(((await late.json()) as Err).error.details?.reason).toBe('deadline_passed');
  });

  it('the coordinator sets the day, generates in the background and sees the quality', async () => {
    expect(((await (await coordinator.request(api('/schedule/runs'), { method: 'POST', body: {} })).json()) as Err).error.details?.reason).toBe('no_day_setup');
    const bad = await coordinator.request(api('/day'), { method: 'POST', body: { sessions: [{ startsAt: '2031-01-01T09:00:00Z', endsAt: '2031-01-01T08:00:00Z' }], slotMinutes: 20, tables: ['1'] } });
    expect(((await bad.json()) as Err).error.field).toBe('sessions.0.endsAt');
    const info = await ok<{ startsAt: string }>(await coordinator.request(api('')));
    const start = new Date(info.startsAt).getTime(); // 08:30 local
    const iso = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    const setup = await ok<{ slots: number; tables: number }>(
      await coordinator.request(api('/day'), {
        method: 'POST',
        body: {
          sessions: [
            { name: 'Matin', startsAt: iso(60), endsAt: iso(180) },
            { name: 'Après-midi', startsAt: iso(330), endsAt: iso(420) },
          ],
          slotMinutes: 20,
          changeoverMinutes: 10,
          breaks: [{ label: 'Pause café', startsAt: iso(120), endsAt: iso(135) }],
          tables: ['Table Moselle', 'Table Sûre', 'Table Alzette'],
        },
      }),
    );
    expect(setup).toMatchObject({ slots: 6, tables: 3 });

    // The joinery exhibits at its stand; the caterer cannot come to the first slot.
    const before = await board();
    await ok(await coordinator.request(api(`/participants/${people.joinery!.participantId}`), { method: 'PATCH', body: { fixedTable: 2 } }));
    await ok(await coordinator.request(api(`/participants/${people.caterer!.participantId}`), { method: 'PATCH', body: { unavailableSlotIds: [before.slots[0]!.id] } }));

    const run = await ok<{ id: string }>(await coordinator.request(api('/schedule/runs'), { method: 'POST', body: { mode: 'full' } }), 202);
    expect(run.id).toBeTruthy();
    expect((await board()).status).toBe('generating');
    expect(((await (await coordinator.request(api('/schedule/runs'), { method: 'POST', body: {} })).json()) as Err).error.details?.reason).toBe('generating');
    expect(await runJobs()).toBe(1);
    const b = await board();
    expect(b.status).toBe('generated');
    expect(b.runs[0]).toMatchObject({ status: 'done', mode: 'full' });
    expect(b.quality).toMatchObject({ meetings: 4, scheduled: 4, valid: true });
    expect(b.quality.upperBound).toBeGreaterThan(0);
    for (const m of b.meetings) {
      if (m.a.id === people.joinery!.participantId || m.b.id === people.joinery!.participantId) expect(m.table).toBe(2);
      if (m.a.id === people.caterer!.participantId || m.b.id === people.caterer!.participantId) expect(m.slotId).not.toBe(b.slots[0]!.id);
    }
  });

  it('hand edits are checked against the rules: a clash is refused, a free move, a swap and a lock go through', async () => {
    const b = await board();
    const buyerWith = (key: string) => b.meetings.find((m) => m.a.id === people.buyer!.participantId && m.b.id === people[key]!.participantId)!;
    const [m1, m2] = [buyerWith('printer'), buyerWith('caterer')];
    // Moving one buyer meeting onto the slot of another puts the buyer in two places at once.
    const clash = await coordinator.request(api('/schedule/edits'), { method: 'POST', body: { action: 'move', meetingId: m1!.id, slotId: m2!.slotId, table: 3 } });
    expect(clash.status).toBe(409);
    const err = (await clash.json()) as Err;
    expect(err.error.details?.reason).toBe('edit_breaks_rules');
    expect(err.error.details?.violations?.[0]).toMatch(/two meetings/);
    // The database itself refuses a person in two meetings at once, whatever the code above it does.
    // (Table 99 is free in every slot, so only the person rule can object.)
    await expect(database.query('UPDATE convention_meetings SET slot_id = $1, table_number = 99 WHERE id = $2', [m2!.slotId, m1!.id])).rejects.toThrow(/already has a meeting in this slot/);
    // The joinery must stay at its stand.
    const joineryMeeting = b.meetings.find((m) => m.b.id === people.joinery!.participantId && m.a.id === people.buyer!.participantId)!;
    const wrongTable = await coordinator.request(api('/schedule/edits'), { method: 'POST', body: { action: 'move', meetingId: joineryMeeting.id, slotId: joineryMeeting.slotId, table: 1 } });
    expect(((await wrongTable.json()) as Err).error.details?.violations?.[0]).toMatch(/must sit at table 2/);

    const involved = new Set([people.buyer!.participantId, people.printer!.participantId, people.caterer!.participantId]);
    const busy = new Set(b.meetings.filter((m) => involved.has(m.a.id) || involved.has(m.b.id)).map((m) => m.slotId));
    const free = b.slots.find((s) => !busy.has(s.id) && s.id !== b.slots[0]!.id)!;
    await ok(await coordinator.request(api('/schedule/edits'), { method: 'POST', body: { action: 'move', meetingId: m1!.id, slotId: free.id, table: 3 } }));
    await ok(await coordinator.request(api('/schedule/edits'), { method: 'POST', body: { action: 'swap', meetingId: m1!.id, otherMeetingId: m2!.id } }));
    await ok(await coordinator.request(api('/schedule/edits'), { method: 'POST', body: { action: 'lock', meetingId: m1!.id, locked: true } }));
    const after = await board();
    const moved1 = after.meetings.find((m) => m.id === m1!.id)!;
    const moved2 = after.meetings.find((m) => m.id === m2!.id)!;
    expect(moved1).toMatchObject({ slotId: m2!.slotId, table: m2!.table, locked: true });
    expect(moved2).toMatchObject({ slotId: free.id, table: 3 });
    expect(after.quality.valid).toBe(true);
  });

  it('publishing e-mails each participant their agenda; the PDF renders every accent; the calendar feed has the meetings', async () => {
    const published = await ok<{ meetings: number; notified: number; first: boolean }>(await coordinator.request(api('/schedule/publish'), { method: 'POST' }));
    expect(published).toMatchObject({ meetings: 4, notified: 4, first: true });
    // The e-mails are composed in the background, in batches, after the publication committed.
    const batches = await database.query<{ payload: PublicationMails }>("SELECT payload FROM jobs WHERE name = 'convention.publication-mails' AND payload->>'eventId' = $1", [eventId]);
    expect(batches.flatMap((b) => b.payload.participantIds)).toHaveLength(4);
    await runJobs();
    // A batch run again (a retry after a crash between its commit and the job's completion) mails nobody twice.
    expect(await sendPublicationMails(database.db, batches[0]!.payload)).toEqual({ mailed: 0 });
    // Only this test's people: on a reused database (the PostgreSQL pass) the outbox holds earlier runs' mails too.
    const ours = Object.values(people).map((p) => p.email);
    const agendaMails = await database.query<{ to_address: string }>(
      "SELECT to_address FROM outbox WHERE to_address = ANY($1) AND (subject LIKE 'Votre agenda de rendez-vous%' OR subject LIKE 'Ihr Terminplan für%')",
      [ours],
    );
    expect(agendaMails).toHaveLength(4);
    expect(new Set(agendaMails.map((m) => m.to_address)).size).toBe(4);
    const [mail] = await database.query<{ subject: string; body_text: string }>("SELECT subject, body_text FROM outbox WHERE to_address = $1 AND subject LIKE '%agenda%'", [people.buyer!.email]);
    expect(mail?.body_text).toContain('vous avez 3 rendez-vous');
    expect(mail?.body_text).toContain('Jürgen Straße (Ökozentrum Tischlerei Saar)');
    expect(mail?.body_text).toContain(`/api/events/${eventId}/agendas/${people.buyer!.participantId}.pdf`);
    const followUp = await database.query<{ run_at: Date }>("SELECT run_at FROM jobs WHERE name = 'convention.follow-up' AND payload->>'eventId' = $1", [eventId]);
    expect(followUp).toHaveLength(1);

    const agenda = await ok<{ published: boolean; meetings: { counterpart: { name: string }; table: string }[] }>(await people.joinery!.client.request(api('/agenda')));
    expect(agenda.published).toBe(true);
    expect(agenda.meetings.map((m) => m.table)).toEqual(['Table Sûre', 'Table Sûre']);

    const pdf = await people.buyer!.client.request(`/api/events/${eventId}/agendas/${people.buyer!.participantId}.pdf?locale=de`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractPdfText(bytes).replace(/\s+/g, ' ');
    for (const expected of ['Zoë Łukasiewicz-Ørsted', 'Régie des Eaux Gödöllő & Čapek', 'Jürgen Straße', 'Ökozentrum Tischlerei Saar', 'Geschäftstreffen „Verantwortungsvolle Beschaffung“', 'Tisch', 'Table Sûre'])
      expect(text).toContain(expected);
    for (const ch of ['é', 'ß', 'ø', 'ł', 'ő', 'č']) expect(text).toContain(ch);
    // Someone else's agenda is not yours to read; a coordinator may print it.
    expect((await people.caterer!.client.request(`/api/events/${eventId}/agendas/${people.buyer!.participantId}.pdf`)).status).toBe(404);
    expect((await coordinator.request(`/api/events/${eventId}/agendas/${people.buyer!.participantId}.pdf`)).status).toBe(200);

    const feed = await ok<{ url: string }>(await people.buyer!.client.request('/api/me/calendar-feed', { method: 'POST' }), 201);
    const ics = await app.request(feed.url.replace('https://maillage.example', ''));
    expect(ics.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    const meetings = calendar.getAllSubcomponents('vevent').filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('convention-meeting-'));
    expect(meetings).toHaveLength(3);
    const first = new ICAL.Event(meetings[0]!);
    expect(first.startDate.zone.tzid).toBe('Europe/Luxembourg');
    const buyerAgenda = await ok<{ meetings: { startsAt: string }[] }>(await people.buyer!.client.request(api('/agenda')));
    expect(meetings.map((e) => new ICAL.Event(e).startDate.toJSDate().toISOString()).sort()).toEqual(buyerAgenda.meetings.map((m) => m.startsAt).sort());
    expect(first.summary).toMatch(/^Rendez-vous : /);
    expect(first.location).toMatch(/Table (Moselle|Sûre|Alzette)/);
  });

  it('on the day: a no-show frees the slot, and a late request fits in without moving published meetings', async () => {
    const b = await board();
    const published = new Map(b.meetings.filter((m) => m.published).map((m) => [m.id, `${m.slotId}|${m.table}`]));
    const catererMeeting = b.meetings.find((m) => m.b.id === people.caterer!.participantId)!;
    await ok(await coordinator.request(api(`/meetings/${catererMeeting.id}/mark`), { method: 'POST', body: { status: 'no_show', missingParticipantId: people.caterer!.participantId } }));

    // A late pair, introduced by the coordinator after the deadline.
    const late = await ok<{ meetingId: string }>(
      await coordinator.request(api('/introductions'), { method: 'POST', body: { participantA: people.printer!.participantId, participantB: people.joinery!.participantId } }),
      201,
    );
    await ok(await coordinator.request(api('/schedule/runs'), { method: 'POST', body: { mode: 'keep-published' } }), 202);
    await runJobs();
    const after = await board();
    for (const [id, seat] of published) {
      const m = after.meetings.find((x) => x.id === id)!;
      if (m.status === 'scheduled') expect(`${m.slotId}|${m.table}`, `meeting ${id} moved`).toBe(seat);
    }
    const placed = after.meetings.find((m) => m.id === late.meetingId)!;
    expect(placed.status).toBe('scheduled');
    expect(placed.table).toBe(2);
    expect(after.runs[0]).toMatchObject({ status: 'done', mode: 'keep-published' });
    expect(after.runs[0]!.stats?.locked).toBe(3);

    const republished = await ok<{ notified: number; first: boolean }>(await coordinator.request(api('/schedule/publish'), { method: 'POST' }));
    // The caterer's meeting was missed: the buyer and the caterer see it gone; printer and joinery get the new one.
    expect(republished).toMatchObject({ first: false });
    expect(republished.notified).toBeGreaterThanOrEqual(2);
    await runJobs();
    const changedMails = await database.query<{ to_address: string }>(
      "SELECT to_address FROM outbox WHERE to_address = ANY($1) AND (subject LIKE 'Votre agenda pour%' OR subject LIKE 'Ihr Terminplan für % hat sich geändert')",
      [Object.values(people).map((p) => p.email)],
    );
    expect(changedMails).toHaveLength(republished.notified);
    expect(changedMails.map((m) => m.to_address)).toEqual(expect.arrayContaining([people.printer!.email, people.joinery!.email]));
  });

  it('both sides record an outcome; statistics count them; the six-month reminder goes out once', async () => {
    const agenda = await ok<{ meetings: { id: string; counterpart: { name: string } }[] }>(await people.buyer!.client.request(api('/agenda')));
    const withJoinery = agenda.meetings.find((m) => m.counterpart.name === 'Jürgen Straße')!;
    const bad = await people.buyer!.client.request(api(`/meetings/${withJoinery.id}/outcome`), { method: 'POST', body: { stage: 'event', outcome: 'great' } });
    expect(((await bad.json()) as Err).error.field).toBe('outcome');
    await ok(await people.buyer!.client.request(api(`/meetings/${withJoinery.id}/outcome`), { method: 'POST', body: { stage: 'event', outcome: 'valuable_contact', comment: 'Devis à suivre' } }));
    await ok(await people.joinery!.client.request(api(`/meetings/${withJoinery.id}/outcome`), { method: 'POST', body: { stage: 'event', outcome: 'negotiation_started' } }));
    await ok(await people.joinery!.client.request(api(`/meetings/${withJoinery.id}/outcome`), { method: 'POST', body: { stage: 'followup', outcome: 'agreement_reached' } }));
    expect((await people.caterer!.client.request(api(`/meetings/${withJoinery.id}/outcome`), { method: 'POST', body: { stage: 'event', outcome: 'valuable_contact' } })).status).toBe(404);

    const stats = await ok<{
      requests: Record<string, number>;
      acceptanceRate: number;
      meetingsHeld: number;
      noShows: number;
      outcomes: { event: Record<string, number>; followup: Record<string, number> };
      agreements: number;
    }>(await coordinator.request(api('/statistics')));
    expect(stats.requests).toMatchObject({ accepted: 5, declined: 1 });
    expect(stats.acceptanceRate).toBeCloseTo(5 / 6, 3);
    expect(stats.meetingsHeld).toBe(1);
    expect(stats.noShows).toBe(1);
    expect(stats.outcomes.event).toMatchObject({ valuable_contact: 1, negotiation_started: 1 });
    expect(stats.outcomes.followup.agreement_reached).toBe(1);
    expect(stats.agreements).toBe(1);

    const early = await sendFollowUpReminders(database.db, { eventId, baseUrl: 'https://maillage.example' });
    expect(early).toMatchObject({ sent: 0 });
    const later = new Date(Date.now() + 400 * day);
    const sent = await sendFollowUpReminders(database.db, { eventId, baseUrl: 'https://maillage.example' }, later);
    expect(sent.sent).toBe(4);
    const [reminder] = await database.query<{ body_text: string }>("SELECT body_text FROM outbox WHERE to_address = $1 AND subject LIKE 'Six mois%'", [people.buyer!.email]);
    expect(reminder?.body_text).toContain('accord conclu');
    expect(await sendFollowUpReminders(database.db, { eventId, baseUrl: 'https://maillage.example' }, later)).toMatchObject({ sent: 0 });
  });

  it('a walk-in without an account is added at the desk, checked in, fitted into a free slot and gets a printable agenda', async () => {
    const refused = await people.buyer!.client.request(api('/walk-ins'), { method: 'POST', body: { name: 'Intrus' } });
    expect(refused.status).toBe(403);
    expect((await coordinator.request(api('/walk-ins'), { method: 'POST', body: { name: '  ' } })).status).toBe(400);
    const walkIn = await ok<{ participantId: string; checkedIn: boolean }>(
      await coordinator.request(api('/walk-ins'), { method: 'POST', body: { name: 'Søren Ødegård-Müller', organisation: 'Coopérative Œuvre Sûre', role: 'supplier', languages: ['de'] } }),
      201,
    );
    expect(walkIn.checkedIn).toBe(true);
    const before = await board();
    expect(before.participants.find((p) => p.id === walkIn.participantId)).toMatchObject({ name: 'Søren Ødegård-Müller', organisation: 'Coopérative Œuvre Sûre', walkIn: true, checkedIn: true });

    await ok(await coordinator.request(api('/introductions'), { method: 'POST', body: { participantA: walkIn.participantId, participantB: people.printer!.participantId } }), 201);
    await ok(await coordinator.request(api('/schedule/runs'), { method: 'POST', body: { mode: 'keep-published' } }), 202);
    await runJobs();
    const after = await board();
    const placed = after.meetings.find((m) => m.a.id === walkIn.participantId || m.b.id === walkIn.participantId)!;
    expect(placed.status).toBe('scheduled');
    // Published meetings stay where they were.
    for (const m of before.meetings.filter((x) => x.published && x.status === 'scheduled')) expect(after.meetings.find((x) => x.id === m.id)).toMatchObject({ slotId: m.slotId, table: m.table });
    const printerMails = async () => (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE to_address = $1', [people.printer!.email]))[0]!.n;
    const printerMailsBefore = await printerMails();
    await ok(await coordinator.request(api('/schedule/publish'), { method: 'POST' }));
    await runJobs();
    // The printer is told by e-mail; the walk-in, who gave no address, gets the agenda printed at the desk.
    expect(await printerMails()).toBeGreaterThan(printerMailsBefore);

    const pdf = await coordinator.request(`/api/events/${eventId}/agendas/${walkIn.participantId}.pdf?locale=de`);
    expect(pdf.status).toBe(200);
    const text = extractPdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    const agenda = await ok<{ meetings: { counterpart: { name: string } }[] }>(await coordinator.request(`${api('/agenda')}?participantId=${walkIn.participantId}`));
    expect(agenda.meetings.map((m) => m.counterpart.name)).toEqual(['Piet Janssens']);
    expect(text).toContain('Søren Ødegård-Müller');
    expect(text).toContain('Piet Janssens');
  });
});
