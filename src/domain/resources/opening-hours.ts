import { zonedParts, zonedTimeToUtc } from '../calendar/time-zones';
import { clip, normalise, subtract, type Interval } from './intervals';

/** Weekly opening hours in the resource's zone: ISO weekday (1 = Monday), local times "HH:MM" or "HH:MM:SS". */
export interface OpeningRule {
  weekday: number;
  opens: string;
  closes: string;
}

/** A closure (holiday, maintenance) or an extra opening, as instants. */
export interface CalendarException {
  kind: 'closed' | 'open';
  start: number;
  end: number;
}

/** A civil date (no zone): what "Monday 4 May" means wherever the resource stands. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAY = 86_400_000;

const asUtcMidnight = (d: CivilDate) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtcMidnight = (t: number): CivilDate => {
  const date = new Date(t);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const addDays = (d: CivilDate, n: number): CivilDate => fromUtcMidnight(asUtcMidnight(d) + n * DAY);
/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (d: CivilDate) => ((new Date(asUtcMidnight(d)).getUTCDay() + 6) % 7) + 1;
export const civilKey = (d: CivilDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
export const compareCivil = (a: CivilDate, b: CivilDate) => asUtcMidnight(a) - asUtcMidnight(b);
export const daysBetween = (a: CivilDate, b: CivilDate) => Math.round((asUtcMidnight(b) - asUtcMidnight(a)) / DAY);

export function parseCivilDate(text: string): CivilDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromUtcMidnight(asUtcMidnight(d));
  return back.year === d.year && back.month === d.month && back.day === d.day ? d : undefined;
}

const dateCache = new Map<string, CivilDate>();

/** The local date of an instant in a zone. */
export function localDate(t: number, zone: string): CivilDate {
  const key = `${zone}|${t}`;
  const hit = dateCache.get(key);
  if (hit) return hit;
  const p = zonedParts(new Date(t), zone);
  const d = { year: p.year, month: p.month, day: p.day };
  if (dateCache.size > 200_000) dateCache.clear();
  dateCache.set(key, d);
  return d;
}

/** Minutes after local midnight of "HH:MM[:SS]"; "24:00" is the end of the day. */
export function minutesOf(time: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m) throw new RangeError(`Invalid local time ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

// Converting a local time to an instant goes through Intl and costs microseconds; searches over thousands of
// resources ask for the same few (zone, day, time) triples again and again.
const instantCache = new Map<string, number>();

/** The instant at which the zone's clocks show `minutes` after midnight of the civil date (24:00 = next midnight). */
export function localInstant(d: CivilDate, minutes: number, zone: string): number {
  const key = `${zone}|${d.year}-${d.month}-${d.day}|${minutes}`;
  const hit = instantCache.get(key);
  if (hit !== undefined) return hit;
  const day = minutes >= 1440 ? addDays(d, Math.floor(minutes / 1440)) : d;
  const rest = minutes % 1440;
  const t = zonedTimeToUtc({ year: day.year, month: day.month, day: day.day, hour: Math.floor(rest / 60), minute: rest % 60 }, zone).getTime();
  if (instantCache.size > 200_000) instantCache.clear();
  instantCache.set(key, t);
  return t;
}

/** The instant a local day starts (its midnight). */
export const dayStart = (d: CivilDate, zone: string) => localInstant(d, 0, zone);

/**
 * When the resource can be used between two instants: the weekly rules laid on each local day, plus extra openings,
 * minus closures. A resource without any rule is open at all times, except its closures.
 */
export function openIntervals(opts: { rules: readonly OpeningRule[]; exceptions: readonly CalendarException[]; timeZone: string; from: number; to: number }): Interval[] {
  const { rules, exceptions, timeZone, from, to } = opts;
  if (to <= from) return [];
  let base: Interval[];
  if (rules.length === 0) base = [{ start: from, end: to }];
  else {
    const byWeekday = new Map<number, { opens: number; closes: number }[]>();
    for (const r of rules) {
      const list = byWeekday.get(r.weekday) ?? [];
      list.push({ opens: minutesOf(r.opens), closes: minutesOf(r.closes) });
      byWeekday.set(r.weekday, list);
    }
    base = [];
    // One day of margin each side: a day's hours in the zone can fall on the neighbouring UTC day.
    const last = addDays(localDate(to, timeZone), 1);
    for (let d = addDays(localDate(from, timeZone), -1); compareCivil(d, last) <= 0; d = addDays(d, 1)) {
      for (const r of byWeekday.get(isoWeekday(d)) ?? []) base.push({ start: localInstant(d, r.opens, timeZone), end: localInstant(d, r.closes, timeZone) });
    }
  }
  const opened = exceptions.filter((e) => e.kind === 'open').map((e) => ({ start: e.start, end: e.end }));
  const closed = exceptions.filter((e) => e.kind === 'closed').map((e) => ({ start: e.start, end: e.end }));
  return clip(subtract(normalise([...base, ...opened]), closed), from, to);
}

/** Open time grouped by local day: the first opening and the last closing of each day that opens at all. */
export function openDays(open: readonly Interval[], zone: string): { date: CivilDate; start: number; end: number; openMs: number }[] {
  const out: { date: CivilDate; start: number; end: number; openMs: number }[] = [];
  for (const i of open) {
    // An interval crossing local midnight (a night shift, an "always open" resource) counts on each day it covers.
    let start = i.start;
    while (start < i.end) {
      const date = localDate(start, zone);
      const nextMidnight = dayStart(addDays(date, 1), zone);
      const end = Math.min(i.end, nextMidnight);
      const last = out[out.length - 1];
      if (last && compareCivil(last.date, date) === 0) {
        last.end = end;
        last.openMs += end - start;
      } else out.push({ date, start, end, openMs: end - start });
      start = end;
    }
  }
  return out;
}
