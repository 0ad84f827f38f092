import type { ScheduleState } from './schedule-state';

/**
 * Change in breaks of participant p if slot s became busy. Only the neighbourhood of s matters: filling s either
 * extends a run, merges two runs (removing a break) or starts an isolated run (adding one unless it is outermost).
 */
export function breakDeltaIfBusy(state: ScheduleState, p: number, s: number): number {
  const S = state.cp.slotCount;
  const base = p * S;
  const occ = state.occupant;
  let before = -1;
  for (let i = s - 1; i >= 0; i--) if (occ[base + i] !== -1) { before = i; break; }
  let after = -1;
  for (let i = s + 1; i < S; i++) if (occ[base + i] !== -1) { after = i; break; }
  const gapBefore = before !== -1 && before < s - 1;
  const gapAfter = after !== -1 && after > s + 1;
  if (before !== -1 && after !== -1) {
    // Was one break between before and after (there was idle time since s was idle); now gaps on each side.
    return (gapBefore ? 1 : 0) + (gapAfter ? 1 : 0) - 1;
  }
  return gapBefore || gapAfter ? 1 : 0;
}

/** Lower is better: added breaks first, then prefer slots that touch existing meetings, then emptier slots. */
export function placementScore(state: ScheduleState, m: number, s: number): number {
  const cp = state.cp;
  const a = cp.endA[m]!;
  const b = cp.endB[m]!;
  return (breakDeltaIfBusy(state, a, s) + breakDeltaIfBusy(state, b, s)) * 1000 + state.count[s]! / (cp.tables + 1);
}

/** Best slot where m fits without moving anything, or -1. */
export function bestFreeSlot(state: ScheduleState, m: number): number {
  let best = -1;
  let bestScore = Infinity;
  for (const s of state.cp.domain[m]!) {
    if (!state.canPlace(m, s)) continue;
    const score = placementScore(state, m, s);
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/**
 * Locked meetings first (input checks guarantee they fit together), then the rest greedily: heavier first, then
 * the most constrained (fewest allowed slots, busiest participants), each into the slot that adds fewest breaks.
 */
export function constructSchedule(state: ScheduleState): void {
  const cp = state.cp;
  for (let m = 0; m < cp.meetingCount; m++) {
    const s = cp.lockedSlot[m]!;
    if (s === -1) continue;
    if (!state.canPlace(m, s)) throw new Error(`locked meeting "${cp.meetingIds[m]}" does not fit in its slot`);
    state.place(m, s);
  }
  const degree = (p: number): number => cp.meetingsOf[p]!.length / Math.max(1, cp.capacity[p]!);
  const order: number[] = [];
  const pressure = new Float64Array(cp.meetingCount);
  for (let m = 0; m < cp.meetingCount; m++) {
    if (cp.lockedSlot[m] !== -1 || cp.domain[m]!.length === 0) continue;
    order.push(m);
    pressure[m] = Math.max(degree(cp.endA[m]!), degree(cp.endB[m]!)) - cp.domain[m]!.length / cp.slotCount;
  }
  order.sort((x, y) => cp.weight[y]! - cp.weight[x]! || pressure[y]! - pressure[x]! || x - y);
  for (const m of order) {
    const s = bestFreeSlot(state, m);
    if (s !== -1) state.place(m, s);
  }
}
