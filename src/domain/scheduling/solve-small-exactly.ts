import type { ScheduleState } from './schedule-state';

/** Objective of the issue, compared lexicographically: weight ↑, smallest share ↑, breaks ↓, max breaks ↓. */
export interface Score {
  weight: number;
  minShare: number;
  breaks: number;
  maxBreaks: number;
}

const EPS = 1e-9;

/** > 0 when a is better than b. */
export function compareScores(a: Score, b: Score): number {
  if (Math.abs(a.weight - b.weight) > EPS) return a.weight - b.weight;
  if (Math.abs(a.minShare - b.minShare) > EPS) return a.minShare - b.minShare;
  if (a.breaks !== b.breaks) return b.breaks - a.breaks;
  return b.maxBreaks - a.maxBreaks;
}

export function scoreOf(state: ScheduleState): Score {
  const cp = state.cp;
  let breaks = 0;
  let maxBreaks = 0;
  let minShare = 1;
  for (let p = 0; p < cp.participantIds.length; p++) {
    const b = state.breaksOf(p);
    breaks += b;
    maxBreaks = Math.max(maxBreaks, b);
    const degree = cp.meetingsOf[p]!.length;
    if (degree > 0) minShare = Math.min(minShare, state.load[p]! / degree);
  }
  return { weight: state.totalWeight, minShare, breaks, maxBreaks };
}

/**
 * Exhaustive branch and bound for small instances, slot by slot in time order so that breaks, once counted, stay
 * counted (a valid lower bound). Starts from the state's plan and only accepts strictly better ones, so it never
 * makes things worse. Returns true when the search finished: the state then holds a proven optimum.
 */
export function solveSmallExactly(state: ScheduleState, nodeLimit: number): boolean {
  const cp = state.cp;
  const S = cp.slotCount;
  const P = cp.participantIds.length;
  const M = cp.meetingCount;
  let best = scoreOf(state);
  let bestSlots = Int32Array.from(state.slotOf);
  const locked: number[] = [];
  for (let m = 0; m < M; m++) if (cp.lockedSlot[m] !== -1) locked.push(m);
  // Restart from only the locked meetings; the heuristic plan is kept as the incumbent.
  for (let m = 0; m < M; m++) if (state.slotOf[m] !== -1) state.remove(m);
  for (const m of locked) state.place(m, cp.lockedSlot[m]!);

  const lastBusy = new Int32Array(P).fill(-1);
  const breaks = new Int32Array(P);
  let totalBreaks = 0;
  let nodes = 0;
  let aborted = false;
  const candidates: number[][] = Array.from({ length: S }, (_, s) => {
    const list: number[] = [];
    for (let m = 0; m < M; m++) if (cp.lockedSlot[m] === -1 && cp.allowed[m * S + s]) list.push(m);
    return list.sort((x, y) => cp.weight[y]! - cp.weight[x]! || x - y);
  });
  const lastSlot = new Int32Array(M).fill(-1);
  for (let m = 0; m < M; m++) for (const s of cp.domain[m]!) lastSlot[m] = Math.max(lastSlot[m]!, s);
  const potential = new Int32Array(P);

  const canStillImprove = (s: number): boolean => {
    let weight = state.totalWeight;
    potential.fill(0);
    for (let m = 0; m < M; m++) {
      if (state.slotOf[m] !== -1 || lastSlot[m]! < s) continue;
      weight += cp.weight[m]!;
      potential[cp.endA[m]!]!++;
      potential[cp.endB[m]!]!++;
    }
    if (weight < best.weight - EPS) return false;
    if (weight > best.weight + EPS) return true;
    let share = 1;
    for (let p = 0; p < P; p++) {
      const degree = cp.meetingsOf[p]!.length;
      if (degree > 0) share = Math.min(share, Math.min(cp.capacity[p]!, state.load[p]! + potential[p]!) / degree);
    }
    if (share < best.minShare - EPS) return false;
    if (share > best.minShare + EPS) return true;
    let maxBreaks = 0;
    for (let p = 0; p < P; p++) maxBreaks = Math.max(maxBreaks, breaks[p]!);
    return compareScores({ weight, minShare: share, breaks: totalBreaks, maxBreaks }, best) > 0;
  };

  const closeSlot = (s: number): number[] => {
    const changed: number[] = [];
    const members = state.members[s]!;
    for (let k = 0; k < state.count[s]!; k++) {
      const m = members[k]!;
      for (const p of [cp.endA[m]!, cp.endB[m]!]) {
        changed.push(p, lastBusy[p]!);
        if (lastBusy[p]! >= 0 && lastBusy[p]! < s - 1) {
          breaks[p]!++;
          totalBreaks++;
        }
        lastBusy[p] = s;
      }
    }
    return changed;
  };
  const reopenSlot = (s: number, changed: number[]): void => {
    for (let k = changed.length - 2; k >= 0; k -= 2) {
      const p = changed[k]!;
      const previous = changed[k + 1]!;
      if (previous >= 0 && previous < s - 1) {
        breaks[p]!--;
        totalBreaks--;
      }
      lastBusy[p] = previous;
    }
  };

  const visit = (s: number, i: number): void => {
    if (aborted) return;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (s === S) {
      const score = scoreOf(state);
      if (compareScores(score, best) > 0) {
        best = score;
        bestSlots = Int32Array.from(state.slotOf);
      }
      return;
    }
    const list = candidates[s]!;
    if (i === list.length) {
      const changed = closeSlot(s);
      if (canStillImprove(s + 1)) visit(s + 1, 0);
      reopenSlot(s, changed);
      return;
    }
    const m = list[i]!;
    if (state.slotOf[m] === -1 && state.canPlace(m, s)) {
      state.place(m, s);
      visit(s, i + 1);
      state.remove(m);
    }
    if (canStillImprove(s)) visit(s, i + 1);
  };
  if (canStillImprove(0)) visit(0, 0);

  for (let m = 0; m < M; m++) if (state.slotOf[m] !== -1) state.remove(m);
  for (let m = 0; m < M; m++) if (bestSlots[m] !== -1) state.place(m, bestSlots[m]!);
  return !aborted;
}
