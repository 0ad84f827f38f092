import { anyOverlap, indexContaining, normalise, type Interval } from './intervals';
import { daysBetween, openDays } from './opening-hours';

/** How long the borrower needs the resource: a number of minutes, or whole consecutive days (first opening to last closing). */
export type WantedDuration = { minutes: number } | { days: number };

export interface FreeSlot {
  start: number;
  end: number;
  /** Units free for the whole slot (1-based). */
  freeUnits: number[];
}

export interface SlotSearch {
  /** When the resource is open over the window (closures already removed). */
  open: readonly Interval[];
  timeZone: string;
  /** Per unit (index 0 is unit 1): periods already held, by bookings or the owner's own use. */
  busy: readonly (readonly Interval[])[];
  /** Closures block every unit. */
  closed: readonly Interval[];
  duration: WantedDuration;
  units: number;
  /** No slot starts before this (the window's start, the owner's lead time, now). */
  earliest: number;
  /** No slot ends after this. */
  latest: number;
  limit: number;
}

const QUARTER = 15 * 60_000;

/** A slot may span closed hours (a night inside a two-day booking) but must start and end while the resource is open. */
function endsWhileOpen(open: readonly Interval[], end: number): boolean {
  return indexContaining(open, end - 1) >= 0;
}

function freeUnitsFor(busy: readonly (readonly Interval[])[], start: number, end: number): number[] {
  const out: number[] = [];
  busy.forEach((list, index) => {
    if (!anyOverlap(list, start, end)) out.push(index + 1);
  });
  return out;
}

/**
 * The first slots, earliest first and not overlapping one another, where `units` units are free for the wanted
 * duration. Pure: everything it needs is passed in.
 */
export function findFreeSlots(search: SlotSearch): FreeSlot[] {
  const open = normalise(search.open);
  const closed = normalise(search.closed);
  const busy = search.busy.map((b) => normalise(b));
  const out: FreeSlot[] = [];
  const accept = (start: number, end: number) => {
    if (end > search.latest || start < search.earliest) return false;
    if (anyOverlap(closed, start, end)) return false;
    const free = freeUnitsFor(busy, start, end);
    if (free.length < search.units) return false;
    out.push({ start, end, freeUnits: free });
    return true;
  };

  if ('days' in search.duration) {
    const n = search.duration.days;
    const days = openDays(open, search.timeZone);
    for (let i = 0; i + n - 1 < days.length && out.length < search.limit; i++) {
      const first = days[i]!;
      const last = days[i + n - 1]!;
      if (daysBetween(first.date, last.date) !== n - 1) continue;
      if (accept(first.start, last.end)) i += n - 1;
    }
    return out;
  }

  const length = search.duration.minutes * 60_000;
  const earliest = Math.ceil(search.earliest / QUARTER) * QUARTER;
  const candidates = new Set<number>([earliest]);
  for (const o of open) candidates.add(o.start);
  for (const list of busy) for (const b of list) candidates.add(b.end);
  for (const c of closed) candidates.add(c.end);
  const sorted = [...candidates].sort((a, b) => a - b);
  let notBefore = -Infinity;
  for (let k = 0; k < sorted.length && out.length < search.limit; k++) {
    const start = sorted[k]!;
    if (start < earliest || start < notBefore || indexContaining(open, start) < 0) continue;
    const end = start + length;
    if (end > search.latest) break;
    if (!endsWhileOpen(open, end) || !accept(start, end)) continue;
    // The next suggestion may start right where this one ends.
    notBefore = end;
    let at = k + 1;
    while (at < sorted.length && sorted[at]! < end) at++;
    if (sorted[at] !== end) sorted.splice(at, 0, end);
  }
  return out;
}
