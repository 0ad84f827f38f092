import type { ScheduleState } from './schedule-state';

/**
 * Kempe chain between two slots: the meetings reachable from a start meeting through shared resources
 * (participants, fixed tables) within slots a and b. Swapping the slots of the whole chain keeps every resource at
 * one meeting per slot, so only domains, slot capacity and `after` need checking.
 */
export class KempeMover {
  private readonly state: ScheduleState;
  private readonly stamp: Int32Array;
  private epoch = 1;
  readonly chain: number[] = [];
  readonly touched: number[] = [];
  private readonly touchedStamp: Int32Array;
  private readonly origin: number[] = [];

  constructor(state: ScheduleState) {
    this.state = state;
    this.stamp = new Int32Array(state.cp.meetingCount);
    this.touchedStamp = new Int32Array(state.cp.participantIds.length);
  }

  /**
   * Collects the chain of m (scheduled) towards slot b into `chain` and its participants into `touched`.
   * Returns false when the chain is too long, contains a pinned meeting or a meeting that may not change slot.
   */
  collect(m: number, b: number, maxLength: number): boolean {
    const state = this.state;
    const cp = state.cp;
    const S = cp.slotCount;
    const a = state.slotOf[m]!;
    this.epoch++;
    const chain = this.chain;
    const touched = this.touched;
    chain.length = 0;
    touched.length = 0;
    chain.push(m);
    this.stamp[m] = this.epoch;
    for (let i = 0; i < chain.length; i++) {
      const e = chain[i]!;
      const from = state.slotOf[e]!;
      const to = from === a ? b : a;
      if (cp.lockedSlot[e] !== -1 || cp.allowed[e * S + to] === 0) return false;
      const ea = cp.endA[e]!;
      const eb = cp.endB[e]!;
      if (this.touchedStamp[ea] !== this.epoch) { this.touchedStamp[ea] = this.epoch; touched.push(ea); }
      if (this.touchedStamp[eb] !== this.epoch) { this.touchedStamp[eb] = this.epoch; touched.push(eb); }
      const t = cp.tableResource[e]!;
      for (let k = 0; k < 3; k++) {
        const r = k === 0 ? ea : k === 1 ? eb : t;
        if (r === -1) continue;
        const o = state.occupant[r * S + to]!;
        if (o === -1 || this.stamp[o] === this.epoch) continue;
        if (chain.length >= maxLength) return false;
        this.stamp[o] = this.epoch;
        chain.push(o);
      }
    }
    // Slot capacity after the swap.
    let fromA = 0;
    for (const e of chain) if (state.slotOf[e] === a) fromA++;
    const fromB = chain.length - fromA;
    return state.count[a]! - fromA + fromB <= cp.tables && state.count[b]! - fromB + fromA <= cp.tables;
  }

  /** Swaps the collected chain between slots a and b; returns false (and restores) if `after` breaks. */
  apply(a: number, b: number): boolean {
    const state = this.state;
    const chain = this.chain;
    const origin = this.origin;
    for (let i = 0; i < chain.length; i++) origin[i] = state.slotOf[chain[i]!]!;
    for (const e of chain) state.remove(e);
    for (let i = 0; i < chain.length; i++) state.place(chain[i]!, origin[i] === a ? b : a);
    for (const e of chain) {
      if (!state.precedenceOk(e, state.slotOf[e]!)) {
        for (const x of chain) state.remove(x);
        for (let i = 0; i < chain.length; i++) state.place(chain[i]!, origin[i]!);
        return false;
      }
    }
    return true;
  }

  /** Undoes apply(a, b) for the same chain. */
  revert(a: number, b: number): void {
    this.apply(a, b);
  }
}
