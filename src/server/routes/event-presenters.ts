// JSON shapes of the events API: the zod schemas document /api/openapi.json, the presenters produce them.
import { z } from '@hono/zod-openapi';
import type { eventActivities, eventDecisions, eventFeedback, eventRegistrations, events } from '../../db/schema';
import { zonedParts } from '../../domain/calendar/time-zones';
import { TranslatedSchema } from '../schemas';

type EventRow = typeof events.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** "2031-03-30T09:00": the wall-clock time in the event's zone, what a datetime-local field shows. */
export function localInput(d: Date | null, zone: string): string | null {
  if (!d) return null;
  const p = zonedParts(d, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

const QuestionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['text', 'choice', 'multi', 'boolean']),
    label: TranslatedSchema,
    options: z.array(z.object({ id: z.string(), label: TranslatedSchema })).optional(),
    required: z.boolean(),
  })
  .openapi('EventQuestion');

export const EventSchema = z
  .object({
    id: z.string(),
    networkId: z.string(),
    kind: z.string(),
    title: TranslatedSchema,
    description: TranslatedSchema,
    venue: z.string(),
    address: z.string(),
    postcode: z.string(),
    commune: z.string(),
    country: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    onlineUrl: z.string(),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    localStartsAt: z.string().describe('Start as wall-clock time in the event’s time zone'),
    localEndsAt: z.string(),
    capacity: z.number().nullable().describe('null: unlimited'),
    registrationOpensAt: z.string().nullable(),
    registrationClosesAt: z.string().nullable(),
    localRegistrationOpensAt: z.string().nullable(),
    localRegistrationClosesAt: z.string().nullable(),
    questions: z.array(QuestionSchema),
    status: z.enum(['draft', 'published', 'cancelled']),
    visibility: z.enum(['public', 'network']),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Event');

export function presentEvent(e: EventRow): z.infer<typeof EventSchema> {
  return {
    id: e.id,
    networkId: e.networkId,
    kind: e.kind,
    title: e.title,
    description: e.description,
    venue: e.venue,
    address: e.address,
    postcode: e.postcode,
    commune: e.commune,
    country: e.country,
    latitude: e.latitude,
    longitude: e.longitude,
    onlineUrl: e.onlineUrl,
    timeZone: e.timeZone,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    localStartsAt: localInput(e.startsAt, e.timeZone)!,
    localEndsAt: localInput(e.endsAt, e.timeZone)!,
    capacity: e.capacity,
    registrationOpensAt: iso(e.registrationOpensAt),
    registrationClosesAt: iso(e.registrationClosesAt),
    localRegistrationOpensAt: localInput(e.registrationOpensAt, e.timeZone),
    localRegistrationClosesAt: localInput(e.registrationClosesAt, e.timeZone),
    questions: e.questions,
    status: e.status,
    visibility: e.visibility,
    cancelledAt: iso(e.cancelledAt),
    cancelReason: e.cancelReason,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export const EventSummarySchema = EventSchema.extend({
  confirmed: z.number(),
  waitlisted: z.number(),
  myStatus: z.enum(['confirmed', 'waitlisted']).nullable().describe('Your registration, if any'),
}).openapi('EventSummary');

export const EventPageSchema = z
  .object({ items: z.array(EventSummarySchema), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('EventPage');

export function presentEventPage(r: {
  items: { event: EventRow; confirmed: number; waitlisted: number; myStatus: string | null }[];
  total: number;
  page: number;
  pageSize: number;
}): z.infer<typeof EventPageSchema> {
  return {
    ...r,
    items: r.items.map((i) => ({
      ...presentEvent(i.event),
      confirmed: i.confirmed,
      waitlisted: i.waitlisted,
      myStatus: i.myStatus === 'confirmed' || i.myStatus === 'waitlisted' ? i.myStatus : null,
    })),
  };
}

type RegistrationRow = typeof eventRegistrations.$inferSelect;

export const MyRegistrationSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    organisationId: z.string().nullable(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])),
    checkInCode: z.string().describe('What the personal QR code carries'),
    checkedInAt: z.string().nullable(),
    attendance: z.enum(['unknown', 'attended', 'no_show']),
    waitlistPosition: z.number().nullable(),
    createdAt: z.string(),
  })
  .openapi('MyRegistration');

export function presentRegistration(r: RegistrationRow & { waitlistPosition?: number | null }): z.infer<typeof MyRegistrationSchema> {
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    organisationId: r.organisationId,
    answers: r.answers,
    checkInCode: r.checkInCode,
    checkedInAt: iso(r.checkedInAt),
    attendance: r.attendance,
    waitlistPosition: r.waitlistPosition ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

export const AttendeeSchema = z
  .object({
    id: z.string(),
    userId: z.string().nullable(),
    name: z.string(),
    email: z.string(),
    organisationId: z.string().nullable(),
    organisationName: z.string(),
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])),
    checkInCode: z.string(),
    checkedInAt: z.string().nullable(),
    attendance: z.enum(['unknown', 'attended', 'no_show']),
    createdAt: z.string(),
  })
  .openapi('Attendee');

export function presentAttendee(a: {
  id: string;
  userId: string | null;
  name: string;
  email: string;
  organisationId: string | null;
  organisationName: string;
  status: RegistrationRow['status'];
  answers: RegistrationRow['answers'];
  checkInCode: string;
  checkedInAt: Date | null;
  attendance: RegistrationRow['attendance'];
  createdAt: Date;
}): z.infer<typeof AttendeeSchema> {
  return {
    id: a.id,
    userId: a.userId,
    name: a.name,
    email: a.email,
    organisationId: a.organisationId,
    organisationName: a.organisationName,
    status: a.status,
    answers: a.answers,
    checkInCode: a.checkInCode,
    checkedInAt: iso(a.checkedInAt),
    attendance: a.attendance,
    createdAt: a.createdAt.toISOString(),
  };
}

export const ActivitySchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    kind: z.string(),
    title: TranslatedSchema,
    description: TranslatedSchema,
    room: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    localStartsAt: z.string(),
    localEndsAt: z.string(),
    capacity: z.number().nullable(),
    position: z.number(),
    confirmed: z.number(),
    waitlisted: z.number(),
    myStatus: z.enum(['confirmed', 'waitlisted']).nullable(),
  })
  .openapi('EventActivity');

export function presentActivity(
  a: typeof eventActivities.$inferSelect,
  zone: string,
  counts: { confirmed: number; waitlisted: number; myStatus: string | null } = { confirmed: 0, waitlisted: 0, myStatus: null },
): z.infer<typeof ActivitySchema> {
  return {
    id: a.id,
    eventId: a.eventId,
    kind: a.kind,
    title: a.title,
    description: a.description,
    room: a.room,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    localStartsAt: localInput(a.startsAt, zone)!,
    localEndsAt: localInput(a.endsAt, zone)!,
    capacity: a.capacity,
    position: a.position,
    confirmed: counts.confirmed,
    waitlisted: counts.waitlisted,
    myStatus: counts.myStatus === 'confirmed' || counts.myStatus === 'waitlisted' ? counts.myStatus : null,
  };
}

export const FeedbackSchema = z
  .object({
    rating: z.number(),
    usefulness: z.number().nullable(),
    newContacts: z.number().nullable(),
    wouldReturn: z.boolean().nullable(),
    comment: z.string(),
    updatedAt: z.string(),
  })
  .openapi('EventFeedback');

export function presentFeedback(f: typeof eventFeedback.$inferSelect): z.infer<typeof FeedbackSchema> {
  return {
    rating: f.rating,
    usefulness: f.usefulness,
    newContacts: f.newContacts,
    wouldReturn: f.wouldReturn,
    comment: f.comment,
    updatedAt: f.updatedAt.toISOString(),
  };
}

export const DecisionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['decision', 'action']),
    body: z.string(),
    ownerUserId: z.string().nullable(),
    ownerOrganisationId: z.string().nullable(),
    ownerName: z.string(),
    ownerOrganisationName: z.string(),
    dueOn: z.string().nullable(),
    status: z.enum(['open', 'done', 'dropped']),
    position: z.number(),
    createdAt: z.string(),
  })
  .openapi('EventDecision');

export function presentDecision(d: typeof eventDecisions.$inferSelect, names = { ownerName: '', ownerOrganisationName: '' }): z.infer<typeof DecisionSchema> {
  return {
    id: d.id,
    kind: d.kind,
    body: d.body,
    ownerUserId: d.ownerUserId,
    ownerOrganisationId: d.ownerOrganisationId,
    ownerName: names.ownerName,
    ownerOrganisationName: names.ownerOrganisationName,
    dueOn: d.dueOn,
    status: d.status,
    position: d.position,
    createdAt: d.createdAt.toISOString(),
  };
}
