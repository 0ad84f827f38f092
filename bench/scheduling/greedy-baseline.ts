import type { Plan, Problem } from '../../src/domain/scheduling/problem-schema';
import { chronologicalSlotIds } from '../../src/domain/scheduling/slot-order';

/**
 * What event tools do: take requests in order and give each the first slot where both people and a table are
 * free. Respects every hard constraint so it can be validated like the engine's plans.
 */
export function greedyFirstFreeSlot(problem: Problem): Plan {
  const started = performance.now();
  const slots = chronologicalSlotIds(problem.slots);
  const order = new Map(slots.map((id, i) => [id, i]));
  const sessionOf = new Map(problem.slots.map((s) => [s.id, s.session]));
  const people = new Map(problem.participants.map((p) => [p.id, p]));
  const busy = new Set<string>();
  const seats = new Map<string, Set<number>>();
  const load = new Map<string, number>();
  const slotOfMeeting = new Map<string, string>();
  const assignments: Plan['assignments'] = [];
  const unscheduled: Plan['unscheduled'] = [];
  const fixedTables = new Set(problem.participants.map((p) => p.fixedTable).filter((t) => t !== undefined));
  const take = (meetingId: string, pids: string[], slot: string, table: number): void => {
    for (const pid of pids) {
      busy.add(`${pid}\u0000${slot}`);
      load.set(pid, (load.get(pid) ?? 0) + 1);
    }
    seats.get(slot)!.add(table);
    slotOfMeeting.set(meetingId, slot);
    assignments.push({ meeting: meetingId, slot, table });
  };
  const successors = new Map<string, string[]>();
  for (const m of problem.meetings) for (const pred of m.after ?? []) successors.set(pred, [...(successors.get(pred) ?? []), m.id]);
  for (const slot of slots) seats.set(slot, new Set());
  for (const m of problem.meetings) if (m.locked) take(m.id, m.participants, m.locked.slot, m.locked.table);
  for (const meeting of problem.meetings) {
    if (meeting.locked) continue;
    const [a, b] = meeting.participants.map((id) => people.get(id)!);
    const wanted = [a!.fixedTable, b!.fixedTable].filter((t) => t !== undefined);
    let placed = false;
    const underCap = [a!, b!].every((p) => p.maxMeetings === undefined || (load.get(p.id) ?? 0) < p.maxMeetings);
    if (underCap && new Set(wanted).size <= 1) {
      for (const slot of slots) {
        if (meeting.fixedSlot !== undefined && meeting.fixedSlot !== slot) continue;
        if (meeting.session !== undefined && sessionOf.get(slot) !== meeting.session) continue;
        if ([a!, b!].some((p) => p.unavailable?.includes(slot) || busy.has(`${p.id}\u0000${slot}`))) continue;
        const predsOk = (meeting.after ?? []).every((pred) => {
          const ps = slotOfMeeting.get(pred);
          return ps === undefined || order.get(ps)! < order.get(slot)!;
        });
        const succsOk = (successors.get(meeting.id) ?? []).every((succ) => {
          const ss = slotOfMeeting.get(succ);
          return ss === undefined || order.get(ss)! > order.get(slot)!;
        });
        if (!predsOk || !succsOk) continue;
        const taken = seats.get(slot)!;
        let table = wanted[0];
        if (table === undefined) {
          for (let t = 1; t <= problem.tables; t++) if (!taken.has(t) && !fixedTables.has(t)) { table = t; break; }
        }
        if (table === undefined || taken.has(table)) continue;
        take(meeting.id, meeting.participants, slot, table);
        placed = true;
        break;
      }
    }
    if (!placed) unscheduled.push({ meeting: meeting.id, reason: 'no free slot for both' });
  }
  return {
    assignments,
    unscheduled,
    stats: {
      meetings: problem.meetings.length,
      scheduled: assignments.length,
      weight: 0,
      upperBound: 0,
      boundMethod: 'none',
      ratioToBound: 0,
      breaks: 0,
      maxBreaks: 0,
      starved: 0,
      minShare: 0,
      seconds: (performance.now() - started) / 1000,
    },
  };
}
