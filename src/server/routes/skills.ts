import { createRoute, z } from '@hono/zod-openapi';
import { getNetwork } from '../../domain/networks/networks';
import { loadReadablePost } from '../../domain/posts/post-access';
import { needKindOf } from '../../domain/posts/create-post';
import { assertCan, canOnNetwork } from '../../domain/policy/policy';
import { anonymisedDemand, collectiveTrainingProposals, collectiveTrainingSchema, proposeCollectiveTraining } from '../../domain/skills/demand';
import { listReferrals, referNeed, referralListQuery, referralUpdateSchema, updateReferral } from '../../domain/skills/referrals';
import { createRoutingRule, deleteRoutingRule, listRoutingRules, routingRulePatchSchema, routingRuleSchema, updateRoutingRule } from '../../domain/skills/routing-rules';
import { searchConcepts, searchConceptsQuery } from '../../domain/skills/search-concepts';
import { AppError } from '../../domain/errors';
import type { Db } from '../../db/client';
import { organisations } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { errorResponses, IdParam, jsonContent, TranslatedSchema } from '../schemas';
import { NetworkParam, OkSchema, presentReferral, presentRule, ReferralSchema, RoutingRuleSchema } from './needs-schemas';

export const skillRoutes = newRouter();
const tags = ['Skills and jobs'];
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

skillRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/skills/concepts',
    tags,
    summary: 'ESCO and ROME occupations and ESCO skills by their labels in any language, or the labels of given codes',
    request: { query: searchConceptsQuery },
    responses: {
      200: jsonContent(z.array(z.object({ key: z.string(), scheme: z.string(), kind: z.string(), labels: TranslatedSchema })), 'Concepts, the closest first'),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await searchConcepts({ db: c.get('db'), query: c.req.valid('query') }), 200),
);

skillRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/routing-rules',
    tags,
    summary: 'Where the network sends recruitment, apprenticeship and training needs, per territory',
    request: { params: NetworkParam },
    responses: { 200: jsonContent(z.array(RoutingRuleSchema), 'Rules'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const rows = await listRoutingRules({ db, actor: c.get('actor'), networkId: network.id });
    return c.json(rows.map((r) => presentRule(r.rule, r.operatorName)), 200);
  },
);

async function operatorName(db: Db, id: string) {
  const [o] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  return o?.name ?? '';
}

skillRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/routing-rules',
    tags,
    summary: 'Add a routing rule (coordinators): a need of this kind in this territory goes to this operator',
    request: { params: NetworkParam, ...body(routingRuleSchema) },
    responses: { 201: jsonContent(RoutingRuleSchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const rule = await createRoutingRule({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json') });
    return c.json(presentRule(rule, await operatorName(db, rule.operatorOrganisationId)), 201);
  },
);

skillRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/routing-rules/{id}',
    tags,
    summary: 'Change a routing rule (coordinators)',
    request: { params: IdParam, ...body(routingRulePatchSchema) },
    responses: { 200: jsonContent(RoutingRuleSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const rule = await updateRoutingRule({ db, actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentRule(rule, await operatorName(db, rule.operatorOrganisationId)), 200);
  },
);

skillRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/routing-rules/{id}',
    tags,
    summary: 'Remove a routing rule (coordinators); referrals already sent keep going',
    request: { params: IdParam },
    responses: { 200: jsonContent(OkSchema, 'Removed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    await deleteRoutingRule({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  },
);

const ReferralRowSchema = ReferralSchema.extend({
  postTitle: TranslatedSchema,
  postKind: z.string(),
  postStatus: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  operatorName: z.string(),
  networkSlug: z.string(),
  headcount: z.number().nullable(),
});

skillRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/referrals',
    tags,
    summary: 'The referrals you follow: received as an operator, sent for your company, or in the networks you coordinate',
    request: { query: referralListQuery },
    responses: { 200: jsonContent(z.array(ReferralRowSchema), 'Live first, the nearest deadline first'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const q = c.req.valid('query');
    const network = q.network ? await getNetwork({ db, idOrSlug: q.network }) : undefined;
    const rows = await listReferrals({ db, actor: c.get('actor'), networkId: network?.id, as: q.as, status: q.status, overdue: q.overdue === 'true' });
    return c.json(
      rows.map((r) => ({
        ...presentReferral(r.referral),
        postTitle: r.postTitle,
        postKind: r.postKind,
        postStatus: r.postStatus,
        companyId: r.companyId,
        companyName: r.companyName,
        operatorName: r.operatorName,
        networkSlug: r.networkSlug,
        headcount: r.headcount,
      })),
      200,
    );
  },
);

skillRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/referrals/{id}',
    tags,
    summary:
      'Move a referral forward: acknowledged, candidates (or a training) proposed, filled, closed unfilled. The operator moves every step, the company may close, the coordinators do anything.',
    request: { params: IdParam, ...body(referralUpdateSchema) },
    responses: { 200: jsonContent(ReferralSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await updateReferral({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json(presentReferral(row), 200);
  },
);

skillRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/posts/{id}/referrals',
    tags,
    summary: 'Refer a recruitment or training need to an operator by hand (coordinators), when no rule did or a second one helps',
    request: { params: IdParam, ...body(z.object({ operatorOrganisationId: z.uuid(), networkId: z.uuid().optional() })) },
    responses: { 201: jsonContent(ReferralSchema, 'Referred'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const actor = c.get('actor');
    const { post, guard } = await loadReadablePost(db, actor, c.req.valid('param').id);
    const input = c.req.valid('json');
    const networkId = input.networkId ?? guard.networkIds.find((n) => canOnNetwork(actor, 'manage', n));
    assertCan(!!networkId && guard.networkIds.includes(networkId) && canOnNetwork(actor, 'manage', networkId), 'Only the coordinators of the need’s network refer it by hand');
    const kind = needKindOf(post.kind, undefined);
    if (!kind) throw new AppError('validation', 'Only recruitment and training needs are referred', 'id');
    const referral = await db.transaction(async (tx) =>
      referNeed({ db: tx as unknown as Db, actor, post, networkIds: guard.networkIds, need: { kind, country: post.country, postcode: post.postcode }, baseUrl: baseUrl(c), operatorOrganisationId: input.operatorOrganisationId, networkId }),
    );
    return c.json(presentReferral(referral!), 201);
  },
);

const CellSchema = z.object({ key: z.string(), firms: z.number(), headcount: z.number(), needs: z.number() });

skillRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/demand',
    tags,
    summary: 'Anonymised demand for training providers: open recruitment and training needs per occupation, skill, sector and territory (small cells merged)',
    request: { params: NetworkParam },
    responses: {
      200: jsonContent(
        z.object({
          minFirms: z.number(),
          recruitment: z.object({ byOccupation: z.array(CellSchema), bySector: z.array(CellSchema), byTerritory: z.array(CellSchema) }),
          training: z.object({ bySkill: z.array(CellSchema), bySector: z.array(CellSchema), byTerritory: z.array(CellSchema) }),
          concepts: z.record(z.string(), TranslatedSchema),
        }),
        'Demand',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await anonymisedDemand({ db, actor: c.get('actor'), networkId: network.id }), 200);
  },
);

skillRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/collective-trainings',
    tags,
    summary: 'Training needs several firms share, not yet gathered into a session (the needs themselves for coordinators only)',
    request: { params: NetworkParam },
    responses: {
      200: jsonContent(
        z.array(z.object({ key: z.string(), firms: z.number(), headcount: z.number(), topics: z.array(z.string()), earliest: z.string().nullable(), postIds: z.array(z.string()) })),
        'Proposals',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await collectiveTrainingProposals({ db, actor: c.get('actor'), networkId: network.id }), 200);
  },
);

skillRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/collective-trainings',
    tags,
    summary: 'Gather shared training needs into a collective session: a draft training event of the network (coordinators)',
    request: { params: NetworkParam, ...body(collectiveTrainingSchema) },
    responses: { 201: jsonContent(z.object({ eventId: z.string(), firms: z.number(), headcount: z.number() }), 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const r = await proposeCollectiveTraining({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json') });
    return c.json({ eventId: r.event.id, firms: r.firms, headcount: r.headcount }, 201);
  },
);
