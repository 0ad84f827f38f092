import type { ScheduleState } from './schedule-state';
import { bestFreeSlot } from './construct-schedule';
import { KempeMover } from './kempe-move';
import { kempeInsert } from './kempe-insert';

/**
 * Ejection chains: to insert an unscheduled meeting, put it in a slot and move the meetings in its way
 * (same participant, same fixed table, or one member of a full slot) elsewhere, recursively up to a depth.
 * A blocker may also be dropped when the meeting inserted weighs more, so total weight strictly increases.
 * Every step keeps the schedule valid and a failed chain is undone, so the result never gets worse.
 */
export class Repairer {
  private readonly state: ScheduleState;
  private readonly journal: number[] = [];
  private readonly stamp: Int32Array;
  private epoch = 1;
  private nodes = 0;
  private nodeLimit = 0;
  private allowance = 0;

  constructor(state: ScheduleState) {
    this.state = state;
    this.stamp = new Int32Array(state.cp.meetingCount);
  }

  /**
   * Tries to schedule m (unscheduled); true when it now is and weight grew. Without drops every meeting moved
   * stays scheduled, so nobody loses a meeting.
   */
  insert(m: number, depth: number, nodeLimit: number, allowDrops = true): boolean {
    const state = this.state;
    if (state.slotOf[m] !== -1 || state.cp.domain[m]!.length === 0) return false;
    this.epoch++;
    this.nodes = 0;
    this.nodeLimit = nodeLimit;
    this.allowance = allowDrops ? state.cp.weight[m]! - 1e-9 : 0;
    this.journal.length = 0;
    const ok = this.tryInsert(m, depth);
    if (!ok) this.undo(0);
    return ok;
  }

  private tryInsert(m: number, depth: number): boolean {
    const state = this.state;
    const cp = state.cp;
    this.stamp[m] = this.epoch;
    const free = bestFreeSlot(state, m);
    if (free !== -1) {
      this.doPlace(m, free);
      return true;
    }
    if (depth === 0) return false;
    const S = cp.slotCount;
    const a = cp.endA[m]!;
    const b = cp.endB[m]!;
    const t = cp.tableResource[m]!;
    if (state.load[a]! >= cp.capacity[a]! || state.load[b]! >= cp.capacity[b]!) return false;
    for (const s of cp.domain[m]!) {
      if (this.nodes++ > this.nodeLimit) return false;
      const blockers: number[] = [];
      for (const r of [a, b, t]) {
        if (r === -1) continue;
        const e = state.occupant[r * S + s]!;
        if (e !== -1 && !blockers.includes(e)) blockers.push(e);
      }
      if (blockers.some((e) => cp.lockedSlot[e] !== -1 || this.stamp[e] === this.epoch)) continue;
      if (state.count[s]! - blockers.length >= cp.tables) {
        // The slot is full even without the blockers: one more member must leave; try a few candidates.
        if (blockers.length >= 2) continue;
        const members = state.members[s]!;
        const tries = Math.min(state.count[s]!, 4);
        for (let k = 0; k < tries; k++) {
          const extra = members[(s * 7 + k * 13 + this.nodes) % state.count[s]!]!;
          if (blockers.includes(extra) || cp.lockedSlot[extra] !== -1 || this.stamp[extra] === this.epoch) continue;
          if (this.attempt(m, s, [...blockers, extra], depth)) return true;
        }
        continue;
      }
      if (this.attempt(m, s, blockers, depth)) return true;
    }
    return false;
  }

  private attempt(m: number, s: number, blockers: number[], depth: number): boolean {
    const state = this.state;
    const mark = this.journal.length;
    const allowanceBefore = this.allowance;
    for (const e of blockers) this.doRemove(e);
    if (!state.canPlace(m, s)) {
      this.undo(mark);
      return false;
    }
    this.doPlace(m, s);
    for (const e of blockers) {
      if (this.tryInsert(e, depth - 1)) continue;
      const w = state.cp.weight[e]!;
      if (w < this.allowance) {
        this.allowance -= w;
        continue;
      }
      this.undo(mark);
      this.allowance = allowanceBefore;
      return false;
    }
    return true;
  }

  private doPlace(m: number, s: number): void {
    this.state.place(m, s);
    this.journal.push(m, -1, s);
  }

  private doRemove(m: number): void {
    const s = this.state.slotOf[m]!;
    this.state.remove(m);
    this.journal.push(m, s, -1);
  }

  private undo(mark: number): void {
    const state = this.state;
    while (this.journal.length > mark) {
      const to = this.journal.pop()!;
      const from = this.journal.pop()!;
      const m = this.journal.pop()!;
      if (to !== -1) state.remove(m);
      if (from !== -1) state.place(m, from);
    }
  }
}

/** Repeated passes over unscheduled meetings, heaviest first, with growing chain depth. */
export function repairSchedule(state: ScheduleState, deadline: number, effort = 1): void {
  const cp = state.cp;
  const repairer = new Repairer(state);
  const mover = new KempeMover(state);
  for (const depth of [1, 2, 3]) {
    let improved = true;
    for (let pass = 0; improved && pass < 3; pass++) {
      improved = false;
      const pending: number[] = [];
      for (let m = 0; m < cp.meetingCount; m++) if (state.slotOf[m] === -1 && cp.domain[m]!.length > 0) pending.push(m);
      pending.sort((x, y) => cp.weight[y]! - cp.weight[x]! || x - y);
      const lightest = lightestScheduled(state);
      for (const m of pending) {
        if (Date.now() > deadline) return;
        if (state.slotOf[m] !== -1) continue;
        // With every table of every slot taken, a chain can only succeed by dropping a lighter meeting.
        if (state.scheduled >= cp.tables * cp.slotCount && cp.weight[m]! <= lightest + 1e-9) continue;
        if (repairer.insert(m, depth, Math.round(200 * depth * effort))) improved = true;
        // Kempe insertion does not depend on depth: try it once, in the first round.
        else if (depth === 1 && pass === 0 && kempeInsert(state, mover, m, 40)) improved = true;
      }
    }
  }
}

function lightestScheduled(state: ScheduleState): number {
  const cp = state.cp;
  let lightest = Infinity;
  for (let m = 0; m < cp.meetingCount; m++) {
    if (state.slotOf[m] !== -1 && cp.lockedSlot[m] === -1) lightest = Math.min(lightest, cp.weight[m]!);
  }
  return lightest;
}
