import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionMeetings } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { validatePlan } from '../scheduling/validate-plan';
import { buildProblem, type ConventionSnapshot } from './build-problem';
import { loadConventionToManage, lockConvention, refuse } from './convention-access';
import { loadSnapshot } from './load-snapshot';

export const scheduleEditSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('move'), meetingId: z.uuid(), slotId: z.uuid(), table: z.number().int().min(1).max(2000) }),
  z.object({ action: z.literal('swap'), meetingId: z.uuid(), otherMeetingId: z.uuid() }),
  z.object({ action: z.literal('lock'), meetingId: z.uuid(), locked: z.boolean() }),
  z.object({ action: z.literal('unschedule'), meetingId: z.uuid() }),
]);
export type ScheduleEdit = z.infer<typeof scheduleEditSchema>;

type Seat = { slot: string; table: number };

/** The violations of the engine's hard rules in a set of seats (locks of the edited meetings set aside). */
function violationsOf(snapshot: ConventionSnapshot, seats: Map<string, Seat>, edited: Set<string>) {
  const unlocked: ConventionSnapshot = { ...snapshot, meetings: snapshot.meetings.map((m) => (edited.has(m.id) ? { ...m, locked: false } : m)) };
  const { problem } = buildProblem(unlocked, { mode: 'full' });
  const inProblem = new Set(problem.meetings.map((m) => m.id));
  const assignments = [...seats].filter(([id]) => inProblem.has(id)).map(([meeting, s]) => ({ meeting, slot: s.slot, table: s.table }));
  // A hand lock is a promise to the engine, not a rule for the coordinator's own edits: check the seats only.
  problem.meetings = problem.meetings.map(({ locked: _locked, ...m }) => m);
  return new Set(validatePlan(problem, { assignments }).violations);
}

/**
 * The coordinator's hand edits: move a meeting to a slot and table, swap two meetings' places, lock or unlock one
 * (the engine will not move it), or take one out of the plan. Each edit is checked against the engine's hard rules
 * (one meeting per person and per table at a time, availability, exhibitors' tables, caps); an edit that would
 * break one is refused with the rules it breaks.
 */
export async function editSchedule({ db, actor, eventId, edit }: { db: Db; actor: Actor; eventId: string; edit: ScheduleEdit }) {
  await loadConventionToManage(db, actor, eventId);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    if (settings.scheduleStatus === 'generating') throw refuse('conflict', 'generating', 'Wait until the schedule is generated');
    const { snapshot } = await loadSnapshot(tx, eventId, settings);
    const byId = new Map(snapshot.meetings.map((m) => [m.id, m]));
    const meeting = byId.get(edit.meetingId);
    if (!meeting || (meeting.status !== 'scheduled' && meeting.status !== 'unscheduled')) throw notFound('Meeting', 'meetingId');

    if (edit.action === 'lock') {
      if (edit.locked && meeting.status !== 'scheduled') throw refuse('conflict', 'not_scheduled', 'Only a scheduled meeting can be locked', 'meetingId');
      await tx.update(conventionMeetings).set({ locked: edit.locked, updatedAt: new Date() }).where(eq(conventionMeetings.id, meeting.id));
      await recordAudit(tx, actor, edit.locked ? 'lock' : 'unlock', 'convention_meeting', meeting.id);
      return { changed: [meeting.id] };
    }

    const seats = new Map<string, Seat>();
    for (const m of snapshot.meetings) if (m.status === 'scheduled' && m.slotId && m.tableNumber) seats.set(m.id, { slot: m.slotId, table: m.tableNumber });
    const before = violationsOf(snapshot, seats, new Set());
    const edited = new Set([meeting.id]);
    if (edit.action === 'move') {
      if (!snapshot.slots.some((s) => s.id === edit.slotId)) throw notFound('Slot', 'slotId');
      if (edit.table > snapshot.tableCount) throw refuse('validation', 'edit_breaks_rules', `There are ${snapshot.tableCount} tables`, 'table');
      seats.set(meeting.id, { slot: edit.slotId, table: edit.table });
    } else if (edit.action === 'swap') {
      const other = byId.get(edit.otherMeetingId);
      if (!other || (other.status !== 'scheduled' && other.status !== 'unscheduled')) throw notFound('Meeting', 'otherMeetingId');
      const mine = seats.get(meeting.id);
      const theirs = seats.get(other.id);
      if (!mine && !theirs) throw refuse('conflict', 'not_scheduled', 'Neither meeting is scheduled', 'otherMeetingId');
      seats.delete(meeting.id);
      seats.delete(other.id);
      if (theirs) seats.set(meeting.id, theirs);
      if (mine) seats.set(other.id, mine);
      edited.add(other.id);
    } else seats.delete(meeting.id);

    const after = violationsOf(snapshot, seats, edited);
    const broken = [...after].filter((v) => !before.has(v));
    if (broken.length) throw refuse('conflict', 'edit_breaks_rules', `This change breaks a rule: ${broken[0]}`, undefined, { violations: broken.slice(0, 10) });

    const now = new Date();
    // Clear first, then seat: the database guards never see two meetings on one seat or person in between.
    await tx
      .update(conventionMeetings)
      .set({ status: 'unscheduled', slotId: null, tableNumber: null, updatedAt: now })
      .where(and(eq(conventionMeetings.eventId, eventId), inArray(conventionMeetings.id, [...edited])));
    for (const id of edited) {
      const s = seats.get(id);
      if (s) await tx.update(conventionMeetings).set({ status: 'scheduled', slotId: s.slot, tableNumber: s.table, unscheduledReason: '', updatedAt: now }).where(eq(conventionMeetings.id, id));
      else await tx.update(conventionMeetings).set({ locked: false, unscheduledReason: 'by_hand' }).where(eq(conventionMeetings.id, id));
    }
    await recordAudit(tx, actor, edit.action, 'convention_meeting', meeting.id, { ...edit });
    return { changed: [...edited] };
  });
}
