import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventRegistrations, events, networks, type Locale } from '../../db/schema';
import type { IcsEntry } from '../calendar/ics';
import { eventPagePath, formatEventWhere, pickText } from './event-mail';

type EventRow = typeof events.$inferSelect;

const waitingWord: Record<Locale, string> = { fr: 'liste d’attente', de: 'Warteliste', en: 'waiting list', nl: 'wachtlijst' };

/** One event as a calendar entry, in the reader's language and the event's own time zone. */
export function eventToIcsEntry(
  event: EventRow,
  network: { slug: string; name: string },
  ctx: { locale: Locale; baseUrl: string },
  registration?: { status: string },
): IcsEntry {
  const link = `${ctx.baseUrl}${eventPagePath(network.slug, event.id)}`;
  const title = pickText(event.title, ctx.locale);
  const waiting = registration?.status === 'waitlisted';
  const description = [pickText(event.description, ctx.locale), `${network.name}`, link].filter(Boolean).join('\n\n');
  const where = formatEventWhere(event, ctx.locale);
  return {
    uid: `event-${event.id}@maillage`,
    start: event.startsAt,
    end: event.endsAt,
    timeZone: event.timeZone,
    summary: waiting ? `${title} (${waitingWord[ctx.locale]})` : title,
    description,
    ...(event.venue || event.address || event.commune || event.onlineUrl ? { location: where } : {}),
    url: link,
    status: event.status === 'cancelled' ? 'CANCELLED' : waiting ? 'TENTATIVE' : 'CONFIRMED',
    // Grows with every edit, so subscribed calendars replace their copy.
    sequence: Math.max(0, Math.floor((event.updatedAt.getTime() - event.createdAt.getTime()) / 1000)),
    lastModified: event.updatedAt,
    ...(event.latitude !== null && event.longitude !== null ? { geo: { latitude: event.latitude, longitude: event.longitude } } : {}),
    categories: [event.kind],
  };
}

/**
 * The events a person is registered or waiting for, from six months back: the events part of their personal feed.
 * Cancelled events stay (as CANCELLED) so calendars remove them; a cancelled registration drops out.
 */
export async function eventCalendarEntries(db: Db, userId: string, ctx: { locale: Locale; baseUrl: string }): Promise<IcsEntry[]> {
  const rows = await db
    .select({ event: events, network: { slug: networks.slug, name: networks.name }, status: eventRegistrations.status })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(networks, eq(networks.id, events.networkId))
    .where(
      and(
        eq(eventRegistrations.userId, userId),
        inArray(eventRegistrations.status, ['confirmed', 'waitlisted']),
        inArray(events.status, ['published', 'cancelled']),
        gt(events.endsAt, sql`now() - interval '180 days'`),
      ),
    )
    .orderBy(events.startsAt);
  return rows.map((r) => eventToIcsEntry(r.event, r.network, ctx, { status: r.status }));
}
