import { useCallback } from 'react';
import { useLocation, useNavigate } from '../../router/router';

/** A reporting period as the API takes it: first and last day included. */
export interface PeriodValue {
  from: string;
  to: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isDay = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

export type PresetId = 'last12' | 'thisYear' | 'lastYear' | 'twoYears';
export const presetIds: readonly PresetId[] = ['last12', 'thisYear', 'lastYear', 'twoYears'];

/** The usual periods of a report: the last twelve months, this year, last year, the last two calendar years. */
export function presetPeriod(id: PresetId, today = new Date()): PeriodValue {
  const y = today.getUTCFullYear();
  switch (id) {
    case 'last12':
      return { from: iso(new Date(Date.UTC(y - 1, today.getUTCMonth(), today.getUTCDate() + 1))), to: iso(today) };
    case 'thisYear':
      return { from: `${y}-01-01`, to: iso(today) };
    case 'lastYear':
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
    case 'twoYears':
      return { from: `${y - 2}-01-01`, to: `${y - 1}-12-31` };
  }
}

export function periodFromSearch(search: string, today = new Date()): PeriodValue {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  return isDay(from) && isDay(to) && from <= to ? { from, to } : presetPeriod('last12', today);
}

export const periodQuery = (p: PeriodValue) => `from=${p.from}&to=${p.to}`;

/** The period lives in the address (?from=&to=), so a dashboard can be bookmarked and shared as it is. */
export function usePeriod(): [PeriodValue, (next: PeriodValue) => void] {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const period = periodFromSearch(search);
  const setPeriod = useCallback(
    (next: PeriodValue) => {
      const params = new URLSearchParams(search);
      params.set('from', next.from);
      params.set('to', next.to);
      navigate(`${pathname}?${params.toString()}`, { replace: true, keepScroll: true });
    },
    [navigate, pathname, search],
  );
  return [period, setPeriod];
}
