import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionParticipants, conventionSettings, eventRegistrations, events } from '../../db/schema';
import { AppError, notFound } from '../errors';
import { canManageEvent, canReadEvent } from '../events/event-policy';
import type { Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';

export type EventRow = typeof events.$inferSelect;
export type SettingsRow = typeof conventionSettings.$inferSelect;
export type ParticipantRow = typeof conventionParticipants.$inferSelect;

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * The convention of an event the actor may read, with its settings (created on first use). Events of another kind
 * have no convention mode: 404 like a missing event, as for anything the actor may not read (decision 003).
 */
export async function loadConvention(db: Db, actor: Actor, eventId: string): Promise<{ event: EventRow; settings: SettingsRow; manage: boolean }> {
  if (!isUuid(eventId)) throw notFound('Convention', 'eventId');
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event || event.kind !== 'business_convention' || !canReadEvent(actor, event)) throw notFound('Convention', 'eventId');
  let [settings] = await db.select().from(conventionSettings).where(eq(conventionSettings.eventId, eventId));
  if (!settings) {
    await db.insert(conventionSettings).values({ eventId }).onConflictDoNothing();
    [settings] = await db.select().from(conventionSettings).where(eq(conventionSettings.eventId, eventId));
  }
  return { event, settings: settings!, manage: canManageEvent(actor, event) };
}

export async function loadConventionToManage(db: Db, actor: Actor, eventId: string) {
  const c = await loadConvention(db, actor, eventId);
  assertCan(c.manage, 'Only the coordinators of the network manage the convention');
  return c;
}

/** The actor's confirmed registration to the event, if any. */
export async function myRegistration(db: Db, actor: Actor, eventId: string) {
  if (!actor.userId) return undefined;
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, actor.userId), ne(eventRegistrations.status, 'cancelled')));
  return row;
}

export async function myParticipant(db: Db, actor: Actor, eventId: string): Promise<ParticipantRow | undefined> {
  if (!actor.userId) return undefined;
  const [row] = await db
    .select()
    .from(conventionParticipants)
    .where(and(eq(conventionParticipants.eventId, eventId), eq(conventionParticipants.userId, actor.userId)));
  return row;
}

/** The actor's own event profile; a clear refusal when they have not made one yet. */
export async function requireMyParticipant(db: Db, actor: Actor, eventId: string): Promise<ParticipantRow> {
  const me = await myParticipant(db, actor, eventId);
  if (!me) throw new AppError('forbidden', 'Create your event profile first', undefined, { reason: 'no_profile' });
  return me;
}

/** Locks the convention's settings row: schedule changes of one convention run one at a time. */
export async function lockConvention(tx: Db, eventId: string): Promise<SettingsRow> {
  const [row] = await tx.select().from(conventionSettings).where(eq(conventionSettings.eventId, eventId)).for('update');
  if (!row) throw notFound('Convention', 'eventId');
  return row;
}

/** Refusals the web app words in the reader's language: `details.reason`. */
export type ConventionRefusal =
  | 'no_profile'
  | 'not_registered'
  | 'deadline_passed'
  | 'request_limit'
  | 'meeting_limit'
  | 'already_requested'
  | 'same_organisation'
  | 'not_pending'
  | 'not_yours'
  | 'generating'
  | 'no_day_setup'
  | 'nothing_to_publish'
  | 'not_scheduled'
  | 'edit_breaks_rules'
  | 'slot_in_use'
  | 'absent';

export function refuse(code: 'validation' | 'conflict' | 'forbidden', reason: ConventionRefusal, message: string, field?: string, extra: Record<string, unknown> = {}) {
  return new AppError(code, message, field, { reason, ...extra });
}
