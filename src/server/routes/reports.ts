import { createRoute, z } from '@hono/zod-openapi';
import { categoriesInputSchema, getAxisActivity, getEventAnnotations, getTaskforceCategories, organisersInputSchema, setEventCategories, setEventOrganisers, setTaskforceCategories } from '../../domain/indicators/event-annotations';
import { assertFigures } from '../../domain/indicators/indicator-access';
import { periodQuery, toPeriod } from '../../domain/indicators/period';
import { getNetwork } from '../../domain/networks/networks';
import { exportReport } from '../../domain/reports/export-report';
import { getSponsorFallout } from '../../domain/sponsors/sponsor-fallout';
import { sponsorInputSchema, sponsorPatchSchema } from '../../domain/sponsors/sponsor-schema';
import { addSponsor, deleteSponsor, listNetworkSponsors, updateSponsor } from '../../domain/sponsors/sponsors';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { errorResponses, IdParam, jsonContent } from '../schemas';

// Reports for funders (XLSX, PDF), activity per strategic axis, what the indicators need to know about events
// (co-organisers, axes), and event sponsors with their fallout report (issue 8).
export const reportRoutes = newRouter();

const NetworkParam = z.object({
  network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }),
});
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const Category = z.object({ id: z.string(), kind: z.enum(['ecosystem', 'axis']), slug: z.string(), name: z.record(z.string(), z.string()) }).openapi('TaggedCategory');
const Annotations = z
  .object({
    organisers: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
    categoryIds: z.array(z.string()),
    categories: z.array(Category),
    jointlyOrganised: z.boolean(),
    countries: z.array(z.string()),
  })
  .openapi('EventAnnotations');
const TaskforceCategories = z.object({ categoryIds: z.array(z.string()), categories: z.array(Category) }).openapi('TaskforceCategories');
const Sponsor = z.looseObject({ id: z.string(), eventId: z.string(), name: z.string(), package: z.string() }).openapi('EventSponsor');

reportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/report',
    tags: ['Indicators'],
    summary: 'The report of a period (“achievements 2022–2023”) as XLSX or PDF, in the language asked (coordinators)',
    request: { params: NetworkParam, query: periodQuery.extend({ format: z.enum(['xlsx', 'pdf']).default('pdf'), locale: z.enum(['fr', 'de', 'en', 'nl']).optional() }) },
    responses: {
      200: { description: 'The file', content: { 'application/pdf': { schema: z.string() }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } } },
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const { format, locale, ...query } = c.req.valid('query');
    const file = await exportReport({ db, actor: c.get('actor'), networkId: network.id, networkSlug: network.slug, query, format, locale: locale ?? c.get('user')?.locale ?? 'fr' });
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"` });
  },
);

reportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/axes/activity',
    tags: ['Indicators'],
    summary: 'Activity per strategic axis and ecosystem of the network over a period (people of the network)',
    request: { params: NetworkParam, query: periodQuery },
    responses: {
      200: jsonContent(
        z.array(z.object({ id: z.string(), kind: z.string(), slug: z.string(), name: z.record(z.string(), z.string()), members: z.number(), events: z.number(), participations: z.number(), taskforces: z.number(), actions: z.number() })),
        'Activity per axis',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    assertFigures(c.get('actor'), network.id);
    const period = toPeriod(c.req.valid('query'));
    return c.json(await getAxisActivity({ db, networkId: network.id, from: period.from, to: period.to }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'get', path: '/events/{id}/organisers', tags: ['Indicators'], summary: 'Who organised the event, and whether it is jointly organised across borders', request: { params: IdParam }, responses: { 200: jsonContent(Annotations, 'Organisers'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await getEventAnnotations({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/organisers', tags: ['Indicators'], summary: 'Set the organisations that organised the event (coordinators)', request: { params: IdParam, ...body(organisersInputSchema) }, responses: { 200: jsonContent(Annotations, 'Organisers'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await setEventOrganisers({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/categories', tags: ['Indicators'], summary: 'Set the strategic axes and ecosystems the event serves (coordinators)', request: { params: IdParam, ...body(categoriesInputSchema) }, responses: { 200: jsonContent(Annotations, 'Annotations'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await setEventCategories({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'get', path: '/taskforces/{id}/categories', tags: ['Indicators'], summary: 'The strategic axes and ecosystems a taskforce serves', request: { params: IdParam }, responses: { 200: jsonContent(TaskforceCategories, 'Categories'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await getTaskforceCategories({ db: c.get('db'), actor: c.get('actor'), taskforceId: c.req.valid('param').id }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'post', path: '/taskforces/{id}/categories', tags: ['Indicators'], summary: 'Set the strategic axes and ecosystems a taskforce serves (coordinators)', request: { params: IdParam, ...body(categoriesInputSchema) }, responses: { 200: jsonContent(TaskforceCategories, 'Categories'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await setTaskforceCategories({ db: c.get('db'), actor: c.get('actor'), taskforceId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'get', path: '/networks/{network}/sponsors', tags: ['Sponsors'], summary: 'Sponsors of the network’s events with their packages and promises (coordinators)', request: { params: NetworkParam }, responses: { 200: jsonContent(z.array(Sponsor), 'Sponsors'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await listNetworkSponsors({ db, actor: c.get('actor'), networkId: network.id }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'post', path: '/events/{id}/sponsors', tags: ['Sponsors'], summary: 'Add a sponsor to an event with its package and promises (coordinators)', request: { params: IdParam, ...body(sponsorInputSchema) }, responses: { 201: jsonContent(Sponsor, 'Created'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await addSponsor({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'patch', path: '/sponsors/{id}', tags: ['Sponsors'], summary: 'Change a sponsor, its promises and what was delivered (coordinators)', request: { params: IdParam, ...body(sponsorPatchSchema) }, responses: { 200: jsonContent(Sponsor, 'Updated'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await updateSponsor({ db: c.get('db'), actor: c.get('actor'), sponsorId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

reportRoutes.openapi(
  createRoute({ method: 'delete', path: '/sponsors/{id}', tags: ['Sponsors'], summary: 'Remove a sponsor (coordinators)', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Removed'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    await deleteSponsor({ db: c.get('db'), actor: c.get('actor'), sponsorId: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  },
);

reportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/sponsors/{id}/fallout',
    tags: ['Sponsors'],
    summary: 'The fallout report of a sponsor: attendance, reach, meetings held, rating, promises kept (coordinators)',
    request: { params: IdParam },
    responses: { 200: jsonContent(z.looseObject({ sponsor: Sponsor, attendance: z.looseObject({}), reach: z.looseObject({}), meetings: z.looseObject({}), promises: z.looseObject({}) }), 'Fallout'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await getSponsorFallout({ db: c.get('db'), actor: c.get('actor'), sponsorId: c.req.valid('param').id }), 200);
  },
);
