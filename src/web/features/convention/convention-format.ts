import type { Locale } from '../../api/types';

/** Times of the convention on the venue's clock, in the reader's language. */
export const formatTime = (iso: string, locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

export const formatDay = (iso: string, locale: Locale, timeZone: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(new Date(iso));

export const formatSlot = (slot: { startsAt: string; endsAt: string }, locale: Locale, timeZone: string) =>
  `${formatTime(slot.startsAt, locale, timeZone)}–${formatTime(slot.endsAt, locale, timeZone)}`;

export const languageName = (code: string, locale: Locale) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** "2031-03-30T09:00" on the venue's clock ↔ an instant, for datetime-local inputs. */
export function toLocalInput(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

export function fromLocalInput(local: string, timeZone: string): string {
  // The offset of the zone at that wall-clock time, found by comparing the zone's reading of a guess with the target.
  const target = Date.parse(`${local}:00Z`);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const seen = Date.parse(`${toLocalInput(new Date(guess).toISOString(), timeZone)}:00Z`);
    guess += target - seen;
  }
  return new Date(guess).toISOString();
}
