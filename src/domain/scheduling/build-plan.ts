import type { Assignment, Plan } from './problem-schema';
import type { ScheduleState } from './schedule-state';
import type { UpperBound } from './upper-bound';

/**
 * Seats each slot's meetings (fixed and locked tables first, then the lowest free tables) and reports stats.
 * Seating always succeeds because the state never holds more than `tables` meetings per slot nor two meetings on
 * one fixed table.
 */
export function buildPlan(state: ScheduleState, bound: UpperBound, seconds: number): Plan {
  const cp = state.cp;
  const S = cp.slotCount;
  const assignments: Assignment[] = [];
  const taken = new Uint8Array(cp.tables + 1);
  for (let s = 0; s < S; s++) {
    const members = Array.from(state.members[s]!.subarray(0, state.count[s]!)).sort((x, y) => x - y);
    taken.fill(0);
    for (const m of members) if (cp.requiredTable[m]! > 0) taken[cp.requiredTable[m]!] = 1;
    let nextFree = 1;
    for (const m of members) {
      let table = cp.requiredTable[m]!;
      if (table === 0) {
        while (taken[nextFree]) nextFree++;
        table = nextFree;
        taken[table] = 1;
      }
      assignments.push({ meeting: cp.meetingIds[m]!, slot: cp.slotIds[s]!, table });
    }
  }
  const unscheduled: Plan['unscheduled'] = [];
  for (let m = 0; m < cp.meetingCount; m++) {
    if (state.slotOf[m] !== -1) continue;
    unscheduled.push({ meeting: cp.meetingIds[m]!, reason: explainUnscheduled(state, m) });
  }
  let breaks = 0;
  let maxBreaks = 0;
  let starved = 0;
  let minShare = 1;
  for (let p = 0; p < cp.participantIds.length; p++) {
    const b = state.breaksOf(p);
    breaks += b;
    maxBreaks = Math.max(maxBreaks, b);
    const degree = cp.meetingsOf[p]!.length;
    if (degree === 0) continue;
    if (state.load[p] === 0) starved++;
    minShare = Math.min(minShare, state.load[p]! / degree);
  }
  const weight = Math.round(state.totalWeight * 1e6) / 1e6;
  return {
    assignments,
    unscheduled,
    stats: {
      meetings: cp.meetingCount,
      scheduled: state.scheduled,
      weight,
      upperBound: bound.value,
      boundMethod: bound.method,
      ratioToBound: bound.value > 0 ? Math.round((weight / bound.value) * 1e6) / 1e6 : 1,
      breaks,
      maxBreaks,
      starved,
      minShare: Math.round(minShare * 1e6) / 1e6,
      seconds: Math.round(seconds * 1000) / 1000,
    },
  };
}

function explainUnscheduled(state: ScheduleState, m: number): string {
  const cp = state.cp;
  const impossible = cp.impossibleReason[m];
  if (impossible) return `infeasible: ${impossible}`;
  for (const p of [cp.endA[m]!, cp.endB[m]!]) {
    if (state.load[p]! >= cp.capacity[p]!) {
      return `"${cp.participantIds[p]}" already has the most meetings possible (${cp.capacity[p]})`;
    }
  }
  const a = cp.participantIds[cp.endA[m]!];
  const b = cp.participantIds[cp.endB[m]!];
  return `no room: in each of its ${cp.domain[m]!.length} allowed slot(s) "${a}" or "${b}" is busy, the tables are full or an "after" order forbids it`;
}
