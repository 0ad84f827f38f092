// How events plug into the one policy (docs/decisions/003): an event is a record of one network whose visibility
// is public or network, and a draft is seen by the coordinators only. Registering is for people who take part in
// the network (members, partners, coordinators), not for observers.
import type { events } from '../../db/schema';
import { AppError } from '../errors';
import { hasRole, type Actor } from '../policy/actor';
import { canOnRecord, type Guarded } from '../policy/policy';

type EventRow = Pick<typeof events.$inferSelect, 'networkId' | 'status' | 'visibility'>;

export function eventGuard(event: EventRow): Guarded {
  return {
    networkIds: [event.networkId],
    ownerOrganisationId: null,
    visibility: event.status === 'draft' ? 'coordinators' : event.visibility,
    sharedWith: [],
  };
}

export const canReadEvent = (actor: Actor, event: EventRow) => canOnRecord(actor, 'read', eventGuard(event));

/** Create, edit, cancel, check in, see the attendance list and feedback, write minutes. */
export const canManageEvent = (actor: Actor, event: Pick<EventRow, 'networkId'>) =>
  canOnRecord(actor, 'update', { networkIds: [event.networkId], ownerOrganisationId: null, visibility: 'coordinators', sharedWith: [] });

export const canRegisterForEvent = (actor: Actor, event: EventRow) =>
  actor.userId !== null && canReadEvent(actor, event) && (actor.isAdmin || hasRole(actor, event.networkId, 'member', 'partner', 'coordinator'));

/** Minutes and decisions: the people of the network (observers included), never anonymous visitors. */
export const canReadMinutes = (actor: Actor, event: EventRow) =>
  canReadEvent(actor, event) && (actor.isAdmin || actor.roles.has(event.networkId));

/**
 * Reasons a request about an event is refused, carried in `details.reason` so the web app can say it in the
 * reader's language.
 */
export type EventRefusal =
  | 'not_published'
  | 'event_cancelled'
  | 'event_started'
  | 'event_not_started'
  | 'registration_not_open'
  | 'registration_closed'
  | 'already_registered'
  | 'not_a_participant'
  | 'not_registered'
  | 'registration_cancelled'
  | 'not_confirmed'
  | 'unknown_code'
  | 'other_event'
  | 'activity_overlap'
  | 'has_registrations';

export function eventRefusal(code: 'validation' | 'conflict' | 'forbidden' | 'not_found', reason: EventRefusal, message: string, field?: string) {
  return new AppError(code, message, field, { reason });
}
