import type { ScheduleState } from './schedule-state';
import { Repairer } from './repair-schedule';

/**
 * Objective 2 (no starvation): for participants at the smallest share, schedule one more of their meetings by
 * giving up, at no loss of weight, a meeting of their partner who is at capacity, as long as everyone involved
 * stays strictly above the old smallest share. Each success raises the smallest share or removes someone from it.
 */
export function raiseMinShare(state: ScheduleState, deadline: number, maxRounds = 3): void {
  const cp = state.cp;
  const P = cp.participantIds.length;
  const repairer = new Repairer(state);
  const share = (p: number): number => state.load[p]! / cp.meetingsOf[p]!.length;
  for (let round = 0; round < maxRounds; round++) {
    let floor = 1;
    for (let p = 0; p < P; p++) if (cp.meetingsOf[p]!.length > 0) floor = Math.min(floor, share(p));
    if (floor >= 1) return;
    let improved = false;
    for (let p = 0; p < P; p++) {
      if (Date.now() > deadline) return;
      if (cp.meetingsOf[p]!.length === 0 || share(p) > floor + 1e-12) continue;
      if (raiseOne(state, repairer, p, floor)) improved = true;
    }
    if (!improved) return;
  }
}

function raiseOne(state: ScheduleState, repairer: Repairer, p: number, floor: number): boolean {
  const cp = state.cp;
  const share = (q: number, delta: number): number => (state.load[q]! + delta) / cp.meetingsOf[q]!.length;
  for (const m of cp.meetingsOf[p]!) {
    if (state.slotOf[m] !== -1 || cp.domain[m]!.length === 0) continue;
    if (repairer.insert(m, 2, 300, false)) return true;
    const q = cp.endA[m] === p ? cp.endB[m]! : cp.endA[m]!;
    if (state.load[p]! >= cp.capacity[p]! || state.load[q]! < cp.capacity[q]!) continue;
    // q is full: try to trade one of q's meetings (no heavier than m) for m.
    for (const e of cp.meetingsOf[q]!) {
      const slot = state.slotOf[e]!;
      if (slot === -1 || cp.lockedSlot[e] !== -1 || cp.weight[e]! > cp.weight[m]! + 1e-9) continue;
      const r = cp.endA[e] === q ? cp.endB[e]! : cp.endA[e]!;
      if (share(r, -1) <= floor + 1e-12) continue;
      state.remove(e);
      if (repairer.insert(m, 2, 300, false)) return true;
      state.place(e, slot);
    }
  }
  return false;
}
