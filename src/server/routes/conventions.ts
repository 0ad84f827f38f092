import { createRoute, z } from '@hono/zod-openapi';
import { editSchedule, scheduleEditSchema } from '../../domain/convention/adjust-schedule';
import { agendaPdf, getAgenda } from '../../domain/convention/agenda';
import { daySetupSchema } from '../../domain/convention/build-slots';
import { browseCatalogue, catalogueQuerySchema, suggestionsFor } from '../../domain/convention/catalogue';
import { conventionRulesSchema, getConvention, setDaySetup, updateConventionRules } from '../../domain/convention/convention-settings';
import { markMeeting, meetingMarkSchema, setParticipantAbsent } from '../../domain/convention/day-of';
import { coordinatorParticipantSchema, getMyProfile, profileInputSchema, saveMyProfile, updateParticipantAsCoordinator } from '../../domain/convention/event-profiles';
import {
  cancelRequest,
  introduceParticipants,
  introductionSchema,
  listMyRequests,
  requestInputSchema,
  respondToRequest,
  responseInputSchema,
  sendRequest,
} from '../../domain/convention/meeting-requests';
import { outcomeInputSchema, recordOutcome } from '../../domain/convention/outcomes';
import { publishSchedule } from '../../domain/convention/publish-schedule';
import { getScheduleBoard } from '../../domain/convention/schedule-board';
import { requestScheduleRun } from '../../domain/convention/schedule-runs';
import { conventionStatistics } from '../../domain/convention/statistics';
import { addWalkIn, walkInSchema } from '../../domain/convention/walk-ins';
import { notFound } from '../../domain/errors';
import type { Locale } from '../../db/schema';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { ErrorSchema, errorResponses, jsonContent } from '../schemas';

/** The business-convention mode of an event (issue 5): /api/events/{id}/convention/… and the agenda PDFs. */
export const conventionRoutes = newRouter();

const tags = ['Conventions'];
const withConflict = { ...errorResponses, 409: jsonContent(ErrorSchema, 'Refused now; `details.reason` says why (e.g. deadline_passed, meeting_limit)') };
const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const Any = z.looseObject({});
const ok = (description: string) => jsonContent(Any, description);
const param = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
const EventParam = z.object({ id: param('id') });
const localeQuery = z.object({ locale: z.enum(['fr', 'de', 'en', 'nl']).optional() });

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention', tags, summary: 'The convention of an event: rules, day setup, slots and tables', request: { params: EventParam }, responses: { 200: ok('The convention'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const r = await getConvention({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id });
    return c.json(
      {
        eventId: r.event.id,
        title: r.event.title,
        timeZone: r.event.timeZone,
        startsAt: r.event.startsAt.toISOString(),
        endsAt: r.event.endsAt.toISOString(),
        manage: r.manage,
        requestDeadline: r.settings.requestDeadline?.toISOString() ?? null,
        maxRequestsPerParticipant: r.settings.maxRequestsPerParticipant,
        maxMeetingsPerParticipant: r.settings.maxMeetingsPerParticipant,
        scheduleStatus: r.settings.scheduleStatus,
        publishedAt: r.settings.publishedAt?.toISOString() ?? null,
        daySetup: r.daySetup,
        tables: r.settings.tableNames,
        slots: r.slots.map((s) => ({ id: s.id, session: s.session, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
      },
      200,
    );
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'patch', path: '/events/{id}/convention/rules', tags, summary: 'Request deadline and limits per participant (coordinators)', request: { params: EventParam, ...json(conventionRulesSchema) }, responses: { 200: ok('Saved'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    await updateConventionRules({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ ok: true }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/convention/day',
    tags,
    summary: 'Sessions, slot length, changeover, breaks and tables of the day; the slots are cut again (coordinators)',
    request: { params: EventParam, ...json(daySetupSchema) },
    responses: { 200: ok('The slots'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const r = await setDaySetup({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, setup: c.req.valid('json') });
    return c.json({ slots: r.slots.length, tables: r.settings.tableNames.length, unscheduled: r.unscheduled }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention/me', tags, summary: 'Your registration and event profile (or a draft from your organisation)', request: { params: EventParam, query: localeQuery }, responses: { 200: ok('Your side'), ...errorResponses } }),
  async (c) => {
    const user = requireUser(c);
    const locale: Locale = c.req.valid('query').locale ?? user.locale;
    return c.json(await getMyProfile({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, locale }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/me', tags, summary: 'Create or update your event profile (confirmed registration needed)', request: { params: EventParam, ...json(profileInputSchema) }, responses: { 200: ok('Saved'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const row = await saveMyProfile({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ id: row.id }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention/participants', tags, summary: 'The catalogue of participants, with search and filters', request: { params: EventParam, query: catalogueQuerySchema }, responses: { 200: ok('A page of participants'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await browseCatalogue({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, query: c.req.valid('query') }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention/suggestions', tags, summary: 'Whom you should meet, and why (codes the web app words)', request: { params: EventParam }, responses: { 200: ok('Suggestions'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await suggestionsFor({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/events/{id}/convention/participants/{participantId}',
    tags,
    summary: 'A participant’s cap, exhibitor table and unavailable slots (coordinators)',
    request: { params: EventParam.extend({ participantId: param('participantId') }), ...json(coordinatorParticipantSchema) },
    responses: { 200: ok('The participant'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, participantId } = c.req.valid('param');
    return c.json((await updateParticipantAsCoordinator({ db: c.get('db'), actor: c.get('actor'), eventId: id, participantId, input: c.req.valid('json') })) ?? {}, 200);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/convention/walk-ins',
    tags,
    summary: 'On the day: register someone without an account at the desk, checked in, ready to be introduced and fitted into free slots (coordinators)',
    request: { params: EventParam, ...json(walkInSchema) },
    responses: { 201: ok('The walk-in’s participant and registration'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await addWalkIn({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/convention/participants/{participantId}/absence',
    tags,
    summary: 'On the day: a participant is absent (their meetings are freed) or came after all (coordinators)',
    request: { params: EventParam.extend({ participantId: param('participantId') }), ...json(z.object({ absent: z.boolean() })) },
    responses: { 200: ok('Done'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, participantId } = c.req.valid('param');
    return c.json(await setParticipantAbsent({ db: c.get('db'), actor: c.get('actor'), eventId: id, participantId, absent: c.req.valid('json').absent, baseUrl: baseUrl(c) }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention/requests', tags, summary: 'Your meeting requests, sent and received', request: { params: EventParam }, responses: { 200: ok('Requests'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json({ items: await listMyRequests({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id }) }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/requests', tags, summary: 'Ask a participant for a meeting, with a message and a priority', request: { params: EventParam, ...json(requestInputSchema) }, responses: { 201: ok('Sent'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    const r = await sendRequest({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, baseUrl: baseUrl(c), input: c.req.valid('json') });
    return c.json({ id: r.id, status: r.status }, 201);
  },
);

const RequestParam = EventParam.extend({ requestId: param('requestId') });

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/requests/{requestId}/response', tags, summary: 'Accept or decline a request made to you', request: { params: RequestParam, ...json(responseInputSchema) }, responses: { 200: ok('Answered'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    const { id, requestId } = c.req.valid('param');
    const r = await respondToRequest({ db: c.get('db'), actor: c.get('actor'), eventId: id, baseUrl: baseUrl(c), requestId, input: c.req.valid('json') });
    return c.json({ status: r.request.status, meetingId: r.meeting?.id ?? null }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/requests/{requestId}/cancel', tags, summary: 'Withdraw your request (an accepted one calls the meeting off)', request: { params: RequestParam }, responses: { 200: ok('Withdrawn'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    const { id, requestId } = c.req.valid('param');
    await cancelRequest({ db: c.get('db'), actor: c.get('actor'), eventId: id, baseUrl: baseUrl(c), requestId });
    return c.json({ ok: true }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/introductions', tags, summary: 'Put two participants together: an accepted request and its meeting (coordinators)', request: { params: EventParam, ...json(introductionSchema) }, responses: { 201: ok('Introduced'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    const r = await introduceParticipants({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ requestId: r.request.id, meetingId: r.meeting.id }, 201);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/convention/schedule/runs',
    tags,
    summary: 'Generate the schedule in the background: full, or fit late requests around the published meetings (coordinators)',
    request: { params: EventParam, ...json(z.object({ mode: z.enum(['full', 'keep-published']).default('full'), seed: z.number().int().min(1).max(1_000_000).optional() })) },
    responses: { 202: ok('Started'), ...withConflict },
  }),
  async (c) => {
    requireUser(c);
    const { mode, seed } = c.req.valid('json');
    const run = await requestScheduleRun({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, mode, ...(seed ? { seed } : {}) });
    return c.json({ id: run.id, status: run.status, mode: run.mode }, 202);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention/schedule', tags, summary: 'The schedule board: slots, tables, meetings, participants, runs and quality (coordinators)', request: { params: EventParam }, responses: { 200: ok('The board'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await getScheduleBoard({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/schedule/edits', tags, summary: 'Move, swap, lock or unschedule a meeting; refused if it breaks a rule (coordinators)', request: { params: EventParam, ...json(scheduleEditSchema) }, responses: { 200: ok('Changed'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    return c.json(await editSchedule({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, edit: c.req.valid('json') }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/schedule/publish', tags, summary: 'Publish the schedule and e-mail the participants concerned (coordinators)', request: { params: EventParam }, responses: { 200: ok('Published'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    return c.json(await publishSchedule({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, baseUrl: baseUrl(c) }), 200);
  },
);

const MeetingParam = EventParam.extend({ meetingId: param('meetingId') });

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/meetings/{meetingId}/mark', tags, summary: 'On the day: held, missed (frees the slot), or back to scheduled (coordinators)', request: { params: MeetingParam, ...json(meetingMarkSchema) }, responses: { 200: ok('Marked'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    const { id, meetingId } = c.req.valid('param');
    return c.json(await markMeeting({ db: c.get('db'), actor: c.get('actor'), eventId: id, meetingId, input: c.req.valid('json') }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/convention/meetings/{meetingId}/outcome', tags, summary: 'What came of a meeting, at the event or at the follow-up (the participants)', request: { params: MeetingParam, ...json(outcomeInputSchema) }, responses: { 200: ok('Recorded'), ...withConflict } }),
  async (c) => {
    requireUser(c);
    const { id, meetingId } = c.req.valid('param');
    return c.json(await recordOutcome({ db: c.get('db'), actor: c.get('actor'), eventId: id, meetingId, input: c.req.valid('json') }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/convention/agenda',
    tags,
    summary: 'Your published agenda (or a participant’s, for coordinators)',
    request: { params: EventParam, query: z.object({ participantId: z.uuid().optional() }) },
    responses: { 200: ok('The agenda'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { participantId } = c.req.valid('query');
    const a = await getAgenda({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, ...(participantId ? { participantId } : {}) });
    return c.json({ published: a.published, participant: a.participant, breaks: a.breaks, meetings: a.meetings, timeZone: a.event.timeZone }, 200);
  },
);

conventionRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/convention/statistics', tags, summary: 'Requests, acceptance rate, meetings held, no-shows and outcomes (coordinators)', request: { params: EventParam }, responses: { 200: ok('Statistics'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await conventionStatistics({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200);
  },
);

conventionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/agendas/{file}',
    tags,
    summary: 'A participant’s personal agenda as PDF: `/events/{id}/agendas/{participantId}.pdf` (the participant or coordinators)',
    request: {
      params: EventParam.extend({ file: z.string().regex(/^[0-9a-f-]{36}\.pdf$/i, 'expected {participantId}.pdf').openapi({ param: { name: 'file', in: 'path' }, example: '0b9c….pdf' }) }),
      query: localeQuery,
    },
    responses: { 200: { description: 'application/pdf', content: { 'application/pdf': { schema: z.string() } } }, ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const { id, file } = c.req.valid('param');
    const participantId = file.slice(0, -4).toLowerCase();
    if (!z.uuid().safeParse(participantId).success) throw notFound('Agenda', 'participantId');
    const locale: Locale = c.req.valid('query').locale ?? user.locale;
    const { pdf, fileName } = await agendaPdf({ db: c.get('db'), actor: c.get('actor'), eventId: id, participantId, locale, baseUrl: baseUrl(c) });
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${fileName}"`, 'cache-control': 'private, no-store' });
  },
);
