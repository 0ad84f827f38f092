// Check-in at the welcome desk (QR code or manual search), attendance and no-shows.
import { and, asc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionParticipants, eventRegistrations, organisations, users, type Attendance, type RegistrationStatus } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canManageEvent, canReadEvent, eventRefusal } from './event-policy';
import { getManagedEvent, loadEvent } from './events';
import { normaliseCheckInCode } from './registrations';
import { networkOfEvent } from './event-network';

// A walk-in added at a business convention's desk has a registration without a user: their name, organisation and
// e-mail are on their convention participant (only walk-ins are joined, by `walkIns`).
const walkIns = conventionParticipants;

/** A registration as the coordinator sees it at the desk and in the attendance list. */
const attendeeColumns = {
  id: eventRegistrations.id,
  eventId: eventRegistrations.eventId,
  userId: eventRegistrations.userId,
  status: eventRegistrations.status,
  answers: eventRegistrations.answers,
  checkInCode: eventRegistrations.checkInCode,
  checkedInAt: eventRegistrations.checkedInAt,
  attendance: eventRegistrations.attendance,
  waitlistedAt: eventRegistrations.waitlistedAt,
  confirmedAt: eventRegistrations.confirmedAt,
  cancelledAt: eventRegistrations.cancelledAt,
  createdAt: eventRegistrations.createdAt,
  name: sql<string>`coalesce(nullif(${users.name}, ''), CASE WHEN ${users.anonymisedAt} IS NULL THEN ${users.email} ELSE '' END, ${walkIns.walkInName}, '')`,
  email: sql<string>`CASE WHEN ${users.anonymisedAt} IS NULL THEN coalesce(${users.email}, ${walkIns.walkInEmail}, '') ELSE '' END`,
  organisationId: eventRegistrations.organisationId,
  organisationName: sql<string>`coalesce(${organisations.name}, ${walkIns.walkInOrganisation}, '')`,
};

export type Attendee = Awaited<ReturnType<typeof listAttendees>>[number];

function attendeesQuery(db: Db, where: SQL | undefined) {
  return db
    .select(attendeeColumns)
    .from(eventRegistrations)
    .leftJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .leftJoin(walkIns, and(eq(walkIns.registrationId, eventRegistrations.id), isNull(eventRegistrations.userId), isNotNull(walkIns.walkInName)))
    .where(where);
}

/** The attendance list: everyone registered, waiting or cancelled, searchable by name, e-mail, organisation or code. */
export async function listAttendees(opts: { db: Db; actor: Actor; eventId: string; q?: string | undefined; status?: RegistrationStatus | undefined }) {
  const { db, actor, eventId } = opts;
  await getManagedEvent(db, actor, eventId);
  const conditions: SQL[] = [eq(eventRegistrations.eventId, eventId)];
  if (opts.status) conditions.push(eq(eventRegistrations.status, opts.status));
  const q = opts.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const code = normaliseCheckInCode(q);
    conditions.push(
      or(
        sql`f_unaccent(lower(${users.name})) LIKE f_unaccent(lower(${like}))`,
        ilike(users.email, like),
        sql`f_unaccent(lower(${organisations.name})) LIKE f_unaccent(lower(${like}))`,
        sql`f_unaccent(lower(${walkIns.walkInName})) LIKE f_unaccent(lower(${like}))`,
        ilike(walkIns.walkInEmail, like),
        sql`f_unaccent(lower(${walkIns.walkInOrganisation})) LIKE f_unaccent(lower(${like}))`,
        eq(eventRegistrations.checkInCode, code),
      )!,
    );
  }
  return attendeesQuery(db, and(...conditions)).orderBy(
    sql`CASE ${eventRegistrations.status} WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END`,
    sql`f_unaccent(lower(coalesce(nullif(${users.name}, ''), ${users.email}, ${walkIns.walkInName}, '')))`,
    asc(eventRegistrations.createdAt),
  );
}

async function attendee(db: Db, registrationId: string) {
  const [row] = await attendeesQuery(db, eq(eventRegistrations.id, registrationId));
  if (!row) throw notFound('Registration', 'registrationId');
  return row;
}

/**
 * Checks a person in, by the code of their QR (or typed) or by their registration. Idempotent: a second scan says
 * when they arrived. A person on the waiting list who turns up is let in and confirmed by the coordinator's scan.
 */
export async function checkIn(opts: { db: Db; actor: Actor; eventId: string; code?: string | undefined; registrationId?: string | undefined }) {
  const { db, actor, eventId } = opts;
  if (!opts.code && !opts.registrationId) throw new AppError('validation', 'Give a check-in code or a registration', 'code');
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const event = await getManagedEvent(t, actor, eventId, { forUpdate: true });
    if (event.status !== 'published') throw eventRefusal('conflict', event.status === 'cancelled' ? 'event_cancelled' : 'not_published', 'This event is not open');
    const where = opts.registrationId
      ? eq(eventRegistrations.id, opts.registrationId)
      : eq(eventRegistrations.checkInCode, normaliseCheckInCode(opts.code ?? ''));
    const [registration] = await t.select().from(eventRegistrations).where(where).for('update');
    if (!registration) throw eventRefusal('not_found', 'unknown_code', 'No registration has this code', opts.registrationId ? 'registrationId' : 'code');
    if (registration.eventId !== eventId) throw eventRefusal('conflict', 'other_event', 'This code belongs to another event', 'code');
    if (registration.status === 'cancelled') throw eventRefusal('conflict', 'registration_cancelled', 'This registration was cancelled', 'code');
    const alreadyCheckedIn = registration.checkedInAt !== null;
    if (!alreadyCheckedIn) {
      const now = new Date();
      await t
        .update(eventRegistrations)
        .set({
          checkedInAt: now,
          checkedInBy: actor.userId,
          attendance: 'attended',
          ...(registration.status === 'waitlisted' ? { status: 'confirmed' as const, confirmedAt: now } : {}),
          updatedAt: now,
        })
        .where(eq(eventRegistrations.id, registration.id));
      await recordAudit(t, actor, 'check-in', 'event', eventId, { registrationId: registration.id });
    }
    return { alreadyCheckedIn, attendee: await attendee(t, registration.id) };
  });
}

export async function undoCheckIn(opts: { db: Db; actor: Actor; eventId: string; registrationId: string }) {
  const { db, actor, eventId, registrationId } = opts;
  await getManagedEvent(db, actor, eventId);
  const [row] = await db
    .update(eventRegistrations)
    .set({ checkedInAt: null, checkedInBy: null, attendance: 'unknown', updatedAt: new Date() })
    .where(and(eq(eventRegistrations.id, registrationId), eq(eventRegistrations.eventId, eventId)))
    .returning({ id: eventRegistrations.id });
  if (!row) throw notFound('Registration', 'registrationId');
  await recordAudit(db, actor, 'undo-check-in', 'event', eventId, { registrationId });
  return attendee(db, registrationId);
}

/** Sets one person's attendance by hand (e.g. came without scanning, or excused). */
export async function setAttendance(opts: { db: Db; actor: Actor; eventId: string; registrationId: string; attendance: Attendance }) {
  const { db, actor, eventId, registrationId, attendance } = opts;
  await getManagedEvent(db, actor, eventId);
  const [row] = await db
    .update(eventRegistrations)
    .set({ attendance, updatedAt: new Date() })
    .where(and(eq(eventRegistrations.id, registrationId), eq(eventRegistrations.eventId, eventId), sql`${eventRegistrations.status} <> 'cancelled'`))
    .returning({ id: eventRegistrations.id });
  if (!row) throw notFound('Registration', 'registrationId');
  await recordAudit(db, actor, 'set-attendance', 'event', eventId, { registrationId, attendance });
  return attendee(db, registrationId);
}

/** After the start: every confirmed person not checked in and not marked otherwise becomes a no-show. */
export async function recordNoShows({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  const event = await getManagedEvent(db, actor, eventId);
  if (event.startsAt.getTime() > Date.now()) throw eventRefusal('conflict', 'event_not_started', 'No-shows are recorded once the event has started');
  const rows = await db
    .update(eventRegistrations)
    .set({ attendance: 'no_show', updatedAt: new Date() })
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.status, 'confirmed'),
        eq(eventRegistrations.attendance, 'unknown'),
        sql`${eventRegistrations.checkedInAt} IS NULL`,
      ),
    )
    .returning({ id: eventRegistrations.id });
  await recordAudit(db, actor, 'record-no-shows', 'event', eventId, { count: rows.length });
  return { noShows: rows.length };
}

/**
 * What a scanned QR link leads to: for a coordinator of the event, the event and the person; for anyone else, the
 * same "not found" as an unknown code.
 */
export async function resolveCheckInCode({ db, actor, code }: { db: Db; actor: Actor; code: string }) {
  const [registration] = await db
    .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.checkInCode, normaliseCheckInCode(code)));
  if (!registration) throw eventRefusal('not_found', 'unknown_code', 'No registration has this code', 'code');
  const event = await loadEvent(db, registration.eventId);
  if (!canReadEvent(actor, event) || !canManageEvent(actor, event)) throw eventRefusal('not_found', 'unknown_code', 'No registration has this code', 'code');
  const network = await networkOfEvent(db, event);
  return { event, network, attendee: await attendee(db, registration.id) };
}

/** Whether a check-in code exists (for the QR image route, which only draws codes that were issued). */
export async function checkInCodeExists(db: Db, code: string) {
  const [row] = await db.select({ id: eventRegistrations.id }).from(eventRegistrations).where(eq(eventRegistrations.checkInCode, normaliseCheckInCode(code)));
  return !!row;
}
