import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networkOrganisations } from '../../db/schema';
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
  // The organisations the actor represents that belong to the event's network: the natural "on behalf of".
  const mineInNetwork = actor.organisationIds.size
    ? (
        await db
          .select({ id: networkOrganisations.organisationId })
          .from(networkOrganisations)
          .where(and(eq(networkOrganisations.networkId, event.networkId), inArray(networkOrganisations.organisationId, [...actor.organisationIds])))
      ).map((r) => r.id)
    : [];
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
    organisationsInNetwork: mineInNetwork,
  };
}
