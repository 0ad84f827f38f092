import type { PriceUnit } from '../../db/schema';
import { intersect, totalLength, type Interval } from './intervals';
import { openDays } from './opening-hours';

const HOUR = 3_600_000;

export interface PriceTerms {
  priceUnit: PriceUnit;
  /** null: price on request, nothing is computed. */
  priceCents: number | null;
}

export interface Quantity {
  /** Open hours inside the booking (what an hourly price charges: nights inside a two-day booking are not billed). */
  hours: number;
  days: number;
  halfDays: number;
}

/**
 * What a booking uses, measured on the resource's opening hours: billed hours, local days touched, and half-days
 * (per day, up to half of that day's opening counts as one half-day, more as two).
 */
export function measureBooking(opts: { booking: Interval; open: readonly Interval[]; timeZone: string }): Quantity {
  const used = intersect(opts.open, [opts.booking]);
  const hours = totalLength(used) / HOUR;
  const usedDays = openDays(used, opts.timeZone);
  const openByDay = new Map(openDays(opts.open, opts.timeZone).map((d) => [`${d.date.year}-${d.date.month}-${d.date.day}`, d.openMs]));
  let halfDays = 0;
  for (const d of usedDays) {
    const dayOpen = openByDay.get(`${d.date.year}-${d.date.month}-${d.date.day}`) ?? d.openMs;
    halfDays += d.openMs * 2 <= dayOpen + 1 ? 1 : 2;
  }
  return { hours, days: usedDays.length, halfDays };
}

/** The amount of a booking under the owner's terms, in cents; null when the price is on request. */
export function priceBooking(terms: PriceTerms, quantity: Quantity, units: number): number | null {
  if (terms.priceCents === null) return null;
  const per = terms.priceCents * units;
  switch (terms.priceUnit) {
    case 'hour':
      return Math.round(per * quantity.hours);
    case 'half_day':
      return per * quantity.halfDays;
    case 'day':
      return per * quantity.days;
    case 'unit':
      return per;
  }
}
