// What goes into a person's calendar feed. Each module that puts dates in someone's diary adds one source here
// (events, convention meetings, resource bookings): a function from a person to calendar entries.
import type { Db } from '../../db/client';
import type { Locale } from '../../db/schema';
import { conventionCalendarEntries } from '../convention/agenda';
import { eventCalendarEntries } from '../events/event-calendar';
import { bookingCalendarEntries } from '../resources/booking-ics';
import type { IcsEntry } from './ics';

export interface CalendarContext {
  /** The language titles and descriptions are written in (the person's own). */
  locale: Locale;
  /** Absolute links back to the platform. */
  baseUrl: string;
}

export type CalendarSource = (db: Db, userId: string, ctx: CalendarContext) => Promise<IcsEntry[]>;

/** Extension point: append a source to include more of the person's dates in their feed. */
export const calendarSources: CalendarSource[] = [eventCalendarEntries, conventionCalendarEntries, bookingCalendarEntries];

/** Every entry of the person's feed, from every source, soonest first; UIDs are unique across sources. */
export async function collectCalendarEntries(db: Db, userId: string, ctx: CalendarContext, sources: CalendarSource[] = calendarSources): Promise<IcsEntry[]> {
  const lists = [];
  for (const source of sources) lists.push(await source(db, userId, ctx));
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((e) => (seen.has(e.uid) ? false : (seen.add(e.uid), true)))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
