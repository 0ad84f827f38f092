import { z } from 'zod';
import { AppError } from '../errors';

/** A reporting period: from the first day included to the last day included, as calendar dates. */
export const periodQuery = z.object({
  from: z.iso.date().describe('First day of the period (YYYY-MM-DD), included'),
  to: z.iso.date().describe('Last day of the period (YYYY-MM-DD), included'),
});

export type PeriodQuery = z.infer<typeof periodQuery>;

/** Instants of a period: [start, end) with end the day after the last day, in UTC. */
export interface Period {
  from: Date;
  to: Date;
  fromDay: string;
  toDay: string;
}

export const MAX_PERIOD_DAYS = 3700;
const DAY = 86_400_000;

export function toPeriod(query: PeriodQuery): Period {
  const from = new Date(`${query.from}T00:00:00Z`);
  const last = new Date(`${query.to}T00:00:00Z`);
  if (Number.isNaN(from.getTime())) throw new AppError('validation', 'Invalid first day', 'from');
  if (Number.isNaN(last.getTime())) throw new AppError('validation', 'Invalid last day', 'to');
  if (last < from) throw new AppError('validation', 'The last day of the period comes before its first day', 'to');
  const to = new Date(last.getTime() + DAY);
  if ((to.getTime() - from.getTime()) / DAY > MAX_PERIOD_DAYS) throw new AppError('validation', `A period covers ${MAX_PERIOD_DAYS} days at most`, 'to');
  return { from, to, fromDay: query.from, toDay: query.to };
}

export type Granularity = 'month' | 'quarter' | 'year';

export interface Bucket {
  label: string;
  from: Date;
  to: Date;
}

/** Calendar months, quarters or years covering the period, cut to it; at most 60 buckets. */
export function bucketsOf(period: Period, granularity: Granularity): Bucket[] {
  const step = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const start = new Date(Date.UTC(period.from.getUTCFullYear(), period.from.getUTCMonth() - (granularity === 'month' ? 0 : period.from.getUTCMonth() % step), 1));
  const out: Bucket[] = [];
  for (let cursor = start; cursor < period.to && out.length < 60; ) {
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 1));
    const y = cursor.getUTCFullYear();
    const m = cursor.getUTCMonth();
    const label = granularity === 'month' ? `${y}-${String(m + 1).padStart(2, '0')}` : granularity === 'quarter' ? `${y}-Q${Math.floor(m / 3) + 1}` : `${y}`;
    out.push({ label, from: cursor < period.from ? period.from : cursor, to: next > period.to ? period.to : next });
    cursor = next;
  }
  return out;
}

/** The granularity that gives a readable chart: months up to two years, quarters up to six, years beyond. */
export function naturalGranularity(period: Period): Granularity {
  const days = (period.to.getTime() - period.from.getTime()) / DAY;
  return days <= 740 ? 'month' : days <= 2200 ? 'quarter' : 'year';
}
