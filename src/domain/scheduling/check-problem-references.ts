import type { Meeting, Problem } from './problem-schema';
import { chronologicalSlotIds } from './slot-order';

/**
 * Semantic checks the schema cannot express: unknown and duplicate ids, self-meetings, and contradictions
 * between fixed or locked meetings. Returns human-readable issues naming the items; empty when the input is usable.
 * Infeasibility that only removes options (e.g. no common free slot) is not an error: the solver reports it.
 */
export function checkProblemReferences(problem: Problem): string[] {
  const issues: string[] = [];
  const slotIds = collectIds('slot', problem.slots, issues);
  const participantIds = collectIds('participant', problem.participants, issues);
  const meetingIds = collectIds('meeting', problem.meetings, issues);
  const sessions = new Set(problem.slots.map((slot) => slot.session).filter((s) => s !== undefined));
  const slotSession = new Map(problem.slots.map((slot) => [slot.id, slot.session]));
  const participants = new Map(problem.participants.map((p) => [p.id, p]));

  for (const slot of problem.slots) {
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    if (Number.isNaN(start) || Number.isNaN(end)) issues.push(`slot "${slot.id}": start and end must be ISO dates`);
    else if (end <= start) issues.push(`slot "${slot.id}": end must be after start`);
  }
  for (const participant of problem.participants) {
    for (const slotId of participant.unavailable ?? []) {
      if (!slotIds.has(slotId)) issues.push(`participant "${participant.id}": unavailable slot "${slotId}" is unknown`);
    }
    if (participant.fixedTable !== undefined && participant.fixedTable > problem.tables) {
      issues.push(`participant "${participant.id}": fixed table ${participant.fixedTable} exceeds tables (${problem.tables})`);
    }
  }
  for (const meeting of problem.meetings) {
    const where = `meeting "${meeting.id}"`;
    const [a, b] = meeting.participants;
    for (const pid of [a, b]) {
      if (!participantIds.has(pid)) issues.push(`${where}: participant "${pid}" is unknown`);
    }
    if (a === b) issues.push(`${where}: participant "${a}" cannot meet itself`);
    if (meeting.session !== undefined && !sessions.has(meeting.session)) {
      issues.push(`${where}: session "${meeting.session}" has no slot`);
    }
    if (meeting.fixedSlot !== undefined) {
      if (!slotIds.has(meeting.fixedSlot)) issues.push(`${where}: fixed slot "${meeting.fixedSlot}" is unknown`);
      else if (meeting.session !== undefined && slotSession.get(meeting.fixedSlot) !== meeting.session) {
        issues.push(`${where}: fixed slot "${meeting.fixedSlot}" is outside its session "${meeting.session}"`);
      }
    }
    for (const other of meeting.after ?? []) {
      if (!meetingIds.has(other)) issues.push(`${where}: "after" meeting "${other}" is unknown`);
      if (other === meeting.id) issues.push(`${where}: cannot come after itself`);
    }
    if (meeting.locked !== undefined) checkLocked(meeting, problem, participants, slotIds, slotSession, issues);
  }
  issues.push(...findPrecedenceCycles(problem.meetings, meetingIds));
  issues.push(...findPinnedClashes(problem));
  return issues;
}

function collectIds(kind: string, items: readonly { id: string }[], issues: string[]): Set<string> {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) issues.push(`${kind} "${item.id}": duplicate id`);
    seen.add(item.id);
  }
  return seen;
}

function checkLocked(
  meeting: Meeting,
  problem: Problem,
  participants: Map<string, Problem['participants'][number]>,
  slotIds: Set<string>,
  slotSession: Map<string, string | undefined>,
  issues: string[],
): void {
  const locked = meeting.locked;
  if (locked === undefined) return;
  const where = `meeting "${meeting.id}"`;
  if (!slotIds.has(locked.slot)) issues.push(`${where}: locked slot "${locked.slot}" is unknown`);
  if (locked.table > problem.tables) issues.push(`${where}: locked table ${locked.table} exceeds tables (${problem.tables})`);
  if (meeting.fixedSlot !== undefined && meeting.fixedSlot !== locked.slot) {
    issues.push(`${where}: locked slot "${locked.slot}" contradicts fixed slot "${meeting.fixedSlot}"`);
  }
  if (meeting.session !== undefined && slotIds.has(locked.slot) && slotSession.get(locked.slot) !== meeting.session) {
    issues.push(`${where}: locked slot "${locked.slot}" is outside its session "${meeting.session}"`);
  }
  for (const pid of meeting.participants) {
    const participant = participants.get(pid);
    if (participant === undefined) continue;
    if (participant.unavailable?.includes(locked.slot)) {
      issues.push(`${where}: locked in slot "${locked.slot}" where participant "${pid}" is unavailable`);
    }
    if (participant.fixedTable !== undefined && participant.fixedTable !== locked.table) {
      issues.push(`${where}: locked table ${locked.table} contradicts fixed table ${participant.fixedTable} of "${pid}"`);
    }
  }
}

/** A cycle in "after" can never be satisfied by the meetings involved, so it is an input error. */
function findPrecedenceCycles(meetings: readonly Meeting[], meetingIds: Set<string>): string[] {
  const after = new Map(meetings.map((m) => [m.id, (m.after ?? []).filter((x) => meetingIds.has(x))]));
  const state = new Map<string, 1 | 2>();
  const issues: string[] = [];
  for (const start of meetings) {
    if (state.has(start.id)) continue;
    // Iterative DFS so long chains cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const preds = after.get(top.id) ?? [];
      if (top.next >= preds.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const pred = preds[top.next++]!;
      const seen = state.get(pred);
      if (seen === 1) issues.push(`meeting "${top.id}": "after" creates a cycle through "${pred}"`);
      else if (seen === undefined) {
        state.set(pred, 1);
        stack.push({ id: pred, next: 0 });
      }
    }
  }
  return issues;
}

/**
 * Pinned meetings that cannot all hold at once: two locked (or two fixed) meetings of one participant in one slot,
 * or two locked meetings on one table. A fixed meeting clashing with a locked one is not an error: after a re-solve the
 * engine may have published another meeting where an unscheduled fixed one wanted to go; it is reported unscheduled.
 */
function findPinnedClashes(problem: Problem): string[] {
  const issues: string[] = [];
  const lockedAt = new Map<string, string>();
  const fixedAt = new Map<string, string>();
  const lockedByTableSlot = new Map<string, string>();
  const lockedPerParticipant = new Map<string, number>();
  const lockedSlot = new Map<string, string>();
  for (const meeting of problem.meetings) {
    const slot = meeting.locked?.slot ?? meeting.fixedSlot;
    if (slot === undefined) continue;
    const seen = meeting.locked === undefined ? fixedAt : lockedAt;
    for (const pid of new Set(meeting.participants)) {
      const key = `${pid}\u0000${slot}`;
      const other = seen.get(key);
      if (other !== undefined) {
        const kind = meeting.locked === undefined ? 'fixed' : 'locked';
        issues.push(`meeting "${meeting.id}": participant "${pid}" already has meeting "${other}" ${kind} in slot "${slot}"`);
      } else seen.set(key, meeting.id);
    }
    if (meeting.locked === undefined) continue;
    lockedSlot.set(meeting.id, slot);
    const tableKey = `${meeting.locked.table}\u0000${slot}`;
    const other = lockedByTableSlot.get(tableKey);
    if (other !== undefined) {
      issues.push(`meeting "${meeting.id}": table ${meeting.locked.table} in slot "${slot}" is already locked by "${other}"`);
    } else lockedByTableSlot.set(tableKey, meeting.id);
    for (const pid of meeting.participants) lockedPerParticipant.set(pid, (lockedPerParticipant.get(pid) ?? 0) + 1);
  }
  for (const participant of problem.participants) {
    const count = lockedPerParticipant.get(participant.id) ?? 0;
    if (participant.maxMeetings !== undefined && count > participant.maxMeetings) {
      issues.push(`participant "${participant.id}": ${count} locked meetings exceed maxMeetings ${participant.maxMeetings}`);
    }
  }
  const order = new Map(chronologicalSlotIds(problem.slots).map((slotId, index) => [slotId, index]));
  for (const meeting of problem.meetings) {
    const mine = lockedSlot.get(meeting.id);
    if (mine === undefined) continue;
    for (const pred of meeting.after ?? []) {
      const theirs = lockedSlot.get(pred);
      if (theirs !== undefined && (order.get(theirs) ?? 0) >= (order.get(mine) ?? 0)) {
        issues.push(`meeting "${meeting.id}": locked in "${mine}", not after locked meeting "${pred}" in "${theirs}"`);
      }
    }
  }
  return issues;
}
