import type { Problem } from './problem-schema';
import type { Random } from './prng';

/**
 * Gives some meetings a fixed slot and locks others to a slot and table, without ever producing a contradiction
 * (the generator must always emit valid input): pinned meetings never share a participant or a table in a slot.
 */
export function pinSomeMeetings(problem: Problem, fixedShare: number, lockedShare: number, random: Random): void {
  if (fixedShare <= 0 && lockedShare <= 0) return;
  const participants = new Map(problem.participants.map((p) => [p.id, p]));
  const fixedTables = new Set(problem.participants.map((p) => p.fixedTable).filter((t) => t !== undefined));
  const busy = new Set<string>();
  const tableBusy = new Set<string>();
  const lockedCount = new Map<string, number>();
  for (const meeting of problem.meetings) {
    const roll = random.next();
    const lock = roll < lockedShare;
    if (!lock && roll >= lockedShare + fixedShare) continue;
    const [idA, idB] = meeting.participants;
    const pa = participants.get(idA)!;
    const pb = participants.get(idB)!;
    if (pa.fixedTable !== undefined && pb.fixedTable !== undefined && pa.fixedTable !== pb.fixedTable) continue;
    const candidates = problem.slots.filter(
      (slot) =>
        (meeting.session === undefined || slot.session === meeting.session) &&
        !pa.unavailable?.includes(slot.id) &&
        !pb.unavailable?.includes(slot.id) &&
        !busy.has(`${idA}\u0000${slot.id}`) &&
        !busy.has(`${idB}\u0000${slot.id}`),
    );
    if (candidates.length === 0) continue;
    const slot = candidates[random.int(candidates.length)]!;
    if (lock) {
      const underCap = [pa, pb].every((p) => p.maxMeetings === undefined || (lockedCount.get(p.id) ?? 0) < p.maxMeetings);
      const table = pa.fixedTable ?? pb.fixedTable ?? freeTable(problem.tables, slot.id, tableBusy, fixedTables);
      if (!underCap || table === undefined || tableBusy.has(`${table}\u0000${slot.id}`)) continue;
      meeting.locked = { slot: slot.id, table };
      tableBusy.add(`${table}\u0000${slot.id}`);
      for (const pid of [idA, idB]) lockedCount.set(pid, (lockedCount.get(pid) ?? 0) + 1);
    } else {
      meeting.fixedSlot = slot.id;
    }
    busy.add(`${idA}\u0000${slot.id}`);
    busy.add(`${idB}\u0000${slot.id}`);
  }
}

function freeTable(tables: number, slotId: string, tableBusy: Set<string>, fixedTables: Set<number>): number | undefined {
  for (let t = tables; t >= 1; t--) {
    if (!fixedTables.has(t) && !tableBusy.has(`${t}\u0000${slotId}`)) return t;
  }
  return undefined;
}
