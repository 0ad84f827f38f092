import type { ScheduleState } from './schedule-state';

/** Unscheduled meetings that could be scheduled, with O(1) add and remove. */
export class PendingPool {
  readonly items: number[] = [];
  private readonly pos: Int32Array;

  constructor(meetingCount: number) {
    this.pos = new Int32Array(meetingCount).fill(-1);
  }

  has(m: number): boolean {
    return this.pos[m] !== -1;
  }

  add(m: number): void {
    if (this.pos[m] !== -1) return;
    this.pos[m] = this.items.length;
    this.items.push(m);
  }

  delete(m: number): void {
    const i = this.pos[m]!;
    if (i === -1) return;
    const last = this.items.pop()!;
    if (last !== m) {
      this.items[i] = last;
      this.pos[last] = i;
    }
    this.pos[m] = -1;
  }
}

/**
 * Exchange: an unscheduled meeting takes slot b, and whatever is in its way there (its participants' meetings, its
 * fixed table, or one member of a full slot) leaves the plan. Only allowed when the weight does not drop and no
 * participant's share falls below `minShareFloor`; when slots are full this is what lets the search choose
 * *which* meetings to keep so that the kept ones pack without breaks.
 */
export class ExchangeMove {
  private readonly state: ScheduleState;
  readonly removed: number[] = [];
  private readonly removedFrom: number[] = [];
  readonly touched: number[] = [];
  weightGain = 0;

  constructor(state: ScheduleState) {
    this.state = state;
  }

  /**
   * Applies the exchange if it is valid; returns false (state unchanged) otherwise. `maxLoss` is the weight the
   * exchange may lose (0: never worse). A participant of m at maxMeetings gives up one of its meetings too.
   */
  apply(m: number, b: number, extraPick: number, minShareFloor: number, maxLoss = 0): boolean {
    const state = this.state;
    const cp = state.cp;
    const S = cp.slotCount;
    const removed = this.removed;
    removed.length = 0;
    for (const r of [cp.endA[m]!, cp.endB[m]!, cp.tableResource[m]!]) {
      if (r === -1) continue;
      const e = state.occupant[r * S + b]!;
      if (e !== -1 && !removed.includes(e)) removed.push(e);
    }
    if (state.count[b]! - removed.length >= cp.tables) {
      const members = state.members[b]!;
      const e = members[extraPick % state.count[b]!]!;
      if (removed.includes(e)) return false;
      removed.push(e);
    }
    for (const p of [cp.endA[m]!, cp.endB[m]!]) {
      if (state.load[p]! < cp.capacity[p]!) continue;
      if (removed.some((x) => cp.endA[x] === p || cp.endB[x] === p)) continue;
      const e = pickScheduled(state, p, extraPick);
      if (e === -1) return false;
      removed.push(e);
    }
    let weightOut = 0;
    for (const e of removed) {
      if (cp.lockedSlot[e] !== -1) return false;
      weightOut += cp.weight[e]!;
    }
    if (weightOut > cp.weight[m]! + maxLoss + 1e-9) return false;
    // Do not starve anyone below the current floor: count what each participant keeps.
    for (const e of removed) {
      for (const q of [cp.endA[e]!, cp.endB[e]!]) {
        if (q === cp.endA[m] || q === cp.endB[m]) continue;
        let lost = 0;
        for (const x of removed) if (cp.endA[x] === q || cp.endB[x] === q) lost++;
        if ((state.load[q]! - lost) / cp.meetingsOf[q]!.length < minShareFloor - 1e-12) return false;
      }
    }
    this.removedFrom.length = 0;
    for (const e of removed) {
      this.removedFrom.push(state.slotOf[e]!);
      state.remove(e);
    }
    if (!state.canPlace(m, b)) {
      this.restore();
      return false;
    }
    state.place(m, b);
    this.weightGain = cp.weight[m]! - weightOut;
    const touched = this.touched;
    touched.length = 0;
    for (const x of [m, ...removed]) {
      for (const p of [cp.endA[x]!, cp.endB[x]!]) if (!touched.includes(p)) touched.push(p);
    }
    return true;
  }

  /** Undoes the last successful apply for meeting m. */
  revert(m: number): void {
    this.state.remove(m);
    this.restore();
  }

  private restore(): void {
    for (let i = 0; i < this.removed.length; i++) this.state.place(this.removed[i]!, this.removedFrom[i]!);
  }
}

/** One of p's scheduled, movable meetings, chosen by `pick`; -1 if none. */
function pickScheduled(state: ScheduleState, p: number, pick: number): number {
  const cp = state.cp;
  const list = cp.meetingsOf[p]!;
  for (let k = 0; k < list.length; k++) {
    const e = list[(pick + k) % list.length]!;
    if (state.slotOf[e] !== -1 && cp.lockedSlot[e] === -1) return e;
  }
  return -1;
}
