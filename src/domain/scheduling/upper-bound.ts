import type { CompiledProblem } from './compile-problem';
import { MinCostFlow } from './min-cost-flow';

export interface UpperBound {
  value: number;
  method: string;
}

/**
 * Tightest of several bounds on the weight of any valid plan, each a relaxation of the hard constraints:
 * - every meeting that has at least one allowed slot;
 * - slot capacity: laminar family (one slot ⊂ its session ⊂ all slots) of table × slot limits, solved greedily;
 * - degree-capped b-matching with total capacity, on the bipartite double cover (exact for bipartite meeting
 *   graphs, the fractional b-matching bound otherwise), solved as a max-weight flow.
 */
export function computeUpperBound(cp: CompiledProblem): UpperBound {
  const candidates: UpperBound[] = [
    { value: schedulableWeight(cp), method: 'schedulable meetings' },
    { value: capacityBound(cp), method: 'tables × slots per session' },
    { value: bMatchingBound(cp), method: 'degree-capped b-matching (max-flow)' },
  ];
  let best = candidates[0]!;
  for (const candidate of candidates) if (candidate.value < best.value - 1e-9) best = candidate;
  return { value: roundWeight(best.value), method: best.method };
}

// Flow arithmetic on halves of priorities can leave float noise; bounds are reported to 1e-6.
function roundWeight(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function schedulableWeight(cp: CompiledProblem): number {
  let total = 0;
  for (let m = 0; m < cp.meetingCount; m++) if (cp.domain[m]!.length > 0) total += cp.weight[m]!;
  return total;
}

/** Greedy by weight is optimal on a laminar matroid, which is what nested capacity limits form. */
function capacityBound(cp: CompiledProblem): number {
  const S = cp.slotCount;
  // Any slot set G gives a valid limit (meetings confined to G ≤ tables × |G|); sessions are the natural G.
  const sessionOfSlot = cp.slotSession;
  const sessionCount = Math.max(0, ...sessionOfSlot) + 1;
  const sessionSize = new Int32Array(sessionCount);
  for (const g of sessionOfSlot) sessionSize[g]!++;
  const usedSlot = new Int32Array(S);
  const usedSession = new Int32Array(sessionCount);
  let usedTotal = 0;
  const order: number[] = [];
  for (let m = 0; m < cp.meetingCount; m++) if (cp.domain[m]!.length > 0) order.push(m);
  order.sort((x, y) => cp.weight[y]! - cp.weight[x]!);
  let total = 0;
  for (const m of order) {
    if (usedTotal >= cp.tables * S) break;
    const dom = cp.domain[m]!;
    const only = dom.length === 1 ? dom[0]! : -1;
    const group = sessionOfSlot[dom[0]!]!;
    const inOneSession = dom.every((s) => sessionOfSlot[s] === group);
    if (only !== -1 && usedSlot[only]! >= cp.tables) continue;
    if (inOneSession && usedSession[group]! >= cp.tables * sessionSize[group]!) continue;
    if (only !== -1) usedSlot[only]!++;
    if (inOneSession) usedSession[group]!++;
    usedTotal++;
    total += cp.weight[m]!;
  }
  return total;
}

function bMatchingBound(cp: CompiledProblem): number {
  const P = cp.participantIds.length;
  const S = cp.slotCount;
  // Cap each participant by slots they could actually use, their maxMeetings and their number of meetings.
  const cap = new Int32Array(P);
  const usable = new Uint8Array(S);
  for (let p = 0; p < P; p++) {
    usable.fill(0);
    let degree = 0;
    for (const m of cp.meetingsOf[p]!) {
      if (cp.domain[m]!.length === 0) continue;
      degree++;
      for (const s of cp.domain[m]!) usable[s] = 1;
    }
    let slots = 0;
    for (let s = 0; s < S; s++) slots += usable[s]!;
    cap[p] = Math.min(cp.capacity[p]!, slots, degree);
  }
  const superSource = 0;
  const source = 1;
  const sink = 2;
  const left = (p: number): number => 3 + p;
  const right = (p: number): number => 3 + P + p;
  const flow = new MinCostFlow(3 + 2 * P);
  flow.addArc(superSource, source, 2 * cp.tables * S, 0);
  for (let p = 0; p < P; p++) if (cap[p]! > 0) flow.addArc(source, left(p), cap[p]!, 0);
  for (let m = 0; m < cp.meetingCount; m++) {
    if (cp.domain[m]!.length === 0) continue;
    const a = cp.endA[m]!;
    const b = cp.endB[m]!;
    const half = cp.weight[m]! / 2;
    flow.addArc(left(a), right(b), 1, -half);
    flow.addArc(left(b), right(a), 1, -half);
  }
  for (let p = 0; p < P; p++) if (cap[p]! > 0) flow.addArc(right(p), sink, cap[p]!, 0);
  const order = [superSource, source];
  for (let p = 0; p < P; p++) order.push(left(p));
  for (let p = 0; p < P; p++) order.push(right(p));
  order.push(sink);
  return -flow.run(superSource, sink, order).cost;
}
