import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { events, type EventKind } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import { hasRole, type Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';
import { canManageEvent, canReadEvent, eventRefusal } from './event-policy';
import { eventInputSchema, eventPatchSchema, resolveEventTime, type EventInput, type EventPatch } from './event-schema';
import { notifyActiveRegistrants } from './notify-registrants';
import { promoteWaitlisted } from './waiting-list';

export type EventRow = typeof events.$inferSelect;

/** The event row, or not found. No policy check: callers decide. */
export async function loadEvent(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<EventRow> {
  const query = db.select().from(events).where(eq(events.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Event', 'id');
  return row;
}

/** The event if the actor may read it; otherwise the same 404 as a missing one (decision 003). */
export async function getEvent({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<EventRow> {
  const row = await loadEvent(db, id);
  if (!canReadEvent(actor, row)) throw notFound('Event', 'id');
  return row;
}

/** Loads the event and checks the actor coordinates its network (403 when they may read it but not manage it). */
export async function getManagedEvent(db: Db, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<EventRow> {
  const row = await loadEvent(db, id, options);
  if (!canReadEvent(actor, row)) throw notFound('Event', 'id');
  assertCan(canManageEvent(actor, row), 'Only the network coordinators can manage this event');
  return row;
}

type TimeFields = Pick<EventRow, 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>;

function checkTimes(t: TimeFields) {
  if (!(t.endsAt > t.startsAt)) throw new AppError('validation', 'The end must come after the start', 'endsAt');
  if (t.registrationOpensAt && t.registrationClosesAt && !(t.registrationClosesAt > t.registrationOpensAt))
    throw new AppError('validation', 'Registration must close after it opens', 'registrationClosesAt');
  if (t.registrationOpensAt && !(t.registrationOpensAt < t.endsAt))
    throw new AppError('validation', 'Registration must open before the event ends', 'registrationOpensAt');
}

/** The day-before reminder and the feedback request after the end; stale jobs notice the event moved and stop. */
async function scheduleEventJobs(db: Db, event: EventRow, baseUrl: string) {
  const now = Date.now();
  if (event.startsAt.getTime() > now) {
    const runAt = new Date(Math.max(now, event.startsAt.getTime() - 24 * 3_600_000));
    await enqueueJob(db, 'events.remind', { eventId: event.id, startsAt: event.startsAt.toISOString(), baseUrl }, { runAt });
  }
  if (event.endsAt.getTime() > now - 24 * 3_600_000) {
    const runAt = new Date(Math.max(now, event.endsAt.getTime() + 2 * 3_600_000));
    await enqueueJob(db, 'events.follow-up', { eventId: event.id, endsAt: event.endsAt.toISOString(), baseUrl }, { runAt });
  }
}

export async function createEvent(opts: { db: Db; actor: Actor; networkId: string; input: EventInput; baseUrl: string }) {
  const { db, actor, networkId } = opts;
  assertCan(canManageEvent(actor, { networkId }), 'Only the network coordinators can create events');
  const input = eventInputSchema.parse(opts.input);
  const zone = input.timeZone ?? 'Europe/Brussels';
  const values = {
    ...input,
    networkId,
    timeZone: zone,
    startsAt: resolveEventTime(input.startsAt, zone),
    endsAt: resolveEventTime(input.endsAt, zone),
    registrationOpensAt: input.registrationOpensAt ? resolveEventTime(input.registrationOpensAt, zone) : null,
    registrationClosesAt: input.registrationClosesAt ? resolveEventTime(input.registrationClosesAt, zone) : null,
    createdBy: actor.userId,
  };
  checkTimes(values);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t.insert(events).values(values).returning();
    await recordAudit(t, actor, 'create', 'event', row!.id, { kind: row!.kind, status: row!.status });
    if (row!.status === 'published') await scheduleEventJobs(t, row!, opts.baseUrl);
    return row!;
  });
}

const noticeFields = ['startsAt', 'endsAt', 'venue', 'address', 'postcode', 'commune', 'onlineUrl'] as const;

export async function updateEvent(opts: { db: Db; actor: Actor; id: string; input: EventPatch; baseUrl: string }) {
  const { db, actor, id } = opts;
  const input = eventPatchSchema.parse(opts.input);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const before = await getManagedEvent(t, actor, id, { forUpdate: true });
    if (before.status === 'cancelled') throw eventRefusal('conflict', 'event_cancelled', 'A cancelled event cannot be edited');
    const zone = input.timeZone ?? before.timeZone;
    const time = (v: string | null | undefined, old: Date | null) => (v === undefined ? old : v === null ? null : resolveEventTime(v, zone));
    const values = {
      ...input,
      startsAt: time(input.startsAt, before.startsAt)!,
      endsAt: time(input.endsAt, before.endsAt)!,
      registrationOpensAt: time(input.registrationOpensAt, before.registrationOpensAt),
      registrationClosesAt: time(input.registrationClosesAt, before.registrationClosesAt),
      updatedAt: new Date(),
    };
    checkTimes(values);
    const [row] = await t.update(events).set(values).where(eq(events.id, id)).returning();
    const after = row!;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(input) as (keyof typeof input)[]) {
      const from = before[key];
      const to = after[key];
      if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from, to };
    }
    await recordAudit(t, actor, 'update', 'event', id, { changes });
    if (after.status === 'published') {
      if (after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt.getTime() !== before.endsAt.getTime())
        await scheduleEventJobs(t, after, opts.baseUrl);
      if (noticeFields.some((f) => f in changes)) await notifyActiveRegistrants(t, after, 'event-changed', opts.baseUrl);
      // More seats (or no limit any more): the waiting list moves up at once.
      await promoteWaitlisted(t, after, opts.baseUrl);
    }
    return after;
  });
}

export async function publishEvent(opts: { db: Db; actor: Actor; id: string; baseUrl: string }) {
  const { db, actor, id } = opts;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const event = await getManagedEvent(t, actor, id, { forUpdate: true });
    if (event.status === 'published') return event;
    if (event.status === 'cancelled') throw eventRefusal('conflict', 'event_cancelled', 'A cancelled event cannot be published again');
    const [row] = await t.update(events).set({ status: 'published', updatedAt: new Date() }).where(eq(events.id, id)).returning();
    await recordAudit(t, actor, 'publish', 'event', id);
    await scheduleEventJobs(t, row!, opts.baseUrl);
    return row!;
  });
}

/** Cancels the event and tells everyone registered or waiting. Registrations stay, for the record. */
export async function cancelEvent(opts: { db: Db; actor: Actor; id: string; reason?: string | undefined; baseUrl: string }) {
  const { db, actor, id } = opts;
  const reason = (opts.reason ?? '').trim().slice(0, 2000);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const event = await getManagedEvent(t, actor, id, { forUpdate: true });
    if (event.status === 'cancelled') return event;
    const [row] = await t
      .update(events)
      .set({ status: 'cancelled', cancelledAt: new Date(), cancelReason: reason, updatedAt: new Date() })
      .where(eq(events.id, id))
      .returning();
    await recordAudit(t, actor, 'cancel', 'event', id, { reason });
    if (event.status === 'published' && event.endsAt > new Date()) await notifyActiveRegistrants(t, row!, 'event-cancelled', opts.baseUrl, reason);
    return row!;
  });
}

/** Only a draft can be deleted; a published event is cancelled instead, so its history stays. */
export async function deleteEvent({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const event = await getManagedEvent(t, actor, id, { forUpdate: true });
    if (event.status !== 'draft') throw eventRefusal('conflict', 'has_registrations', 'Only a draft can be deleted; cancel a published event instead');
    await t.delete(events).where(eq(events.id, id));
    await recordAudit(t, actor, 'delete', 'event', id);
  });
}

export interface EventCounts {
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
}

export async function eventCounts(db: Db, eventId: string): Promise<EventCounts> {
  const [row] = await queryRows<EventCounts>(
    db,
    sql`SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS "confirmed",
               count(*) FILTER (WHERE status = 'waitlisted')::int AS "waitlisted",
               count(*) FILTER (WHERE status <> 'cancelled' AND checked_in_at IS NOT NULL)::int AS "checkedIn"
        FROM event_registrations WHERE event_id = ${eventId}`,
  );
  return row ?? { confirmed: 0, waitlisted: 0, checkedIn: 0 };
}

/** SQL twin of `canReadEvent` for lists in one network. */
export function visibleEventsIn(actor: Actor, networkId: string): SQL {
  if (actor.isAdmin || hasRole(actor, networkId, 'coordinator')) return sql`true`;
  if (actor.roles.has(networkId)) return sql`${events.status} <> 'draft'`;
  return sql`(${events.status} <> 'draft' AND ${events.visibility} = 'public')`;
}

export interface ListEventsQuery {
  when: 'upcoming' | 'past' | 'all';
  kind?: EventKind | undefined;
  page: number;
  pageSize: number;
}

/** The events of a network the actor may see, with seat counts and the actor's own registration. */
export async function listNetworkEvents({ db, actor, networkId, query }: { db: Db; actor: Actor; networkId: string; query: ListEventsQuery }) {
  const conditions: SQL[] = [eq(events.networkId, networkId), visibleEventsIn(actor, networkId)];
  if (query.when === 'upcoming') conditions.push(sql`${events.endsAt} >= now()`);
  if (query.when === 'past') conditions.push(sql`${events.endsAt} < now()`);
  if (query.kind) conditions.push(eq(events.kind, query.kind));
  const where = and(...conditions);
  const order = query.when === 'past' ? sql`${events.startsAt} DESC` : sql`${events.startsAt} ASC`;
  const me = actor.userId;
  const rows = await db
    .select({
      event: events,
      confirmed: sql<number>`(SELECT count(*)::int FROM event_registrations r WHERE r.event_id = "events"."id" AND r.status = 'confirmed')`,
      waitlisted: sql<number>`(SELECT count(*)::int FROM event_registrations r WHERE r.event_id = "events"."id" AND r.status = 'waitlisted')`,
      myStatus: me
        ? sql<string | null>`(SELECT r.status FROM event_registrations r WHERE r.event_id = "events"."id" AND r.user_id = ${me} AND r.status <> 'cancelled' LIMIT 1)`
        : sql<string | null>`NULL::text`,
    })
    .from(events)
    .where(where)
    .orderBy(order, events.id)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(events).where(where);
  return { items: rows, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
