// Round tables, workshops and other sessions inside an event, each with its own seats and waiting list.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { eventActivities, eventActivitySignups, eventRegistrations, type Locale } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { sendEventMail } from './event-mail';
import { networkOfEvent } from './event-network';
import { eventRefusal } from './event-policy';
import { activityInputSchema, resolveEventTime } from './event-schema';
import { getEvent, getManagedEvent, loadEvent } from './events';
import { registrantsOf } from './notify-registrants';

type ActivityInput = z.input<typeof activityInputSchema>;

async function loadActivity(db: Db, eventId: string, activityId: string, options: { forUpdate?: boolean } = {}) {
  const q = db
    .select()
    .from(eventActivities)
    .where(and(eq(eventActivities.id, activityId), eq(eventActivities.eventId, eventId)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Activity', 'activityId');
  return row;
}

function activityValues(input: ReturnType<typeof activityInputSchema.parse>, zone: string, event: { startsAt: Date; endsAt: Date }) {
  const startsAt = resolveEventTime(input.startsAt, zone);
  const endsAt = resolveEventTime(input.endsAt, zone);
  if (!(endsAt > startsAt)) throw new AppError('validation', 'The end must come after the start', 'endsAt');
  if (startsAt < event.startsAt || endsAt > event.endsAt)
    throw new AppError('validation', 'The session must take place during the event', 'startsAt');
  return { ...input, startsAt, endsAt };
}

export async function createActivity(opts: { db: Db; actor: Actor; eventId: string; input: ActivityInput }) {
  const { db, actor, eventId } = opts;
  const event = await getManagedEvent(db, actor, eventId);
  const values = activityValues(activityInputSchema.parse(opts.input), event.timeZone, event);
  const [row] = await db.insert(eventActivities).values({ ...values, eventId }).returning();
  await recordAudit(db, actor, 'create-activity', 'event', eventId, { activityId: row!.id });
  return row!;
}

export async function updateActivity(opts: { db: Db; actor: Actor; eventId: string; activityId: string; input: ActivityInput; baseUrl: string }) {
  const { db, actor, eventId, activityId } = opts;
  const event = await getManagedEvent(db, actor, eventId);
  await loadActivity(db, eventId, activityId);
  const values = activityValues(activityInputSchema.parse(opts.input), event.timeZone, event);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t.update(eventActivities).set(values).where(eq(eventActivities.id, activityId)).returning();
    await promoteActivityWaitlist(t, activityId, opts.baseUrl);
    await recordAudit(t, actor, 'update-activity', 'event', eventId, { activityId });
    return row!;
  });
}

export async function deleteActivity(opts: { db: Db; actor: Actor; eventId: string; activityId: string }) {
  const { db, actor, eventId, activityId } = opts;
  await getManagedEvent(db, actor, eventId);
  await loadActivity(db, eventId, activityId);
  await db.delete(eventActivities).where(eq(eventActivities.id, activityId));
  await recordAudit(db, actor, 'delete-activity', 'event', eventId, { activityId });
}

/** The sessions of an event with their seat counts and the actor's own sign-up. */
export async function listActivities({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  await getEvent({ db, actor, id: eventId });
  const me = actor.userId;
  return db
    .select({
      activity: eventActivities,
      confirmed: sql<number>`(SELECT count(*)::int FROM event_activity_signups s WHERE s.activity_id = "event_activities"."id" AND s.status = 'confirmed')`,
      waitlisted: sql<number>`(SELECT count(*)::int FROM event_activity_signups s WHERE s.activity_id = "event_activities"."id" AND s.status = 'waitlisted')`,
      myStatus: me
        ? sql<string | null>`(SELECT s.status FROM event_activity_signups s JOIN event_registrations r ON r.id = s.registration_id
            WHERE s.activity_id = "event_activities"."id" AND r.user_id = ${me} AND r.status <> 'cancelled' LIMIT 1)`
        : sql<string | null>`NULL::text`,
    })
    .from(eventActivities)
    .where(eq(eventActivities.eventId, eventId))
    .orderBy(asc(eventActivities.startsAt), asc(eventActivities.position), asc(eventActivities.id));
}

/**
 * Moves the first people waiting for a session into its free seats and tells each of them by e-mail, in their
 * language. The caller holds the activity lock. Nothing moves once the session has started or when the event is not
 * published (a cancelled event's registrations are released without promising anyone a seat).
 */
async function promoteActivityWaitlist(db: Db, activityId: string, baseUrl: string): Promise<string[]> {
  const [activity] = await db.select().from(eventActivities).where(eq(eventActivities.id, activityId));
  if (!activity || activity.startsAt.getTime() <= Date.now()) return [];
  const event = await loadEvent(db, activity.eventId);
  if (event.status !== 'published') return [];
  const promoted = await queryRows<{ registration_id: string }>(
    db,
    sql`UPDATE event_activity_signups SET status = 'confirmed'
        WHERE activity_id = ${activityId} AND registration_id IN (
          SELECT registration_id FROM event_activity_signups
          WHERE activity_id = ${activityId} AND status = 'waitlisted'
          ORDER BY created_at, registration_id
          LIMIT (SELECT CASE WHEN a.capacity IS NULL THEN NULL
                        ELSE greatest(0, a.capacity - (SELECT count(*)::int FROM event_activity_signups c
                                                       WHERE c.activity_id = a.id AND c.status = 'confirmed')) END
                 FROM event_activities a WHERE a.id = ${activityId}))
        RETURNING registration_id`,
  );
  if (promoted.length === 0) return [];
  const ids = promoted.map((p) => p.registration_id);
  const network = await networkOfEvent(db, event);
  for (const p of await registrantsOf(db, event.id, ['confirmed'], ids)) {
    await sendEventMail(db, {
      template: 'activity-promoted',
      recipient: { email: p.email, name: p.name, locale: p.locale as Locale },
      event,
      networkName: network.name,
      networkSlug: network.slug,
      baseUrl,
      session: activity,
    });
  }
  return ids;
}

async function ownConfirmedRegistration(db: Db, actor: Actor, eventId: string) {
  if (!actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  const [r] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, actor.userId), eq(eventRegistrations.status, 'confirmed')));
  if (!r) throw eventRefusal('conflict', 'not_confirmed', 'Sign up for sessions once your registration to the event is confirmed');
  return r;
}

/** Takes a seat in a session (or a place on its waiting list); never two overlapping sessions for one person. */
export async function signUpForActivity(opts: { db: Db; actor: Actor; eventId: string; activityId: string }) {
  const { db, actor, eventId, activityId } = opts;
  await getEvent({ db, actor, id: eventId });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const event = await loadEvent(t, eventId);
    if (event.status !== 'published') throw eventRefusal('conflict', 'not_published', 'This event is not open');
    const activity = await loadActivity(t, eventId, activityId, { forUpdate: true });
    if (activity.startsAt.getTime() <= Date.now()) throw eventRefusal('conflict', 'event_started', 'This session has started');
    const registration = await ownConfirmedRegistration(t, actor, eventId);
    const [already] = await t
      .select()
      .from(eventActivitySignups)
      .where(and(eq(eventActivitySignups.activityId, activityId), eq(eventActivitySignups.registrationId, registration.id)));
    if (already) return already;
    const [overlap] = await queryRows<{ id: string }>(
      t,
      sql`SELECT a.id FROM event_activity_signups s JOIN event_activities a ON a.id = s.activity_id
          WHERE s.registration_id = ${registration.id} AND a.starts_at < ${activity.endsAt} AND a.ends_at > ${activity.startsAt} LIMIT 1`,
    );
    if (overlap) throw eventRefusal('conflict', 'activity_overlap', 'You already take part in a session at that time');
    const [count] = await queryRows<{ n: number }>(
      t,
      sql`SELECT count(*)::int AS n FROM event_activity_signups WHERE activity_id = ${activityId} AND status = 'confirmed'`,
    );
    const full = activity.capacity !== null && (count?.n ?? 0) >= activity.capacity;
    const [row] = await t
      .insert(eventActivitySignups)
      .values({ activityId, registrationId: registration.id, status: full ? 'waitlisted' : 'confirmed' })
      .returning();
    return row!;
  });
}

export async function leaveActivity(opts: { db: Db; actor: Actor; eventId: string; activityId: string; baseUrl: string }) {
  const { db, actor, eventId, activityId } = opts;
  await getEvent({ db, actor, id: eventId });
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await loadActivity(t, eventId, activityId, { forUpdate: true });
    const registration = await ownConfirmedRegistration(t, actor, eventId);
    await t
      .delete(eventActivitySignups)
      .where(and(eq(eventActivitySignups.activityId, activityId), eq(eventActivitySignups.registrationId, registration.id)));
    await promoteActivityWaitlist(t, activityId, opts.baseUrl);
  });
}

/** A cancelled registration gives back its session seats. */
export async function releaseActivitySeats(db: Db, registrationId: string, baseUrl: string) {
  const rows = await db
    .delete(eventActivitySignups)
    .where(eq(eventActivitySignups.registrationId, registrationId))
    .returning({ activityId: eventActivitySignups.activityId });
  for (const { activityId } of rows) {
    await db.select({ id: eventActivities.id }).from(eventActivities).where(eq(eventActivities.id, activityId)).for('update');
    await promoteActivityWaitlist(db, activityId, baseUrl);
  }
}
