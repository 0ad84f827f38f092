import type { Random } from './prng';
import type { ScheduleState } from './schedule-state';
import { KempeMover } from './kempe-move';
import { bestFreeSlot } from './construct-schedule';
import { ExchangeMove, PendingPool } from './exchange-move';

/** Weight comes first (objective 1): a unit of weight outweighs any realistic change in breaks. */
const WEIGHT_FACTOR = 1000;

/** Convex so that, at equal total, spreading breaks is preferred (objective 4 after objective 3). */
function breakCost(breaks: number): number {
  return breaks + 0.01 * breaks * breaks;
}

export interface ImproveOptions {
  iterations: number;
  deadline: number;
  random: Random;
  maxChain?: number;
}

/**
 * Simulated annealing to cut breaks at no loss of weight: Kempe chain swaps between two slots, and exchanges that
 * swap an unscheduled meeting for the ones in its way at equal or higher weight. From time to time it retries
 * unscheduled meetings in free places, since swaps open room.
 */
export function improveBreaks(state: ScheduleState, options: ImproveOptions): void {
  const cp = state.cp;
  const P = cp.participantIds.length;
  const { random, iterations, deadline } = options;
  const maxChain = options.maxChain ?? 24;
  const breaks = new Int32Array(P);
  for (let p = 0; p < P; p++) breaks[p] = state.breaksOf(p);
  const movable: number[] = [];
  for (let m = 0; m < cp.meetingCount; m++) if (cp.lockedSlot[m] === -1 && cp.domain[m]!.length > 1) movable.push(m);
  const pending = new PendingPool(cp.meetingCount);
  for (let m = 0; m < cp.meetingCount; m++) if (state.slotOf[m] === -1 && cp.domain[m]!.length > 0) pending.add(m);
  if (movable.length === 0) return;
  const mover = new KempeMover(state);
  const exchange = new ExchangeMove(state);
  const shareFloor = minShare(state);
  const startTemp = 0.6;
  const endTemp = 0.03;
  const after = new Float64Array(64);
  const withBreaks: number[] = [];
  let temp = startTemp;
  const gapBuffer: number[] = [];

  for (let it = 0; it < iterations; it++) {
    if ((it & 1023) === 0) {
      if (Date.now() > deadline) return;
      if ((it & 16383) === 0) retryPending(state, pending, breaks);
    }
    if ((it & 255) === 0) temp = startTemp * Math.pow(endTemp / startTemp, it / iterations);
    if ((it & 4095) === 0) refreshWithBreaks(breaks, withBreaks);
    // Exchanges matter when many meetings wait (slots full); otherwise they mostly waste the budget.
    if (pending.items.length > 0 && random.next() < Math.min(0.3, (1.5 * pending.items.length) / cp.meetingCount)) {
      tryExchange(state, exchange, pending, breaks, random, temp, shareFloor);
      continue;
    }
    const m = pickMeeting(state, withBreaks, movable, random);
    if (m === -1) continue;
    const a = state.slotOf[m]!;
    const b = pickTargetSlot(state, m, random, gapBuffer);
    if (b === a || !mover.collect(m, b, maxChain)) continue;
    let before = 0;
    for (const p of mover.touched) before += breakCost(breaks[p]!);
    if (!mover.apply(a, b)) continue;
    let delta = -before;
    const touched = mover.touched;
    for (let i = 0; i < touched.length; i++) {
      const nb = state.breaksOf(touched[i]!);
      if (i < after.length) after[i] = nb;
      delta += breakCost(nb);
    }
    if (delta <= 1e-12 || random.next() < Math.exp(-delta / temp)) {
      for (let i = 0; i < touched.length; i++) {
        const p = touched[i]!;
        breaks[p] = i < after.length ? after[i]! : state.breaksOf(p);
      }
    } else {
      mover.revert(a, b);
    }
  }
  retryPending(state, pending, breaks);
}

/** Half the time a meeting of a participant who has breaks (where gains are), otherwise any movable meeting. */
function pickMeeting(state: ScheduleState, withBreaks: number[], movable: number[], random: Random): number {
  const cp = state.cp;
  if (withBreaks.length > 0 && random.next() < 0.5) {
    for (let tries = 0; tries < 4; tries++) {
      const list = cp.meetingsOf[withBreaks[random.int(withBreaks.length)]!]!;
      const m = list[random.int(list.length)]!;
      if (state.slotOf[m] !== -1 && cp.lockedSlot[m] === -1 && cp.domain[m]!.length > 1) return m;
    }
  }
  for (let tries = 0; tries < 4; tries++) {
    const m = movable[random.int(movable.length)]!;
    if (state.slotOf[m] !== -1) return m;
  }
  return -1;
}

function refreshWithBreaks(breaks: Int32Array, withBreaks: number[]): void {
  withBreaks.length = 0;
  for (let p = 0; p < breaks.length; p++) if (breaks[p]! > 0) withBreaks.push(p);
}

/**
 * Mostly a slot that would make one participant's day more compact (a gap inside their day or right next to it),
 * otherwise any allowed slot, so the search still explores.
 */
function pickTargetSlot(state: ScheduleState, m: number, random: Random, gaps: number[]): number {
  const cp = state.cp;
  const dom = cp.domain[m]!;
  if (random.next() < 0.4) return dom[random.int(dom.length)]!;
  const S = cp.slotCount;
  const p = random.next() < 0.5 ? cp.endA[m]! : cp.endB[m]!;
  const base = p * S;
  let first = -1;
  let last = -1;
  for (let s = 0; s < S; s++) {
    if (state.occupant[base + s] === -1 || state.occupant[base + s] === m) continue;
    if (first === -1) first = s;
    last = s;
  }
  gaps.length = 0;
  if (first !== -1) {
    for (let s = Math.max(0, first - 1); s <= Math.min(S - 1, last + 1); s++) {
      if (state.occupant[base + s] === -1 && cp.allowed[m * S + s]) gaps.push(s);
    }
  }
  return gaps.length > 0 ? gaps[random.int(gaps.length)]! : dom[random.int(dom.length)]!;
}

function tryExchange(
  state: ScheduleState,
  exchange: ExchangeMove,
  pending: PendingPool,
  breaks: Int32Array,
  random: Random,
  temp: number,
  shareFloor: number,
): void {
  const cp = state.cp;
  const m = pending.items[random.int(pending.items.length)]!;
  const dom = cp.domain[m]!;
  const b = dom[random.int(dom.length)]!;
  if (!exchange.apply(m, b, random.int(cp.tables), shareFloor)) return;
  let delta = -WEIGHT_FACTOR * exchange.weightGain;
  for (const p of exchange.touched) delta += breakCost(state.breaksOf(p)) - breakCost(breaks[p]!);
  if (delta <= 1e-12 || random.next() < Math.exp(-delta / temp)) {
    for (const p of exchange.touched) breaks[p] = state.breaksOf(p);
    pending.delete(m);
    for (const e of exchange.removed) pending.add(e);
  } else {
    exchange.revert(m);
  }
}

function minShare(state: ScheduleState): number {
  const cp = state.cp;
  let share = 1;
  for (let p = 0; p < cp.participantIds.length; p++) {
    const degree = cp.meetingsOf[p]!.length;
    if (degree > 0) share = Math.min(share, state.load[p]! / degree);
  }
  return share;
}

function retryPending(state: ScheduleState, pending: PendingPool, breaks: Int32Array): void {
  const cp = state.cp;
  for (let i = pending.items.length - 1; i >= 0; i--) {
    const m = pending.items[i]!;
    if (state.slotOf[m] !== -1) {
      pending.delete(m);
      continue;
    }
    const s = bestFreeSlot(state, m);
    if (s === -1) continue;
    state.place(m, s);
    pending.delete(m);
    breaks[cp.endA[m]!] = state.breaksOf(cp.endA[m]!);
    breaks[cp.endB[m]!] = state.breaksOf(cp.endB[m]!);
  }
}
