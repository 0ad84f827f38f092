import { and, count, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionParticipants, conventionRequests, eventRegistrations } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { loadConvention, lockConvention, myParticipant, refuse, requireMyParticipant, type EventRow, type ParticipantRow, type SettingsRow } from './convention-access';
import { loadPeople, mailParticipant, networkSlugOf } from './people';

export const requestInputSchema = z.object({
  recipientId: z.uuid(),
  message: z.string().trim().max(2000).default(''),
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
});
export const responseInputSchema = z.object({
  accept: z.boolean(),
  message: z.string().trim().max(2000).default(''),
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
});
export const introductionSchema = z.object({
  participantA: z.uuid(),
  participantB: z.uuid(),
  message: z.string().trim().max(2000).default(''),
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
});

type Ctx = { db: Db; actor: Actor; eventId: string; baseUrl: string };

async function participantOf(db: Db, eventId: string, id: string, field: string): Promise<ParticipantRow> {
  const [row] = await db
    .select({ p: conventionParticipants, status: eventRegistrations.status })
    .from(conventionParticipants)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
    .where(and(eq(conventionParticipants.id, id), eq(conventionParticipants.eventId, eventId)));
  if (!row || row.status !== 'confirmed') throw notFound('Participant', field);
  return row.p;
}

/** Meetings a participant has or will have: what counts against their cap. */
async function activeMeetingCount(db: Db, participantId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(conventionMeetings)
    .where(
      and(
        or(eq(conventionMeetings.participantA, participantId), eq(conventionMeetings.participantB, participantId)),
        inArray(conventionMeetings.status, ['scheduled', 'unscheduled', 'held']),
      ),
    );
  return Number(row?.n ?? 0);
}

function assertMeetingRoom(settings: SettingsRow, p: ParticipantRow, have: number, field: string) {
  const cap = p.maxMeetings ?? settings.maxMeetingsPerParticipant;
  if (cap !== null && have >= cap) throw refuse('conflict', 'meeting_limit', `The limit of ${cap} meetings is reached`, field);
}

async function createMeeting(tx: Db, event: EventRow, request: typeof conventionRequests.$inferSelect, responsePriority: number) {
  const [meeting] = await tx
    .insert(conventionMeetings)
    .values({
      eventId: event.id,
      requestId: request.id,
      participantA: request.requesterId,
      participantB: request.recipientId,
      weight: request.priority + responsePriority,
      status: 'unscheduled',
    })
    .returning();
  return meeting!;
}

/** A participant asks another for a meeting, with a message and a priority; the other is told by e-mail. */
export async function sendRequest({ db, actor, eventId, baseUrl, input }: Ctx & { input: z.infer<typeof requestInputSchema> }) {
  const { event, settings, manage } = await loadConvention(db, actor, eventId);
  const me = await requireMyParticipant(db, actor, eventId);
  if (me.absentAt) throw refuse('conflict', 'absent', 'You are marked absent from the convention');
  if (settings.requestDeadline && new Date() > settings.requestDeadline && !manage)
    throw refuse('conflict', 'deadline_passed', 'The deadline for meeting requests has passed', 'recipientId');
  if (input.recipientId === me.id) throw refuse('validation', 'same_organisation', 'You cannot ask yourself for a meeting', 'recipientId');
  const other = await participantOf(db, eventId, input.recipientId, 'recipientId');
  if (other.absentAt) throw refuse('conflict', 'absent', 'This participant is marked absent', 'recipientId');
  if (me.organisationId && other.organisationId === me.organisationId)
    throw refuse('validation', 'same_organisation', 'You cannot ask a colleague of your own organisation for a meeting', 'recipientId');
  const request = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, eventId);
    const [live] = await tx
      .select({ id: conventionRequests.id })
      .from(conventionRequests)
      .where(
        and(
          inArray(conventionRequests.status, ['pending', 'accepted']),
          or(
            and(eq(conventionRequests.requesterId, me.id), eq(conventionRequests.recipientId, other.id)),
            and(eq(conventionRequests.requesterId, other.id), eq(conventionRequests.recipientId, me.id)),
          ),
        ),
      );
    if (live) throw refuse('conflict', 'already_requested', 'A request between you two already exists', 'recipientId');
    if (settings.maxRequestsPerParticipant !== null) {
      const [sent] = await tx
        .select({ n: count() })
        .from(conventionRequests)
        .where(and(eq(conventionRequests.requesterId, me.id), inArray(conventionRequests.status, ['pending', 'accepted'])));
      if (Number(sent?.n ?? 0) >= settings.maxRequestsPerParticipant)
        throw refuse('conflict', 'request_limit', `You can send at most ${settings.maxRequestsPerParticipant} requests`, 'recipientId');
    }
    const [row] = await tx
      .insert(conventionRequests)
      .values({ eventId, requesterId: me.id, recipientId: other.id, message: input.message, priority: input.priority })
      .returning();
    const people = await loadPeople(tx, [me.id, other.id]);
    const from = people.get(me.id);
    await mailParticipant(tx, {
      to: people.get(other.id),
      template: 'request-received',
      event,
      networkSlug: await networkSlugOf(tx, event.networkId),
      baseUrl,
      tab: 'requests',
      values: { requester: from?.name ?? '', organisation: from?.organisation ?? '', message: input.message ? `« ${input.message} »` : '' },
    });
    await recordAudit(tx, actor, 'create', 'convention_request', row!.id, { to: other.id, priority: input.priority });
    return row!;
  });
  return request;
}

/** The recipient (or a coordinator for them) accepts or declines; accepting creates the meeting to schedule. */
export async function respondToRequest({ db, actor, eventId, baseUrl, requestId, input }: Ctx & { requestId: string; input: z.infer<typeof responseInputSchema> }) {
  const { event, manage } = await loadConvention(db, actor, eventId);
  const me = await myParticipant(db, actor, eventId);
  const [request] = await db.select().from(conventionRequests).where(and(eq(conventionRequests.id, requestId), eq(conventionRequests.eventId, eventId)));
  if (!request || (request.recipientId !== me?.id && request.requesterId !== me?.id && !manage)) throw notFound('Request', 'requestId');
  if (request.recipientId !== me?.id && !manage) throw refuse('forbidden', 'not_yours', 'Only the person asked can answer this request');
  if (request.status !== 'pending') throw refuse('conflict', 'not_pending', 'This request was already answered or withdrawn');
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    let meeting: typeof conventionMeetings.$inferSelect | undefined;
    if (input.accept) {
      const recipient = await participantOf(tx, eventId, request.recipientId, 'requestId');
      const requester = await participantOf(tx, eventId, request.requesterId, 'requestId');
      assertMeetingRoom(settings, recipient, await activeMeetingCount(tx, recipient.id), 'accept');
      assertMeetingRoom(settings, requester, await activeMeetingCount(tx, requester.id), 'requester');
    }
    const [updated] = await tx
      .update(conventionRequests)
      .set({ status: input.accept ? 'accepted' : 'declined', responsePriority: input.accept ? input.priority : null, responseMessage: input.message, respondedAt: new Date() })
      .where(and(eq(conventionRequests.id, requestId), eq(conventionRequests.status, 'pending')))
      .returning();
    if (!updated) throw refuse('conflict', 'not_pending', 'This request was already answered or withdrawn');
    if (input.accept) meeting = await createMeeting(tx, event, updated, input.priority);
    const people = await loadPeople(tx, [request.requesterId, request.recipientId]);
    const answerer = people.get(request.recipientId);
    await mailParticipant(tx, {
      to: people.get(request.requesterId),
      template: input.accept ? 'request-accepted' : 'request-declined',
      event,
      networkSlug: await networkSlugOf(tx, event.networkId),
      baseUrl,
      tab: input.accept ? 'requests' : 'catalogue',
      values: { other: answerer?.name ?? '', organisation: answerer?.organisation ?? '', message: input.message ? `« ${input.message} »` : '' },
    });
    await recordAudit(tx, actor, input.accept ? 'accept' : 'decline', 'convention_request', requestId, {});
    return { request: updated, meeting };
  });
}

/** The requester withdraws a request; an accepted one also calls the meeting off and tells the other side. */
export async function cancelRequest({ db, actor, eventId, baseUrl, requestId }: Ctx & { requestId: string }) {
  const { event, manage } = await loadConvention(db, actor, eventId);
  const me = await myParticipant(db, actor, eventId);
  const [request] = await db.select().from(conventionRequests).where(and(eq(conventionRequests.id, requestId), eq(conventionRequests.eventId, eventId)));
  const mine = request && (request.requesterId === me?.id || request.recipientId === me?.id);
  if (!request || (!mine && !manage)) throw notFound('Request', 'requestId');
  if (request.status === 'pending' && request.requesterId !== me?.id && !manage)
    throw refuse('forbidden', 'not_yours', 'Answer the request instead of withdrawing it');
  if (request.status !== 'pending' && request.status !== 'accepted') throw refuse('conflict', 'not_pending', 'This request is already closed');
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, eventId);
    await tx.update(conventionRequests).set({ status: 'cancelled', respondedAt: new Date() }).where(eq(conventionRequests.id, requestId));
    if (request.status === 'accepted') {
      const [meeting] = await tx
        .update(conventionMeetings)
        .set({ status: 'cancelled', locked: false, updatedAt: new Date() })
        .where(and(eq(conventionMeetings.requestId, requestId), inArray(conventionMeetings.status, ['scheduled', 'unscheduled'])))
        .returning();
      if (meeting) {
        const otherId = request.requesterId === me?.id ? request.recipientId : request.requesterId;
        const people = await loadPeople(tx, [request.requesterId, request.recipientId]);
        const by = people.get(otherId === request.recipientId ? request.requesterId : request.recipientId);
        const slug = await networkSlugOf(tx, event.networkId);
        const targets = manage && !mine ? [request.requesterId, request.recipientId] : [otherId];
        for (const id of targets) {
          const counterpart = people.get(id === request.requesterId ? request.recipientId : request.requesterId) ?? by;
          await mailParticipant(tx, {
            to: people.get(id),
            template: 'meeting-cancelled',
            event,
            networkSlug: slug,
            baseUrl,
            tab: 'agenda',
            values: { other: counterpart?.name ?? '', organisation: counterpart?.organisation ?? '' },
          });
        }
      }
    }
    await recordAudit(tx, actor, 'cancel', 'convention_request', requestId, {});
  });
}

/**
 * A coordinator puts two participants together (on the day, or for a request made by phone): an accepted request
 * and its meeting, whatever the deadline; the caps still hold.
 */
export async function introduceParticipants({ db, actor, eventId, input }: Omit<Ctx, 'baseUrl'> & { input: z.infer<typeof introductionSchema> }) {
  const { event, manage } = await loadConvention(db, actor, eventId);
  if (!manage) throw refuse('forbidden', 'not_yours', 'Only coordinators introduce participants to each other');
  if (input.participantA === input.participantB) throw refuse('validation', 'same_organisation', 'Choose two different participants', 'participantB');
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    const a = await participantOf(tx, eventId, input.participantA, 'participantA');
    const b = await participantOf(tx, eventId, input.participantB, 'participantB');
    const [live] = await tx
      .select()
      .from(conventionRequests)
      .where(
        and(
          inArray(conventionRequests.status, ['pending', 'accepted']),
          or(and(eq(conventionRequests.requesterId, a.id), eq(conventionRequests.recipientId, b.id)), and(eq(conventionRequests.requesterId, b.id), eq(conventionRequests.recipientId, a.id))),
        ),
      );
    if (live?.status === 'accepted') throw refuse('conflict', 'already_requested', 'These two already have a meeting', 'participantB');
    assertMeetingRoom(settings, a, await activeMeetingCount(tx, a.id), 'participantA');
    assertMeetingRoom(settings, b, await activeMeetingCount(tx, b.id), 'participantB');
    let request: typeof conventionRequests.$inferSelect;
    if (live) {
      [request] = (await tx
        .update(conventionRequests)
        .set({ status: 'accepted', responsePriority: input.priority, respondedAt: new Date() })
        .where(eq(conventionRequests.id, live.id))
        .returning()) as [typeof conventionRequests.$inferSelect];
    } else {
      [request] = (await tx
        .insert(conventionRequests)
        .values({ eventId, requesterId: a.id, recipientId: b.id, message: input.message, priority: input.priority, status: 'accepted', responsePriority: input.priority, respondedAt: new Date(), createdBy: actor.userId })
        .returning()) as [typeof conventionRequests.$inferSelect];
    }
    const meeting = await createMeeting(tx, event, request, input.priority);
    await recordAudit(tx, actor, 'introduce', 'convention_request', request.id, { a: a.id, b: b.id });
    return { request, meeting };
  });
}

/** The actor's requests, sent and received, with the other side and the meeting when there is one. */
export async function listMyRequests({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  await loadConvention(db, actor, eventId);
  const me = await requireMyParticipant(db, actor, eventId);
  const rows = await db
    .select({ r: conventionRequests, meetingId: conventionMeetings.id, meetingStatus: conventionMeetings.status })
    .from(conventionRequests)
    .leftJoin(conventionMeetings, eq(conventionMeetings.requestId, conventionRequests.id))
    .where(and(eq(conventionRequests.eventId, eventId), or(eq(conventionRequests.requesterId, me.id), eq(conventionRequests.recipientId, me.id))));
  const people = await loadPeople(db, rows.map(({ r }) => (r.requesterId === me.id ? r.recipientId : r.requesterId)));
  return rows
    .sort((x, y) => y.r.createdAt.getTime() - x.r.createdAt.getTime())
    .map(({ r, meetingId, meetingStatus }) => {
      const otherId = r.requesterId === me.id ? r.recipientId : r.requesterId;
      const other = people.get(otherId);
      return {
        id: r.id,
        direction: r.requesterId === me.id ? ('sent' as const) : ('received' as const),
        status: r.status,
        message: r.message,
        priority: r.priority,
        responseMessage: r.responseMessage,
        createdAt: r.createdAt.toISOString(),
        respondedAt: r.respondedAt?.toISOString() ?? null,
        other: { id: otherId, name: other?.name ?? '', organisation: other?.organisation ?? '' },
        meeting: meetingId ? { id: meetingId, status: meetingStatus! } : null,
      };
    });
}
