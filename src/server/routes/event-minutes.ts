import { createRoute, z } from '@hono/zod-openapi';
import { decisionInputSchema, decisionPatchSchema, minutesInputSchema } from '../../domain/events/event-schema';
import { addDecision, deleteDecision, getMinutes, saveMinutes, updateDecision } from '../../domain/events/minutes';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { errorResponses, IdParam, jsonContent } from '../schemas';
import { DecisionSchema, presentDecision } from './event-presenters';

/** Minutes and decision log of committees, business corners and other meetings. */
export const eventMinutesRoutes = newRouter();

const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const DecisionParam = IdParam.extend({ decisionId: z.uuid().openapi({ param: { name: 'decisionId', in: 'path' } }) });
const MinutesSchema = z
  .object({ canEdit: z.boolean(), body: z.string(), published: z.boolean(), updatedAt: z.string().nullable(), decisions: z.array(DecisionSchema) })
  .openapi('EventMinutes');

eventMinutesRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/minutes',
    tags: ['Event minutes'],
    summary: 'Minutes and decisions: the people of the network once published, the coordinators always',
    request: { params: IdParam },
    responses: { 200: jsonContent(MinutesSchema, 'Minutes'), ...errorResponses },
  }),
  async (c) => {
    const m = await getMinutes({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id });
    return c.json(
      {
        canEdit: m.canEdit,
        body: m.body,
        published: m.published,
        updatedAt: m.updatedAt ? m.updatedAt.toISOString() : null,
        decisions: m.decisions.map((d) => presentDecision(d.decision, d)),
      },
      200,
    );
  },
);

eventMinutesRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/minutes',
    tags: ['Event minutes'],
    summary: 'Write the minutes, and publish them to the network (coordinators)',
    request: { params: IdParam, ...json(minutesInputSchema) },
    responses: { 200: jsonContent(z.object({ body: z.string(), published: z.boolean(), updatedAt: z.string() }), 'Saved'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await saveMinutes({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ body: row.body, published: row.published, updatedAt: row.updatedAt.toISOString() }, 200);
  },
);

eventMinutesRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/decisions',
    tags: ['Event minutes'],
    summary: 'Record a decision or an action item with its owner and due date (coordinators)',
    request: { params: IdParam, ...json(decisionInputSchema) },
    responses: { 201: jsonContent(DecisionSchema, 'Recorded'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await addDecision({ db: c.get('db'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentDecision(row), 201);
  },
);

eventMinutesRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/events/{id}/decisions/{decisionId}',
    tags: ['Event minutes'],
    summary: 'Edit a decision or action item, e.g. mark it done (coordinators)',
    request: { params: DecisionParam, ...json(decisionPatchSchema) },
    responses: { 200: jsonContent(DecisionSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const row = await updateDecision({ db: c.get('db'), actor: c.get('actor'), eventId: id, decisionId, input: c.req.valid('json') });
    return c.json(presentDecision(row), 200);
  },
);

eventMinutesRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/events/{id}/decisions/{decisionId}',
    tags: ['Event minutes'],
    summary: 'Remove a decision or action item (coordinators)',
    request: { params: DecisionParam },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Removed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    await deleteDecision({ db: c.get('db'), actor: c.get('actor'), eventId: id, decisionId });
    return c.json({ ok: true as const }, 200);
  },
);
