import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { eventCategories, eventOrganisers, events, taskforceCategories, taskforces } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canOnNetwork } from '../policy/policy';
import { runSql, uuidArrayParam } from './run-sql';

// What the indicators need to know about an event or a taskforce beyond what the events and taskforce modules
// record: who organised the event (the Interreg "jointly organised" test) and which axes it serves.

export const organisersInputSchema = z.object({ organisationIds: z.array(z.uuid()).max(50) });
export const categoriesInputSchema = z.object({ categoryIds: z.array(z.uuid()).max(50) });

async function eventFor(db: Db, actor: Actor, eventId: string, write: boolean) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event || !canOnNetwork(actor, 'read-members', event.networkId)) throw notFound('Event');
  if (write && !canOnNetwork(actor, 'manage', event.networkId)) throw forbidden('Only the coordinators of the network say who organised an event');
  return event;
}

export async function getEventAnnotations({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  await eventFor(db, actor, eventId, false);
  const organisers = await runSql<{ id: string; name: string; country: string }>(
    db,
    'SELECT o.id, o.name, o.country FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = $1 ORDER BY o.name',
    [eventId],
  );
  const categories = await categoriesOf(db, 'SELECT category_id FROM event_categories WHERE event_id = $1', eventId);
  const countries = [...new Set(organisers.map((o) => o.country))].sort();
  return { organisers, categoryIds: categories.map((c) => c.id), categories, jointlyOrganised: countries.length >= 2, countries };
}

/** The axes and ecosystems of a record, named for display (axes first, in the network's order). */
async function categoriesOf(db: Db, idsSql: string, recordId: string) {
  return runSql<{ id: string; kind: 'ecosystem' | 'axis'; slug: string; name: Record<string, string> }>(
    db,
    `SELECT c.id, c.kind, c.slug, c.name FROM network_categories c WHERE c.id IN (${idsSql}) ORDER BY c.kind, c.position, c.slug`,
    [recordId],
  );
}

async function taskforceFor(db: Db, actor: Actor, taskforceId: string, write: boolean) {
  const [taskforce] = await db.select().from(taskforces).where(eq(taskforces.id, taskforceId));
  if (!taskforce || !canOnNetwork(actor, 'read-members', taskforce.networkId)) throw notFound('Taskforce');
  if (write && !canOnNetwork(actor, 'manage', taskforce.networkId)) throw forbidden('Only the coordinators of the network tag taskforces');
  return taskforce;
}

/** The strategic axes and ecosystems a taskforce serves. */
export async function getTaskforceCategories({ db, actor, taskforceId }: { db: Db; actor: Actor; taskforceId: string }) {
  await taskforceFor(db, actor, taskforceId, false);
  const categories = await categoriesOf(db, 'SELECT category_id FROM taskforce_categories WHERE taskforce_id = $1', taskforceId);
  return { categoryIds: categories.map((c) => c.id), categories };
}

async function assertCategories(db: Db, networkId: string, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await runSql<{ n: number }>(db, 'SELECT count(*)::int AS n FROM network_categories WHERE network_id = $1 AND id = ANY($2::uuid[])', [networkId, uuidArrayParam(ids)]);
  if ((rows[0]?.n ?? 0) !== new Set(ids).size) throw new AppError('validation', 'Every ecosystem or axis must be one of the network’s', 'categoryIds');
}

export async function setEventOrganisers({ db, actor, eventId, input }: { db: Db; actor: Actor; eventId: string; input: z.input<typeof organisersInputSchema> }) {
  await eventFor(db, actor, eventId, true);
  const ids = [...new Set(organisersInputSchema.parse(input).organisationIds)];
  const found = ids.length ? await runSql<{ n: number }>(db, 'SELECT count(*)::int AS n FROM organisations WHERE id = ANY($1::uuid[])', [uuidArrayParam(ids)]) : [{ n: 0 }];
  if ((found[0]?.n ?? 0) !== ids.length) throw new AppError('validation', 'No such organisation', 'organisationIds');
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
    if (ids.length) await t.insert(eventOrganisers).values(ids.map((organisationId) => ({ eventId, organisationId })));
    await recordAudit(t, actor, 'set-organisers', 'event', eventId, { organisationIds: ids });
  });
  return getEventAnnotations({ db, actor, eventId });
}

export async function setEventCategories({ db, actor, eventId, input }: { db: Db; actor: Actor; eventId: string; input: z.input<typeof categoriesInputSchema> }) {
  const event = await eventFor(db, actor, eventId, true);
  const ids = [...new Set(categoriesInputSchema.parse(input).categoryIds)];
  await assertCategories(db, event.networkId, ids);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.delete(eventCategories).where(eq(eventCategories.eventId, eventId));
    if (ids.length) await t.insert(eventCategories).values(ids.map((categoryId) => ({ eventId, categoryId })));
    await recordAudit(t, actor, 'set-categories', 'event', eventId, { categoryIds: ids });
  });
  return getEventAnnotations({ db, actor, eventId });
}

export async function setTaskforceCategories({ db, actor, taskforceId, input }: { db: Db; actor: Actor; taskforceId: string; input: z.input<typeof categoriesInputSchema> }) {
  const taskforce = await taskforceFor(db, actor, taskforceId, true);
  const ids = [...new Set(categoriesInputSchema.parse(input).categoryIds)];
  await assertCategories(db, taskforce.networkId, ids);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.delete(taskforceCategories).where(eq(taskforceCategories.taskforceId, taskforceId));
    if (ids.length) await t.insert(taskforceCategories).values(ids.map((categoryId) => ({ taskforceId, categoryId })));
    await recordAudit(t, actor, 'set-categories', 'taskforce', taskforceId, { categoryIds: ids });
  });
  return getTaskforceCategories({ db, actor, taskforceId });
}

/**
 * Activity per strategic axis (or ecosystem) of the network over a period: its member organisations, the events
 * and taskforces tagged with it, participations at those events, and the roadmap actions under a roadmap axis
 * standing for it.
 */
export async function getAxisActivity({ db, networkId, from, to }: { db: Db; networkId: string; from: Date; to: Date }) {
  return runSql<{ id: string; kind: string; slug: string; name: Record<string, string>; members: number; events: number; participations: number; taskforces: number; actions: number }>(
    db,
    `SELECT c.id, c.kind, c.slug, c.name,
            (SELECT count(*)::int FROM organisation_categories oc JOIN network_organisations m ON m.organisation_id = oc.organisation_id AND m.network_id = c.network_id
              WHERE oc.category_id = c.id) AS members,
            (SELECT count(*)::int FROM event_categories ec JOIN events e ON e.id = ec.event_id
              WHERE ec.category_id = c.id AND e.status = 'published' AND e.starts_at >= $2 AND e.starts_at < $3) AS events,
            (SELECT count(*)::int FROM event_categories ec JOIN events e ON e.id = ec.event_id JOIN event_registrations r ON r.event_id = e.id AND r.attendance = 'attended'
              WHERE ec.category_id = c.id AND e.status = 'published' AND e.starts_at >= $2 AND e.starts_at < $3) AS participations,
            (SELECT count(*)::int FROM taskforce_categories tc JOIN taskforces t ON t.id = tc.taskforce_id
              WHERE tc.category_id = c.id AND t.created_at < $3 AND (t.closed_at IS NULL OR t.closed_at >= $2)) AS taskforces,
            (SELECT count(*)::int FROM roadmap_axes ax JOIN roadmap_actions a ON a.objective_id IN (SELECT o.id FROM roadmap_objectives o WHERE o.axis_id = ax.id)
              WHERE ax.category_id = c.id AND a.status = 'adopted') AS actions
       FROM network_categories c WHERE c.network_id = $1
      ORDER BY c.kind, c.position, c.slug`,
    [networkId, from.toISOString(), to.toISOString()],
  );
}
