import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionOutcomes, conventionSettings, events } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { enqueueMails } from './batch-mail';
import { loadConvention, refuse, requireMyParticipant } from './convention-access';
import { conventionLink, renderConventionMail } from './convention-mails';
import { FOLLOW_UP_DAYS, outcomeLevels, outcomeStages } from './convention-model';
import { eventTitle, loadPeople, networkSlugOf } from './people';

export const outcomeInputSchema = z.object({
  stage: z.enum(outcomeStages),
  outcome: z.enum(outcomeLevels),
  comment: z.string().trim().max(2000).default(''),
});

/**
 * One side says what came of a meeting, at the event or at the follow-up; saying it again replaces the answer.
 * A meeting with an answer from the event took place: it counts as held.
 */
export async function recordOutcome({ db, actor, eventId, meetingId, input }: { db: Db; actor: Actor; eventId: string; meetingId: string; input: z.infer<typeof outcomeInputSchema> }) {
  await loadConvention(db, actor, eventId);
  const me = await requireMyParticipant(db, actor, eventId);
  const [meeting] = await db
    .select()
    .from(conventionMeetings)
    .where(and(eq(conventionMeetings.id, meetingId), eq(conventionMeetings.eventId, eventId), or(eq(conventionMeetings.participantA, me.id), eq(conventionMeetings.participantB, me.id))));
  if (!meeting) throw notFound('Meeting', 'meetingId');
  if (meeting.status !== 'scheduled' && meeting.status !== 'held') throw refuse('conflict', 'not_scheduled', 'This meeting did not take place', 'meetingId');
  if (meeting.status === 'scheduled' && meeting.publishedSlotId === null) throw refuse('conflict', 'not_scheduled', 'This meeting is not in the published schedule yet', 'meetingId');
  const recordedAt = new Date();
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx
      .insert(conventionOutcomes)
      .values({ meetingId, participantId: me.id, stage: input.stage, outcome: input.outcome, comment: input.comment, recordedAt })
      .onConflictDoUpdate({
        target: [conventionOutcomes.meetingId, conventionOutcomes.participantId, conventionOutcomes.stage],
        set: { outcome: input.outcome, comment: input.comment, recordedAt },
      });
    if (meeting.status === 'scheduled') await tx.update(conventionMeetings).set({ status: 'held', updatedAt: recordedAt }).where(eq(conventionMeetings.id, meetingId));
    await recordAudit(tx, actor, 'record-outcome', 'convention_meeting', meetingId, { stage: input.stage, outcome: input.outcome });
  });
  return { meetingId, stage: input.stage, outcome: input.outcome, comment: input.comment, recordedAt: recordedAt.toISOString() };
}

/**
 * The job about six months after the event: every participant who had a meeting is asked what came of it.
 * Sent once (the settings row remembers it), however often the job runs.
 */
export async function sendFollowUpReminders(db: Db, { eventId, baseUrl }: { eventId: string; baseUrl: string }, now = new Date()) {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [settings] = await tx.select().from(conventionSettings).where(and(eq(conventionSettings.eventId, eventId), isNull(conventionSettings.followupReminderSentAt))).for('update');
    const [event] = await tx.select().from(events).where(eq(events.id, eventId));
    if (!settings || !event || event.status === 'cancelled') return { sent: 0 };
    // The event may have moved since publication: wait for its own date.
    const due = new Date(event.endsAt.getTime() + FOLLOW_UP_DAYS * 86_400_000);
    if (now.getTime() < due.getTime() - 3_600_000) {
      await enqueueJob(tx, 'convention.follow-up', { eventId, baseUrl }, { runAt: due });
      return { sent: 0, rescheduledTo: due.toISOString() };
    }
    const meetings = await tx
      .select({ a: conventionMeetings.participantA, b: conventionMeetings.participantB })
      .from(conventionMeetings)
      .where(and(eq(conventionMeetings.eventId, eventId), inArray(conventionMeetings.status, ['held', 'scheduled'])));
    const counts = new Map<string, number>();
    for (const m of meetings) for (const p of [m.a, m.b]) counts.set(p, (counts.get(p) ?? 0) + 1);
    const people = await loadPeople(tx, [...counts.keys()]);
    const link = conventionLink(baseUrl, await networkSlugOf(tx, event.networkId), eventId, 'agenda');
    const messages = [...counts]
      .map(([id, n]) => ({ person: people.get(id), n }))
      .filter((x) => x.person?.email)
      .map(({ person, n }) => ({
        to: person!.email!,
        ...renderConventionMail('followup-reminder', person!.locale, { name: person!.name, event: eventTitle(event.title, person!.locale), count: n, link }),
      }));
    await enqueueMails(tx, messages);
    await tx.update(conventionSettings).set({ followupReminderSentAt: new Date() }).where(eq(conventionSettings.eventId, eventId));
    return { sent: messages.length };
  });
}
