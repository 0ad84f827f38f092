import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventSponsorPromises, eventSponsors, events } from '../../db/schema';
import { runSql } from '../indicators/run-sql';
import { forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canOnNetwork } from '../policy/policy';

interface EventFigures {
  confirmed: number;
  attended: number;
  organisations: number;
  countries: string[];
  feedback_count: number;
  rating: number | null;
  meetings_held: number;
  sponsor_attended: number;
  sponsor_meetings: number;
  sponsor_agreements: number;
}

/**
 * What a sponsor got for its money, from what the platform recorded at the event: attendance and its spread,
 * reach (registrations plus the audience the agency reports from press and social networks), the meetings held
 * at the event and by the sponsor itself, the participants' rating, and the promises kept.
 */
export async function getSponsorFallout({ db, actor, sponsorId }: { db: Db; actor: Actor; sponsorId: string }) {
  const [sponsor] = await db.select().from(eventSponsors).where(eq(eventSponsors.id, sponsorId));
  if (!sponsor) throw notFound('Sponsor');
  const [event] = await db.select().from(events).where(eq(events.id, sponsor.eventId));
  if (!event || !canOnNetwork(actor, 'read-members', event.networkId)) throw notFound('Sponsor');
  if (!canOnNetwork(actor, 'manage', event.networkId)) throw forbidden('Only the coordinators of the network see sponsor reports');
  const [f] = await runSql<EventFigures>(
    db,
    `SELECT
       (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = $1 AND r.status = 'confirmed') AS confirmed,
       (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = $1 AND r.attendance = 'attended') AS attended,
       (SELECT count(DISTINCT r.organisation_id)::int FROM event_registrations r WHERE r.event_id = $1 AND r.attendance = 'attended') AS organisations,
       (SELECT coalesce(array_agg(DISTINCT o.country ORDER BY o.country), '{}') FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id
         WHERE r.event_id = $1 AND r.attendance = 'attended') AS countries,
       (SELECT count(*)::int FROM event_feedback f WHERE f.event_id = $1) AS feedback_count,
       (SELECT round(avg(f.rating), 2)::float8 FROM event_feedback f WHERE f.event_id = $1) AS rating,
       (SELECT count(*)::int FROM convention_meetings m WHERE m.event_id = $1 AND m.status = 'held') AS meetings_held,
       (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = $1 AND r.attendance = 'attended' AND r.organisation_id = $2) AS sponsor_attended,
       (SELECT count(*)::int FROM convention_meetings m JOIN convention_participants p ON p.id IN (m.participant_a, m.participant_b)
         WHERE m.event_id = $1 AND m.status = 'held' AND p.organisation_id = $2) AS sponsor_meetings,
       (SELECT count(DISTINCT m.id)::int FROM convention_meetings m JOIN convention_participants p ON p.id IN (m.participant_a, m.participant_b)
         JOIN convention_outcomes co ON co.meeting_id = m.id AND co.outcome = 'agreement_reached'
         WHERE m.event_id = $1 AND m.status = 'held' AND p.organisation_id = $2) AS sponsor_agreements`,
    [event.id, sponsor.organisationId],
  );
  const promises = await db.select().from(eventSponsorPromises).where(eq(eventSponsorPromises.sponsorId, sponsor.id)).orderBy(asc(eventSponsorPromises.position));
  const figures = f!;
  const live = promises.filter((p) => p.status !== 'cancelled');
  return {
    sponsor,
    event: { id: event.id, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, visibility: event.visibility, status: event.status, held: event.status === 'published' && event.endsAt <= new Date() },
    attendance: { confirmed: figures.confirmed, attended: figures.attended, organisations: figures.organisations, countries: figures.countries },
    reach: { registrations: figures.confirmed, reported: sponsor.reportedReach, total: figures.confirmed + (sponsor.reportedReach ?? 0) },
    meetings: { heldAtEvent: figures.meetings_held, heldBySponsor: figures.sponsor_meetings, agreementsBySponsor: figures.sponsor_agreements },
    sponsorAttended: figures.sponsor_attended,
    feedback: { answers: figures.feedback_count, rating: figures.rating },
    promises: { items: promises, delivered: live.filter((p) => p.status === 'delivered').length, total: live.length },
    costPerAttendee: sponsor.amountCents !== null && figures.attended > 0 ? Math.round(sponsor.amountCents / figures.attended) : null,
  };
}
