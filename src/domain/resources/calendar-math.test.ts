import { describe, expect, it } from 'vitest';
import { findFreeSlots } from './free-slots';
import { anyOverlap, indexContaining, intersect, normalise, subtract, totalLength } from './intervals';
import { localInstant, openDays, openIntervals, parseCivilDate, type OpeningRule } from './opening-hours';
import { measureBooking, priceBooking } from './pricing';
import { periodsBetween, utilisationByPeriod } from './utilisation';

const t = (iso: string) => Date.parse(iso);
const iv = (a: string, b: string) => ({ start: t(a), end: t(b) });
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
const BXL = 'Europe/Brussels';
const weekdays7to19: OpeningRule[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:00', closes: '19:00' }));

describe('intervals', () => {
  it('merges touching and overlapping intervals, and drops empty ones', () => {
    expect(normalise([iv('2031-01-01T10:00Z', '2031-01-01T12:00Z'), iv('2031-01-01T12:00Z', '2031-01-01T13:00Z'), iv('2031-01-01T09:00Z', '2031-01-01T09:00Z')])).toEqual([
      iv('2031-01-01T10:00Z', '2031-01-01T13:00Z'),
    ]);
  });

  it('subtracts and intersects', () => {
    const day = [iv('2031-01-01T07:00Z', '2031-01-01T19:00Z')];
    const lunch = [iv('2031-01-01T12:00Z', '2031-01-01T13:00Z')];
    expect(subtract(day, lunch)).toEqual([iv('2031-01-01T07:00Z', '2031-01-01T12:00Z'), iv('2031-01-01T13:00Z', '2031-01-01T19:00Z')]);
    expect(intersect(day, [iv('2031-01-01T18:00Z', '2031-01-02T08:00Z')])).toEqual([iv('2031-01-01T18:00Z', '2031-01-01T19:00Z')]);
    expect(totalLength(subtract(day, lunch))).toBe(11 * HOUR);
  });

  it('finds the interval holding an instant and overlaps, half-open', () => {
    const list = normalise([iv('2031-01-01T07:00Z', '2031-01-01T12:00Z'), iv('2031-01-01T13:00Z', '2031-01-01T19:00Z')]);
    expect(indexContaining(list, t('2031-01-01T07:00Z'))).toBe(0);
    expect(indexContaining(list, t('2031-01-01T12:00Z'))).toBe(-1);
    expect(indexContaining(list, t('2031-01-01T18:59Z'))).toBe(1);
    expect(anyOverlap(list, t('2031-01-01T12:00Z'), t('2031-01-01T13:00Z'))).toBe(false);
    expect(anyOverlap(list, t('2031-01-01T11:59Z'), t('2031-01-01T13:00Z'))).toBe(true);
  });
});

describe('opening hours in a time zone', () => {
  it('lays weekly rules on local days, in winter and in summer time', () => {
    // Monday 3 March 2031 (CET, UTC+1) and Monday 5 May 2031 (CEST, UTC+2).
    const winter = openIntervals({ rules: weekdays7to19, exceptions: [], timeZone: BXL, from: t('2031-03-03T00:00+01:00'), to: t('2031-03-04T00:00+01:00') });
    expect(winter.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2031-03-03T06:00:00.000Z', '2031-03-03T18:00:00.000Z']]);
    const summer = openIntervals({ rules: weekdays7to19, exceptions: [], timeZone: BXL, from: t('2031-05-05T00:00+02:00'), to: t('2031-05-06T00:00+02:00') });
    expect(summer.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2031-05-05T05:00:00.000Z', '2031-05-05T17:00:00.000Z']]);
  });

  it('keeps local opening times across the spring change, and a 24-hour day is 23 hours long that Sunday', () => {
    const always: OpeningRule[] = [{ weekday: 7, opens: '00:00', closes: '24:00' }];
    // Sunday 30 March 2031: clocks go from 02:00 to 03:00.
    const open = openIntervals({ rules: always, exceptions: [], timeZone: BXL, from: t('2031-03-29T00:00Z'), to: t('2031-04-01T00:00Z') });
    expect(open.length).toBe(1);
    expect((open[0]!.end - open[0]!.start) / HOUR).toBe(23);
    expect(iso(localInstant({ year: 2031, month: 3, day: 31 }, 7 * 60, BXL))).toBe('2031-03-31T05:00:00.000Z');
    expect(iso(localInstant({ year: 2031, month: 3, day: 28 }, 7 * 60, BXL))).toBe('2031-03-28T06:00:00.000Z');
  });

  it('removes closures and adds extra openings', () => {
    const from = t('2031-05-05T00:00+02:00');
    const to = t('2031-05-11T00:00+02:00');
    const open = openIntervals({
      rules: weekdays7to19,
      exceptions: [
        { kind: 'closed', start: t('2031-05-07T00:00+02:00'), end: t('2031-05-08T00:00+02:00') },
        { kind: 'open', start: t('2031-05-10T08:00+02:00'), end: t('2031-05-10T12:00+02:00') },
      ],
      timeZone: BXL,
      from,
      to,
    });
    const days = openDays(open, BXL).map((d) => `${d.date.day}:${d.openMs / HOUR}`);
    expect(days).toEqual(['5:12', '6:12', '8:12', '9:12', '10:4']);
  });

  it('is open all the time without rules, except closures', () => {
    const open = openIntervals({ rules: [], exceptions: [{ kind: 'closed', ...iv('2031-05-05T10:00Z', '2031-05-05T11:00Z') }], timeZone: BXL, from: t('2031-05-05T00:00Z'), to: t('2031-05-06T00:00Z') });
    expect(totalLength(open)).toBe(23 * HOUR);
  });

  it('parses civil dates strictly', () => {
    expect(parseCivilDate('2031-02-28')).toEqual({ year: 2031, month: 2, day: 28 });
    expect(parseCivilDate('2031-02-30')).toBeUndefined();
    expect(parseCivilDate('31/02/2031')).toBeUndefined();
  });
});

describe('free slots', () => {
  const from = t('2031-05-05T00:00+02:00'); // Monday
  const to = t('2031-05-19T00:00+02:00');
  const open = openIntervals({ rules: weekdays7to19, exceptions: [], timeZone: BXL, from, to });

  it('finds two consecutive open days free on one unit, skipping a held day and the weekend', () => {
    const busy = [[iv('2031-05-06T05:00Z', '2031-05-06T17:00Z')]]; // Tuesday held
    const slots = findFreeSlots({ open, timeZone: BXL, busy, closed: [], duration: { days: 2 }, units: 1, earliest: from, latest: to, limit: 3 });
    expect(slots.map((s) => [iso(s.start), iso(s.end)])).toEqual([
      ['2031-05-07T05:00:00.000Z', '2031-05-08T17:00:00.000Z'], // Wednesday 07:00 → Thursday 19:00
      ['2031-05-12T05:00:00.000Z', '2031-05-13T17:00:00.000Z'], // Friday + Saturday is not two open days
      ['2031-05-14T05:00:00.000Z', '2031-05-15T17:00:00.000Z'],
    ]);
  });

  it('finds hour slots right after what is held, inside opening hours, and honours the lead time', () => {
    const busy = [[iv('2031-05-05T05:00Z', '2031-05-05T09:30Z')]];
    const slots = findFreeSlots({ open, timeZone: BXL, busy, closed: [], duration: { minutes: 240 }, units: 1, earliest: from, latest: to, limit: 3 });
    expect(slots.map((s) => iso(s.start))).toEqual(['2031-05-05T09:30:00.000Z', '2031-05-06T05:00:00.000Z', '2031-05-06T09:00:00.000Z']);
    const later = findFreeSlots({ open, timeZone: BXL, busy, closed: [], duration: { minutes: 240 }, units: 1, earliest: t('2031-05-05T14:10Z'), latest: to, limit: 1 });
    expect(later.map((s) => iso(s.start))).toEqual(['2031-05-06T05:00:00.000Z']);
  });

  it('needs enough free units at once, and closures block every unit', () => {
    const busy = [[iv('2031-05-05T05:00Z', '2031-05-05T17:00Z')], []];
    const two = findFreeSlots({ open, timeZone: BXL, busy, closed: [iv('2031-05-06T00:00Z', '2031-05-07T00:00Z')], duration: { days: 1 }, units: 2, earliest: from, latest: to, limit: 1 });
    expect(two.map((s) => [iso(s.start), s.freeUnits])).toEqual([['2031-05-07T05:00:00.000Z', [1, 2]]]);
    const one = findFreeSlots({ open, timeZone: BXL, busy, closed: [], duration: { days: 1 }, units: 1, earliest: from, latest: to, limit: 1 });
    expect(one.map((s) => [iso(s.start), s.freeUnits])).toEqual([['2031-05-05T05:00:00.000Z', [2]]]);
  });
});

describe('prices and utilisation', () => {
  const from = t('2031-05-05T00:00+02:00');
  const to = t('2031-06-02T00:00+02:00');
  const open = openIntervals({ rules: weekdays7to19, exceptions: [], timeZone: BXL, from, to });
  const twoDays = iv('2031-05-06T07:00+02:00', '2031-05-07T19:00+02:00');

  it('bills a two-day booking as 24 open hours, two days or four half-days, never the night', () => {
    const q = measureBooking({ booking: twoDays, open, timeZone: BXL });
    expect(q).toEqual({ hours: 24, days: 2, halfDays: 4 });
    expect(priceBooking({ priceUnit: 'hour', priceCents: 9500 }, q, 1)).toBe(228_000);
    expect(priceBooking({ priceUnit: 'day', priceCents: 80_000 }, q, 2)).toBe(320_000);
    expect(priceBooking({ priceUnit: 'half_day', priceCents: 45_000 }, q, 1)).toBe(180_000);
    expect(priceBooking({ priceUnit: 'unit', priceCents: 5000 }, q, 3)).toBe(15_000);
    expect(priceBooking({ priceUnit: 'hour', priceCents: null }, q, 1)).toBeNull();
    const morning = measureBooking({ booking: iv('2031-05-06T07:00+02:00', '2031-05-06T13:00+02:00'), open, timeZone: BXL });
    expect(morning).toEqual({ hours: 6, days: 1, halfDays: 1 });
  });

  it('computes utilisation per local week and month over opening hours', () => {
    const weeks = periodsBetween('week', from, t('2031-05-19T00:00+02:00'), BXL);
    expect(weeks.map((w) => w.label)).toEqual(['2031-W19', '2031-W20']);
    const use = utilisationByPeriod({
      periods: weeks,
      open,
      units: 1,
      held: [
        { ...twoDays, units: 1, kind: 'booking' },
        { ...iv('2031-05-12T07:00+02:00', '2031-05-12T13:00+02:00'), units: 1, kind: 'owner_use' },
      ],
    });
    expect(use.map((u) => [u.label, u.availableHours, u.bookedHours, u.ownerHours, u.utilisation])).toEqual([
      ['2031-W19', 60, 24, 0, 0.4],
      ['2031-W20', 60, 0, 6, 0],
    ]);
    expect(use[1]!.occupancy).toBeCloseTo(0.1);
    const months = periodsBetween('month', from, to, BXL);
    expect(months.map((m) => [m.label, iso(m.start)])).toEqual([
      ['2031-05', '2031-04-30T22:00:00.000Z'],
      ['2031-06', '2031-05-31T22:00:00.000Z'],
    ]);
  });
});
