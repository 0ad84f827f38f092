// Minutes of a committee, business corner or any meeting, and its decision log with action items.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventDecisions, eventMinutes, networkOrganisations, networkRoles, organisations, users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canManageEvent, canReadMinutes } from './event-policy';
import { decisionInputSchema, decisionPatchSchema, minutesInputSchema } from './event-schema';
import { getEvent, getManagedEvent } from './events';
import type { z } from 'zod';

/**
 * The minutes and decisions of an event. The people of the network read them once published; the coordinators
 * always (drafts included). Anonymous visitors of a public event never do.
 */
export async function getMinutes({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  const event = await getEvent({ db, actor, id: eventId });
  if (!canReadMinutes(actor, event)) throw notFound('Minutes', 'id');
  const manages = canManageEvent(actor, event);
  const [minutes] = await db.select().from(eventMinutes).where(eq(eventMinutes.eventId, eventId));
  const visible = manages || !!minutes?.published;
  const decisions = visible
    ? await db
        .select({
          decision: eventDecisions,
          ownerName: sql<string>`coalesce(${users.name}, '')`,
          ownerOrganisationName: sql<string>`coalesce(${organisations.name}, '')`,
        })
        .from(eventDecisions)
        .leftJoin(users, eq(users.id, eventDecisions.ownerUserId))
        .leftJoin(organisations, eq(organisations.id, eventDecisions.ownerOrganisationId))
        .where(eq(eventDecisions.eventId, eventId))
        .orderBy(asc(eventDecisions.position), asc(eventDecisions.createdAt))
    : [];
  return {
    canEdit: manages,
    body: visible ? (minutes?.body ?? '') : '',
    published: minutes?.published ?? false,
    updatedAt: minutes?.updatedAt ?? null,
    decisions,
  };
}

export async function saveMinutes(opts: { db: Db; actor: Actor; eventId: string; input: z.input<typeof minutesInputSchema> }) {
  const { db, actor, eventId } = opts;
  await getManagedEvent(db, actor, eventId);
  const input = minutesInputSchema.parse(opts.input);
  const values = { body: input.body, updatedBy: actor.userId, updatedAt: new Date(), ...(input.published === undefined ? {} : { published: input.published }) };
  const [row] = await db
    .insert(eventMinutes)
    .values({ eventId, ...values })
    .onConflictDoUpdate({ target: eventMinutes.eventId, set: values })
    .returning();
  await recordAudit(db, actor, 'save-minutes', 'event', eventId, { published: row!.published });
  return row!;
}

/** An action's owner is a person or an organisation of the event's network. */
async function checkOwners(db: Db, networkId: string, input: { ownerUserId?: string | null | undefined; ownerOrganisationId?: string | null | undefined }) {
  if (input.ownerUserId) {
    const [r] = await db.select({ u: networkRoles.userId }).from(networkRoles).where(and(eq(networkRoles.networkId, networkId), eq(networkRoles.userId, input.ownerUserId)));
    if (!r) throw new AppError('validation', 'Choose a person of the network', 'ownerUserId');
  }
  if (input.ownerOrganisationId) {
    const [r] = await db
      .select({ o: networkOrganisations.organisationId })
      .from(networkOrganisations)
      .where(and(eq(networkOrganisations.networkId, networkId), eq(networkOrganisations.organisationId, input.ownerOrganisationId)));
    if (!r) throw new AppError('validation', 'Choose an organisation of the network', 'ownerOrganisationId');
  }
}

export async function addDecision(opts: { db: Db; actor: Actor; eventId: string; input: z.input<typeof decisionInputSchema> }) {
  const { db, actor, eventId } = opts;
  const event = await getManagedEvent(db, actor, eventId);
  const input = decisionInputSchema.parse(opts.input);
  await checkOwners(db, event.networkId, input);
  const [row] = await db
    .insert(eventDecisions)
    .values({ ...input, eventId, createdBy: actor.userId })
    .returning();
  await recordAudit(db, actor, 'add-decision', 'event', eventId, { decisionId: row!.id, kind: row!.kind });
  return row!;
}

export async function updateDecision(opts: { db: Db; actor: Actor; eventId: string; decisionId: string; input: z.input<typeof decisionPatchSchema> }) {
  const { db, actor, eventId, decisionId } = opts;
  const event = await getManagedEvent(db, actor, eventId);
  const input = decisionPatchSchema.parse(opts.input);
  await checkOwners(db, event.networkId, input);
  const [row] = await db
    .update(eventDecisions)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(eventDecisions.id, decisionId), eq(eventDecisions.eventId, eventId)))
    .returning();
  if (!row) throw notFound('Decision', 'decisionId');
  await recordAudit(db, actor, 'update-decision', 'event', eventId, { decisionId, ...input });
  return row;
}

export async function deleteDecision(opts: { db: Db; actor: Actor; eventId: string; decisionId: string }) {
  const { db, actor, eventId, decisionId } = opts;
  await getManagedEvent(db, actor, eventId);
  const rows = await db
    .delete(eventDecisions)
    .where(and(eq(eventDecisions.id, decisionId), eq(eventDecisions.eventId, eventId)))
    .returning({ id: eventDecisions.id });
  if (!rows.length) throw notFound('Decision', 'decisionId');
  await recordAudit(db, actor, 'delete-decision', 'event', eventId, { decisionId });
}
