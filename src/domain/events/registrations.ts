import crypto from 'node:crypto';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { eventRegistrations, events, networks, type EventAnswers, type Locale } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { releaseActivitySeats } from './activities';
import { sendEventMail } from './event-mail';
import { networkOfEvent } from './event-network';
import { canManageEvent, canReadEvent, canRegisterForEvent, eventRefusal } from './event-policy';
import { registrationInputSchema, validateAnswers } from './event-schema';
import { loadEvent, type EventRow } from './events';
import { registrantsOf } from './notify-registrants';
import { promoteWaitlisted } from './waiting-list';

export type RegistrationRow = typeof eventRegistrations.$inferSelect;

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_IN_CODE_LENGTH = 10;

/** A random check-in code, 50 bits: what the QR code carries and what a coordinator can type. */
export function newCheckInCode(): string {
  const bytes = crypto.randomBytes(CHECK_IN_CODE_LENGTH);
  return [...bytes].map((b) => ALPHABET[b % 32]).join('');
}

/** Reads a typed or scanned code: case, spaces and dashes ignored, O read as 0 and I/L as 1; a scanned link too. */
export function normaliseCheckInCode(raw: string): string {
  const fromLink = /\/check-in\/([A-Za-z0-9-]+)/.exec(raw)?.[1] ?? raw;
  return fromLink
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Why the actor may not register now, or nothing. */
export function registrationRefusal(event: EventRow, now = new Date()) {
  if (event.status === 'cancelled') return eventRefusal('conflict', 'event_cancelled', 'This event is cancelled');
  if (event.status !== 'published') return eventRefusal('conflict', 'not_published', 'This event is not published yet');
  if (event.registrationOpensAt && now < event.registrationOpensAt)
    return eventRefusal('conflict', 'registration_not_open', 'Registration is not open yet');
  const closes = event.registrationClosesAt ?? event.startsAt;
  if (now >= closes) return eventRefusal('conflict', 'registration_closed', 'Registration is closed');
  return undefined;
}

function chooseOrganisation(actor: Actor, requested: string | null | undefined): string | null {
  if (requested) {
    if (!actor.organisationIds.has(requested) && !actor.isAdmin)
      throw new AppError('validation', 'Choose an organisation you represent', 'organisationId');
    return requested;
  }
  return actor.organisationIds.size === 1 ? [...actor.organisationIds][0]! : null;
}

/**
 * Registers the actor. Under the event's row lock, the seat count and the insert are one step: of two people taking
 * the last seat at once, one is confirmed and the other goes on the waiting list, on either engine.
 */
export async function registerForEvent(opts: { db: Db; actor: Actor; eventId: string; input: unknown; baseUrl: string }) {
  const { db, actor, eventId } = opts;
  if (!actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  const userId = actor.userId;
  const input = registrationInputSchema.parse(opts.input ?? {});
  const organisationId = chooseOrganisation(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const event = await loadEvent(t, eventId, { forUpdate: true });
    if (!canReadEvent(actor, event)) throw notFound('Event', 'id');
    if (!canRegisterForEvent(actor, event))
      throw eventRefusal('forbidden', 'not_a_participant', 'Only members and partners of the network can register');
    const refusal = registrationRefusal(event);
    if (refusal) throw refusal;
    const answers = validateAnswers(event.questions, input.answers as EventAnswers);
    const [existing] = await t
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId), ne(eventRegistrations.status, 'cancelled')));
    if (existing) throw eventRefusal('conflict', 'already_registered', 'You are already registered for this event');
    const [count] = await queryRows<{ n: number }>(
      t,
      sql`SELECT count(*)::int AS n FROM event_registrations WHERE event_id = ${eventId} AND status = 'confirmed'`,
    );
    const full = event.capacity !== null && (count?.n ?? 0) >= event.capacity;
    const now = new Date();
    const [row] = await t
      .insert(eventRegistrations)
      .values({
        eventId,
        userId,
        organisationId,
        answers,
        status: full ? 'waitlisted' : 'confirmed',
        checkInCode: newCheckInCode(),
        ...(full ? { waitlistedAt: now } : { confirmedAt: now }),
      })
      .returning();
    await recordAudit(t, actor, 'register', 'event', eventId, { registrationId: row!.id, status: row!.status });
    const [person] = await registrantsOf(t, eventId, [row!.status], [row!.id]);
    const network = await networkOfEvent(t, event);
    if (person)
      await sendEventMail(t, {
        template: full ? 'registration-waitlisted' : 'registration-confirmed',
        recipient: { email: person.email, name: person.name, locale: person.locale as Locale },
        event,
        networkName: network.name,
        networkSlug: network.slug,
        baseUrl: opts.baseUrl,
        ...(full ? {} : { code: row!.checkInCode }),
      });
    return row!;
  });
}

async function loadRegistration(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const q = db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Registration', 'registrationId');
  return row;
}

/**
 * Cancels a registration (the person, or a coordinator). A freed seat goes to the first person waiting, who is told
 * by e-mail; seats in round tables and workshops are freed too.
 */
export async function cancelRegistration(opts: { db: Db; actor: Actor; registrationId: string; baseUrl: string }) {
  const { db, actor } = opts;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const peek = await loadRegistration(t, opts.registrationId);
    // The event first, then the registration: every path that changes seats locks in this order.
    const event = await loadEvent(t, peek.eventId, { forUpdate: true });
    const registration = await loadRegistration(t, opts.registrationId, { forUpdate: true });
    const own = registration.userId !== null && registration.userId === actor.userId;
    const manages = canManageEvent(actor, event);
    if (!(own && canReadEvent(actor, event)) && !manages) throw notFound('Registration', 'registrationId');
    if (registration.status === 'cancelled') return registration;
    if (!manages && event.startsAt.getTime() <= Date.now())
      throw eventRefusal('conflict', 'event_started', 'The event has started; ask the coordinators');
    const [row] = await t
      .update(eventRegistrations)
      .set({ status: 'cancelled', cancelledAt: new Date(), updatedAt: new Date() })
      .where(eq(eventRegistrations.id, registration.id))
      .returning();
    await recordAudit(t, actor, 'cancel-registration', 'event', event.id, { registrationId: registration.id, byCoordinator: !own });
    await releaseActivitySeats(t, registration.id, opts.baseUrl);
    const [person] = await registrantsOf(t, event.id, ['cancelled'], [registration.id]);
    if (person && event.status === 'published') {
      const network = await networkOfEvent(t, event);
      await sendEventMail(t, {
        template: 'registration-cancelled',
        recipient: { email: person.email, name: person.name, locale: person.locale as Locale },
        event,
        networkName: network.name,
        networkSlug: network.slug,
        baseUrl: opts.baseUrl,
      });
    }
    if (registration.status === 'confirmed') await promoteWaitlisted(t, event, opts.baseUrl);
    return row!;
  });
}

/** The actor's current registration for the event (not cancelled), with their place on the waiting list. */
export async function myRegistration(db: Db, actor: Actor, eventId: string) {
  if (!actor.userId) return null;
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, actor.userId), ne(eventRegistrations.status, 'cancelled')));
  if (!row) return null;
  let waitlistPosition: number | null = null;
  if (row.status === 'waitlisted') {
    const [p] = await queryRows<{ n: number }>(
      db,
      // Compared in SQL: instants keep their microseconds there, which a round trip through JavaScript would lose.
      sql`SELECT count(*)::int AS n FROM event_registrations o JOIN event_registrations me ON me.id = ${row.id}
          WHERE o.event_id = me.event_id AND o.status = 'waitlisted'
            AND (o.waitlisted_at, o.created_at, o.id) <= (me.waitlisted_at, me.created_at, me.id)`,
    );
    waitlistPosition = p?.n ?? null;
  }
  return { ...row, waitlistPosition };
}

/** Every event the person is registered for or waiting for, soonest first, then the past ones. */
export async function listMyRegistrations({ db, actor }: { db: Db; actor: Actor }) {
  if (!actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  return db
    .select({ registration: eventRegistrations, event: events, network: { id: networks.id, slug: networks.slug, name: networks.name } })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(networks, eq(networks.id, events.networkId))
    .where(and(eq(eventRegistrations.userId, actor.userId), ne(eventRegistrations.status, 'cancelled')))
    .orderBy(sql`(${events.endsAt} < now())`, sql`CASE WHEN ${events.endsAt} < now() THEN NULL ELSE ${events.startsAt} END`, desc(events.startsAt));
}
