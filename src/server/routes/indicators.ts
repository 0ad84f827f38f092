import { createRoute, z } from '@hono/zod-openapi';
import { getAgencyIndicators, getAgencySeries, getIndicatorRecords, getIndicatorSeries, getNetworkIndicators, describeIndicators, seriesQuery } from '../../domain/indicators/get-indicators';
import { periodQuery } from '../../domain/indicators/period';
import { getNetwork } from '../../domain/networks/networks';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { errorResponses, jsonContent } from '../schemas';

// Indicators (issue 8): figures per network and for the agency, series for charts, and the records behind a figure.
export const indicatorRoutes = newRouter();

const NetworkParam = z.object({
  network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }),
});
const localeQuery = z.enum(['fr', 'de', 'en', 'nl']).optional();
const Figures = z.record(z.string(), z.number()).openapi('IndicatorFigures');

const IndicatorInfo = z
  .object({
    id: z.string(),
    group: z.enum(['network', 'activity', 'needs', 'interreg']),
    unit: z.string(),
    additive: z.boolean(),
    interregCode: z.string().nullable(),
    label: z.string(),
    rule: z.string(),
  })
  .openapi('Indicator');

indicatorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/indicators',
    tags: ['Indicators'],
    summary: 'Every indicator with its name and counting rule, in the reader’s language',
    request: { query: z.object({ locale: localeQuery }) },
    responses: { 200: jsonContent(z.array(IndicatorInfo), 'Indicators') },
  }),
  (c) => c.json(describeIndicators(c.req.valid('query').locale ?? c.get('user')?.locale ?? 'fr'), 200),
);

indicatorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/indicators',
    tags: ['Indicators'],
    summary: 'Figures of a period, with those of the period of the same length just before (people of the network)',
    request: { params: NetworkParam, query: periodQuery },
    responses: { 200: jsonContent(z.object({ from: z.string(), to: z.string(), figures: Figures, previous: Figures }), 'Figures'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await getNetworkIndicators({ db, actor: c.get('actor'), networkId: network.id, query: c.req.valid('query') }), 200);
  },
);

const SeriesSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    granularity: z.enum(['month', 'quarter', 'year']),
    indicators: z.array(z.string()),
    points: z.array(z.object({ label: z.string(), from: z.string(), values: Figures })),
  })
  .openapi('IndicatorSeries');

indicatorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/indicators/series',
    tags: ['Indicators'],
    summary: 'Indicators per month, quarter or year of a period, for charts',
    request: { params: NetworkParam, query: seriesQuery },
    responses: { 200: jsonContent(SeriesSchema, 'Series'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await getIndicatorSeries({ db, actor: c.get('actor'), networkIds: [network.id], query: c.req.valid('query') }), 200);
  },
);

const RecordsSchema = z
  .object({
    indicator: z.string(),
    from: z.string(),
    to: z.string(),
    count: z.number(),
    total: z.number(),
    records: z.array(
      z.object({
        kind: z.string(),
        id: z.string(),
        title: z.string(),
        at: z.string().nullable(),
        organisationId: z.string().nullable(),
        organisationName: z.string().nullable(),
        country: z.string().nullable(),
        weight: z.number(),
        detail: z.string(),
      }),
    ),
  })
  .openapi('IndicatorRecords');

indicatorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/indicators/{indicator}/records',
    tags: ['Indicators'],
    summary: 'The records behind a figure (coordinators): their weights add up to it',
    request: {
      params: NetworkParam.extend({ indicator: z.string().min(1).max(40).openapi({ param: { name: 'indicator', in: 'path' } }) }),
      query: periodQuery.extend({ locale: localeQuery }),
    },
    responses: { 200: jsonContent(RecordsSchema, 'Records'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const { network: slug, indicator } = c.req.valid('param');
    const network = await getNetwork({ db, idOrSlug: slug });
    const query = c.req.valid('query');
    const locale = query.locale ?? c.get('user')?.locale ?? 'fr';
    return c.json(await getIndicatorRecords({ db, actor: c.get('actor'), networkIds: [network.id], indicator, query, locale }), 200);
  },
);

indicatorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/agency/indicators',
    tags: ['Indicators'],
    summary: 'The agency view: figures of every network you coordinate, and of all of them together',
    request: { query: periodQuery },
    responses: {
      200: jsonContent(
        z.object({
          from: z.string(),
          to: z.string(),
          networks: z.array(z.object({ network: z.object({ id: z.string(), slug: z.string(), name: z.string() }), figures: Figures })),
          total: Figures,
        }),
        'Figures per network and in total',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await getAgencyIndicators({ db: c.get('db'), actor: c.get('actor'), query: c.req.valid('query') }), 200);
  },
);

indicatorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/agency/indicators/series',
    tags: ['Indicators'],
    summary: 'The agency view over time: indicators per month, quarter or year across the networks you coordinate',
    request: { query: seriesQuery },
    responses: { 200: jsonContent(SeriesSchema, 'Series'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await getAgencySeries({ db: c.get('db'), actor: c.get('actor'), query: c.req.valid('query') }), 200);
  },
);
