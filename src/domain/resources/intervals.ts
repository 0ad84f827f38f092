/** Half-open time intervals [start, end) in epoch milliseconds, and the few set operations the calendar needs. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorted, non-empty, with overlapping or touching intervals merged. Does not modify its input. */
export function normalise(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** Parts of `a` not covered by `b` (both normalised or not). */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const cut = normalise(b);
  const out: Interval[] = [];
  for (const piece of normalise(a)) {
    let start = piece.start;
    for (const c of cut) {
      if (c.end <= start) continue;
      if (c.start >= piece.end) break;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      if (start >= piece.end) break;
    }
    if (start < piece.end) out.push({ start, end: piece.end });
  }
  return out;
}

/** Parts covered by both `a` and `b`. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalise(a);
  const y = normalise(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i]!.start, y[j]!.start);
    const end = Math.min(x[i]!.end, y[j]!.end);
    if (end > start) out.push({ start, end });
    if (x[i]!.end < y[j]!.end) i++;
    else j++;
  }
  return out;
}

export function clip(list: readonly Interval[], from: number, to: number): Interval[] {
  return intersect(list, [{ start: from, end: to }]);
}

/** Total length in milliseconds (overlaps counted once). */
export function totalLength(list: readonly Interval[]): number {
  return normalise(list).reduce((sum, i) => sum + (i.end - i.start), 0);
}

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** Index of the interval of a sorted, disjoint list containing `t` (start ≤ t < end), or -1. */
export function indexContaining(sorted: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = sorted[mid]!;
    if (t < m.start) hi = mid - 1;
    else if (t >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether any interval of a sorted, disjoint list overlaps [start, end). */
export function anyOverlap(sorted: readonly Interval[], start: number, end: number): boolean {
  // First interval ending after `start`.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}
