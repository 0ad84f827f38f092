// A person's events data for GDPR export and erasure (called from src/domain/auth/personal-data.ts).
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarFeedTokens, eventFeedback, eventRegistrations, events, networks } from '../../db/schema';

/** Registrations (with answers and attendance), feedback given, and whether a calendar link exists. */
export async function exportPersonEventData(db: Db, userId: string) {
  const registrations = await db
    .select({
      registrationId: eventRegistrations.id,
      event: events.title,
      network: networks.name,
      startsAt: events.startsAt,
      status: eventRegistrations.status,
      answers: eventRegistrations.answers,
      checkedInAt: eventRegistrations.checkedInAt,
      attendance: eventRegistrations.attendance,
      registeredAt: eventRegistrations.createdAt,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(networks, eq(networks.id, events.networkId))
    .where(eq(eventRegistrations.userId, userId));
  const ids = registrations.map((r) => r.registrationId);
  const feedback = ids.length
    ? await db
        .select({ registrationId: eventFeedback.registrationId, rating: eventFeedback.rating, usefulness: eventFeedback.usefulness, newContacts: eventFeedback.newContacts, wouldReturn: eventFeedback.wouldReturn, comment: eventFeedback.comment })
        .from(eventFeedback)
        .where(inArray(eventFeedback.registrationId, ids))
    : [];
  const [feed] = await db.select({ createdAt: calendarFeedTokens.createdAt }).from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId));
  return { eventRegistrations: registrations, eventFeedback: feedback, calendarFeed: feed ? { createdAt: feed.createdAt } : null };
}

/**
 * Erasure keeps the counts (registrations stay, attendance and ratings too) but drops what the person wrote:
 * registration answers and feedback comments; the calendar link stops working.
 */
export async function erasePersonEventData(db: Db, userId: string) {
  const mine = await db.select({ id: eventRegistrations.id }).from(eventRegistrations).where(eq(eventRegistrations.userId, userId));
  const ids = mine.map((r) => r.id);
  if (ids.length) {
    await db.update(eventRegistrations).set({ answers: {}, updatedAt: new Date() }).where(inArray(eventRegistrations.id, ids));
    await db.update(eventFeedback).set({ comment: '', updatedAt: new Date() }).where(inArray(eventFeedback.registrationId, ids));
  }
  await db.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId));
}
