import type { Problem } from './problem-schema';
import { chronologicalSlotIds } from './slot-order';

/**
 * Index-based view of a parsed Problem, built once so the search works on typed arrays instead of maps.
 * Resources are what a meeting occupies in its slot: its two participants (0..P-1) and, when the meeting must sit
 * at a given table (fixed table or lock), that table (P..). Each resource holds at most one meeting per slot.
 */
export interface CompiledProblem {
  slotIds: string[];
  slotCount: number;
  /** Session group index of each slot (slots without a session label form one group). */
  slotSession: number[];
  tables: number;
  participantIds: string[];
  meetingIds: string[];
  meetingCount: number;
  /** Participant indices of each meeting. */
  endA: Int32Array;
  endB: Int32Array;
  weight: Float64Array;
  /** Table resource index (>= participant count) or -1. */
  tableResource: Int32Array;
  /** 1-based table a meeting must use, 0 when free to take any table. */
  requiredTable: Int32Array;
  resourceCount: number;
  /** Chronological slot indices each meeting may use (empty: cannot be scheduled). */
  domain: Int32Array[];
  allowed: Uint8Array;
  lockedSlot: Int32Array;
  preds: Int32Array[];
  succs: Int32Array[];
  /** Most meetings a participant may have (maxMeetings, else slot count). */
  capacity: Int32Array;
  meetingsOf: Int32Array[];
  /** Why a meeting with an empty domain cannot be scheduled. */
  impossibleReason: (string | null)[];
}

export function compileProblem(problem: Problem): CompiledProblem {
  const slotIds = chronologicalSlotIds(problem.slots);
  const slotIndex = new Map(slotIds.map((slotId, index) => [slotId, index]));
  const slotCount = slotIds.length;
  const sessionOf = new Map(problem.slots.map((slot) => [slot.id, slot.session]));
  const participantIds = problem.participants.map((p) => p.id);
  const participantIndex = new Map(participantIds.map((pid, index) => [pid, index]));
  const P = participantIds.length;
  const M = problem.meetings.length;
  const meetingIndex = new Map(problem.meetings.map((m, index) => [m.id, index]));

  const available = new Uint8Array(P * slotCount).fill(1);
  const capacity = new Int32Array(P);
  problem.participants.forEach((participant, p) => {
    for (const slotId of participant.unavailable ?? []) available[p * slotCount + slotIndex.get(slotId)!] = 0;
    capacity[p] = Math.min(participant.maxMeetings ?? slotCount, slotCount);
  });

  const tableResourceOf = new Map<number, number>();
  const resourceFor = (table: number): number => {
    let resource = tableResourceOf.get(table);
    if (resource === undefined) {
      resource = P + tableResourceOf.size;
      tableResourceOf.set(table, resource);
    }
    return resource;
  };

  const endA = new Int32Array(M);
  const endB = new Int32Array(M);
  const weight = new Float64Array(M);
  const tableResource = new Int32Array(M).fill(-1);
  const requiredTable = new Int32Array(M);
  const lockedSlot = new Int32Array(M).fill(-1);
  const allowed = new Uint8Array(M * slotCount);
  const domain: Int32Array[] = [];
  const impossibleReason: (string | null)[] = [];
  const meetingsOfLists: number[][] = Array.from({ length: P }, () => []);

  // Who is locked where, so that a fixed meeting whose slot a lock already took is reported, not attempted.
  const lockedBy = new Map<string, string>();
  for (const meeting of problem.meetings) {
    if (meeting.locked === undefined) continue;
    for (const pid of meeting.participants) lockedBy.set(`${pid}\u0000${meeting.locked.slot}`, meeting.id);
  }

  problem.meetings.forEach((meeting, m) => {
    const [idA, idB] = meeting.participants;
    const a = participantIndex.get(idA)!;
    const b = participantIndex.get(idB)!;
    endA[m] = a;
    endB[m] = b;
    weight[m] = meeting.priority ?? 1;
    meetingsOfLists[a]!.push(m);
    meetingsOfLists[b]!.push(m);
    const tableA = problem.participants[a]!.fixedTable;
    const tableB = problem.participants[b]!.fixedTable;
    let reason: string | null = null;
    let table = meeting.locked?.table ?? tableA ?? tableB ?? 0;
    if (meeting.locked === undefined && tableA !== undefined && tableB !== undefined && tableA !== tableB) {
      reason = `"${idA}" and "${idB}" have different fixed tables (${tableA} and ${tableB})`;
      table = 0;
    }
    requiredTable[m] = table;
    if (table > 0) tableResource[m] = resourceFor(table);
    if (meeting.locked !== undefined) lockedSlot[m] = slotIndex.get(meeting.locked.slot)!;

    const pinned = meeting.locked?.slot ?? meeting.fixedSlot;
    if (reason === null && meeting.locked === undefined && pinned !== undefined) {
      for (const pid of [idA, idB]) {
        const other = lockedBy.get(`${pid}\u0000${pinned}`);
        if (other !== undefined && reason === null) reason = `fixed slot "${pinned}" is taken by locked meeting "${other}" of "${pid}"`;
      }
    }
    const list: number[] = [];
    if (reason === null && capacity[a]! > 0 && capacity[b]! > 0) {
      for (let s = 0; s < slotCount; s++) {
        if (!available[a * slotCount + s] || !available[b * slotCount + s]) continue;
        if (meeting.session !== undefined && sessionOf.get(slotIds[s]!) !== meeting.session) continue;
        if (pinned !== undefined && slotIds[s] !== pinned) continue;
        list.push(s);
        allowed[m * slotCount + s] = 1;
      }
    }
    if (reason === null && list.length === 0) {
      if (capacity[a]! === 0 || capacity[b]! === 0) reason = `maxMeetings is 0 for "${capacity[a] === 0 ? idA : idB}"`;
      else if (pinned !== undefined) reason = `"${idA}" or "${idB}" is unavailable in fixed slot "${pinned}"`;
      else if (meeting.session !== undefined) reason = `"${idA}" and "${idB}" share no available slot in session "${meeting.session}"`;
      else reason = `"${idA}" and "${idB}" share no available slot`;
    }
    domain.push(Int32Array.from(list));
    impossibleReason.push(reason);
  });

  const preds: Int32Array[] = [];
  const succLists: number[][] = Array.from({ length: M }, () => []);
  problem.meetings.forEach((meeting, m) => {
    const list = (meeting.after ?? []).map((other) => meetingIndex.get(other)!);
    preds.push(Int32Array.from(list));
    for (const pred of list) succLists[pred]!.push(m);
  });

  const sessionIndex = new Map<string | undefined, number>();
  const slotSession = slotIds.map((slotId) => {
    const label = sessionOf.get(slotId);
    if (!sessionIndex.has(label)) sessionIndex.set(label, sessionIndex.size);
    return sessionIndex.get(label)!;
  });

  return {
    slotIds,
    slotCount,
    slotSession,
    tables: problem.tables,
    participantIds,
    meetingIds: problem.meetings.map((m) => m.id),
    meetingCount: M,
    endA,
    endB,
    weight,
    tableResource,
    requiredTable,
    resourceCount: P + tableResourceOf.size,
    domain,
    allowed,
    lockedSlot,
    preds,
    succs: succLists.map((list) => Int32Array.from(list)),
    capacity,
    meetingsOf: meetingsOfLists.map((list) => Int32Array.from(list)),
    impossibleReason,
  };
}
