import type { Problem } from './problem-schema';
import { chronologicalSlotIds } from './slot-order';

export interface PlanToValidate {
  assignments: readonly { meeting: string; slot: string; table: number }[];
  unscheduled?: readonly { meeting: string; reason?: string }[];
  stats?: Partial<Record<string, unknown>>;
}

export interface ValidatedStats {
  meetings: number;
  scheduled: number;
  weight: number;
  breaks: number;
  maxBreaks: number;
  starved: number;
  minShare: number;
}

export interface PlanValidation {
  valid: boolean;
  violations: string[];
  stats: ValidatedStats;
}

/**
 * Independent check of a plan against every hard constraint, written apart from the solver (it works on ids,
 * not the solver's indices) so a solver bug cannot hide itself. Recomputes the stats and flags reported stats that
 * disagree, including a weight above the reported upper bound.
 */
export function validatePlan(problem: Problem, plan: PlanToValidate): PlanValidation {
  const violations: string[] = [];
  const order = new Map(chronologicalSlotIds(problem.slots).map((id, index) => [id, index]));
  const slotById = new Map(problem.slots.map((slot) => [slot.id, slot]));
  const participantById = new Map(problem.participants.map((p) => [p.id, p]));
  const meetingById = new Map(problem.meetings.map((m) => [m.id, m]));
  const placed = new Map<string, { slot: string; table: number }>();
  const seatTaken = new Map<string, string>();
  const personBusy = new Map<string, string>();

  for (const { meeting: meetingId, slot: slotId, table } of plan.assignments) {
    const meeting = meetingById.get(meetingId);
    if (meeting === undefined) { violations.push(`assignment of unknown meeting "${meetingId}"`); continue; }
    if (!slotById.has(slotId)) { violations.push(`meeting "${meetingId}": unknown slot "${slotId}"`); continue; }
    if (!Number.isInteger(table) || table < 1 || table > problem.tables) {
      violations.push(`meeting "${meetingId}": table ${table} is not between 1 and ${problem.tables}`);
    }
    if (placed.has(meetingId)) { violations.push(`meeting "${meetingId}": assigned more than once`); continue; }
    placed.set(meetingId, { slot: slotId, table });
    const seat = `${slotId}\u0000${table}`;
    const other = seatTaken.get(seat);
    if (other !== undefined) violations.push(`slot "${slotId}" table ${table}: both "${other}" and "${meetingId}"`);
    seatTaken.set(seat, meetingId);
    for (const pid of meeting.participants) {
      const key = `${pid}\u0000${slotId}`;
      const clash = personBusy.get(key);
      if (clash !== undefined) violations.push(`participant "${pid}" in two meetings in slot "${slotId}": "${clash}" and "${meetingId}"`);
      personBusy.set(key, meetingId);
      const participant = participantById.get(pid);
      if (participant?.unavailable?.includes(slotId)) violations.push(`meeting "${meetingId}": "${pid}" is unavailable in slot "${slotId}"`);
      if (participant?.fixedTable !== undefined && participant.fixedTable !== table) {
        violations.push(`meeting "${meetingId}": "${pid}" must sit at table ${participant.fixedTable}, not ${table}`);
      }
    }
    if (meeting.session !== undefined && slotById.get(slotId)!.session !== meeting.session) {
      violations.push(`meeting "${meetingId}": slot "${slotId}" is outside session "${meeting.session}"`);
    }
    if (meeting.fixedSlot !== undefined && meeting.fixedSlot !== slotId) {
      violations.push(`meeting "${meetingId}": fixed to slot "${meeting.fixedSlot}" but placed in "${slotId}"`);
    }
  }

  const listedUnscheduled = new Set<string>();
  for (const entry of plan.unscheduled ?? []) {
    if (!meetingById.has(entry.meeting)) violations.push(`unscheduled entry for unknown meeting "${entry.meeting}"`);
    if (placed.has(entry.meeting)) violations.push(`meeting "${entry.meeting}": both assigned and unscheduled`);
    listedUnscheduled.add(entry.meeting);
  }
  const load = new Map<string, number>();
  for (const meeting of problem.meetings) {
    const at = placed.get(meeting.id);
    if (at === undefined && plan.unscheduled !== undefined && !listedUnscheduled.has(meeting.id)) {
      violations.push(`meeting "${meeting.id}": neither assigned nor listed as unscheduled`);
    }
    if (meeting.locked !== undefined && (at?.slot !== meeting.locked.slot || at.table !== meeting.locked.table)) {
      violations.push(`meeting "${meeting.id}": locked to slot "${meeting.locked.slot}" table ${meeting.locked.table} but ${at ? `placed in "${at.slot}" table ${at.table}` : 'not scheduled'}`);
    }
    if (at === undefined) continue;
    for (const pid of meeting.participants) load.set(pid, (load.get(pid) ?? 0) + 1);
    for (const predId of meeting.after ?? []) {
      const pred = placed.get(predId);
      if (pred !== undefined && order.get(pred.slot)! >= order.get(at.slot)!) {
        violations.push(`meeting "${meeting.id}" in "${at.slot}" must come after "${predId}" in "${pred.slot}"`);
      }
    }
  }
  for (const participant of problem.participants) {
    const count = load.get(participant.id) ?? 0;
    if (participant.maxMeetings !== undefined && count > participant.maxMeetings) {
      violations.push(`participant "${participant.id}": ${count} meetings exceed maxMeetings ${participant.maxMeetings}`);
    }
  }

  const stats = recomputeStats(problem, placed, order);
  checkReportedStats(plan.stats, stats, violations);
  return { valid: violations.length === 0, violations, stats };
}

function recomputeStats(
  problem: Problem,
  placed: Map<string, { slot: string; table: number }>,
  order: Map<string, number>,
): ValidatedStats {
  const busySlots = new Map<string, number[]>();
  const requested = new Map<string, number>();
  let weight = 0;
  let scheduled = 0;
  for (const meeting of problem.meetings) {
    for (const pid of meeting.participants) requested.set(pid, (requested.get(pid) ?? 0) + 1);
    const at = placed.get(meeting.id);
    if (at === undefined) continue;
    scheduled++;
    weight += meeting.priority ?? 1;
    for (const pid of meeting.participants) {
      const list = busySlots.get(pid) ?? [];
      list.push(order.get(at.slot) ?? 0);
      busySlots.set(pid, list);
    }
  }
  let breaks = 0;
  let maxBreaks = 0;
  let starved = 0;
  let minShare = 1;
  for (const participant of problem.participants) {
    const wanted = requested.get(participant.id) ?? 0;
    if (wanted === 0) continue;
    const list = (busySlots.get(participant.id) ?? []).sort((x, y) => x - y);
    if (list.length === 0) starved++;
    minShare = Math.min(minShare, list.length / wanted);
    // A break is a gap between consecutive meetings; counting gaps counts maximal idle runs between meetings.
    let own = 0;
    for (let i = 1; i < list.length; i++) if (list[i]! - list[i - 1]! > 1) own++;
    breaks += own;
    maxBreaks = Math.max(maxBreaks, own);
  }
  return { meetings: problem.meetings.length, scheduled, weight, breaks, maxBreaks, starved, minShare };
}

function checkReportedStats(reported: PlanToValidate['stats'], actual: ValidatedStats, violations: string[]): void {
  if (reported === undefined) return;
  for (const key of ['meetings', 'scheduled', 'weight', 'breaks', 'maxBreaks', 'starved'] as const) {
    const value = reported[key];
    if (typeof value === 'number' && Math.abs(value - actual[key]) > 1e-6) {
      violations.push(`stats.${key} is reported as ${value} but the plan gives ${actual[key]}`);
    }
  }
  const bound = reported.upperBound;
  if (typeof bound === 'number' && actual.weight > bound + 1e-6) {
    violations.push(`stats.upperBound ${bound} is below the plan's weight ${actual.weight}`);
  }
}
