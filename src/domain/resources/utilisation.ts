import { clip, intersect, totalLength, type Interval } from './intervals';
import { addDays, civilKey, dayStart, isoWeekday, localDate, type CivilDate } from './opening-hours';

const HOUR = 3_600_000;

export type PeriodKind = 'week' | 'month';

export interface Period {
  /** "2031-W19" or "2031-05". */
  label: string;
  start: number;
  end: number;
}

/** ISO week number and its year (the year of the week's Thursday). */
function isoWeek(d: CivilDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - jan1) / (7 * 86_400_000)) + 1;
  return { year: thursday.year, week };
}

/** Local calendar weeks (Monday to Monday) or months covering [from, to), as instants in the zone. */
export function periodsBetween(kind: PeriodKind, from: number, to: number, zone: string, max = 400): Period[] {
  const out: Period[] = [];
  const first = localDate(from, zone);
  let d: CivilDate = kind === 'week' ? addDays(first, 1 - isoWeekday(first)) : { year: first.year, month: first.month, day: 1 };
  while (out.length < max) {
    const start = dayStart(d, zone);
    if (start >= to) break;
    const next: CivilDate = kind === 'week' ? addDays(d, 7) : d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 };
    const label = kind === 'week' ? (({ year, week }) => `${year}-W${String(week).padStart(2, '0')}`)(isoWeek(d)) : civilKey(d).slice(0, 7);
    out.push({ label, start, end: dayStart(next, zone) });
    d = next;
  }
  return out;
}

export interface HeldPeriod {
  start: number;
  end: number;
  /** Units held. */
  units: number;
  kind: 'booking' | 'owner_use';
}

export interface PeriodUse {
  label: string;
  start: number;
  end: number;
  /** Open hours × units. */
  availableHours: number;
  /** Unit-hours lent to other members, counted within opening hours. */
  bookedHours: number;
  /** Unit-hours of the owner's own use. */
  ownerHours: number;
  /** bookedHours / availableHours (0 when nothing was open). */
  utilisation: number;
  /** (bookedHours + ownerHours) / availableHours: how saturated the resource was. */
  occupancy: number;
}

/**
 * Utilisation of one resource per period: unit-hours held inside opening hours over the unit-hours it was open.
 * Hours held while closed (the night inside a two-day booking) count neither as available nor as booked.
 */
export function utilisationByPeriod(opts: { periods: readonly Period[]; open: readonly Interval[]; units: number; held: readonly HeldPeriod[] }): PeriodUse[] {
  return opts.periods.map((p) => {
    const open = clip(opts.open, p.start, p.end);
    const availableHours = (totalLength(open) * opts.units) / HOUR;
    let bookedHours = 0;
    let ownerHours = 0;
    for (const h of opts.held) {
      if (h.end <= p.start || h.start >= p.end) continue;
      const hours = (totalLength(intersect(open, [{ start: h.start, end: h.end }])) * h.units) / HOUR;
      if (h.kind === 'booking') bookedHours += hours;
      else ownerHours += hours;
    }
    const ratio = (x: number) => (availableHours > 0 ? Math.min(1, x / availableHours) : 0);
    return { label: p.label, start: p.start, end: p.end, availableHours, bookedHours, ownerHours, utilisation: ratio(bookedHours), occupancy: ratio(bookedHours + ownerHours) };
  });
}
