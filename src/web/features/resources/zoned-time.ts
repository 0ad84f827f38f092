/**
 * Dates and times as the resource's own clock shows them. A booth in Haguenau is booked "Tuesday 07:00" in
 * Europe/Paris whatever the zone of the browser; the API stores instants.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(date: Date, zone: string) {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    partsFormatters.set(zone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2031-05-06" (the local date in the zone). */
export function localDateOf(iso: string | Date, zone: string): string {
  const p = partsOf(typeof iso === 'string' ? new Date(iso) : iso, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "07:00" (the local time in the zone). */
export function localTimeOf(iso: string | Date, zone: string): string {
  const p = partsOf(typeof iso === 'string' ? new Date(iso) : iso, zone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

function offsetMinutes(at: number, zone: string): number {
  const p = partsOf(new Date(at), zone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/** The instant (ISO) at which the zone's clocks show this local date and time; a time skipped in spring moves forward. */
export function instantOf(date: string, time: string, zone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const offsets = [...new Set([offsetMinutes(naive - 86_400_000, zone), offsetMinutes(naive + 86_400_000, zone)])].sort((a, b) => b - a);
  for (const o of offsets) {
    const at = naive - o * 60_000;
    if (offsetMinutes(at, zone) === o) return new Date(at).toISOString();
  }
  return new Date(naive - Math.min(...offsets) * 60_000).toISOString();
}

/** Adds days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The Monday of the week of a "YYYY-MM-DD" date. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** "mar. 6 mai 2031, 07:00" in the reader's language, on the resource's clock. */
export function formatInZone(iso: string, locale: string, zone: string, style: 'full' | 'time' | 'day' = 'full'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'time' ? { timeStyle: 'short', timeZone: zone } : style === 'day' ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone } : { dateStyle: 'medium', timeStyle: 'short', timeZone: zone };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

/** "6 mai, 07:00 → 7 mai, 19:00" — the end without its date when on the same day. */
export function formatRange(start: string, end: string, locale: string, zone: string): string {
  const sameDay = localDateOf(start, zone) === localDateOf(new Date(new Date(end).getTime() - 1), zone);
  return `${formatInZone(start, locale, zone)} → ${sameDay ? formatInZone(end, locale, zone, 'time') : formatInZone(end, locale, zone)}`;
}

/** The zone's short name at an instant ("CEST"), to show next to times. */
export function zoneLabel(zone: string, locale: string, at = new Date()): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name ? `${zone.split('/').pop()?.replace(/_/g, ' ')} (${name})` : zone;
}
