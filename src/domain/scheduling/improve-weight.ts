import type { Random } from './prng';
import type { ScheduleState } from './schedule-state';
import { KempeMover } from './kempe-move';
import { ExchangeMove, PendingPool } from './exchange-move';

export interface ImproveWeightOptions {
  iterations: number;
  deadline: number;
  random: Random;
  /** A proven upper bound: reaching it ends the search (nothing better exists). */
  stopAt?: number;
}

/**
 * Objective 1 on hard instances (tight tables, fixed stands, maxMeetings): simulated annealing on the scheduled
 * weight, where exchanges may lose a little weight for a while and Kempe swaps reshuffle slots for free. Monotone
 * repairs get stuck when the right set of meetings differs from the greedy one by several swaps; this escapes such
 * traps. The best plan seen is restored at the end, so the weight never ends lower than it started.
 */
export function improveWeight(state: ScheduleState, options: ImproveWeightOptions): void {
  const cp = state.cp;
  const { random, iterations, deadline } = options;
  const stopAt = options.stopAt ?? Infinity;
  const pending = new PendingPool(cp.meetingCount);
  for (let m = 0; m < cp.meetingCount; m++) if (state.slotOf[m] === -1 && cp.domain[m]!.length > 0) pending.add(m);
  const movable: number[] = [];
  for (let m = 0; m < cp.meetingCount; m++) if (cp.lockedSlot[m] === -1 && cp.domain[m]!.length > 1) movable.push(m);
  if (pending.items.length === 0 || movable.length === 0) return;
  const exchange = new ExchangeMove(state);
  const mover = new KempeMover(state);
  let bestWeight = state.totalWeight;
  let bestSlots: Int32Array | null = null;
  const startTemp = 0.8;
  const endTemp = 0.05;
  let temp = startTemp;

  for (let it = 0; it < iterations && pending.items.length > 0 && bestWeight < stopAt - 1e-9; it++) {
    if ((it & 1023) === 0 && Date.now() > deadline) break;
    if ((it & 255) === 0) temp = startTemp * Math.pow(endTemp / startTemp, it / iterations);
    if (random.next() < 0.5) {
      const m = pending.items[random.int(pending.items.length)]!;
      const dom = cp.domain[m]!;
      const b = dom[random.int(dom.length)]!;
      if (!exchange.apply(m, b, random.int(1 << 20), 0, 3 * temp)) continue;
      const gain = exchange.weightGain;
      if (gain >= -1e-9 || random.next() < Math.exp(gain / temp)) {
        pending.delete(m);
        for (const e of exchange.removed) pending.add(e);
      } else {
        exchange.revert(m);
      }
    } else {
      // Free reshuffle: a Kempe swap keeps weight and validity and changes which slots are open for whom.
      const m = movable[random.int(movable.length)]!;
      const a = state.slotOf[m]!;
      if (a === -1) continue;
      const dom = cp.domain[m]!;
      const b = dom[random.int(dom.length)]!;
      if (b !== a && mover.collect(m, b, 24)) mover.apply(a, b);
    }
    if (state.totalWeight > bestWeight + 1e-9) {
      bestWeight = state.totalWeight;
      bestSlots = Int32Array.from(state.slotOf);
    }
  }
  if (bestSlots !== null && state.totalWeight < bestWeight - 1e-9) {
    for (let m = 0; m < cp.meetingCount; m++) if (state.slotOf[m] !== -1) state.remove(m);
    for (let m = 0; m < cp.meetingCount; m++) if (bestSlots[m] !== -1) state.place(m, bestSlots[m]!);
  }
}
