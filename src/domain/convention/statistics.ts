import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionOutcomes, conventionParticipants, conventionRequests, eventRegistrations } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { loadConventionToManage } from './convention-access';
import { outcomeLevels, participantRoles, type OutcomeLevel, type ParticipantRole } from './convention-model';

const countBy = async <K extends string>(query: Promise<{ key: string | null; n: number }[]>, keys: readonly K[]) => {
  const rows = await query;
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) if (r.key && (keys as readonly string[]).includes(r.key)) out[r.key as K] = Number(r.n);
  return out;
};

/**
 * What the convention achieved, for the coordinator and the funders: participants, requests and acceptance,
 * meetings held and missed, and what each side said came of their meetings, at the event and at the follow-up.
 */
export async function conventionStatistics({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  await loadConventionToManage(db, actor, eventId);
  const n = sql<number>`count(*)::int`;
  const participantsByRole = await countBy(
    db
      .select({ key: conventionParticipants.role, n })
      .from(conventionParticipants)
      .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
      .where(and(eq(conventionParticipants.eventId, eventId), eq(eventRegistrations.status, 'confirmed')))
      .groupBy(conventionParticipants.role),
    participantRoles,
  );
  const [attendance] = await db
    .select({ checkedIn: sql<number>`count(*) FILTER (WHERE ${eventRegistrations.checkedInAt} IS NOT NULL)::int`, absent: sql<number>`count(*) FILTER (WHERE ${conventionParticipants.absentAt} IS NOT NULL)::int` })
    .from(conventionParticipants)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
    .where(and(eq(conventionParticipants.eventId, eventId), eq(eventRegistrations.status, 'confirmed')));
  const requests = await countBy(
    db.select({ key: conventionRequests.status, n }).from(conventionRequests).where(eq(conventionRequests.eventId, eventId)).groupBy(conventionRequests.status),
    ['pending', 'accepted', 'declined', 'cancelled'] as const,
  );
  const meetings = await countBy(
    db.select({ key: conventionMeetings.status, n }).from(conventionMeetings).where(eq(conventionMeetings.eventId, eventId)).groupBy(conventionMeetings.status),
    ['scheduled', 'unscheduled', 'held', 'no_show', 'cancelled'] as const,
  );
  const outcomeRows = await db
    .select({ stage: conventionOutcomes.stage, outcome: conventionOutcomes.outcome, n })
    .from(conventionOutcomes)
    .innerJoin(conventionMeetings, eq(conventionMeetings.id, conventionOutcomes.meetingId))
    .where(eq(conventionMeetings.eventId, eventId))
    .groupBy(conventionOutcomes.stage, conventionOutcomes.outcome);
  const outcomes = { event: zeros(), followup: zeros() };
  for (const r of outcomeRows) outcomes[r.stage][r.outcome] = Number(r.n);
  // The best either side reported for a meeting, latest stage first: what funders count as results.
  const [best] = await db.execute(sql`
    SELECT count(*) FILTER (WHERE best >= 4)::int AS negotiations, count(*) FILTER (WHERE best = 5)::int AS agreements, count(*)::int AS answered
    FROM (
      SELECT o.meeting_id, max(array_position(ARRAY['no_further_contact','knowledge_gained','valuable_contact','negotiation_started','agreement_reached'], o.outcome)) AS best
      FROM convention_outcomes o JOIN convention_meetings m ON m.id = o.meeting_id
      WHERE m.event_id = ${eventId}
      GROUP BY o.meeting_id
    ) b`).then((r) => (r as unknown as { rows: { negotiations: number; agreements: number; answered: number }[] }).rows);
  const answered = requests.accepted + requests.declined;
  const participants = Object.values(participantsByRole).reduce((a, b) => a + b, 0);
  return {
    participants,
    participantsByRole: participantsByRole as Record<ParticipantRole, number>,
    checkedIn: Number(attendance?.checkedIn ?? 0),
    absent: Number(attendance?.absent ?? 0),
    requests: { total: Object.values(requests).reduce((a, b) => a + b, 0), ...requests },
    acceptanceRate: answered ? Math.round((requests.accepted / answered) * 1000) / 1000 : null,
    meetings,
    meetingsHeld: meetings.held,
    noShows: meetings.no_show,
    outcomes,
    meetingsWithOutcome: Number(best?.answered ?? 0),
    negotiationsOrBetter: Number(best?.negotiations ?? 0),
    agreements: Number(best?.agreements ?? 0),
  };
}

function zeros(): Record<OutcomeLevel, number> {
  return Object.fromEntries(outcomeLevels.map((l) => [l, 0])) as Record<OutcomeLevel, number>;
}
