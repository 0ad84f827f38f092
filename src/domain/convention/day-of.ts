import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionParticipants } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { loadConventionToManage, lockConvention, refuse } from './convention-access';
import { loadPeople, mailParticipant, networkSlugOf } from './people';

export const meetingMarkSchema = z.object({
  /** held: it took place; no_show: someone did not come (the slot and table become free). */
  status: z.enum(['held', 'no_show', 'scheduled']),
  /** Who did not come; absent for "neither". */
  missingParticipantId: z.uuid().nullable().optional(),
});

/** On the day: a meeting took place, or did not because someone was missing, which frees its slot and table. */
export async function markMeeting({ db, actor, eventId, meetingId, input }: { db: Db; actor: Actor; eventId: string; meetingId: string; input: z.infer<typeof meetingMarkSchema> }) {
  await loadConventionToManage(db, actor, eventId);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, eventId);
    const [m] = await tx.select().from(conventionMeetings).where(and(eq(conventionMeetings.id, meetingId), eq(conventionMeetings.eventId, eventId)));
    if (!m) throw notFound('Meeting', 'meetingId');
    const missing = input.missingParticipantId ?? null;
    if (missing && missing !== m.participantA && missing !== m.participantB) throw notFound('Participant', 'missingParticipantId');
    if (input.status === 'scheduled') {
      // Undo a mark made by mistake: back in its place, if that place is still free (the guards say so otherwise).
      if (m.status !== 'held' && m.status !== 'no_show') throw refuse('conflict', 'not_scheduled', 'Only a meeting marked held or missed can be restored');
      if (!m.slotId || !m.tableNumber) throw refuse('conflict', 'not_scheduled', 'This meeting has no place to go back to');
    } else if (m.status !== 'scheduled' && m.status !== 'held' && m.status !== 'no_show') throw refuse('conflict', 'not_scheduled', 'This meeting is not scheduled');
    try {
      await tx
        .update(conventionMeetings)
        .set({ status: input.status, noShowParticipantId: input.status === 'no_show' ? missing : null, updatedAt: new Date() })
        .where(eq(conventionMeetings.id, meetingId));
    } catch (error) {
      if ((error as { code?: string; cause?: { code?: string } }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505')
        throw refuse('conflict', 'slot_in_use', 'Its slot or table has been given to another meeting');
      throw error;
    }
    await recordAudit(tx, actor, `mark-${input.status}`, 'convention_meeting', meetingId, { missing });
    return { id: meetingId, status: input.status };
  });
}

/**
 * A participant is not coming (or came after all). Absent: their meetings still to come are marked missed, their
 * counterparts are told, and those slots are free for late requests. Back: missed meetings go back to "to schedule".
 */
export async function setParticipantAbsent({
  db,
  actor,
  eventId,
  participantId,
  absent,
  baseUrl,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  participantId: string;
  absent: boolean;
  baseUrl: string;
}) {
  const { event } = await loadConventionToManage(db, actor, eventId);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, eventId);
    const [p] = await tx.select().from(conventionParticipants).where(and(eq(conventionParticipants.id, participantId), eq(conventionParticipants.eventId, eventId)));
    if (!p) throw notFound('Participant', 'participantId');
    const theirs = or(eq(conventionMeetings.participantA, participantId), eq(conventionMeetings.participantB, participantId));
    await tx.update(conventionParticipants).set({ absentAt: absent ? new Date() : null, updatedAt: new Date() }).where(eq(conventionParticipants.id, participantId));
    if (absent) {
      const missed = await tx
        .update(conventionMeetings)
        .set({ status: 'no_show', noShowParticipantId: participantId, locked: false, updatedAt: new Date() })
        .where(and(eq(conventionMeetings.eventId, eventId), theirs, inArray(conventionMeetings.status, ['scheduled', 'unscheduled'])))
        .returning();
      const others = missed.filter((m) => m.publishedSlotId).map((m) => (m.participantA === participantId ? m.participantB : m.participantA));
      const people = await loadPeople(tx, [participantId, ...others]);
      const slug = await networkSlugOf(tx, event.networkId);
      for (const o of others)
        await mailParticipant(tx, {
          to: people.get(o),
          template: 'meeting-cancelled',
          event,
          networkSlug: slug,
          baseUrl,
          tab: 'agenda',
          values: { other: people.get(participantId)?.name ?? '', organisation: people.get(participantId)?.organisation ?? '' },
        });
      await recordAudit(tx, actor, 'mark-absent', 'convention_participant', participantId, { meetings: missed.length });
      return { absent, meetings: missed.length };
    }
    const back = await tx
      .update(conventionMeetings)
      .set({ status: 'unscheduled', slotId: null, tableNumber: null, noShowParticipantId: null, unscheduledReason: '', updatedAt: new Date() })
      .where(and(eq(conventionMeetings.eventId, eventId), theirs, eq(conventionMeetings.status, 'no_show'), eq(conventionMeetings.noShowParticipantId, participantId)))
      .returning({ id: conventionMeetings.id });
    await recordAudit(tx, actor, 'mark-present', 'convention_participant', participantId, { meetings: back.length });
    return { absent, meetings: back.length };
  });
}
