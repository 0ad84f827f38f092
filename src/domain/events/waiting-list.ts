import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { events, Locale } from '../../db/schema';
import { sendEventMail } from './event-mail';
import { networkOfEvent } from './event-network';
import { registrantsOf } from './notify-registrants';

type EventRow = typeof events.$inferSelect;

/**
 * Gives free seats to the waiting list, first come first served, and tells each person promoted. The caller holds
 * the event row lock (SELECT … FOR UPDATE), so two cancellations cannot hand the same seat out twice. Nothing moves
 * once the event has started or when it is not published.
 */
export async function promoteWaitlisted(db: Db, event: EventRow, baseUrl: string): Promise<string[]> {
  if (event.status !== 'published' || event.startsAt.getTime() <= Date.now()) return [];
  const promoted = await queryRows<{ id: string }>(
    db,
    sql`UPDATE event_registrations SET status = 'confirmed', confirmed_at = now(), updated_at = now()
        WHERE id IN (
          SELECT id FROM event_registrations
          WHERE event_id = ${event.id} AND status = 'waitlisted'
          ORDER BY waitlisted_at, created_at, id
          LIMIT (SELECT CASE WHEN ${event.capacity}::int IS NULL THEN NULL
                        ELSE greatest(0, ${event.capacity}::int - count(*)::int) END
                 FROM event_registrations WHERE event_id = ${event.id} AND status = 'confirmed'))
        RETURNING id`,
  );
  if (promoted.length === 0) return [];
  const network = await networkOfEvent(db, event);
  const people = await registrantsOf(db, event.id, ['confirmed'], promoted.map((p) => p.id));
  for (const p of people) {
    await sendEventMail(db, {
      template: 'registration-promoted',
      recipient: { email: p.email, name: p.name, locale: p.locale as Locale },
      event,
      networkName: network.name,
      networkSlug: network.slug,
      baseUrl,
      code: p.code,
    });
  }
  return promoted.map((p) => p.id);
}
