import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Database } from '../../db/client';
import { queryRows } from '../../db/rows';
import { outbox, resourceBookings } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { collectCalendarEntries } from '../calendar/calendar-sources';
import { AppError } from '../errors';
import { addOwnerUse, requestBooking } from './book-resource';
import { bookingIcs, myBookingsIcs } from './booking-ics';
import { approveBooking, cancelBooking, declineBooking } from './decide-booking';
import { getNetworkPoolingOverview, getOwnerReport, getResourceUtilisation } from './reports';
import { addResourceException, getResourceCalendar } from './resource-calendar';
import { at, makePoolingWorld, mondayIn, publish, type PoolingWorld } from './resource-test-kit';
import { archiveResource, getResourceDetail, updateResource } from './resources';
import { searchResources, searchResourcesQuery } from './search-resources';
import { recordStaffLoan } from './staff-loans';

let database: Database;
let world: PoolingWorld;
const base = 'http://maillage.test';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makePoolingWorld(database.db);
});

afterAll(async () => {
  await database?.close();
});

/** The error a promise rejects with, or a failure if it resolves. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    // Input schemas reject with zod's error, which the server answers as a 400 naming the field.
    if (error instanceof ZodError) return new AppError('validation', error.issues[0]?.message ?? '', error.issues[0]?.path.join('.'));
    throw error;
  }
  throw new Error('expected a failure');
}

const mailsTo = async (email: string) => (await database.db.select().from(outbox).where(eq(outbox.toAddress, email))).map((m) => m.subject);

describe('publishing', () => {
  it('defaults to the owner’s networks, its place and zone, and never to public', async () => {
    const r = await publish(database.db, world);
    const d = await getResourceDetail({ db: database.db, actor: world.ownerActor, id: r.id });
    expect(d.resource.visibility).toBe('network');
    expect(d.networks.map((n) => n.id)).toEqual([world.network.id]);
    expect(d.resource.timeZone).toBe('Europe/Brussels'); // the factory's organisations are in Belgium
    expect(d.resource.commune).toBe('Marche-en-Famenne');
    expect(d.canManage).toBe(true);
    expect(d.openingRules).toHaveLength(5);
    // A member of the network sees it; a member of another network does not learn it exists.
    expect((await getResourceDetail({ db: database.db, actor: world.borrowerActor, id: r.id })).canManage).toBe(false);
    expect((await failure(getResourceDetail({ db: database.db, actor: world.outsiderActor, id: r.id }))).code).toBe('not_found');
  });

  it('refuses to publish for an organisation one does not represent, and terms that contradict each other', async () => {
    expect((await failure(publish(database.db, { ...world, ownerActor: world.borrowerActor }))).code).toBe('forbidden');
    const bad = await failure(publish(database.db, world, { minMinutes: 600, maxMinutes: 120 }));
    expect(bad.code).toBe('validation');
    const staff = await failure(publish(database.db, world, { kind: 'staff', bookingMode: 'instant' }));
    expect(staff.code).toBe('validation');
    const rules = await failure(
      publish(database.db, world, {
        openingRules: [
          { weekday: 1, opens: '07:00', closes: '12:00' },
          { weekday: 1, opens: '11:00', closes: '19:00' },
        ],
      }),
    );
    expect([rules.code, rules.field]).toEqual(['validation', 'openingRules.1.opens']);
  });

  it('shares with named organisations only when chosen', async () => {
    const r = await publish(database.db, world, { visibility: 'organisations', sharedWith: [world.borrower.id] });
    await getResourceDetail({ db: database.db, actor: world.borrowerActor, id: r.id });
    await updateResource({ db: database.db, actor: world.ownerActor, id: r.id, input: { sharedWith: [] } });
    expect((await failure(getResourceDetail({ db: database.db, actor: world.borrowerActor, id: r.id }))).code).toBe('not_found');
    expect((await getResourceDetail({ db: database.db, actor: world.coordinatorActor, id: r.id })).canManage).toBe(true);
  });
});

describe('booking with approval', () => {
  it('a borrower asks for two days, the owner approves, both sides get mail and calendar entries', async () => {
    const booth = await publish(database.db, world);
    const monday = mondayIn(2);
    const request = await requestBooking({
      db: database.db,
      actor: world.borrowerActor,
      resourceId: booth.id,
      input: { start: at(monday, '07:00', 1), end: at(monday, '19:00', 2), note: 'Deux lots de carters' },
      baseUrl: base,
    });
    expect(request.booking.status).toBe('pending');
    expect(request.heldUnits).toEqual([]);
    // Two days by the hour: 24 open hours at 95 €, the night not billed.
    expect(request.booking.amountCents).toBe(24 * 9500);
    expect(await mailsTo(world.ownerUser.email)).toContain(`Demande de réservation : ${booth.name}`);

    // The borrower cannot approve its own request.
    expect((await failure(approveBooking({ db: database.db, actor: world.borrowerActor, bookingId: request.booking.id }))).code).toBe('forbidden');
    const approved = await approveBooking({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id, message: 'Bienvenue, badge à l’accueil', baseUrl: base });
    expect(approved.booking.status).toBe('approved');
    expect(approved.heldUnits).toEqual([1]);
    expect(await mailsTo(world.borrowerUser.email)).toContain(`Réservation confirmée : ${booth.name}`);
    // Deciding twice is a conflict, not a second decision.
    expect((await failure(declineBooking({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id }))).code).toBe('conflict');

    // Long lines are folded at 75 octets: unfold before reading.
    const unfold = (text: string) => text.replace(/\r\n /g, '');
    const lender = unfold(await bookingIcs({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id, locale: 'fr' }));
    const borrower = unfold(await bookingIcs({ db: database.db, actor: world.borrowerActor, bookingId: request.booking.id, locale: 'de' }));
    for (const text of [lender, borrower]) {
      expect(text).toContain(`UID:resource-booking-${request.booking.id}@maillage`);
      expect(text).toContain('STATUS:CONFIRMED');
      expect(text).toContain('DTSTART;TZID=Europe/Brussels:');
      expect(text).toMatch(/DTSTART;TZID=Europe\/Brussels:\d{8}T070000/);
    }
    expect(lender).toContain(`prêté à ${world.borrower.name}`);
    expect(borrower).toContain(`${booth.name} (${world.owner.name})`);
    expect(await myBookingsIcs({ db: database.db, actor: world.borrowerActor, locale: 'en' })).toContain(request.booking.id);
    // Both people's personal calendar feeds carry the booking, with a link back to the bookings page.
    for (const user of [world.ownerUser, world.borrowerUser]) {
      const entries = await collectCalendarEntries(database.db, user.id, { locale: 'fr', baseUrl: base });
      const entry = entries.find((e) => e.uid === `resource-booking-${request.booking.id}@maillage`);
      expect(entry?.status).toBe('CONFIRMED');
      expect(entry?.url).toBe(`${base}/n/${world.network.slug}/pooling/bookings`);
    }

    // Someone else now asking for the same days is told at once what it collides with, without the borrower's name.
    const clash = await failure(requestBooking({ db: database.db, actor: world.coordinatorActor, resourceId: booth.id, input: { start: at(monday, '08:00', 2), end: at(monday, '12:00', 2), organisationId: world.borrower.id } }));
    expect(clash.code).toBe('validation'); // the coordinator does not represent the borrower
    const again = await failure(requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00', 2), end: at(monday, '12:00', 2) } }));
    expect(again.code).toBe('conflict');
    const conflicts = (again.details as { conflicts: { type: string; start: string; borrower?: string }[] }).conflicts;
    expect(conflicts).toEqual([{ type: 'booking', start: at(monday, '07:00', 1), end: at(monday, '19:00', 2) }]);
  });

  it('declines with a message and refuses to approve what others took meanwhile', async () => {
    const booth = await publish(database.db, world);
    const monday = mondayIn(3);
    const first = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '07:00'), end: at(monday, '12:00') } });
    const second = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '10:00'), end: at(monday, '14:00') } });
    await approveBooking({ db: database.db, actor: world.ownerActor, bookingId: first.booking.id });
    const taken = await failure(approveBooking({ db: database.db, actor: world.ownerActor, bookingId: second.booking.id }));
    expect(taken.code).toBe('conflict');
    expect((taken.details as { conflicts: { bookingId: string }[] }).conflicts[0]?.bookingId).toBe(first.booking.id);
    const declined = await declineBooking({ db: database.db, actor: world.ownerActor, bookingId: second.booking.id, message: 'Déjà pris, désolé', baseUrl: base });
    expect([declined.booking.status, declined.booking.ownerMessage]).toEqual(['declined', 'Déjà pris, désolé']);
  });
});

describe('instant booking, terms and calendar', () => {
  it('approves at once, refuses an overlap with 409, accepts a booking that starts when the other ends', async () => {
    const booth = await publish(database.db, world, { bookingMode: 'instant' });
    const monday = mondayIn(2);
    const a = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00'), end: at(monday, '12:00') }, baseUrl: base });
    expect([a.booking.status, a.heldUnits]).toEqual(['approved', [1]]);
    expect(await mailsTo(world.ownerUser.email)).toContain(`Nouvelle réservation : ${booth.name}`);
    const clash = await failure(requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '11:00'), end: at(monday, '13:00') } }));
    expect(clash.code).toBe('conflict');
    expect(clash.message).toContain('conflicts with an approved booking');
    const b = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '12:00'), end: at(monday, '14:00') } });
    expect(b.booking.status).toBe('approved');
  });

  it('names the field of a broken term, and what the calendar collides with', async () => {
    const booth = await publish(database.db, world, { bookingMode: 'instant' });
    const monday = mondayIn(4);
    const book = (start: string, end: string, units = 1) => failure(requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start, end, units } }));
    expect(await book(at(monday, '08:00'), at(monday, '09:00')).then((e) => [e.code, e.field])).toEqual(['validation', 'end']); // shorter than 2 h
    expect(await book(at(monday, '08:00', 0), at(monday, '08:00', 5)).then((e) => [e.code, e.field])).toEqual(['validation', 'end']); // longer than 4 days
    expect(await book(at(monday, '10:00'), at(monday, '08:00')).then((e) => [e.code, e.field])).toEqual(['validation', 'end']);
    expect(await book(at(monday, '08:00'), at(monday, '12:00'), 2).then((e) => [e.code, e.field])).toEqual(['validation', 'units']);
    const tooSoon = new Date(Date.now() + 3600_000);
    expect(await book(tooSoon.toISOString(), new Date(tooSoon.getTime() + 3 * 3600_000).toISOString()).then((e) => e.field)).toBe('start');
    // Saturday is closed: 409 saying so.
    const saturday = await book(at(monday, '08:00', 5), at(monday, '12:00', 5));
    expect(saturday.code).toBe('conflict');
    expect((saturday.details as { conflicts: { type: string }[] }).conflicts[0]?.type).toBe('outside_opening_hours');
    // A maintenance day inside the range.
    await addResourceException({ db: database.db, actor: world.ownerActor, resourceId: booth.id, input: { kind: 'closed', start: at(monday, '00:00', 2), end: at(monday, '00:00', 3), reason: 'Maintenance filtres' } });
    const closed = await book(at(monday, '07:00', 1), at(monday, '19:00', 3));
    expect((closed.details as { conflicts: { type: string; reason: string }[] }).conflicts[0]).toMatchObject({ type: 'closed', reason: 'Maintenance filtres' });
    // An extra opening on Saturday makes it bookable.
    await addResourceException({ db: database.db, actor: world.ownerActor, resourceId: booth.id, input: { kind: 'open', start: at(monday, '08:00', 5), end: at(monday, '13:00', 5) } });
    const ok = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00', 5), end: at(monday, '12:00', 5) } });
    expect(ok.booking.status).toBe('approved');
  });

  it('holds several units side by side and refuses the one too many', async () => {
    const hall = await publish(database.db, world, { kind: 'storage', bookingMode: 'instant', units: 2, priceUnit: 'day', priceCents: 1500 });
    const monday = mondayIn(2);
    const one = { start: at(monday, '07:00'), end: at(monday, '19:00') };
    const a = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: hall.id, input: one });
    const b = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: hall.id, input: one });
    expect([a.heldUnits, b.heldUnits]).toEqual([[1], [2]]);
    expect(a.booking.amountCents).toBe(1500);
    const c = await failure(requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: hall.id, input: one }));
    expect(c.code).toBe('conflict');
    // Fewer units than bookings hold is refused.
    expect((await failure(updateResource({ db: database.db, actor: world.ownerActor, id: hall.id, input: { units: 1 } }))).field).toBe('units');
  });

  it('the database itself refuses two overlapping holds on one unit', async () => {
    const booth = await publish(database.db, world, { bookingMode: 'instant' });
    const monday = mondayIn(2);
    const a = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00'), end: at(monday, '12:00') } });
    const [b] = await queryRows<{ id: string }>(
      database.db,
      sql`INSERT INTO resource_bookings (resource_id, borrower_organisation_id, starts_at, ends_at, status) VALUES (${booth.id}, ${world.borrower.id}, ${at(monday, '09:00')}, ${at(monday, '10:00')}, 'approved') RETURNING id`,
    );
    const insert = database.query(`INSERT INTO resource_booking_units (booking_id, resource_id, unit, period) VALUES ($1, $2, 1, tstzrange($3, $4, '[)'))`, [b!.id, booth.id, at(monday, '09:00'), at(monday, '10:00')]);
    await expect(insert).rejects.toMatchObject({ code: '23P01' });
    // Released holds no longer count.
    await database.query('UPDATE resource_booking_units SET released = true WHERE booking_id = $1', [a.booking.id]);
    await database.query(`INSERT INTO resource_booking_units (booking_id, resource_id, unit, period) VALUES ($1, $2, 1, tstzrange($3, $4, '[)'))`, [b!.id, booth.id, at(monday, '09:00'), at(monday, '10:00')]);
  });

  it('the owner blocks its own use; nobody books over it', async () => {
    const booth = await publish(database.db, world, { bookingMode: 'instant' });
    const monday = mondayIn(5);
    const own = await addOwnerUse({ db: database.db, actor: world.ownerActor, resourceId: booth.id, input: { start: at(monday, '07:00'), end: at(monday, '19:00'), note: 'Série Alstom' } });
    expect([own.booking.kind, own.booking.status, own.booking.amountCents]).toEqual(['owner_use', 'approved', null]);
    const clash = await failure(requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '09:00'), end: at(monday, '12:00') } }));
    expect((clash.details as { conflicts: { type: string }[] }).conflicts[0]?.type).toBe('owner_use');
    expect((await failure(addOwnerUse({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '07:00', 1), end: at(monday, '19:00', 1) } }))).code).toBe('forbidden');
    // The calendar shows the block; only the owner sees who holds what.
    const seen = await getResourceCalendar({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, query: { from: at(monday, '00:00'), to: at(monday, '00:00', 7) } });
    expect(seen.busy).toEqual([{ start: at(monday, '07:00'), end: at(monday, '19:00'), units: [1], kind: 'owner_use', mine: false }]);
    expect(seen.open).toHaveLength(5); // blocked is not closed: still open Monday to Friday
  });
});

describe('cancellation', () => {
  it('the borrower cancels late after the notice period; the units are free again', async () => {
    const booth = await publish(database.db, world, { bookingMode: 'instant', leadMinutes: 0, cancelNoticeMinutes: 14 * 24 * 60 });
    const monday = mondayIn(0);
    const booking = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00', 2), end: at(monday, '12:00', 2) } });
    // The owner's view is not needed to cancel one's own booking, but another member cannot.
    const cancelled = await cancelBooking({ db: database.db, actor: world.borrowerActor, bookingId: booking.booking.id, message: 'Commande reportée', baseUrl: base });
    expect([cancelled.booking.status, cancelled.heldUnits]).toEqual(['cancelled', []]);
    // Fewer than fourteen days' notice (the booking is three to nine days ahead).
    expect(cancelled.booking.lateCancellation).toBe(true);
    expect(await mailsTo(world.ownerUser.email)).toContain(`Réservation annulée : ${booth.name}`);
    expect((await failure(cancelBooking({ db: database.db, actor: world.borrowerActor, bookingId: booking.booking.id }))).code).toBe('conflict');
    const again = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00', 2), end: at(monday, '12:00', 2) } });
    expect(again.booking.status).toBe('approved');
    // The owner cancels (a breakdown): not a late cancellation, and the message is kept.
    const byOwner = await cancelBooking({ db: database.db, actor: world.ownerActor, bookingId: again.booking.id, message: 'Panne du brûleur' });
    expect([byOwner.booking.lateCancellation, byOwner.booking.ownerMessage]).toEqual([false, 'Panne du brûleur']);
  });

  it('refuses to withdraw a resource with bookings to come, and declines pending requests when it goes', async () => {
    const booth = await publish(database.db, world);
    const monday = mondayIn(3);
    const pending = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00'), end: at(monday, '12:00') } });
    const approved = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '08:00', 1), end: at(monday, '12:00', 1) } });
    await approveBooking({ db: database.db, actor: world.ownerActor, bookingId: approved.booking.id });
    expect((await failure(archiveResource({ db: database.db, actor: world.ownerActor, id: booth.id }))).code).toBe('conflict');
    await cancelBooking({ db: database.db, actor: world.ownerActor, bookingId: approved.booking.id });
    await archiveResource({ db: database.db, actor: world.ownerActor, id: booth.id, message: 'Cabine vendue' });
    const [row] = await database.db.select().from(resourceBookings).where(eq(resourceBookings.id, pending.booking.id));
    expect([row?.status, row?.ownerMessage]).toEqual(['declined', 'Cabine vendue']);
    expect((await failure(getResourceDetail({ db: database.db, actor: world.borrowerActor, id: booth.id }))).code).toBe('not_found');
  });
});

describe('staff loan', () => {
  it('needs the loan record (consent, cost at no profit, agreement) before the owner approves', async () => {
    const welder = await publish(database.db, world, { kind: 'staff', name: 'Soudeur TIG qualifié', priceUnit: 'hour', priceCents: 4200, minMinutes: 240, maxMinutes: null });
    const monday = mondayIn(2);
    const request = await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: welder.id, input: { start: at(monday, '08:00'), end: at(monday, '16:00', 4) } });
    const missing = await failure(approveBooking({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id }));
    expect([missing.code, missing.field]).toEqual(['validation', 'staffLoan']);
    const loanInput = { personName: 'Émilie Wäger', consentGiven: true as const, consentDate: at(monday, '08:00').slice(0, 10), hourlyCostCents: 4200, costBasis: 'Salaire chargé + frais', noProfit: true as const, agreementReference: 'MAD-2031-007' };
    expect((await failure(recordStaffLoan({ db: database.db, actor: world.borrowerActor, bookingId: request.booking.id, input: loanInput }))).code).toBe('forbidden');
    await expect(recordStaffLoan({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id, input: { ...loanInput, noProfit: false as unknown as true } })).rejects.toThrow();
    await recordStaffLoan({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id, input: loanInput });
    const approved = await approveBooking({ db: database.db, actor: world.ownerActor, bookingId: request.booking.id });
    expect(approved.booking.status).toBe('approved');
    expect(approved.staffLoan).toMatchObject({ personName: 'Émilie Wäger', agreementReference: 'MAD-2031-007', noProfit: true });
  });
});

describe('finding, utilisation and reports', () => {
  it('finds a booth free for two days in a window within 50 km, and not one that is fully held', async () => {
    const tag = `Cabine-${Math.random().toString(36).slice(2, 8)}`;
    const near = await publish(database.db, world, { name: `${tag} proche`, bookingMode: 'instant', leadMinutes: 0 });
    const busy = await publish(database.db, world, { name: `${tag} occupée`, bookingMode: 'instant', leadMinutes: 0 });
    await publish(database.db, world, { name: `${tag} lointaine`, latitude: 50.6, longitude: 5.57 }); // Liège, ~250 km
    const monday = mondayIn(6);
    // The busy one is held Monday to Friday of that week.
    await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: busy.id, input: { start: at(monday, '07:00'), end: at(monday, '19:00', 3) } });
    await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: busy.id, input: { start: at(monday, '07:00', 4), end: at(monday, '19:00', 4) } });
    const query = searchResourcesQuery.parse({ q: tag, kind: 'booth', near: '48.8156,7.7905,50', from: at(monday, '00:00').slice(0, 10), to: at(monday, '12:00', 4).slice(0, 10), days: '2' });
    const found = await searchResources({ db: database.db, actor: world.borrowerActor, query });
    expect(found.items.map((i) => i.id)).toEqual([near.id]);
    expect(found.items[0]?.slots?.[0]).toEqual({ start: at(monday, '07:00'), end: at(monday, '19:00', 1), freeUnits: [1] });
    expect(found.complete).toBe(true);
    // Without dates: every booth near, with its distance; characteristics compare as numbers.
    const all = await searchResources({ db: database.db, actor: world.borrowerActor, query: searchResourcesQuery.parse({ q: tag, near: '48.8156,7.7905,50', characteristic: 'longueur utile>=10' }) });
    expect(all.items.map((i) => i.id).sort()).toEqual([near.id, busy.id].sort());
    expect(all.items[0]?.distanceKm).toBe(0);
    const none = await searchResources({ db: database.db, actor: world.borrowerActor, query: searchResourcesQuery.parse({ q: tag, characteristic: 'Longueur utile>=20' }) });
    expect(none.total).toBe(0);
    // A member of another network finds nothing.
    expect((await searchResources({ db: database.db, actor: world.outsiderActor, query: searchResourcesQuery.parse({ q: tag }) })).total).toBe(0);
  });

  it('shows utilisation per week, revenue per borrower, and the coordinator’s overview', async () => {
    // A world of its own, so the report counts this test's bookings only.
    const world = await makePoolingWorld(database.db);
    const booth = await publish(database.db, world, { bookingMode: 'instant' });
    const monday = mondayIn(2);
    await requestBooking({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, input: { start: at(monday, '07:00', 1), end: at(monday, '19:00', 2) } });
    await addOwnerUse({ db: database.db, actor: world.ownerActor, resourceId: booth.id, input: { start: at(monday, '07:00', 7), end: at(monday, '13:00', 7) } });
    const query = { from: at(monday, '00:00'), to: at(monday, '00:00', 14), period: 'week' as const };
    const use = await getResourceUtilisation({ db: database.db, actor: world.ownerActor, resourceId: booth.id, query });
    expect(use.periods.map((p) => [p.availableHours, p.bookedHours, p.ownerHours, p.utilisation])).toEqual([
      [60, 24, 0, 0.4],
      [60, 0, 6, 0],
    ]);
    expect((await failure(getResourceUtilisation({ db: database.db, actor: world.borrowerActor, resourceId: booth.id, query }))).code).toBe('forbidden');
    const report = await getOwnerReport({ db: database.db, actor: world.ownerActor, query: { ...query, organisation: world.owner.id } });
    const line = report.borrowers.find((b) => b.borrower.id === world.borrower.id);
    expect(line).toMatchObject({ bookings: 1, hours: 24, amountCents: 24 * 9500 });
    const overview = await getNetworkPoolingOverview({ db: database.db, actor: world.coordinatorActor, networkId: world.network.id, query });
    expect(overview.resources.find((r) => r.id === booth.id)).toMatchObject({ bookedHours: 24, bookings: 1, borrowers: 1 });
    expect(overview.sharing.some((s) => s.organisation.id === world.owner.id)).toBe(true);
    expect(overview.borrowing.some((b) => b.organisation.id === world.borrower.id)).toBe(true);
    expect((await failure(getNetworkPoolingOverview({ db: database.db, actor: world.borrowerActor, networkId: world.network.id, query }))).code).toBe('forbidden');
  });
});
