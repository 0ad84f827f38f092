import { createRoute, z } from '@hono/zod-openapi';
import { getCommitteeOverview } from '../../domain/roadmaps/committee';
import { getRoadmap } from '../../domain/roadmaps/get-roadmap';
import { candidatesQuery, listLinkCandidates } from '../../domain/roadmaps/link-candidates';
import { addAction, addLink, deleteAction, removeLink, updateAction } from '../../domain/roadmaps/roadmap-actions';
import { addComment, adoptRoadmap, getRoadmapVersion, voteOnAction } from '../../domain/roadmaps/roadmap-consultation';
import {
  actionInputSchema,
  actionPatchSchema,
  adoptInputSchema,
  axisInputSchema,
  axisPatchSchema,
  commentInputSchema,
  linkInputSchema,
  objectiveInputSchema,
  objectivePatchSchema,
  roadmapInputSchema,
  roadmapPatchSchema,
  voteInputSchema,
} from '../../domain/roadmaps/roadmap-schema';
import { addAxis, addObjective, archiveRoadmap, createRoadmap, deleteAxis, deleteObjective, listRoadmaps, openConsultation, updateAxis, updateObjective, updateRoadmap } from '../../domain/roadmaps/roadmaps';
import { getNetwork } from '../../domain/networks/networks';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { errorResponses, IdParam, jsonContent } from '../schemas';

// Roadmaps and committees (issue 8): axes → objectives → actions linked to what implements them; consultation,
// adoption and versions; the committee's decision log and open action items.
export const roadmapRoutes = newRouter();

const NetworkParam = z.object({
  network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }),
});
const Loose = (name: string) => z.looseObject({ id: z.string() }).openapi(name);
const RoadmapSchema = Loose('Roadmap');
const RoadmapView = z
  .looseObject({ roadmap: RoadmapSchema, axes: z.array(z.looseObject({ id: z.string() })), progress: z.looseObject({}), versions: z.array(z.looseObject({ version: z.number() })), canManage: z.boolean() })
  .openapi('RoadmapView');
const Ok = jsonContent(z.object({ ok: z.literal(true) }), 'Done');
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

async function networkId(c: { get(key: 'db'): Parameters<typeof getNetwork>[0]['db'] }, idOrSlug: string) {
  return (await getNetwork({ db: c.get('db'), idOrSlug })).id;
}

roadmapRoutes.openapi(
  createRoute({ method: 'get', path: '/networks/{network}/roadmaps', tags: ['Roadmaps'], summary: 'Roadmaps of the network (people of the network)', request: { params: NetworkParam }, responses: { 200: jsonContent(z.array(RoadmapSchema), 'Roadmaps'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await listRoadmaps({ db: c.get('db'), actor: c.get('actor'), networkId: await networkId(c, c.req.valid('param').network) }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'post', path: '/networks/{network}/roadmaps', tags: ['Roadmaps'], summary: 'Start a roadmap (coordinators)', request: { params: NetworkParam, ...body(roadmapInputSchema) }, responses: { 201: jsonContent(RoadmapSchema, 'Created'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    const row = await createRoadmap({ db: c.get('db'), actor: c.get('actor'), networkId: await networkId(c, c.req.valid('param').network), input: c.req.valid('json') });
    return c.json(row, 201);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'get', path: '/roadmaps/{id}', tags: ['Roadmaps'], summary: 'A roadmap with computed progress, links, votes and comments', request: { params: IdParam }, responses: { 200: jsonContent(RoadmapView, 'The roadmap'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await getRoadmap({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'patch', path: '/roadmaps/{id}', tags: ['Roadmaps'], summary: 'Change a roadmap’s title, summary, dates or ecosystem (coordinators)', request: { params: IdParam, ...body(roadmapPatchSchema) }, responses: { 200: jsonContent(RoadmapSchema, 'Updated'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await updateRoadmap({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

for (const [path, summary, run] of [
  ['consultation', 'Open the consultation: members comment, vote and propose actions (coordinators)', openConsultation],
  ['archive', 'Archive the roadmap (coordinators)', archiveRoadmap],
] as const)
  roadmapRoutes.openapi(
    createRoute({ method: 'post', path: `/roadmaps/{id}/${path}`, tags: ['Roadmaps'], summary, request: { params: IdParam }, responses: { 200: jsonContent(RoadmapSchema, 'Updated'), ...errorResponses } }),
    async (c) => {
      requireUser(c);
      return c.json(await run({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id }), 200);
    },
  );

roadmapRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/roadmaps/{id}/adopt',
    tags: ['Roadmaps'],
    summary: 'Adopt the roadmap: keep the accepted proposals, drop the others, keep a version (coordinators)',
    request: { params: IdParam, ...body(adoptInputSchema) },
    responses: { 200: jsonContent(z.looseObject({ version: z.number(), accepted: z.array(z.string()), dropped: z.array(z.string()), contributorCountries: z.array(z.string()) }), 'Adopted'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await adoptRoadmap({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/roadmaps/{id}/versions/{version}',
    tags: ['Roadmaps'],
    summary: 'An adopted version as it was kept',
    request: { params: IdParam.extend({ version: z.coerce.number().int().min(1).openapi({ param: { name: 'version', in: 'path' } }) }) },
    responses: { 200: jsonContent(z.looseObject({ version: z.number(), snapshot: z.unknown() }), 'The version'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, version } = c.req.valid('param');
    return c.json(await getRoadmapVersion({ db: c.get('db'), actor: c.get('actor'), id, version }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'post', path: '/roadmaps/{id}/axes', tags: ['Roadmaps'], summary: 'Add an axis (coordinators)', request: { params: IdParam, ...body(axisInputSchema) }, responses: { 201: jsonContent(Loose('RoadmapAxis'), 'Created'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await addAxis({ db: c.get('db'), actor: c.get('actor'), roadmapId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'patch', path: '/roadmap-axes/{id}', tags: ['Roadmaps'], summary: 'Change an axis (coordinators)', request: { params: IdParam, ...body(axisPatchSchema) }, responses: { 200: jsonContent(Loose('RoadmapAxis'), 'Updated'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await updateAxis({ db: c.get('db'), actor: c.get('actor'), axisId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'post', path: '/roadmaps/{id}/objectives', tags: ['Roadmaps'], summary: 'Add an objective under an axis (coordinators)', request: { params: IdParam, ...body(objectiveInputSchema) }, responses: { 201: jsonContent(Loose('RoadmapObjective'), 'Created'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await addObjective({ db: c.get('db'), actor: c.get('actor'), roadmapId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'patch', path: '/roadmap-objectives/{id}', tags: ['Roadmaps'], summary: 'Change an objective (coordinators)', request: { params: IdParam, ...body(objectivePatchSchema) }, responses: { 200: jsonContent(Loose('RoadmapObjective'), 'Updated'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await updateObjective({ db: c.get('db'), actor: c.get('actor'), objectiveId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'post', path: '/roadmaps/{id}/actions', tags: ['Roadmaps'], summary: 'Add an action (coordinators) or propose one during the consultation (members, partners)', request: { params: IdParam, ...body(actionInputSchema) }, responses: { 201: jsonContent(Loose('RoadmapAction'), 'Created'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await addAction({ db: c.get('db'), actor: c.get('actor'), roadmapId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'patch', path: '/roadmap-actions/{id}', tags: ['Roadmaps'], summary: 'Change an action, adopt or drop it (coordinators; its proposer while it is a proposal)', request: { params: IdParam, ...body(actionPatchSchema) }, responses: { 200: jsonContent(Loose('RoadmapAction'), 'Updated'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await updateAction({ db: c.get('db'), actor: c.get('actor'), actionId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

for (const [path, summary, run] of [
  ['/roadmap-axes/{id}', 'Delete an axis with its objectives and actions (coordinators)', (db: never, actor: never, id: string) => deleteAxis({ db, actor, axisId: id })],
  ['/roadmap-objectives/{id}', 'Delete an objective with its actions (coordinators)', (db: never, actor: never, id: string) => deleteObjective({ db, actor, objectiveId: id })],
  ['/roadmap-actions/{id}', 'Delete an action (coordinators)', (db: never, actor: never, id: string) => deleteAction({ db, actor, actionId: id })],
  ['/roadmap-links/{id}', 'Unlink a record from an action (coordinators)', (db: never, actor: never, id: string) => removeLink({ db, actor, linkId: id })],
] as const)
  roadmapRoutes.openapi(
    createRoute({ method: 'delete', path, tags: ['Roadmaps'], summary, request: { params: IdParam }, responses: { 200: Ok, ...errorResponses } }),
    async (c) => {
      requireUser(c);
      await run(c.get('db') as never, c.get('actor') as never, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

roadmapRoutes.openapi(
  createRoute({ method: 'post', path: '/roadmap-actions/{id}/links', tags: ['Roadmaps'], summary: 'Link an event, taskforce, booking, referral or post of the network to an action (coordinators)', request: { params: IdParam, ...body(linkInputSchema) }, responses: { 201: jsonContent(Loose('RoadmapLink'), 'Linked'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await addLink({ db: c.get('db'), actor: c.get('actor'), actionId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

roadmapRoutes.openapi(
  createRoute({ method: 'post', path: '/roadmap-actions/{id}/comments', tags: ['Roadmaps'], summary: 'Comment on an action (people of the network)', request: { params: IdParam, ...body(commentInputSchema) }, responses: { 201: jsonContent(Loose('RoadmapComment'), 'Created'), ...errorResponses } }),
  async (c) => {
    requireUser(c);
    return c.json(await addComment({ db: c.get('db'), actor: c.get('actor'), actionId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

roadmapRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/roadmap-actions/{id}/vote',
    tags: ['Roadmaps'],
    summary: 'Vote for (1) or against (-1) a proposed action, or withdraw (0), during the consultation',
    request: { params: IdParam, ...body(voteInputSchema) },
    responses: { 200: jsonContent(z.object({ for: z.number(), against: z.number(), mine: z.number() }), 'The tally'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await voteOnAction({ db: c.get('db'), actor: c.get('actor'), actionId: c.req.valid('param').id, input: c.req.valid('json') }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/roadmap-candidates',
    tags: ['Roadmaps'],
    summary: 'Records of the network that can be linked to an action (coordinators)',
    request: { params: NetworkParam, query: candidatesQuery },
    responses: { 200: jsonContent(z.array(z.object({ id: z.string(), title: z.record(z.string(), z.string()), at: z.string(), detail: z.string() })), 'Candidates'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const id = await networkId(c, c.req.valid('param').network);
    return c.json(await listLinkCandidates({ db: c.get('db'), actor: c.get('actor'), networkId: id, kind: c.req.valid('query').kind }), 200);
  },
);

roadmapRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/committee',
    tags: ['Roadmaps'],
    summary: 'Committee meetings, the decision log and the open action items for the next meeting (people of the network)',
    request: { params: NetworkParam },
    responses: { 200: jsonContent(z.looseObject({ meetings: z.array(z.looseObject({})), openItems: z.array(z.looseObject({})), decisions: z.array(z.looseObject({})) }), 'The committee'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const id = await networkId(c, c.req.valid('param').network);
    return c.json(await getCommitteeOverview({ db: c.get('db'), actor: c.get('actor'), networkId: id, baseUrl: baseUrl(c) }), 200);
  },
);
