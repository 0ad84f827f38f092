import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { getNetwork } from '../../domain/networks/networks';
import type { Actor } from '../../domain/policy/actor';
import {
  addDeliverable,
  addDocument,
  addMember,
  addMilestone,
  addRecommendation,
  deliverablePatchSchema,
  deliverableSchema,
  documentSchema,
  joinTaskforce,
  memberSchema,
  milestonePatchSchema,
  milestoneSchema,
  recommendationPatchSchema,
  recommendationSchema,
  removeMember,
  setDeliverableStatus,
  setMilestoneDone,
  setRecommendationStatus,
} from '../../domain/taskforces/taskforce-items';
import {
  closeTaskforce,
  closeTaskforceSchema,
  createTaskforce,
  getTaskforce,
  listTaskforces,
  taskforceInputSchema,
  taskforcePatchSchema,
  updateTaskforce,
} from '../../domain/taskforces/taskforces';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { errorResponses, IdParam, jsonContent, TranslatedSchema } from '../schemas';
import { iso, NetworkParam, OkSchema, presentTaskforce, TaskforceSchema } from './needs-schemas';

export const taskforceRoutes = newRouter();
const tags = ['Taskforces'];
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const uuidParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });

const DetailSchema = z.object({
  taskforce: TaskforceSchema,
  rights: z.object({ read: z.boolean(), manage: z.boolean(), contribute: z.boolean(), join: z.boolean(), isMember: z.boolean() }),
  members: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string(), organisationId: z.string().nullable(), organisationName: z.string().nullable(), joinedAt: z.string() })),
  milestones: z.array(z.object({ id: z.string(), title: z.string(), dueOn: z.string().nullable(), doneAt: z.string().nullable() })),
  deliverables: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), dueOn: z.string().nullable(), status: z.string(), deliveredAt: z.string().nullable() })),
  documents: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), createdAt: z.string() })),
  recommendations: z.array(z.object({ id: z.string(), body: z.string(), status: z.string(), authorOrganisationId: z.string().nullable() })),
  host: z.object({ id: z.string(), name: z.string() }).nullable(),
  problem: z.object({ id: z.string(), title: TranslatedSchema, organisationId: z.string() }).nullable(),
});

async function detail(db: Db, actor: Actor, id: string) {
  const d = await getTaskforce({ db, actor, id });
  return {
    taskforce: presentTaskforce(d.taskforce),
    rights: d.rights,
    members: d.members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() })),
    milestones: d.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneAt: iso(m.doneAt) })),
    deliverables: d.deliverables.map((x) => ({ id: x.id, title: x.title, description: x.description, dueOn: x.dueOn, status: x.status, deliveredAt: iso(x.deliveredAt) })),
    documents: d.documents.map((x) => ({ id: x.id, title: x.title, url: x.url, createdAt: x.createdAt.toISOString() })),
    recommendations: d.recommendations.map((r) => ({ id: r.id, body: r.body, status: r.status, authorOrganisationId: r.authorOrganisationId })),
    host: d.host,
    problem: d.problem,
  };
}

taskforceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/taskforces',
    tags,
    summary: 'Taskforces and peer challenges of a network that you may see, active first',
    request: { params: NetworkParam },
    responses: {
      200: jsonContent(z.array(TaskforceSchema.extend({ members: z.number(), milestones: z.number(), milestonesDone: z.number(), leadName: z.string().nullable() })), 'Taskforces'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const rows = await listTaskforces({ db, actor: c.get('actor'), networkId: network.id });
    return c.json(rows.map((r) => ({ ...presentTaskforce(r.taskforce), members: r.members, milestones: r.milestones, milestonesDone: r.milestonesDone, leadName: r.leadName })), 200);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/taskforces',
    tags,
    summary: 'Turn a problem into a taskforce (its volunteers become members) or open a peer challenge (coordinators)',
    request: { params: NetworkParam, ...body(taskforceInputSchema) },
    responses: { 201: jsonContent(TaskforceSchema, 'Created'), ...errorResponses, 409: jsonContent(z.any(), 'The problem already has its taskforce') },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const row = await createTaskforce({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json') });
    return c.json(presentTaskforce(row), 201);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/taskforces/{id}',
    tags,
    summary: 'A taskforce with its members, milestones, deliverables, documents and recommendations, and what you may do',
    request: { params: IdParam },
    responses: { 200: jsonContent(DetailSchema, 'The taskforce'), ...errorResponses },
  }),
  async (c) => c.json(await detail(c.get('db'), c.get('actor'), c.req.valid('param').id), 200),
);

taskforceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/taskforces/{id}',
    tags,
    summary: 'Change a taskforce: title, goal, lead, dates, session, visibility (the lead and the coordinators)',
    request: { params: IdParam, ...body(taskforcePatchSchema) },
    responses: { 200: jsonContent(TaskforceSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(presentTaskforce(await updateTaskforce({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') })), 200);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/taskforces/{id}/close',
    tags,
    summary: 'Close a taskforce with its summary and lessons learned (required), or abandon it',
    request: { params: IdParam, ...body(closeTaskforceSchema) },
    responses: { 200: jsonContent(TaskforceSchema, 'Closed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(presentTaskforce(await closeTaskforce({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') })), 200);
  },
);

taskforceRoutes.openapi(
  createRoute({ method: 'post', path: '/taskforces/{id}/join', tags, summary: 'Volunteer for an open taskforce of your network', request: { params: IdParam }, responses: { 200: jsonContent(OkSchema, 'Joined'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    await joinTaskforce({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  },
);

taskforceRoutes.openapi(
  createRoute({ method: 'post', path: '/taskforces/{id}/members', tags, summary: 'Add a person of the network (the lead and the coordinators)', request: { params: IdParam, ...body(memberSchema) }, responses: { 200: jsonContent(OkSchema, 'Added'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    await addMember({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ ok: true as const }, 200);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/taskforces/{id}/members/{userId}',
    tags,
    summary: 'Remove a member (the lead and the coordinators), or leave',
    request: { params: IdParam.extend({ userId: uuidParam('userId') }) },
    responses: { 200: jsonContent(OkSchema, 'Removed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, userId } = c.req.valid('param');
    await removeMember({ db: c.get('db'), actor: c.get('actor'), id, userId });
    return c.json({ ok: true as const }, 200);
  },
);

const ItemId = z.object({ id: z.string() });

taskforceRoutes.openapi(
  createRoute({ method: 'post', path: '/taskforces/{id}/milestones', tags, summary: 'Plan a milestone', request: { params: IdParam, ...body(milestoneSchema) }, responses: { 201: jsonContent(ItemId, 'Added'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const row = await addMilestone({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ id: row.id }, 201);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/taskforces/{id}/milestones/{milestoneId}',
    tags,
    summary: 'Tick a milestone done (or undo)',
    request: { params: IdParam.extend({ milestoneId: uuidParam('milestoneId') }), ...body(milestonePatchSchema) },
    responses: { 200: jsonContent(OkSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, milestoneId } = c.req.valid('param');
    await setMilestoneDone({ db: c.get('db'), actor: c.get('actor'), id, milestoneId, input: c.req.valid('json') });
    return c.json({ ok: true as const }, 200);
  },
);

taskforceRoutes.openapi(
  createRoute({ method: 'post', path: '/taskforces/{id}/deliverables', tags, summary: 'Plan a deliverable', request: { params: IdParam, ...body(deliverableSchema) }, responses: { 201: jsonContent(ItemId, 'Added'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const row = await addDeliverable({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ id: row.id }, 201);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/taskforces/{id}/deliverables/{deliverableId}',
    tags,
    summary: 'Say where a deliverable stands: planned, in progress, delivered',
    request: { params: IdParam.extend({ deliverableId: uuidParam('deliverableId') }), ...body(deliverablePatchSchema) },
    responses: { 200: jsonContent(OkSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, deliverableId } = c.req.valid('param');
    await setDeliverableStatus({ db: c.get('db'), actor: c.get('actor'), id, deliverableId, input: c.req.valid('json') });
    return c.json({ ok: true as const }, 200);
  },
);

taskforceRoutes.openapi(
  createRoute({ method: 'post', path: '/taskforces/{id}/documents', tags, summary: 'Add a link to a document (members)', request: { params: IdParam, ...body(documentSchema) }, responses: { 201: jsonContent(ItemId, 'Added'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const row = await addDocument({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ id: row.id }, 201);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/taskforces/{id}/recommendations',
    tags,
    summary: 'Record a recommendation (peer challenge: the invited directors)',
    request: { params: IdParam, ...body(recommendationSchema) },
    responses: { 201: jsonContent(ItemId, 'Recorded'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await addRecommendation({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ id: row.id }, 201);
  },
);

taskforceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/taskforces/{id}/recommendations/{recommendationId}',
    tags,
    summary: 'What becomes of a recommendation: proposed, adopted, declined, done',
    request: { params: IdParam.extend({ recommendationId: uuidParam('recommendationId') }), ...body(recommendationPatchSchema) },
    responses: { 200: jsonContent(OkSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, recommendationId } = c.req.valid('param');
    await setRecommendationStatus({ db: c.get('db'), actor: c.get('actor'), id, recommendationId, input: c.req.valid('json') });
    return c.json({ ok: true as const }, 200);
  },
);
