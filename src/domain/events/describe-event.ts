import type { Db } from '../../db/client';
import type { Actor } from '../policy/actor';
import { networkOfEvent } from './event-network';
import { canManageEvent, canReadMinutes, canRegisterForEvent, type EventRefusal } from './event-policy';
import { eventCounts, getEvent } from './events';
import { myRegistration, registrationRefusal } from './registrations';

export type RegistrationState = 'open' | Extract<EventRefusal, 'not_published' | 'event_cancelled' | 'registration_not_open' | 'registration_closed'>;

/** Everything the event page needs in one answer: the event, seats, what the actor may do, their registration. */
export async function describeEvent({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const event = await getEvent({ db, actor, id });
  const [network, counts, mine] = [await networkOfEvent(db, event), await eventCounts(db, id), await myRegistration(db, actor, id)];
  const refusal = registrationRefusal(event);
  const state = ((refusal?.details?.reason as RegistrationState | undefined) ?? 'open') satisfies RegistrationState;
  const seatsLeft = event.capacity === null ? null : Math.max(0, event.capacity - counts.confirmed);
  return {
    event,
    network,
    counts: { ...counts, seatsLeft },
    canManage: canManageEvent(actor, event),
    canRegister: canRegisterForEvent(actor, event),
    canReadMinutes: canReadMinutes(actor, event),
    registrationState: state,
    myRegistration: mine,
  };
}
