import { createRoute, z } from '@hono/zod-openapi';
import { feedStatus, personalFeed, renewFeedToken, revokeFeedToken } from '../../domain/calendar/calendar-feed';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { errorResponses, IdParam, jsonContent } from '../schemas';

/** The personal calendar feed: a secret subscription link per person, and its management. */
export const calendarRoutes = newRouter();

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/people/{id}/calendar.ics',
    tags: ['Calendar'],
    summary: 'A person’s calendar feed (their events, and more as modules add dates), for calendar apps; the secret token stands for sign-in',
    request: { params: IdParam, query: z.object({ token: z.string().min(10).max(200) }) },
    responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses },
  }),
  async (c) => {
    const body = await personalFeed({ db: c.get('db'), userId: c.req.valid('param').id, token: c.req.valid('query').token, baseUrl: baseUrl(c) });
    return c.body(body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' });
  },
);

const FeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable(), lastUsedAt: z.string().nullable() }).openapi('CalendarFeed');

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/me/calendar-feed',
    tags: ['Calendar'],
    summary: 'Whether you have a calendar subscription link, and when it was last read',
    responses: { 200: jsonContent(FeedStatusSchema, 'Status'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const s = await feedStatus({ db: c.get('db'), actor: c.get('actor') });
    return c.json({ active: s.active, createdAt: s.createdAt?.toISOString() ?? null, lastUsedAt: s.lastUsedAt?.toISOString() ?? null }, 200);
  },
);

calendarRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/me/calendar-feed',
    tags: ['Calendar'],
    summary: 'Make a new subscription link (shown once; the previous link stops working)',
    responses: { 201: jsonContent(z.object({ url: z.string() }), 'The link'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const r = await renewFeedToken({ db: c.get('db'), actor: c.get('actor') });
    return c.json({ url: `${baseUrl(c)}${r.path}` }, 201);
  },
);

calendarRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/me/calendar-feed',
    tags: ['Calendar'],
    summary: 'Stop the subscription link',
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Stopped'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    await revokeFeedToken({ db: c.get('db'), actor: c.get('actor') });
    return c.json({ ok: true as const }, 200);
  },
);
