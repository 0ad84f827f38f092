import ICAL from 'ical.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
let app: ReturnType<typeof testApp>;
let slug = '';
let networkId = '';
let coordinator: Awaited<ReturnType<typeof signInAs>>;
let observer: Awaited<ReturnType<typeof signInAs>>;

type Client = Awaited<ReturnType<typeof signInAs>>;
type Err = { error: { code: string; field?: string; details?: { reason?: string } } };
type Registration = { id: string; status: string; checkInCode: string; waitlistPosition: number | null };
type EventJson = { id: string; status: string; startsAt: string; localStartsAt: string; capacity: number | null };

const day = 86_400_000;
const inDays = (n: number, hour = 9) => {
  const d = new Date(Date.now() + n * day);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
};

async function member(name: string, role: 'member' | 'partner' | 'observer' = 'member') {
  const user = await makeUser(database.db, { name });
  await grantRole(database.db, user.id, networkId, role);
  const org = await makeOrganisation(database.db, { networkIds: [networkId], name: `${name} SA` });
  await makeRepresentative(database.db, user.id, org.id);
  return { user, org, client: await signInAs(app, user.email) };
}

async function createEvent(body: Record<string, unknown>, client: Client = coordinator): Promise<EventJson> {
  const res = await client.request(`/api/networks/${slug}/events`, {
    method: 'POST',
    body: { kind: 'conference', title: { fr: 'Conférence', de: 'Konferenz' }, startsAt: inDays(10), endsAt: inDays(10, 12), status: 'published', ...body },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as EventJson;
}

async function register(client: Client, eventId: string, body: Record<string, unknown> = {}) {
  return client.request(`/api/events/${eventId}/registrations`, { method: 'POST', body });
}

async function outboxFor(email: string) {
  return database.query<{ subject: string; body_text: string; body_html: string | null }>(
    'SELECT subject, body_text, body_html FROM outbox WHERE to_address = $1 ORDER BY created_at',
    [email],
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, { PUBLIC_URL: 'https://maillage.example' });
  const network = await makeNetwork(database.db, 'Events API test');
  slug = network.slug;
  networkId = network.id;
  const c = await makeUser(database.db, { name: 'Chloé Coordinatrice' });
  await grantRole(database.db, c.id, networkId, 'coordinator');
  coordinator = await signInAs(app, c.email);
  observer = (await member('Olivier Observateur', 'observer')).client;
});
afterAll(async () => {
  await database?.close();
});

describe('the events API contract', () => {
  it('is documented in OpenAPI, and bad input answers 4xx naming the field', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const path of ['/api/networks/{network}/events', '/api/events/{id}', '/api/events/{id}/ics', '/api/events/{id}/registrations', '/api/events/{id}/check-in', '/api/people/{id}/calendar.ics', '/api/check-in-codes/{code}/qr.png', '/api/events/{id}/minutes'])
      expect(doc.paths[path], path).toBeDefined();
    expect((await app.request('/api/events/not-a-uuid')).status).toBe(400);
    const badCapacity = await coordinator.request(`/api/networks/${slug}/events`, { method: 'POST', body: { kind: 'conference', title: { fr: 'X' }, startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T10:00', capacity: -3 } });
    expect(badCapacity.status).toBe(400);
    expect(((await badCapacity.json()) as Err).error.field).toBe('capacity');
    const badKind = await coordinator.request(`/api/networks/${slug}/events`, { method: 'POST', body: { kind: 'party', title: { fr: 'X' }, startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T10:00' } });
    expect(((await badKind.json()) as Err).error.field).toBe('kind');
    const badDate = await coordinator.request(`/api/networks/${slug}/events`, { method: 'POST', body: { kind: 'other', title: { fr: 'X' }, startsAt: '30/03/2031', endsAt: '2031-03-30T10:00' } });
    expect(((await badDate.json()) as Err).error.field).toBe('startsAt');
    const badQuestion = await coordinator.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: { kind: 'other', title: { fr: 'X' }, startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T10:00', questions: [{ id: 'q', kind: 'choice', label: { fr: 'Q' }, options: [{ id: 'a', label: { fr: 'A' } }] }] },
    });
    expect(((await badQuestion.json()) as Err).error.field).toBe('questions.0.options');
    expect((await app.request(`/api/networks/${slug}/events?when=someday`)).status).toBe(400);
    expect((await app.request('/api/people/00000000-0000-4000-8000-000000000000/calendar.ics?token=abcdefghijkl')).status).toBe(404);
  });
});

describe('creating and listing events', () => {
  it('reads times without offset in the event’s time zone and names the field of bad input', async () => {
    const e = await createEvent({ startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T12:00', timeZone: 'Europe/Brussels' });
    expect(e.startsAt).toBe('2031-03-30T07:00:00.000Z');
    expect(e.localStartsAt).toBe('2031-03-30T09:00');
    const backwards = await coordinator.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: { kind: 'conference', title: { fr: 'X' }, startsAt: '2031-03-30T12:00', endsAt: '2031-03-30T09:00' },
    });
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as Err).error.field).toBe('endsAt');
    const noTitle = await coordinator.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: { kind: 'conference', title: { fr: '  ' }, startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T12:00' },
    });
    expect(((await noTitle.json()) as Err).error.field).toBe('title');
    const badZone = await coordinator.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: { kind: 'conference', title: { fr: 'X' }, startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T12:00', timeZone: 'Europe/Atlantis' },
    });
    expect(((await badZone.json()) as Err).error.field).toBe('timeZone');
  });

  it('lets only coordinators create; shows drafts to coordinators, network events to its people, public ones to everyone', async () => {
    const m = await member('Marie Membre');
    const refused = await m.client.request(`/api/networks/${slug}/events`, {
      method: 'POST',
      body: { kind: 'conference', title: { fr: 'X' }, startsAt: inDays(3), endsAt: inDays(3, 11) },
    });
    expect(refused.status).toBe(403);
    const draft = await createEvent({ title: { fr: 'Brouillon' }, status: 'draft', kind: 'committee' });
    const internal = await createEvent({ title: { fr: 'Interne' }, visibility: 'network', kind: 'committee' });
    const open = await createEvent({ title: { fr: 'Public' }, visibility: 'public', kind: 'committee' });
    const ids = async (client: Client | null) => {
      const path = `/api/networks/${slug}/events?kind=committee&pageSize=100`;
      const res = client ? await client.request(path) : await app.request(path);
      return ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
    };
    expect(await ids(coordinator)).toEqual(expect.arrayContaining([draft.id, internal.id, open.id]));
    const forMember = await ids(m.client);
    expect(forMember).toEqual(expect.arrayContaining([internal.id, open.id]));
    expect(forMember).not.toContain(draft.id);
    expect(await ids(observer)).toEqual(expect.arrayContaining([internal.id, open.id]));
    const anonymous = await ids(null);
    expect(anonymous).toContain(open.id);
    expect(anonymous).not.toContain(internal.id);
    expect((await app.request(`/api/events/${internal.id}`)).status).toBe(404);
    expect((await m.client.request(`/api/events/${draft.id}`)).status).toBe(404);
    expect((await app.request(`/api/events/${open.id}`)).status).toBe(200);
    // Someone of another network sees the public event only.
    const stranger = await makeUser(database.db);
    const other = await makeNetwork(database.db);
    await grantRole(database.db, stranger.id, other.id, 'coordinator');
    const s = await signInAs(app, stranger.email);
    expect((await s.request(`/api/events/${internal.id}`)).status).toBe(404);
    expect((await s.request(`/api/events/${open.id}`, { method: 'PATCH', body: { capacity: 3 } })).status).toBe(403);
  });

  it('splits upcoming and past events', async () => {
    const past = await createEvent({ kind: 'open_day', startsAt: inDays(-20), endsAt: inDays(-20, 17) });
    const soon = await createEvent({ kind: 'open_day', startsAt: inDays(2), endsAt: inDays(2, 17) });
    const list = async (when: string) =>
      ((await (await coordinator.request(`/api/networks/${slug}/events?kind=open_day&when=${when}`)).json()) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await list('upcoming')).toContain(soon.id);
    expect(await list('upcoming')).not.toContain(past.id);
    expect(await list('past')).toContain(past.id);
  });

  it('counts seats and the reader’s own registration in the list', async () => {
    const event = await createEvent({ kind: 'brainstorming', capacity: 1 });
    const [u, v] = [await member('Ulla'), await member('Victor')];
    await register(u.client, event.id);
    await register(v.client, event.id);
    const items = ((await (await v.client.request(`/api/networks/${slug}/events?kind=brainstorming`)).json()) as { items: { id: string; confirmed: number; waitlisted: number; myStatus: string }[] }).items;
    expect(items.find((i) => i.id === event.id)).toMatchObject({ confirmed: 1, waitlisted: 1, myStatus: 'waitlisted' });
  });
});

describe('registration', () => {
  it('confirms while seats remain, then waitlists, and promotes the first waiting when a seat frees, with e-mails', async () => {
    const event = await createEvent({ capacity: 2, title: { fr: 'Business corner lean', de: 'Lean-Treffen' }, kind: 'business_corner' });
    const [a, b, c, d] = [await member('Anna'), await member('Bernd'), await member('Chantal'), await member('Dirk')];
    await database.query("UPDATE users SET locale = 'de' WHERE id = $1", [b.user.id]);
    const ra = (await (await register(a.client, event.id)).json()) as Registration;
    const rb = (await (await register(b.client, event.id)).json()) as Registration;
    const rc = (await (await register(c.client, event.id)).json()) as Registration;
    const rd = (await (await register(d.client, event.id)).json()) as Registration;
    expect([ra.status, rb.status, rc.status, rd.status]).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    const again = await register(a.client, event.id);
    expect(again.status).toBe(409);
    expect(((await again.json()) as Err).error.details?.reason).toBe('already_registered');
    const page = (await (await d.client.request(`/api/events/${event.id}`)).json()) as { myRegistration: Registration; counts: { seatsLeft: number }; organisationsInNetwork: string[] };
    expect(page.myRegistration.waitlistPosition).toBe(2);
    expect(page.organisationsInNetwork).toEqual([d.org.id]);
    expect(page.counts.seatsLeft).toBe(0);

    const mailB = await outboxFor(b.user.email);
    expect(mailB[0]!.subject).toBe('Anmeldung bestätigt: Lean-Treffen');
    expect(mailB[0]!.body_text).toContain(rb.checkInCode);
    expect(mailB[0]!.body_html).toContain(`https://maillage.example/api/check-in-codes/${rb.checkInCode}/qr.png`);
    expect((await outboxFor(c.user.email))[0]!.subject).toBe('Liste d’attente : Business corner lean');

    // Anna cancels: Chantal (first waiting) is promoted and told; Dirk still waits.
    const cancelled = await a.client.request(`/api/events/${event.id}/registrations/${ra.id}/cancel`, { method: 'POST', body: {} });
    expect(cancelled.status).toBe(200);
    const after = (await (await coordinator.request(`/api/events/${event.id}/registrations`)).json()) as { name: string; status: string }[];
    expect(after.find((x) => x.name === 'Chantal')!.status).toBe('confirmed');
    expect(after.find((x) => x.name === 'Dirk')!.status).toBe('waitlisted');
    expect(after.find((x) => x.name === 'Anna')!.status).toBe('cancelled');
    const mailC = await outboxFor(c.user.email);
    expect(mailC.at(-1)!.subject).toBe('Une place s’est libérée : Business corner lean');
    expect(mailC.at(-1)!.body_text).toContain(rc.checkInCode);
    expect((await outboxFor(a.user.email)).at(-1)!.subject).toBe('Inscription annulée : Business corner lean');

    // More seats: Dirk moves up at once.
    expect((await coordinator.request(`/api/events/${event.id}`, { method: 'PATCH', body: { capacity: 3 } })).status).toBe(200);
    const dirk = (await (await d.client.request(`/api/events/${event.id}`)).json()) as { myRegistration: Registration };
    expect(dirk.myRegistration.status).toBe('confirmed');
  });

  it('two people taking the last seat at once: one confirmed, one on the waiting list', async () => {
    for (let round = 0; round < 3; round++) {
      const event = await createEvent({ capacity: 1, kind: 'company_visit' });
      const people = await Promise.all(['Eva', 'Fritz', 'Gaëlle', 'Hugo'].map((n) => member(`${n} ${round}`)));
      const answers = await Promise.all(people.map((p) => register(p.client, event.id)));
      expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      const statuses = (await Promise.all(answers.map(async (r) => ((await r.json()) as Registration).status))).sort();
      expect(statuses).toEqual(['confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
      const [count] = await database.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND status = 'confirmed'",
        [event.id],
      );
      expect(count!.n).toBe(1);
    }
  });

  it('a cancellation and a new registration at once never put two people in one seat', async () => {
    const event = await createEvent({ capacity: 1, kind: 'workshop' });
    const [a, b, c] = [await member('Ines'), await member('Jan'), await member('Karin')];
    const ra = (await (await register(a.client, event.id)).json()) as Registration;
    await register(b.client, event.id);
    await Promise.all([a.client.request(`/api/events/${event.id}/registrations/${ra.id}/cancel`, { method: 'POST', body: {} }), register(c.client, event.id)]);
    const rows = await database.query<{ user_id: string; status: string }>('SELECT user_id, status FROM event_registrations WHERE event_id = $1', [event.id]);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(1);
    // Jan was waiting first, so the freed seat is his, whichever request ran first.
    expect(rows.find((r) => r.user_id === b.user.id)!.status).toBe('confirmed');
  });

  it('respects the registration window and refuses observers and cancelled events', async () => {
    const notYet = await createEvent({ registrationOpensAt: inDays(5), registrationClosesAt: inDays(8) });
    const closed = await createEvent({ registrationClosesAt: inDays(-1) });
    const m = await member('Lena');
    const r1 = await register(m.client, notYet.id);
    expect(r1.status).toBe(409);
    expect(((await r1.json()) as Err).error.details?.reason).toBe('registration_not_open');
    expect(((await (await register(m.client, closed.id)).json()) as Err).error.details?.reason).toBe('registration_closed');
    const open = await createEvent({});
    const o = await register(observer, open.id);
    expect(o.status).toBe(403);
    expect(((await o.json()) as Err).error.details?.reason).toBe('not_a_participant');
    expect((await coordinator.request(`/api/events/${open.id}/cancel`, { method: 'POST', body: { reason: 'Salle indisponible' } })).status).toBe(200);
    expect(((await (await register(m.client, open.id)).json()) as Err).error.details?.reason).toBe('event_cancelled');
  });

  it('checks answers against the questions and tells registrants when the event is cancelled', async () => {
    const event = await createEvent({
      questions: [
        { id: 'diet', kind: 'choice', label: { fr: 'Repas', de: 'Essen' }, options: [{ id: 'veg', label: { fr: 'Végétarien' } }, { id: 'any', label: { fr: 'Tout' } }], required: true },
        { id: 'topics', kind: 'multi', label: { fr: 'Sujets' }, options: [{ id: 'lean', label: { fr: 'Lean' } }, { id: 'rh', label: { fr: 'RH' } }] },
        { id: 'note', kind: 'text', label: { fr: 'Remarque' } },
      ],
    });
    const m = await member('Mathis');
    const missing = await register(m.client, event.id, { answers: { note: 'x' } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as Err).error.field).toBe('answers.diet');
    const wrong = await register(m.client, event.id, { answers: { diet: 'fish' } });
    expect(((await wrong.json()) as Err).error.field).toBe('answers.diet');
    const unknown = await register(m.client, event.id, { answers: { diet: 'veg', shoe: '42' } });
    expect(((await unknown.json()) as Err).error.field).toBe('answers.shoe');
    const ok = await register(m.client, event.id, { answers: { diet: 'veg', topics: ['lean', 'lean', 'rh'], note: ' rien ' } });
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { answers: unknown }).answers).toEqual({ diet: 'veg', topics: ['lean', 'rh'], note: 'rien' });
    await coordinator.request(`/api/events/${event.id}/cancel`, { method: 'POST', body: { reason: 'Intervenant malade' } });
    const last = (await outboxFor(m.user.email)).at(-1)!;
    expect(last.subject).toBe('Événement annulé : Conférence');
    expect(last.body_text).toContain('Intervenant malade');
  });
});

describe('registration questions in several languages', () => {
  it('keeps each question and choice in every language given and shows each reader theirs, else French', async () => {
    const questions = [
      {
        id: 'diet',
        kind: 'choice',
        required: true,
        label: { fr: 'Repas', de: 'Essen', en: 'Meal', nl: 'Maaltijd' },
        options: [
          { id: 'veg', label: { fr: 'Végétarien', de: 'Vegetarisch', en: 'Vegetarian' } },
          { id: 'any', label: { fr: 'Sans préférence', de: 'Keine Vorliebe', en: 'No preference', nl: 'Geen voorkeur' } },
        ],
      },
      { id: 'topics', kind: 'multi', required: false, label: { fr: 'Sujets', de: 'Themen' }, options: [{ id: 'lean', label: { fr: 'Lean' } }, { id: 'hr', label: { fr: 'Ressources humaines', de: 'Personal' } }] },
    ];
    const event = await createEvent({ questions });
    const detail = (await (await observer.request(`/api/events/${event.id}`)).json()) as { event: { questions: unknown } };
    expect(detail.event.questions).toEqual(questions);
    // A partial edit sends the labels again: a language left out is dropped, blank ones too.
    const edited = await coordinator.request(`/api/events/${event.id}`, {
      method: 'PATCH',
      body: { questions: [{ ...questions[0], label: { fr: 'Repas', de: 'Mahlzeit', en: ' ' } }, questions[1]] },
    });
    expect(edited.status, await edited.clone().text()).toBe(200);
    expect(((await edited.json()) as { questions: { label: unknown }[] }).questions[0]!.label).toEqual({ fr: 'Repas', de: 'Mahlzeit' });
    const noLabel = await coordinator.request(`/api/events/${event.id}`, { method: 'PATCH', body: { questions: [{ ...questions[0], label: { de: '  ' } }] } });
    expect(((await noLabel.json()) as Err).error.field).toBe('questions.0.label');

    const m = await member('Nora');
    expect((await register(m.client, event.id, { answers: { diet: 'veg', topics: ['lean', 'hr'] } })).status).toBe(201);
    const header = async (locale: string) => {
      const res = await coordinator.request(`/api/events/${event.id}/registrations/export?format=csv&locale=${locale}`);
      const [head, row] = Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8').split('\r\n');
      return { head: head!.split(';').slice(-2), row: row!.split(';').slice(-2) };
    };
    expect(await header('de')).toEqual({ head: ['Mahlzeit', 'Themen'], row: ['Vegetarisch', 'Lean, Personal'] });
    expect(await header('nl')).toEqual({ head: ['Repas', 'Sujets'], row: ['Végétarien', 'Lean, Ressources humaines'] });
    expect(await header('en')).toEqual({ head: ['Repas', 'Sujets'], row: ['Vegetarian', 'Lean, Ressources humaines'] });
  });
});

describe('check-in, attendance and feedback', () => {
  it('checks in by QR code or by hand, exports the list, records no-shows, and takes feedback', async () => {
    const event = await createEvent({
      startsAt: inDays(0, 0),
      endsAt: inDays(0, 23),
      registrationClosesAt: null,
      questions: [{ id: 'diet', kind: 'boolean', label: { fr: 'Végétarien ?', de: 'Vegetarisch?' } }],
    });
    // Registration normally closes at the start; open it while the event is on for this test. The end moves too: a
    // fixed end at 23:00 local time came before "now + 1 hour" when the test ran late in the evening.
    await database.query("UPDATE events SET starts_at = now() + interval '1 hour', ends_at = now() + interval '12 hours' WHERE id = $1", [event.id]);
    const [p, q, r] = [await member('Paul'), await member('Quentin'), await member('Rita')];
    const rp = (await (await register(p.client, event.id, { answers: { diet: true } })).json()) as Registration;
    const rq = (await (await register(q.client, event.id)).json()) as Registration;
    await register(r.client, event.id);
    await database.query("UPDATE events SET starts_at = now() - interval '1 hour' WHERE id = $1", [event.id]);

    const qr = await app.request(`/api/check-in-codes/${rp.checkInCode}/qr.png`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect((await app.request('/api/check-in-codes/ZZZZZZZZZZ/qr.png')).status).toBe(404);

    // The member cannot check anybody in; the coordinator can, with the scanned link or a typed code.
    expect((await p.client.request(`/api/events/${event.id}/check-in`, { method: 'POST', body: { code: rp.checkInCode } })).status).toBe(403);
    const scanned = await coordinator.request(`/api/events/${event.id}/check-in`, {
      method: 'POST',
      body: { code: `https://maillage.example/check-in/${rp.checkInCode}` },
    });
    expect(scanned.status).toBe(200);
    expect(((await scanned.json()) as { alreadyCheckedIn: boolean; attendee: { name: string } }).attendee.name).toBe('Paul');
    const typed = `${rq.checkInCode.slice(0, 5).toLowerCase()}-${rq.checkInCode.slice(5)}`;
    expect((await coordinator.request(`/api/events/${event.id}/check-in`, { method: 'POST', body: { code: typed } })).status).toBe(200);
    const twice = await coordinator.request(`/api/events/${event.id}/check-in`, { method: 'POST', body: { code: rq.checkInCode } });
    expect(((await twice.json()) as { alreadyCheckedIn: boolean }).alreadyCheckedIn).toBe(true);
    const bad = await coordinator.request(`/api/events/${event.id}/check-in`, { method: 'POST', body: { code: 'NOPE-NOPE' } });
    expect(bad.status).toBe(404);
    expect(((await bad.json()) as Err).error.details?.reason).toBe('unknown_code');
    const resolved = await coordinator.request(`/api/check-in-codes/${rp.checkInCode}`);
    expect(((await resolved.json()) as { event: { id: string } }).event.id).toBe(event.id);
    expect((await q.client.request(`/api/check-in-codes/${rp.checkInCode}`)).status).toBe(404);

    const search = (await (await coordinator.request(`/api/events/${event.id}/registrations?q=quent`)).json()) as { name: string }[];
    expect(search.map((s) => s.name)).toEqual(['Quentin']);

    const noShows = await coordinator.request(`/api/events/${event.id}/no-shows`, { method: 'POST', body: {} });
    expect(((await noShows.json()) as { noShows: number }).noShows).toBe(1);

    const csv = await coordinator.request(`/api/events/${event.id}/registrations/export?format=csv&locale=de`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Name;E-Mail;Organisation;Status;Angemeldet am;Eingecheckt um;Anwesenheit;Check-in-Code;Vegetarisch?');
    expect(text).toContain('Paul;');
    expect(text).toMatch(/Rita;[^\n]*nicht erschienen/);
    expect(text).toMatch(/Paul;[^\n]*;ja\r\n/);
    const xlsx = await coordinator.request(`/api/events/${event.id}/registrations/export?format=xlsx&locale=fr`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe('Nom');
    expect(book.worksheets[0]!.rowCount).toBe(4);

    // Feedback: participants only, not the no-show; the coordinators see it without names.
    expect(((await (await p.client.request(`/api/events/${event.id}/feedback`)).json()) as { open: boolean }).open).toBe(true);
    expect((await r.client.request(`/api/events/${event.id}/feedback`, { method: 'POST', body: { rating: 1 } })).status).toBe(403);
    expect((await p.client.request(`/api/events/${event.id}/feedback`, { method: 'POST', body: { rating: 6 } })).status).toBe(400);
    await p.client.request(`/api/events/${event.id}/feedback`, { method: 'POST', body: { rating: 5, newContacts: 3, wouldReturn: true, comment: 'Très concret' } });
    await q.client.request(`/api/events/${event.id}/feedback`, { method: 'POST', body: { rating: 2 } });
    await q.client.request(`/api/events/${event.id}/feedback`, { method: 'POST', body: { rating: 4, wouldReturn: false } });
    expect((await p.client.request(`/api/events/${event.id}/feedback/summary`)).status).toBe(403);
    const summary = (await (await coordinator.request(`/api/events/${event.id}/feedback/summary`)).json()) as {
      answers: number;
      averageRating: number;
      newContacts: number;
      wouldReturn: number;
      wouldReturnAnswers: number;
      comments: { comment: string }[];
    };
    expect(summary).toMatchObject({ answers: 2, averageRating: 4.5, newContacts: 3, wouldReturn: 1, wouldReturnAnswers: 2 });
    expect(summary.comments.map((c) => c.comment)).toEqual(['Très concret']);
  });
});

describe('calendar files', () => {
  it('serves an event as iCalendar that a real parser reads, in the event’s time zone', async () => {
    const event = await createEvent({ startsAt: '2031-10-26T09:00', endsAt: '2031-10-26T17:30', title: { fr: 'Journée portes ouvertes', de: 'Tag der offenen Tür' }, venue: 'Novalis', commune: 'Marche-en-Famenne', country: 'BE', visibility: 'public' });
    const res = await app.request(`/api/events/${event.id}/ics?locale=de`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const root = new ICAL.Component(ICAL.parse(await res.text()));
    const vevent = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe('Tag der offenen Tür');
    expect(vevent.uid).toBe(`event-${event.id}@maillage`);
    expect(vevent.startDate.zone.tzid).toBe('Europe/Brussels');
    // 26 October 2031 is the day clocks go back: 09:00 is already winter time (UTC+1).
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2031-10-26T08:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2031-10-26T16:30:00.000Z');
    expect(vevent.location).toContain('Marche-en-Famenne');
  });

  it('gives each person a secret feed of their events that only the link opens', async () => {
    const m = await member('Nora');
    const one = await createEvent({ startsAt: '2031-06-12T14:00', endsAt: '2031-06-12T16:00', title: { fr: 'Comité stratégique' }, kind: 'committee' });
    const two = await createEvent({ startsAt: '2031-12-03T18:30', endsAt: '2031-12-03T21:00', title: { fr: 'Soirée réseau' }, kind: 'networking', timeZone: 'Europe/Luxembourg' });
    const skipped = await createEvent({ title: { fr: 'Pas inscrite' } });
    await register(m.client, one.id);
    await register(m.client, two.id);
    expect(((await (await m.client.request('/api/me/calendar-feed')).json()) as { active: boolean }).active).toBe(false);
    const made = await m.client.request('/api/me/calendar-feed', { method: 'POST', body: {} });
    expect(made.status).toBe(201);
    const { url } = (await made.json()) as { url: string };
    expect(url).toMatch(new RegExp(`^https://maillage.example/api/people/${m.user.id}/calendar.ics\\?token=`));
    const path = url.replace('https://maillage.example', '');
    const feed = await app.request(path);
    expect(feed.status).toBe(200);
    const root = new ICAL.Component(ICAL.parse(await feed.text()));
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([`event-${one.id}@maillage`, `event-${two.id}@maillage`]);
    expect(events.map((e) => e.uid)).not.toContain(`event-${skipped.id}@maillage`);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2031-06-12T12:00:00.000Z');
    expect(events[1]!.startDate.zone.tzid).toBe('Europe/Luxembourg');
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2031-12-03T17:30:00.000Z');
    expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['Europe/Brussels', 'Europe/Luxembourg']);

    expect((await app.request(`/api/people/${m.user.id}/calendar.ics?token=not-the-right-token`)).status).toBe(404);
    // A new link revokes the old one.
    await m.client.request('/api/me/calendar-feed', { method: 'POST', body: {} });
    expect((await app.request(path)).status).toBe(404);
  });
});

describe('minutes and sessions', () => {
  it('keeps minutes and decisions for the network once published', async () => {
    const event = await createEvent({ kind: 'committee', title: { fr: 'Comité stratégique de mars' } });
    const m = await member('Odile');
    expect((await m.client.request(`/api/events/${event.id}/minutes`, { method: 'POST', body: { body: 'x' } })).status).toBe(403);
    await coordinator.request(`/api/events/${event.id}/minutes`, { method: 'POST', body: { body: 'Présents : 12 industriels.' } });
    const added = await coordinator.request(`/api/events/${event.id}/decisions`, {
      method: 'POST',
      body: { kind: 'action', body: 'Mutualiser la cabine de peinture', ownerUserId: m.user.id, dueOn: '2031-05-01' },
    });
    expect(added.status).toBe(201);
    const stranger = await makeUser(database.db);
    const badOwner = await coordinator.request(`/api/events/${event.id}/decisions`, { method: 'POST', body: { body: 'X', ownerUserId: stranger.id } });
    expect(((await badOwner.json()) as Err).error.field).toBe('ownerUserId');
    const hidden = (await (await m.client.request(`/api/events/${event.id}/minutes`)).json()) as { body: string; decisions: unknown[] };
    expect(hidden).toMatchObject({ body: '', decisions: [] });
    await coordinator.request(`/api/events/${event.id}/minutes`, { method: 'POST', body: { body: 'Présents : 12 industriels.', published: true } });
    const shown = (await (await m.client.request(`/api/events/${event.id}/minutes`)).json()) as { body: string; decisions: { ownerName: string; dueOn: string }[] };
    expect(shown.body).toBe('Présents : 12 industriels.');
    expect(shown.decisions[0]).toMatchObject({ ownerName: 'Odile', dueOn: '2031-05-01' });
  });

  it('gives session seats to confirmed participants, with a waiting list and no overlaps', async () => {
    const event = await createEvent({ kind: 'business_convention', startsAt: inDays(12, 9), endsAt: inDays(12, 17) });
    const table = await coordinator.request(`/api/events/${event.id}/activities`, {
      method: 'POST',
      body: { kind: 'round_table', title: { fr: 'Table ronde achats responsables' }, startsAt: inDays(12, 9), endsAt: inDays(12, 10), capacity: 1 },
    });
    expect(table.status).toBe(201);
    const { id: tableId } = (await table.json()) as { id: string };
    const { id: workshopId } = (await (
      await coordinator.request(`/api/events/${event.id}/activities`, {
        method: 'POST',
        body: { title: { fr: 'Atelier' }, startsAt: inDays(12, 9), endsAt: inDays(12, 11) },
      })
    ).json()) as { id: string };
    const outside = await coordinator.request(`/api/events/${event.id}/activities`, {
      method: 'POST',
      body: { title: { fr: 'Hors' }, startsAt: inDays(13, 9), endsAt: inDays(13, 11) },
    });
    expect(outside.status).toBe(400);
    const [s, t] = [await member('Sami'), await member('Tom')];
    const early = await s.client.request(`/api/events/${event.id}/activities/${tableId}/sign-up`, { method: 'POST', body: {} });
    expect(((await early.json()) as Err).error.details?.reason).toBe('not_confirmed');
    const rs = (await (await register(s.client, event.id)).json()) as Registration;
    await register(t.client, event.id);
    const signUp = async (c: Client, id: string) => c.request(`/api/events/${event.id}/activities/${id}/sign-up`, { method: 'POST', body: {} });
    expect(((await (await signUp(s.client, tableId)).json()) as { status: string }).status).toBe('confirmed');
    expect(((await (await signUp(t.client, tableId)).json()) as { status: string }).status).toBe('waitlisted');
    const overlap = await signUp(s.client, workshopId);
    expect(((await overlap.json()) as Err).error.details?.reason).toBe('activity_overlap');
    // Sami cancels the whole registration: Tom gets the round-table seat.
    const cancel = await s.client.request(`/api/events/${event.id}/registrations/${rs.id}/cancel`, { method: 'POST', body: {} });
    expect(cancel.status, await cancel.clone().text()).toBe(200);
    const list = (await (await t.client.request(`/api/events/${event.id}/activities`)).json()) as { id: string; myStatus: string; confirmed: number }[];
    expect(list.find((a) => a.id === tableId)).toMatchObject({ myStatus: 'confirmed', confirmed: 1 });
  });

  it('tells the person a freed session seat goes to, in their language, whether a seat is left, added or given back', async () => {
    const event = await createEvent({ kind: 'business_convention', startsAt: inDays(14, 9), endsAt: inDays(14, 17) });
    const { id: workshopId } = (await (
      await coordinator.request(`/api/events/${event.id}/activities`, {
        method: 'POST',
        body: { kind: 'workshop', title: { fr: 'Atelier achats responsables', de: 'Workshop verantwortungsvolle Beschaffung' }, room: 'Salle Moselle', startsAt: inDays(14, 10), endsAt: inDays(14, 11), capacity: 1 },
      })
    ).json()) as { id: string };
    const [a, b, c, d] = [await member('Anne'), await member('Bernd'), await member('Chantal'), await member('Dirk')];
    await database.query("UPDATE users SET locale = 'de' WHERE id = ANY($1)", [[b.user.id, d.user.id]]);
    const signUp = async (who: Client) =>
      ((await (await who.request(`/api/events/${event.id}/activities/${workshopId}/sign-up`, { method: 'POST', body: {} })).json()) as { status: string }).status;
    const registrations: Registration[] = [];
    for (const who of [a, b, c, d]) registrations.push((await (await register(who.client, event.id)).json()) as Registration);
    expect([await signUp(a.client), await signUp(b.client), await signUp(c.client), await signUp(d.client)]).toEqual(['confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
    const sessionMails = async (email: string) => (await outboxFor(email)).filter((m) => /Workshop|Atelier/.test(m.subject));
    expect(await sessionMails(b.user.email)).toHaveLength(0);

    // Anne leaves the workshop: Bernd, first in line, is in and told in German, with the session's time and room.
    expect((await a.client.request(`/api/events/${event.id}/activities/${workshopId}/sign-up`, { method: 'DELETE' })).status).toBe(200);
    const [toBernd] = await sessionMails(b.user.email);
    expect(toBernd?.subject).toBe('Ein Platz ist frei geworden: Workshop verantwortungsvolle Beschaffung');
    expect(toBernd?.body_text).toContain('Raum: Salle Moselle');
    expect(toBernd?.body_text).toMatch(/10:00/);
    expect(toBernd?.body_text).toContain(`https://maillage.example/n/${slug}/events/${event.id}`);
    expect(await sessionMails(c.user.email)).toHaveLength(0);

    // A second seat: Chantal, next in line, is told in French.
    const wider = await coordinator.request(`/api/events/${event.id}/activities/${workshopId}`, {
      method: 'PATCH',
      body: { kind: 'workshop', title: { fr: 'Atelier achats responsables', de: 'Workshop verantwortungsvolle Beschaffung' }, room: 'Salle Moselle', startsAt: inDays(14, 10), endsAt: inDays(14, 11), capacity: 2 },
    });
    expect(wider.status, await wider.clone().text()).toBe(200);
    const [toChantal] = await sessionMails(c.user.email);
    expect(toChantal?.subject).toBe('Une place s’est libérée : Atelier achats responsables');
    expect(toChantal?.body_text).toContain('Salle : Salle Moselle');
    expect(await sessionMails(d.user.email)).toHaveLength(0);

    // Bernd cancels his registration to the event: his workshop seat goes to Dirk, told in German; Bernd gets nothing more.
    await b.client.request(`/api/events/${event.id}/registrations/${registrations[1]!.id}/cancel`, { method: 'POST', body: {} });
    expect(await sessionMails(d.user.email)).toHaveLength(1);
    expect(await sessionMails(b.user.email)).toHaveLength(1);
    const list = (await (await d.client.request(`/api/events/${event.id}/activities`)).json()) as { id: string; myStatus: string; confirmed: number; waitlisted: number }[];
    expect(list.find((x) => x.id === workshopId)).toMatchObject({ myStatus: 'confirmed', confirmed: 2, waitlisted: 0 });
  });
});
