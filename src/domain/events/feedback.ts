// The short form after an event: one answer per registration, shown to the coordinators without names.
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { eventFeedback, eventRegistrations } from '../../db/schema';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { eventRefusal } from './event-policy';
import { feedbackInputSchema } from './event-schema';
import { getEvent, getManagedEvent } from './events';

async function ownRegistration(db: Db, actor: Actor, eventId: string) {
  if (!actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  const [r] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, actor.userId), ne(eventRegistrations.status, 'cancelled')));
  return r;
}

/** Whether the actor can give feedback now: registered and confirmed, not marked absent, the event has started. */
export async function feedbackState({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  const event = await getEvent({ db, actor, id: eventId });
  const registration = actor.userId ? await ownRegistration(db, actor, eventId) : undefined;
  const open =
    !!registration && registration.status === 'confirmed' && registration.attendance !== 'no_show' && event.status === 'published' && event.startsAt.getTime() <= Date.now();
  const [mine] = registration ? await db.select().from(eventFeedback).where(eq(eventFeedback.registrationId, registration.id)) : [];
  return { open, mine: mine ?? null };
}

export async function submitFeedback(opts: { db: Db; actor: Actor; eventId: string; input: unknown }) {
  const { db, actor, eventId } = opts;
  const input = feedbackInputSchema.parse(opts.input);
  const event = await getEvent({ db, actor, id: eventId });
  if (event.status !== 'published' || event.startsAt.getTime() > Date.now())
    throw eventRefusal('conflict', 'event_not_started', 'Feedback opens once the event has started');
  const registration = await ownRegistration(db, actor, eventId);
  if (!registration || registration.status !== 'confirmed' || registration.attendance === 'no_show')
    throw eventRefusal('forbidden', 'not_registered', 'Only the participants can give feedback');
  const values = {
    rating: input.rating,
    usefulness: input.usefulness ?? null,
    newContacts: input.newContacts ?? null,
    wouldReturn: input.wouldReturn ?? null,
    comment: input.comment ?? '',
  };
  const [row] = await db
    .insert(eventFeedback)
    .values({ ...values, eventId, registrationId: registration.id })
    .onConflictDoUpdate({ target: eventFeedback.registrationId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row!;
}

/** For the coordinators: averages, totals and the comments, without names. */
export async function feedbackSummary({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  await getManagedEvent(db, actor, eventId);
  const [totals] = await queryRows<{
    answers: number;
    rating: number | null;
    usefulness: number | null;
    newContacts: number | null;
    wouldReturn: number | null;
    wouldReturnAnswers: number;
  }>(
    db,
    sql`SELECT count(*)::int AS "answers",
               round(avg(rating)::numeric, 2)::float AS "rating",
               round(avg(usefulness)::numeric, 2)::float AS "usefulness",
               sum(new_contacts)::int AS "newContacts",
               count(*) FILTER (WHERE would_return)::int AS "wouldReturn",
               count(would_return)::int AS "wouldReturnAnswers"
        FROM event_feedback WHERE event_id = ${eventId}`,
  );
  const distribution = await queryRows<{ rating: number; n: number }>(
    db,
    sql`SELECT rating::int AS rating, count(*)::int AS n FROM event_feedback WHERE event_id = ${eventId} GROUP BY rating ORDER BY rating`,
  );
  const comments = await db
    .select({ rating: eventFeedback.rating, comment: eventFeedback.comment, at: eventFeedback.updatedAt })
    .from(eventFeedback)
    .where(and(eq(eventFeedback.eventId, eventId), ne(eventFeedback.comment, '')))
    .orderBy(desc(eventFeedback.updatedAt))
    .limit(500);
  return {
    answers: totals?.answers ?? 0,
    averageRating: totals?.rating ?? null,
    averageUsefulness: totals?.usefulness ?? null,
    newContacts: totals?.newContacts ?? 0,
    wouldReturn: totals?.wouldReturn ?? 0,
    wouldReturnAnswers: totals?.wouldReturnAnswers ?? 0,
    distribution: [1, 2, 3, 4, 5].map((r) => ({ rating: r, count: distribution.find((d) => d.rating === r)?.n ?? 0 })),
    comments,
  };
}
