import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventRegistrations, users, type events, type Locale, type RegistrationStatus } from '../../db/schema';
import { networkOfEvent } from './event-network';
import { sendEventMail } from './event-mail';
import type { EventMailTemplate } from './event-mail-templates';

type EventRow = typeof events.$inferSelect;

/** The people behind registrations, with what a mail needs; erased accounts are skipped by `sendEventMail`. */
export async function registrantsOf(db: Db, eventId: string, statuses: RegistrationStatus[], registrationIds?: string[]) {
  return db
    .select({
      registrationId: eventRegistrations.id,
      status: eventRegistrations.status,
      code: eventRegistrations.checkInCode,
      checkedInAt: eventRegistrations.checkedInAt,
      reminderSentAt: eventRegistrations.reminderSentAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.status, statuses),
        isNotNull(eventRegistrations.userId),
        ...(registrationIds ? [inArray(eventRegistrations.id, registrationIds.length ? registrationIds : ['00000000-0000-0000-0000-000000000000'])] : []),
      ),
    );
}

/** One mail per confirmed or waiting registrant (cancellation, change of date or place), in each one's language. */
export async function notifyActiveRegistrants(db: Db, event: EventRow, template: EventMailTemplate, baseUrl: string, reason?: string) {
  const network = await networkOfEvent(db, event);
  const people = await registrantsOf(db, event.id, ['confirmed', 'waitlisted']);
  for (const p of people) {
    await sendEventMail(db, {
      template,
      recipient: { email: p.email, name: p.name, locale: p.locale as Locale },
      event,
      networkName: network.name,
      networkSlug: network.slug,
      baseUrl,
      ...(reason ? { reason } : {}),
    });
  }
  return people.length;
}
