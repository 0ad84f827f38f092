import type { ScheduleState } from './schedule-state';
import type { KempeMover } from './kempe-move';

/**
 * The König/Vizing step: when a meeting is blocked in slot b by one meeting, swap that meeting's Kempe chain
 * between b and another slot a; the blocker leaves b without anyone losing a meeting, and the meeting may then fit
 * in b (or in a). Reaches insertions that bounded-depth ejection chains miss, because chains can be long.
 */
export function kempeInsert(state: ScheduleState, mover: KempeMover, m: number, maxChain: number): boolean {
  const cp = state.cp;
  const S = cp.slotCount;
  const u = cp.endA[m]!;
  const v = cp.endB[m]!;
  if (state.load[u]! >= cp.capacity[u]! || state.load[v]! >= cp.capacity[v]!) return false;
  const t = cp.tableResource[m]!;
  for (const b of cp.domain[m]!) {
    for (let k = 0; k < 3; k++) {
      const r = k === 0 ? u : k === 1 ? v : t;
      if (r === -1) continue;
      const e = state.occupant[r * S + b]!;
      if (e === -1 || cp.lockedSlot[e] !== -1) continue;
      for (const a of cp.domain[e]!) {
        if (a === b || !mover.collect(e, a, maxChain) || !mover.apply(b, a)) continue;
        if (state.canPlace(m, b)) {
          state.place(m, b);
          return true;
        }
        if (state.canPlace(m, a)) {
          state.place(m, a);
          return true;
        }
        mover.revert(b, a);
      }
    }
  }
  return false;
}
