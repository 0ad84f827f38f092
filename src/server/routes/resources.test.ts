import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { at, makePoolingWorld, mondayIn, paintBooth, type PoolingWorld } from '../../domain/resources/resource-test-kit';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
let world: PoolingWorld;
let app: ReturnType<typeof testApp>;
let owner: Awaited<ReturnType<typeof signInAs>>;
let borrower: Awaited<ReturnType<typeof signInAs>>;
let coordinator: Awaited<ReturnType<typeof signInAs>>;
let outsider: Awaited<ReturnType<typeof signInAs>>;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makePoolingWorld(database.db);
  app = testApp(database);
  owner = await signInAs(app, world.ownerUser.email);
  borrower = await signInAs(app, world.borrowerUser.email);
  coordinator = await signInAs(app, world.coordinatorUser.email);
  outsider = await signInAs(app, world.outsiderUser.email);
});

afterAll(async () => {
  await database?.close();
});

interface Booking {
  id: string;
  status: string;
  heldUnits: number[];
  amountCents: number | null;
}
interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: { conflicts?: { type: string; start: string; end: string; borrower?: string }[] } };
}

async function publish(overrides: Record<string, unknown> = {}) {
  const res = await owner.request('/api/resources', { method: 'POST', body: { ...paintBooth(world), ...overrides } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; name: string; visibility: string; networkIds: string[]; canManage: boolean };
}

describe('POST /api/resources/{id}/bookings (the contract)', () => {
  it('answers 201 with an approved booking on an instant resource, then 409 naming the conflict', async () => {
    const booth = await publish({ bookingMode: 'instant' });
    expect([booth.visibility, booth.networkIds, booth.canManage]).toEqual(['network', [world.network.id], true]);
    const monday = mondayIn(2);
    const body = { start: at(monday, '07:00', 1), end: at(monday, '19:00', 2), note: 'Deux jours' };
    const created = await borrower.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body });
    expect(created.status).toBe(201);
    const booking = (await created.json()) as Booking;
    expect([booking.status, booking.heldUnits, booking.amountCents]).toEqual(['approved', [1], 24 * 9500]);

    const clash = await borrower.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body: { start: at(monday, '10:00', 2), end: at(monday, '14:00', 2) } });
    expect(clash.status).toBe(409);
    const error = (await clash.json()) as ErrorBody;
    expect(error.error.code).toBe('conflict');
    expect(error.error.message).toMatch(/conflicts with an approved booking from .* to /);
    expect(error.error.details?.conflicts).toEqual([{ type: 'booking', start: body.start, end: body.end }]);
    // The owner sees who holds the slot.
    const ownClash = await owner.request(`/api/resources/${booth.id}/owner-use`, { method: 'POST', body: { start: at(monday, '10:00', 2), end: at(monday, '14:00', 2) } });
    expect(ownClash.status).toBe(409);
    expect(((await ownClash.json()) as ErrorBody).error.details?.conflicts?.[0]?.borrower).toBe(world.borrower.name);
  });

  it('answers 201 pending on an approval resource; the owner approves and both download the calendar file', async () => {
    const booth = await publish();
    const monday = mondayIn(3);
    const res = await borrower.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body: { start: at(monday, '07:00'), end: at(monday, '19:00', 1) } });
    expect(res.status).toBe(201);
    const booking = (await res.json()) as Booking;
    expect(booking.status).toBe('pending');
    const pending = (await (await owner.request('/api/bookings?side=owner&status=pending')).json()) as { id: string; approvable: boolean }[];
    expect(pending.find((p) => p.id === booking.id)?.approvable).toBe(true);
    expect((await borrower.request(`/api/bookings/${booking.id}/approve`, { method: 'POST', body: {} })).status).toBe(403);
    const approved = await owner.request(`/api/bookings/${booking.id}/approve`, { method: 'POST', body: { message: 'OK, badge à l’accueil' } });
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as Booking).status).toBe('approved');
    for (const client of [owner, borrower]) {
      const file = await client.request(`/api/bookings/${booking.id}/calendar.ics`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain('text/calendar');
      expect(await file.text()).toContain('STATUS:CONFIRMED');
    }
    expect((await outsider.request(`/api/bookings/${booking.id}/calendar.ics`)).status).toBe(404);
    const mine = (await (await borrower.request('/api/bookings')).json()) as { id: string }[];
    expect(mine.some((b) => b.id === booking.id)).toBe(true);
  });

  it('rejects bad input with 400 naming the field, and anonymous writes with 401', async () => {
    const booth = await publish();
    const monday = mondayIn(2);
    const bad = await borrower.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body: { start: 'tomorrow', end: at(monday, '12:00') } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.field).toBe('start');
    const short = await borrower.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body: { start: at(monday, '08:00'), end: at(monday, '09:00') } });
    expect([short.status, ((await short.json()) as ErrorBody).error.field]).toEqual([400, 'end']);
    const anonymous = await app.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ start: at(monday, '08:00'), end: at(monday, '12:00') }) });
    expect(anonymous.status).toBe(401);
    expect((await outsider.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body: { start: at(monday, '08:00'), end: at(monday, '12:00') } })).status).toBe(404);
    const publishBad = await owner.request('/api/resources', { method: 'POST', body: { ...paintBooth(world), timeZone: 'Mars/Olympus' } });
    expect([publishBad.status, ((await publishBad.json()) as ErrorBody).error.field]).toEqual([400, 'timeZone']);
  });
});

describe('photos', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000a49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex');

  it('accepts a real image, serves it to members, refuses other content and oversize files', async () => {
    const booth = await publish();
    const upload = (body: Buffer, type: string) =>
      app.request(`/api/resources/${booth.id}/photos?caption=Vue%20de%20face`, { method: 'POST', headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken, 'content-type': type }, body: new Uint8Array(body) });
    const ok = await upload(png, 'image/png');
    expect(ok.status).toBe(201);
    const photo = (await ok.json()) as { id: string; contentType: string; caption: string };
    expect([photo.contentType, photo.caption]).toEqual(['image/png', 'Vue de face']);
    const served = await borrower.request(`/api/resources/${booth.id}/photos/${photo.id}`);
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect((await outsider.request(`/api/resources/${booth.id}/photos/${photo.id}`)).status).toBe(404);
    const fake = await upload(Buffer.from('<svg onload="alert(1)"/>'), 'image/png');
    expect([fake.status, ((await fake.json()) as ErrorBody).error.field]).toEqual([400, 'photo']);
    const big = Buffer.concat([png, Buffer.alloc(800 * 1024)]);
    expect((await upload(big, 'image/png')).status).toBe(413);
  });
});

describe('reports, exports and the coordinator’s view', () => {
  it('exports the owner report as CSV and XLSX, and shows the network overview to coordinators only', async () => {
    const booth = await publish({ bookingMode: 'instant', name: '=SUM(A1) cabine' });
    const monday = mondayIn(2);
    expect((await borrower.request(`/api/resources/${booth.id}/bookings`, { method: 'POST', body: { start: at(monday, '07:00'), end: at(monday, '19:00') } })).status).toBe(201);
    const range = `from=${encodeURIComponent(at(monday, '00:00'))}&to=${encodeURIComponent(at(monday, '00:00', 7))}`;
    const use = (await (await owner.request(`/api/resources/${booth.id}/utilisation?${range}&period=week`)).json()) as { periods: { bookedHours: number; utilisation: number }[] };
    expect(use.periods).toHaveLength(1);
    expect(use.periods[0]).toMatchObject({ bookedHours: 12, utilisation: 0.2 });
    expect((await borrower.request(`/api/resources/${booth.id}/utilisation?${range}`)).status).toBe(403);

    const csv = await owner.request(`/api/pooling/report/export?${range}&format=csv&what=resources&locale=de`);
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toContain('Ressource;Art;Eigentümer');
    // A name that looks like a formula stays text in a spreadsheet.
    expect(text).toContain("'=SUM(A1) cabine");
    expect(text).not.toMatch(/(^|;)=SUM/m);
    const xlsx = await owner.request(`/api/pooling/report/export?${range}&format=xlsx&locale=fr`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['Utilisation', 'Emprunteurs', 'Réservations']);
    const borrowers = book.getWorksheet('Emprunteurs')!;
    const rows: unknown[][] = [];
    borrowers.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Other tests of this file booked that week too: at least this booking's 12 hours.
    expect(rows.some((r) => r[0] === world.borrower.name && Number(r[2]) >= 12)).toBe(true);

    const overview = await coordinator.request(`/api/networks/${world.network.slug}/pooling?${range}`);
    expect(overview.status).toBe(200);
    const o = (await overview.json()) as { resources: { id: string; bookedHours: number }[]; totals: { resources: number } };
    expect(o.resources.find((r) => r.id === booth.id)?.bookedHours).toBe(12);
    expect((await borrower.request(`/api/networks/${world.network.slug}/pooling?${range}`)).status).toBe(403);
  });

  it('documents the pooling routes in the OpenAPI description', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/resources', '/api/resources/{id}/bookings', '/api/bookings/{id}/approve', '/api/networks/{network}/pooling']));
  });
});
