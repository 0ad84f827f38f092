// A small iCalendar (RFC 5545) writer: calendar entries in, text out. Used for event files, personal feeds and
// resource bookings; it knows nothing about where the entries come from.
import { timeZoneTransitions, utcOffsetMinutes, zonedParts } from './time-zones';

export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export type IcsEntry = {
  /** Stable and globally unique, e.g. `event-<uuid>@maillage`: clients update the entry they already have by it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: IcsStatus;
  /** Increase when the entry changes, so clients replace their copy. */
  sequence?: number;
  lastModified?: Date;
  geo?: { latitude: number; longitude: number };
  categories?: string[];
  organizer?: { name?: string; email: string };
  /**
   * IANA zone the entry is held in (e.g. `Europe/Brussels`): times are written as local times with a TZID and the
   * calendar carries a matching VTIMEZONE. Omitted or `UTC`: times are written in UTC.
   */
  timeZone?: string;
};

export type IcsCalendar = {
  entries: IcsEntry[];
  /** PUBLISH for files and feeds; REQUEST/CANCEL only with organizer and attendees. */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Shown by clients as the calendar's name (X-WR-CALNAME). */
  name?: string;
  description?: string;
  /** Hint to subscribing clients, in minutes. */
  refreshMinutes?: number;
  prodId?: string;
  /** DTSTAMP; injectable for tests. */
  now?: Date;
};

const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Parameter values: no control characters or DQUOTE; quoted when they hold ":", ";" or ",". */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f"]/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character.
 * Continuation lines start with one space, which counts towards their 75 octets.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20310330T070000Z */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date in calendar entry');
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** Local wall time in the zone, without a Z: 20310330T090000 */
function formatLocal(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function isUtc(zone: string | undefined): boolean {
  return !zone || zone === 'UTC' || zone === 'Etc/UTC';
}

/** Whether the runtime knows this IANA zone. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function dateProperty(name: string, date: Date, zone: string | undefined): string {
  return isUtc(zone) ? `${name}:${formatUtc(date)}` : `${name};TZID=${paramValue(zone!)}:${formatLocal(date, zone!)}`;
}

/**
 * VTIMEZONE for a zone over [from, to]: one observance per offset change, plus the one in force at `from`, computed
 * from the runtime's time-zone database, so any IANA zone works (Europe/Brussels: CET/CEST).
 */
function vtimezone(zone: string, from: Date, to: Date): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const transitions = timeZoneTransitions(zone, from, to);
  if (transitions.length === 0) {
    // No change over the span: one standard observance with the constant offset.
    const offset = utcOffsetMinutes(from, zone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${formatOffset(offset)}`,
      `TZOFFSETTO:${formatOffset(offset)}`,
      ...zoneName(from, zone),
      'END:STANDARD',
    );
  }
  for (const t of transitions) {
    const kind = t.isDst ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time just before the change, in the offset it changes from.
    const local = new Date(t.at.getTime() + t.offsetFrom * 60_000);
    const dtstart =
      `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`;
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${formatOffset(t.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(t.offsetTo)}`,
      ...zoneName(t.at, zone),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function zoneName(at: Date, zone: string): string[] {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,6}$/.test(name) ? [`TZNAME:${name}`] : [];
}

function entryLines(entry: IcsEntry, stamp: Date): string[] {
  if (!(entry.end.getTime() > entry.start.getTime())) throw new RangeError(`Calendar entry ${entry.uid} ends before it starts`);
  const zone = isUtc(entry.timeZone) ? undefined : entry.timeZone;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    dateProperty('DTSTART', entry.start, zone),
    dateProperty('DTEND', entry.end, zone),
    `SUMMARY:${escapeText(entry.summary)}`,
  ];
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.geo) lines.push(`GEO:${entry.geo.latitude.toFixed(6)};${entry.geo.longitude.toFixed(6)}`);
  if (entry.url) lines.push(`URL:${entry.url}`);
  if (entry.status) lines.push(`STATUS:${entry.status}`);
  if (entry.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.floor(entry.sequence))}`);
  if (entry.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(entry.lastModified)}`);
  if (entry.categories?.length) lines.push(`CATEGORIES:${entry.categories.map(escapeText).join(',')}`);
  if (entry.organizer) {
    const cn = entry.organizer.name ? `;CN=${paramValue(entry.organizer.name)}` : '';
    lines.push(`ORGANIZER${cn}:mailto:${entry.organizer.email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Writes a VCALENDAR with the entries, the VTIMEZONEs they need, CRLF line ends and folded lines. */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = calendar.now ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId ?? '-//Maillage//Maillage//FR'}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${calendar.method ?? 'PUBLISH'}`,
  ];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  if (calendar.description) lines.push(`X-WR-CALDESC:${escapeText(calendar.description)}`);
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  // One VTIMEZONE per zone used, covering every entry of that zone (and the offset in force before the first).
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const e of calendar.entries) {
    if (isUtc(e.timeZone)) continue;
    if (!isKnownTimeZone(e.timeZone!)) throw new RangeError(`Unknown time zone ${e.timeZone}`);
    const span = spans.get(e.timeZone!);
    if (!span) spans.set(e.timeZone!, { from: e.start, to: e.end });
    else {
      if (e.start < span.from) span.from = e.start;
      if (e.end > span.to) span.to = e.end;
    }
  }
  for (const [zone, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) {
    // From a year before, so the observance in force at the first entry is present.
    lines.push(...vtimezone(zone, new Date(span.from.getTime() - 366 * 86_400_000), span.to));
  }
  for (const entry of calendar.entries) lines.push(...entryLines(entry, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
