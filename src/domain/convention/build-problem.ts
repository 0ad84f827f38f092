import type { Meeting, Participant, Problem, Slot } from '../scheduling/problem-schema';
import type { MeetingStatus } from './convention-model';

/** What the scheduler needs to know about a convention, read from the database as plain data. */
export interface ConventionSnapshot {
  slots: { id: string; session: number; startsAt: Date; endsAt: Date }[];
  tableCount: number;
  /** Default cap on meetings per participant (null: only the slots limit them). */
  maxMeetingsPerParticipant: number | null;
  participants: {
    id: string;
    maxMeetings: number | null;
    /** Exhibitors stay at their stand: 1-based table number. */
    fixedTable: number | null;
    unavailableSlotIds: string[];
    /** Marked absent on the day: none of their meetings is scheduled any more. */
    absent: boolean;
  }[];
  meetings: {
    id: string;
    participants: [string, string];
    weight: number;
    status: MeetingStatus;
    slotId: string | null;
    tableNumber: number | null;
    /** Locked by hand by the coordinator. */
    locked: boolean;
    /** Part of the published schedule (participants were told). */
    published: boolean;
  }[];
}

export interface BuildProblemOptions {
  /**
   * 'full' plans everything again except meetings locked by hand; 'keep-published' also locks every published
   * meeting where it is (the day-of re-solve that fits late requests without moving anyone).
   */
  mode: 'full' | 'keep-published';
  /** Slots that start before this instant are over: nothing new goes there, and what happened there stays. */
  notBefore?: Date;
}

export interface BuiltProblem {
  problem: Problem;
  /** Meetings kept out of the problem because they are held, cancelled, no-show, with an absent person, or past. */
  untouched: string[];
  /** Meetings passed as locked. */
  locked: string[];
  /**
   * Meetings that should have been locked but no longer fit where they are (someone became unavailable, a fixed
   * table changed, a cap was lowered): the engine may move them, and the coordinator is told which.
   */
  released: string[];
}

/**
 * Turns a convention into the engine's Problem. Only meetings that are still to happen take part; meetings that
 * already took place in past slots are dropped with their slots, and each participant's cap is lowered by what
 * they already had there, so the engine sees only the part of the day it may still change.
 */
export function buildProblem(snapshot: ConventionSnapshot, options: BuildProblemOptions): BuiltProblem {
  const past = new Set(snapshot.slots.filter((s) => options.notBefore && s.startsAt < options.notBefore).map((s) => s.id));
  const slots: Slot[] = snapshot.slots
    .filter((s) => !past.has(s.id))
    .map((s) => ({ id: s.id, start: s.startsAt.toISOString(), end: s.endsAt.toISOString(), session: `s${s.session}` }));
  const absent = new Set(snapshot.participants.filter((p) => p.absent).map((p) => p.id));
  const liveSlot = new Set(slots.map((s) => s.id));

  const untouched: string[] = [];
  const locked: string[] = [];
  const released: string[] = [];
  const usedInPast = new Map<string, number>();
  const byId = new Map(snapshot.participants.map((p) => [p.id, p]));
  const capOf = (id: string) => byId.get(id)?.maxMeetings ?? snapshot.maxMeetingsPerParticipant;
  const seatTaken = new Set<string>();
  const personBusy = new Set<string>();
  const lockedCount = new Map<string, number>();
  /** A lock is kept only if it still holds with every lock kept before it. */
  const lockHolds = (m: ConventionSnapshot['meetings'][number]) => {
    const slot = m.slotId!;
    const table = m.tableNumber!;
    if (table > snapshot.tableCount || seatTaken.has(`${slot}|${table}`)) return false;
    for (const pid of m.participants) {
      const p = byId.get(pid);
      if (!p || p.unavailableSlotIds.includes(slot) || personBusy.has(`${pid}|${slot}`)) return false;
      if (p.fixedTable !== null && p.fixedTable <= snapshot.tableCount && p.fixedTable !== table) return false;
      const cap = capOf(pid);
      if (cap !== null && (lockedCount.get(pid) ?? 0) + (usedInPast.get(pid) ?? 0) >= cap) return false;
    }
    seatTaken.add(`${slot}|${table}`);
    for (const pid of m.participants) {
      personBusy.add(`${pid}|${slot}`);
      lockedCount.set(pid, (lockedCount.get(pid) ?? 0) + 1);
    }
    return true;
  };
  const meetings: Meeting[] = [];
  const live: ConventionSnapshot['meetings'] = [];
  for (const m of snapshot.meetings) {
    const active = m.status === 'scheduled' || m.status === 'unscheduled';
    const inPast = m.status === 'scheduled' && m.slotId !== null && past.has(m.slotId);
    if (!active || m.participants.some((p) => absent.has(p)) || inPast) {
      untouched.push(m.id);
      if (inPast || m.status === 'held') for (const p of m.participants) usedInPast.set(p, (usedInPast.get(p) ?? 0) + 1);
      continue;
    }
    live.push(m);
  }
  // Hand locks first, so that a published meeting gives way to one the coordinator pinned on purpose.
  live.sort((a, b) => Number(b.locked) - Number(a.locked));
  for (const m of live) {
    const placed = m.status === 'scheduled' && m.slotId !== null && m.tableNumber !== null && liveSlot.has(m.slotId);
    const keep = placed && (m.locked || (options.mode === 'keep-published' && m.published));
    const meeting: Meeting = { id: m.id, participants: m.participants, priority: m.weight };
    if (keep && lockHolds(m)) {
      meeting.locked = { slot: m.slotId!, table: m.tableNumber! };
      locked.push(m.id);
    } else if (keep) released.push(m.id);
    meetings.push(meeting);
  }

  const participants: Participant[] = snapshot.participants.map((p) => {
    const out: Participant = { id: p.id };
    const unavailable = p.unavailableSlotIds.filter((s) => liveSlot.has(s));
    if (unavailable.length) out.unavailable = unavailable;
    const cap = p.maxMeetings ?? snapshot.maxMeetingsPerParticipant;
    if (cap !== null) out.maxMeetings = Math.max(0, cap - (usedInPast.get(p.id) ?? 0));
    if (p.fixedTable !== null && p.fixedTable <= snapshot.tableCount) out.fixedTable = p.fixedTable;
    return out;
  });
  return { problem: { slots, tables: snapshot.tableCount, participants, meetings }, untouched, locked, released };
}
