// Time-zone arithmetic over the runtime's IANA database (Intl), with no dependency: wall-clock parts of an instant,
// UTC offsets, the instant of a local time, and the offset changes of a zone over a span.

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a zone. */
export function zonedParts(date: Date, zone: string): WallTime {
  const out: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** Minutes east of UTC in force in the zone at the instant (Brussels: 60 in winter, 120 in summer). */
export function utcOffsetMinutes(date: Date, zone: string): number {
  const p = zonedParts(date, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant at which the zone's clocks show this wall time. A time skipped by a spring-forward change is moved
 * forward by the gap (02:30 → 03:30 in Brussels); an ambiguous autumn time takes the earlier instant.
 */
export function zonedTimeToUtc(wall: Omit<WallTime, 'second'> & { second?: number }, zone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // Try the offsets in force around that moment; keep the first that maps back to the same wall time.
  const candidates = [...new Set([utcOffsetMinutes(new Date(naive - 86_400_000), zone), utcOffsetMinutes(new Date(naive + 86_400_000), zone)])].sort(
    (a, b) => b - a,
  );
  for (const offset of candidates) {
    const instant = new Date(naive - offset * 60_000);
    if (utcOffsetMinutes(instant, zone) === offset) return instant;
  }
  // In a gap: the wall time does not exist; use the offset before the change, which lands after the gap.
  return new Date(naive - Math.min(...candidates) * 60_000);
}

export type Transition = { at: Date; offsetFrom: number; offsetTo: number; isDst: boolean };

/**
 * The offset changes of a zone between two instants, found by scanning day by day and bisecting to the second.
 * `isDst` marks a change to a larger offset than the smallest seen in the span (summer time).
 */
export function timeZoneTransitions(zone: string, from: Date, to: Date): Transition[] {
  const day = 86_400_000;
  const found: { at: Date; offsetFrom: number; offsetTo: number }[] = [];
  let t = from.getTime();
  let offset = utcOffsetMinutes(from, zone);
  while (t < to.getTime()) {
    const next = Math.min(t + day, to.getTime());
    const nextOffset = utcOffsetMinutes(new Date(next), zone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (mid <= lo || mid >= hi) break;
        if (utcOffsetMinutes(new Date(mid), zone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: new Date(hi), offsetFrom: offset, offsetTo: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  const standard = Math.min(utcOffsetMinutes(from, zone), ...found.map((f) => f.offsetTo));
  return found.map((f) => ({ ...f, isDst: f.offsetTo > standard }));
}
