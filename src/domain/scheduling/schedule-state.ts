import type { CompiledProblem } from './compile-problem';

/**
 * A partial schedule that is valid at every step: each mutation keeps all hard constraints, so whatever the search
 * stops on can be returned. Tables are assigned only at the end (any slot with at most `tables` meetings whose
 * fixed tables are distinct can be seated).
 */
export class ScheduleState {
  readonly cp: CompiledProblem;
  readonly slotOf: Int32Array;
  /** occupant[resource * slotCount + slot] = meeting or -1. */
  readonly occupant: Int32Array;
  readonly count: Int32Array;
  readonly load: Int32Array;
  /** Meetings of each slot, unordered, with positions for O(1) removal. */
  readonly members: Int32Array[];
  private readonly memberPos: Int32Array;
  /** Busy slots of each participant as a bit mask, when slots fit in 31 bits (breaks then cost a few operations). */
  private readonly busyMask: Int32Array | null;
  totalWeight = 0;
  scheduled = 0;

  constructor(cp: CompiledProblem) {
    this.cp = cp;
    const S = cp.slotCount;
    this.slotOf = new Int32Array(cp.meetingCount).fill(-1);
    this.occupant = new Int32Array(cp.resourceCount * S).fill(-1);
    this.count = new Int32Array(S);
    this.load = new Int32Array(cp.participantIds.length);
    this.members = Array.from({ length: S }, () => new Int32Array(cp.tables));
    this.memberPos = new Int32Array(cp.meetingCount).fill(-1);
    this.busyMask = S <= 31 ? new Int32Array(cp.participantIds.length) : null;
  }

  /** True when `m` (currently unscheduled) can go to slot `s` without moving anything. */
  canPlace(m: number, s: number): boolean {
    const cp = this.cp;
    const S = cp.slotCount;
    if (cp.allowed[m * S + s] === 0 || this.count[s]! >= cp.tables) return false;
    const a = cp.endA[m]!;
    const b = cp.endB[m]!;
    if (this.occupant[a * S + s] !== -1 || this.occupant[b * S + s] !== -1) return false;
    if (this.load[a]! >= cp.capacity[a]! || this.load[b]! >= cp.capacity[b]!) return false;
    const t = cp.tableResource[m]!;
    if (t !== -1 && this.occupant[t * S + s] !== -1) return false;
    return this.precedenceOk(m, s);
  }

  /** `after` holds between scheduled meetings: every scheduled predecessor earlier, every successor later. */
  precedenceOk(m: number, s: number): boolean {
    for (const p of this.cp.preds[m]!) {
      const ps = this.slotOf[p]!;
      if (ps !== -1 && ps >= s) return false;
    }
    for (const q of this.cp.succs[m]!) {
      const qs = this.slotOf[q]!;
      if (qs !== -1 && qs <= s) return false;
    }
    return true;
  }

  place(m: number, s: number): void {
    const cp = this.cp;
    const S = cp.slotCount;
    const a = cp.endA[m]!;
    const b = cp.endB[m]!;
    this.slotOf[m] = s;
    this.occupant[a * S + s] = m;
    this.occupant[b * S + s] = m;
    const t = cp.tableResource[m]!;
    if (t !== -1) this.occupant[t * S + s] = m;
    const list = this.members[s]!;
    const c = this.count[s]!;
    list[c] = m;
    this.memberPos[m] = c;
    this.count[s] = c + 1;
    this.load[a]!++;
    this.load[b]!++;
    if (this.busyMask !== null) {
      this.busyMask[a] = this.busyMask[a]! | (1 << s);
      this.busyMask[b] = this.busyMask[b]! | (1 << s);
    }
    this.totalWeight += cp.weight[m]!;
    this.scheduled++;
  }

  remove(m: number): void {
    const cp = this.cp;
    const S = cp.slotCount;
    const s = this.slotOf[m]!;
    const a = cp.endA[m]!;
    const b = cp.endB[m]!;
    this.occupant[a * S + s] = -1;
    this.occupant[b * S + s] = -1;
    const t = cp.tableResource[m]!;
    if (t !== -1) this.occupant[t * S + s] = -1;
    const list = this.members[s]!;
    const last = this.count[s]! - 1;
    const pos = this.memberPos[m]!;
    const moved = list[last]!;
    list[pos] = moved;
    this.memberPos[moved] = pos;
    this.memberPos[m] = -1;
    this.count[s] = last;
    this.slotOf[m] = -1;
    this.load[a]!--;
    this.load[b]!--;
    if (this.busyMask !== null) {
      this.busyMask[a] = this.busyMask[a]! & ~(1 << s);
      this.busyMask[b] = this.busyMask[b]! & ~(1 << s);
    }
    this.totalWeight -= cp.weight[m]!;
    this.scheduled--;
  }

  /** Maximal runs of idle slots between two meetings of participant p. */
  breaksOf(p: number): number {
    if (this.busyMask !== null) {
      const mask = this.busyMask[p]!;
      // Runs of busy slots start where a bit is set and the one below is not; breaks are the runs after the first.
      const runs = popcount(mask & ~(mask << 1));
      return runs > 0 ? runs - 1 : 0;
    }
    const S = this.cp.slotCount;
    const base = p * S;
    let breaks = 0;
    let seenMeeting = false;
    let idle = false;
    for (let s = 0; s < S; s++) {
      if (this.occupant[base + s] !== -1) {
        if (seenMeeting && idle) breaks++;
        seenMeeting = true;
        idle = false;
      } else idle = true;
    }
    return breaks;
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
