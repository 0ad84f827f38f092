import { createRoute, z } from '@hono/zod-openapi';
import { writeIcs } from '../../domain/calendar/ics';
import { createActivity, deleteActivity, leaveActivity, listActivities, signUpForActivity, updateActivity } from '../../domain/events/activities';
import { exportAttendance } from '../../domain/events/attendance-export';
import { checkIn, checkInCodeExists, listAttendees, recordNoShows, resolveCheckInCode, setAttendance, undoCheckIn } from '../../domain/events/check-in';
import { checkInQrPng } from '../../domain/events/check-in-qr';
import { describeEvent } from '../../domain/events/describe-event';
import { eventToIcsEntry } from '../../domain/events/event-calendar';
import { pickText } from '../../domain/events/event-mail';
import { networkOfEvent } from '../../domain/events/event-network';
import { activityInputSchema, eventInputSchema, eventKinds, eventPatchSchema, feedbackInputSchema, registrationInputSchema } from '../../domain/events/event-schema';
import { cancelEvent, createEvent, deleteEvent, getEvent, listNetworkEvents, publishEvent, updateEvent } from '../../domain/events/events';
import { feedbackState, feedbackSummary, submitFeedback } from '../../domain/events/feedback';
import { cancelRegistration, listMyRegistrations, registerForEvent } from '../../domain/events/registrations';
import { notFound } from '../../domain/errors';
import { getNetwork } from '../../domain/networks/networks';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { ErrorSchema, errorResponses, IdParam, jsonContent } from '../schemas';
import {
  ActivitySchema,
  AttendeeSchema,
  EventPageSchema,
  EventSchema,
  FeedbackSchema,
  MyRegistrationSchema,
  presentActivity,
  presentAttendee,
  presentEvent,
  presentEventPage,
  presentFeedback,
  presentRegistration,
} from './event-presenters';

export const eventRoutes = newRouter();

const withConflict = { ...errorResponses, 409: jsonContent(ErrorSchema, 'Refused now; `details.reason` says why (e.g. registration_closed)') };
const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const NetworkParam = z.object({ network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }) });
const RegistrationParam = IdParam.extend({ registrationId: z.uuid().openapi({ param: { name: 'registrationId', in: 'path' } }) });
const ActivityParam = IdParam.extend({ activityId: z.uuid().openapi({ param: { name: 'activityId', in: 'path' } }) });
const CodeParam = z.object({ code: z.string().min(4).max(64).openapi({ param: { name: 'code', in: 'path' } }) });
const localeQuery = z.enum(['fr', 'de', 'en', 'nl']).optional();
const Ok = jsonContent(z.object({ ok: z.literal(true) }), 'Done');

const EventDetailSchema = z
  .object({
    event: EventSchema,
    network: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    counts: z.object({ confirmed: z.number(), waitlisted: z.number(), checkedIn: z.number(), seatsLeft: z.number().nullable() }),
    canManage: z.boolean(),
    canRegister: z.boolean(),
    canReadMinutes: z.boolean(),
    registrationState: z.enum(['open', 'not_published', 'event_cancelled', 'registration_not_open', 'registration_closed']),
    myRegistration: MyRegistrationSchema.nullable(),
    organisationsInNetwork: z.array(z.string()).describe('Organisations you represent that belong to the event’s network'),
  })
  .openapi('EventDetail');

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/events',
    tags: ['Events'],
    summary: 'Events of a network you may see: public ones for everyone, the others for its people, drafts for its coordinators',
    request: {
      params: NetworkParam,
      query: z.object({
        when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
        kind: z.enum(eventKinds).optional(),
        page: z.coerce.number().int().min(1).max(10_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
    },
    responses: { 200: jsonContent(EventPageSchema, 'A page of events, soonest first (latest first for past ones)'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const result = await listNetworkEvents({ db, actor: c.get('actor'), networkId: network.id, query: c.req.valid('query') });
    return c.json(presentEventPage(result), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/events',
    tags: ['Events'],
    summary: 'Create an event (coordinators). Times without an offset are read in the event’s time zone',
    request: { params: NetworkParam, ...json(eventInputSchema) },
    responses: { 201: jsonContent(EventSchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const row = await createEvent({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json(presentEvent(row), 201);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}',
    tags: ['Events'],
    summary: 'One event with its seats, whether registration is open, what you may do and your registration',
    request: { params: IdParam },
    responses: { 200: jsonContent(EventDetailSchema, 'The event'), ...errorResponses },
  }),
  async (c) => {
    const d = await describeEvent({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json({ ...d, event: presentEvent(d.event), myRegistration: d.myRegistration ? presentRegistration(d.myRegistration) : null }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/events/{id}',
    tags: ['Events'],
    summary: 'Edit an event (coordinators). Registrants are told of a new date or place; extra seats go to the waiting list',
    request: { params: IdParam, ...json(eventPatchSchema) },
    responses: { 200: jsonContent(EventSchema, 'Updated'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const row = await updateEvent({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json(presentEvent(row), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/events/{id}',
    tags: ['Events'],
    summary: 'Delete a draft (coordinators); a published event is cancelled instead',
    request: { params: IdParam },
    responses: { 200: Ok, ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    await deleteEvent({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/publish',
    tags: ['Events'],
    summary: 'Publish a draft (coordinators): visible, open to registration in its window, reminders planned',
    request: { params: IdParam },
    responses: { 200: jsonContent(EventSchema, 'Published'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const row = await publishEvent({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, baseUrl: baseUrl(c) });
    return c.json(presentEvent(row), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/cancel',
    tags: ['Events'],
    summary: 'Cancel an event (coordinators); everyone registered or waiting gets an e-mail with the reason',
    request: { params: IdParam, ...json(z.object({ reason: z.string().max(2000).optional() })) },
    responses: { 200: jsonContent(EventSchema, 'Cancelled'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await cancelEvent({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, reason: c.req.valid('json').reason, baseUrl: baseUrl(c) });
    return c.json(presentEvent(row), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/ics',
    tags: ['Events'],
    summary: 'The event as an iCalendar file (RFC 5545, with its time zone)',
    request: { params: IdParam, query: z.object({ locale: localeQuery }) },
    responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const event = await getEvent({ db, actor: c.get('actor'), id: c.req.valid('param').id });
    const network = await networkOfEvent(db, event);
    const locale = c.req.valid('query').locale ?? c.get('user')?.locale ?? 'fr';
    const entry = eventToIcsEntry(event, network, { locale, baseUrl: baseUrl(c) });
    const body = writeIcs({ entries: [entry], name: pickText(event.title, locale) });
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="event-${event.startsAt.toISOString().slice(0, 10)}.ics"`,
    });
  },
);

// Registration

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/registrations',
    tags: ['Event registration'],
    summary: 'Register yourself (members and partners): confirmed while seats remain, otherwise on the waiting list; a confirmation e-mail follows',
    request: { params: IdParam, ...json(registrationInputSchema) },
    responses: { 201: jsonContent(MyRegistrationSchema, 'Registered (status says confirmed or waitlisted)'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const row = await registerForEvent({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json(presentRegistration(row), 201);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/registrations/{registrationId}/cancel',
    tags: ['Event registration'],
    summary: 'Cancel a registration (yours, or any as coordinator); the seat goes to the first person waiting',
    request: { params: RegistrationParam },
    responses: { 200: jsonContent(MyRegistrationSchema, 'Cancelled'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const { id, registrationId } = c.req.valid('param');
    const row = await cancelRegistration({ db: c.get('db'), actor: c.get('actor'), registrationId, baseUrl: baseUrl(c) });
    if (row.eventId !== id) throw notFound('Registration', 'registrationId');
    return c.json(presentRegistration(row), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/me/event-registrations',
    tags: ['Event registration'],
    summary: 'Your registrations (not cancelled): upcoming events first, with the check-in code of each',
    responses: {
      200: jsonContent(
        z.array(z.object({ registration: MyRegistrationSchema, event: EventSchema, network: z.object({ id: z.string(), slug: z.string(), name: z.string() }) })),
        'Registrations',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const rows = await listMyRegistrations({ db: c.get('db'), actor: c.get('actor') });
    return c.json(rows.map((r) => ({ registration: presentRegistration(r.registration), event: presentEvent(r.event), network: r.network })), 200);
  },
);

// Attendance and check-in (coordinators)

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/registrations',
    tags: ['Event attendance'],
    summary: 'The attendance list (coordinators): search by name, e-mail, organisation or check-in code',
    request: { params: IdParam, query: z.object({ q: z.string().max(200).optional(), status: z.enum(['confirmed', 'waitlisted', 'cancelled']).optional() }) },
    responses: { 200: jsonContent(z.array(AttendeeSchema), 'Registrations, confirmed first'), ...errorResponses },
  }),
  async (c) => {
    const { q, status } = c.req.valid('query');
    const rows = await listAttendees({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, q, status });
    return c.json(rows.map(presentAttendee), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/registrations/export',
    tags: ['Event attendance'],
    summary: 'The attendance list as CSV or XLSX with the answers to the questions, headings in the chosen language',
    request: { params: IdParam, query: z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), locale: z.enum(['fr', 'de', 'en', 'nl']).default('fr') }) },
    responses: {
      200: { description: 'The file', content: { 'text/csv': { schema: z.string() }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } } },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { format, locale } = c.req.valid('query');
    const file = await exportAttendance({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, format, locale });
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return c.body(new Uint8Array(file.body), 200, { 'content-type': type, 'content-disposition': `attachment; filename="${file.fileName}"`, 'x-total-count': String(file.count) });
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/check-in',
    tags: ['Event attendance'],
    summary: 'Check a person in by the code of their QR (scanned or typed) or by registration (coordinators); idempotent',
    request: {
      params: IdParam,
      ...json(z.object({ code: z.string().max(300).optional(), registrationId: z.uuid().optional() })),
    },
    responses: { 200: jsonContent(z.object({ alreadyCheckedIn: z.boolean(), attendee: AttendeeSchema }), 'Checked in'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const { code, registrationId } = c.req.valid('json');
    const r = await checkIn({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, code, registrationId });
    return c.json({ alreadyCheckedIn: r.alreadyCheckedIn, attendee: presentAttendee(r.attendee) }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/registrations/{registrationId}/undo-check-in',
    tags: ['Event attendance'],
    summary: 'Undo a check-in made by mistake (coordinators)',
    request: { params: RegistrationParam },
    responses: { 200: jsonContent(AttendeeSchema, 'Undone'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, registrationId } = c.req.valid('param');
    return c.json(presentAttendee(await undoCheckIn({ db: c.get('db'), actor: c.get('actor'), eventId: id, registrationId })), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/events/{id}/registrations/{registrationId}',
    tags: ['Event attendance'],
    summary: 'Set one person’s attendance by hand (coordinators)',
    request: { params: RegistrationParam, ...json(z.object({ attendance: z.enum(['unknown', 'attended', 'no_show']) })) },
    responses: { 200: jsonContent(AttendeeSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, registrationId } = c.req.valid('param');
    const row = await setAttendance({ db: c.get('db'), actor: c.get('actor'), eventId: id, registrationId, attendance: c.req.valid('json').attendance });
    return c.json(presentAttendee(row), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/no-shows',
    tags: ['Event attendance'],
    summary: 'Once the event has started: mark every confirmed person not checked in as a no-show (coordinators)',
    request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ noShows: z.number() }), 'How many were marked'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await recordNoShows({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/check-in-codes/{code}',
    tags: ['Event attendance'],
    summary: 'What a scanned QR code designates: the event and the person (coordinators of that event only)',
    request: { params: CodeParam },
    responses: {
      200: jsonContent(
        z.object({ event: EventSchema, network: z.object({ id: z.string(), slug: z.string(), name: z.string() }), attendee: AttendeeSchema }),
        'The registration',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const r = await resolveCheckInCode({ db: c.get('db'), actor: c.get('actor'), code: c.req.valid('param').code });
    return c.json({ event: presentEvent(r.event), network: r.network, attendee: presentAttendee(r.attendee) }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/check-in-codes/{code}/qr.png',
    tags: ['Event attendance'],
    summary: 'The personal QR code of a registration as a PNG image (shown in the confirmation e-mail and on the person’s page)',
    request: { params: CodeParam },
    responses: { 200: { description: 'PNG image', content: { 'image/png': { schema: z.string() } } }, ...errorResponses },
  }),
  async (c) => {
    const { code } = c.req.valid('param');
    if (!(await checkInCodeExists(c.get('db'), code))) throw notFound('Check-in code', 'code');
    const png = await checkInQrPng(baseUrl(c), code.toUpperCase());
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=86400' });
  },
);

// Sessions inside an event

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/activities',
    tags: ['Event sessions'],
    summary: 'Round tables, workshops and other sessions of the event, with seats and your sign-up',
    request: { params: IdParam },
    responses: { 200: jsonContent(z.array(ActivitySchema), 'Sessions in time order'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const actor = c.get('actor');
    const id = c.req.valid('param').id;
    const event = await getEvent({ db, actor, id });
    const rows = await listActivities({ db, actor, eventId: id });
    return c.json(rows.map((r) => presentActivity(r.activity, event.timeZone, r)), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/activities',
    tags: ['Event sessions'],
    summary: 'Add a session (coordinators)',
    request: { params: IdParam, ...json(activityInputSchema) },
    responses: { 201: jsonContent(ActivitySchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const actor = c.get('actor');
    const id = c.req.valid('param').id;
    const row = await createActivity({ db, actor, eventId: id, input: c.req.valid('json') });
    const event = await getEvent({ db, actor, id });
    return c.json(presentActivity(row, event.timeZone), 201);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/events/{id}/activities/{activityId}',
    tags: ['Event sessions'],
    summary: 'Edit a session (coordinators); extra seats go to its waiting list',
    request: { params: ActivityParam, ...json(activityInputSchema) },
    responses: { 200: jsonContent(ActivitySchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const actor = c.get('actor');
    const { id, activityId } = c.req.valid('param');
    const row = await updateActivity({ db, actor, eventId: id, activityId, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    const event = await getEvent({ db, actor, id });
    return c.json(presentActivity(row, event.timeZone), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/events/{id}/activities/{activityId}',
    tags: ['Event sessions'],
    summary: 'Remove a session (coordinators)',
    request: { params: ActivityParam },
    responses: { 200: Ok, ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, activityId } = c.req.valid('param');
    await deleteActivity({ db: c.get('db'), actor: c.get('actor'), eventId: id, activityId });
    return c.json({ ok: true as const }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/activities/{activityId}/sign-up',
    tags: ['Event sessions'],
    summary: 'Take a seat in a session (confirmed participants); on its waiting list when full',
    request: { params: ActivityParam },
    responses: { 200: jsonContent(z.object({ status: z.enum(['confirmed', 'waitlisted']) }), 'Signed up'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const { id, activityId } = c.req.valid('param');
    const row = await signUpForActivity({ db: c.get('db'), actor: c.get('actor'), eventId: id, activityId });
    return c.json({ status: row.status }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/events/{id}/activities/{activityId}/sign-up',
    tags: ['Event sessions'],
    summary: 'Leave a session; the seat goes to the first person waiting',
    request: { params: ActivityParam },
    responses: { 200: Ok, ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const { id, activityId } = c.req.valid('param');
    await leaveActivity({ db: c.get('db'), actor: c.get('actor'), eventId: id, activityId, baseUrl: baseUrl(c) });
    return c.json({ ok: true as const }, 200);
  },
);

// Feedback

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/feedback',
    tags: ['Event feedback'],
    summary: 'Whether you can give feedback now, and the feedback you gave',
    request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ open: z.boolean(), mine: FeedbackSchema.nullable() }), 'Your feedback'), ...errorResponses },
  }),
  async (c) => {
    const s = await feedbackState({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id });
    return c.json({ open: s.open, mine: s.mine ? presentFeedback(s.mine) : null }, 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/feedback',
    tags: ['Event feedback'],
    summary: 'Give (or change) your feedback once the event has started (participants)',
    request: { params: IdParam, ...json(feedbackInputSchema) },
    responses: { 200: jsonContent(FeedbackSchema, 'Saved'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const row = await submitFeedback({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentFeedback(row), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/feedback/summary',
    tags: ['Event feedback'],
    summary: 'Feedback of all participants, without names (coordinators)',
    request: { params: IdParam },
    responses: {
      200: jsonContent(
        z.object({
          answers: z.number(),
          averageRating: z.number().nullable(),
          averageUsefulness: z.number().nullable(),
          newContacts: z.number(),
          wouldReturn: z.number(),
          wouldReturnAnswers: z.number(),
          distribution: z.array(z.object({ rating: z.number(), count: z.number() })),
          comments: z.array(z.object({ rating: z.number(), comment: z.string(), at: z.string() })),
        }),
        'Summary',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const s = await feedbackSummary({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id });
    return c.json({ ...s, comments: s.comments.map((x) => ({ ...x, at: x.at.toISOString() })) }, 200);
  },
);
