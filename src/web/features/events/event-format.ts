import type { Locale } from '../../api/types';
import type { EventItem } from './event-types';

const tags: Record<Locale, string> = { fr: 'fr-BE', de: 'de-DE', en: 'en-GB', nl: 'nl-BE' };

/** "lun. 30 mars 2031, 09:00 – 12:00" on the venue's clock (the event's time zone), in the reader's language. */
export function formatEventRange(event: Pick<EventItem, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale, dateStyle: 'full' | 'medium' = 'full'): string {
  const tag = tags[locale];
  const day = (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle, timeZone: event.timeZone }).format(new Date(iso));
  const time = (iso: string) => new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: event.timeZone }).format(new Date(iso));
  return day(event.startsAt) === day(event.endsAt)
    ? `${day(event.startsAt)}, ${time(event.startsAt)} – ${time(event.endsAt)}`
    : `${day(event.startsAt)}, ${time(event.startsAt)} – ${day(event.endsAt)}, ${time(event.endsAt)}`;
}

/** A date and time in a given zone: "30 mars 2031, 09:00". */
export function formatInZone(iso: string, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

export function formatTimeInZone(iso: string, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

/** Day and month for the date badge of a card: { day: "30", month: "mars" }. */
export function dateBadge(iso: string, zone: string, locale: Locale) {
  const d = new Date(iso);
  return {
    day: new Intl.DateTimeFormat(tags[locale], { day: 'numeric', timeZone: zone }).format(d),
    month: new Intl.DateTimeFormat(tags[locale], { month: 'short', timeZone: zone }).format(d),
  };
}

export function eventPlace(event: Pick<EventItem, 'venue' | 'address' | 'postcode' | 'commune'>): string {
  return [event.venue, event.address, [event.postcode, event.commune].filter(Boolean).join(' ')].filter((p) => p.trim()).join(', ');
}

/** "K7M2Q-X9PAB": the check-in code in two groups, easier to read aloud. */
export const groupCode = (code: string) => (code.length === 10 ? `${code.slice(0, 5)}-${code.slice(5)}` : code);
