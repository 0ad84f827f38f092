import { createRoute, z } from '@hono/zod-openapi';
import { getNetwork } from '../../domain/networks/networks';
import { createPost } from '../../domain/posts/create-post';
import {
  expressInterest,
  getConversation,
  getPostSettings,
  interestSchema,
  listConversations,
  messageSchema,
  outcomeSchema,
  postMessage,
  postSettingsSchema,
  recordOutcome,
  setPostSettings,
  withdrawInterest,
} from '../../domain/posts/interests';
import { getPostDetail, listPosts, listPostsQuery, myOrganisationsIn } from '../../domain/posts/post-queries';
import { postInputSchema, postPatchSchema } from '../../domain/posts/post-schema';
import { postStatusSchema, renewPost, setPostStatus, updatePost } from '../../domain/posts/update-post';
import { digestPreferenceOf, digestPreferenceSchema, setDigestPreference, unsubscribeFromDigest, unsubscribeSchema } from '../../domain/matching/digest-preference';
import { matchPost } from '../../domain/matching/match-post';
import { notFound } from '../../domain/errors';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { errorResponses, IdParam, jsonContent, TranslatedSchema } from '../schemas';
import {
  InterestSchema,
  MatchesSchema,
  MessageSchema,
  NetworkParam,
  PostSchema,
  presentInterest,
  presentMessage,
  presentPost,
  presentReferral,
  presentReferralEvent,
  ReferralEventSchema,
  ReferralSchema,
} from './needs-schemas';

export const postRoutes = newRouter();
const tags = ['Needs and offers'];
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/posts',
    tags,
    summary: 'Needs and offers of a network that you may see, newest first (kind, status, words, organisation, yours)',
    request: { params: NetworkParam, query: listPostsQuery },
    responses: {
      200: jsonContent(
        z.object({
          items: z.array(
            z.object({
              id: z.string(),
              kind: z.string(),
              title: TranslatedSchema,
              status: z.string(),
              organisationId: z.string(),
              organisationName: z.string(),
              commune: z.string(),
              country: z.string().nullable(),
              naceCodes: z.array(z.string()),
              occupationCodes: z.array(z.string()),
              skillCodes: z.array(z.string()),
              visibility: z.string(),
              expiresOn: z.string().nullable(),
              createdAt: z.string(),
              interests: z.number(),
            }),
          ),
          total: z.number(),
          page: z.number(),
          pageSize: z.number(),
        }),
        'A page of posts',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const page = await listPosts({ db, actor: c.get('actor'), networkId: network.id, query: c.req.valid('query') });
    return c.json({ ...page, items: page.items.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })) }, 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/my-organisations',
    tags,
    summary: 'The organisations you represent in this network: those you may post for here',
    request: { params: NetworkParam },
    responses: { 200: jsonContent(z.array(z.object({ id: z.string(), name: z.string() })), 'Organisations'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await myOrganisationsIn({ db, actor: c.get('actor'), networkId: network.id }), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/posts',
    tags,
    summary:
      'Publish a need or an offer on an organisation’s profile (its representatives and coordinators). A recruitment or training need is referred at once to the operator the routing rules name.',
    request: body(postInputSchema),
    responses: { 201: jsonContent(z.object({ post: PostSchema, referral: ReferralSchema.nullable() }), 'Published'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { post, referral } = await createPost({ db: c.get('db'), actor: c.get('actor'), input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json({ post: presentPost(post), referral: referral ? presentReferral(referral) : null }, 201);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/posts/{id}',
    tags,
    summary: 'One post with its organisation, networks, need details, referrals (for those who follow them) and interests (the owner sees all)',
    request: { params: IdParam },
    responses: {
      200: jsonContent(
        z.object({
          post: PostSchema,
          canEdit: z.boolean(),
          organisation: z.object({ id: z.string(), name: z.string(), kind: z.string(), commune: z.string(), country: z.string() }),
          networks: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
          sharedWith: z.array(z.string()),
          recruitment: z.object({ occupationCode: z.string(), headcount: z.number(), contract: z.string(), startOn: z.string().nullable(), urgency: z.string() }).nullable(),
          training: z.object({ topic: z.string(), headcount: z.number(), periodStart: z.string().nullable(), periodEnd: z.string().nullable(), format: z.string(), eventId: z.string().nullable() }).nullable(),
          resource: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
          referrals: z.array(ReferralSchema.extend({ operatorName: z.string(), events: z.array(ReferralEventSchema) })),
          interests: z.array(InterestSchema.extend({ organisationName: z.string() })),
        }),
        'The post',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const d = await getPostDetail({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    const recruitment = d.recruitment ? { occupationCode: d.recruitment.occupationCode, headcount: d.recruitment.headcount, contract: d.recruitment.contract, startOn: d.recruitment.startOn, urgency: d.recruitment.urgency } : null;
    const training = d.training ? { topic: d.training.topic, headcount: d.training.headcount, periodStart: d.training.periodStart, periodEnd: d.training.periodEnd, format: d.training.format, eventId: d.training.eventId } : null;
    return c.json(
      {
        post: presentPost(d.post),
        canEdit: d.canEdit,
        organisation: d.organisation,
        networks: d.networks,
        sharedWith: d.sharedWith,
        recruitment,
        training,
        resource: d.resource,
        referrals: d.referrals.map((r) => ({ ...presentReferral(r.referral), operatorName: r.operatorName, events: r.events.map(presentReferralEvent) })),
        interests: d.interests.map((i) => ({ ...presentInterest(i.interest), organisationName: i.organisationName })),
      },
      200,
    );
  },
);

postRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/posts/{id}',
    tags,
    summary: 'Edit a post (its organisation and the coordinators); changed codes re-index its matching',
    request: { params: IdParam, ...body(postPatchSchema) },
    responses: { 200: jsonContent(PostSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await updatePost({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentPost(row), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/posts/{id}/status',
    tags,
    summary: 'Say where a post stands: open, in discussion, fulfilled or closed',
    request: { params: IdParam, ...body(postStatusSchema) },
    responses: { 200: jsonContent(PostSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await setPostStatus({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentPost(row), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/posts/{id}/renew',
    tags,
    summary: 'Keep a post listed for three more months (an expired post comes back in lists and suggestions)',
    request: { params: IdParam },
    responses: { 200: jsonContent(PostSchema, 'Renewed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await renewPost({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json(presentPost(row), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/posts/{id}/matches',
    tags,
    summary:
      'Counterparts of a post, ranked, each with its reasons: shared occupation, skill and NACE codes (which work across languages), shared words, distance, same network, past ties',
    request: { params: IdParam, query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }) },
    responses: { 200: jsonContent(MatchesSchema, 'Ranked counterparts'), ...errorResponses },
  }),
  async (c) => {
    const result = await matchPost({ db: c.get('db'), actor: c.get('actor'), postId: c.req.valid('param').id, limit: c.req.valid('query').limit });
    return c.json(result, 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/posts/{id}/interests',
    tags,
    summary: 'Show an organisation’s interest in a post: opens a private conversation with its organisation',
    request: { params: IdParam, ...body(interestSchema) },
    responses: { 201: jsonContent(InterestSchema, 'The conversation is open'), ...errorResponses, 409: jsonContent(z.any(), 'Already interested') },
  }),
  async (c) => {
    requireUser(c);
    const row = await expressInterest({ db: c.get('db'), actor: c.get('actor'), postId: c.req.valid('param').id, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json(presentInterest(row), 201);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/conversations',
    tags,
    summary: 'Your organisations’ conversations on posts (both sides), and those the coordinators were invited into',
    request: { query: z.object({ network: z.string().max(100).optional() }) },
    responses: {
      200: jsonContent(
        z.array(
          InterestSchema.extend({ postTitle: TranslatedSchema, postKind: z.string(), postOrganisationId: z.string(), postOrganisationName: z.string(), organisationName: z.string(), messages: z.number() }),
        ),
        'Conversations, most recent first',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = c.req.valid('query').network ? await getNetwork({ db, idOrSlug: c.req.valid('query').network! }) : undefined;
    const rows = await listConversations({ db, actor: c.get('actor'), networkId: network?.id });
    return c.json(
      rows.map((r) => ({ ...presentInterest(r.interest), postTitle: r.postTitle, postKind: r.postKind, postOrganisationId: r.postOrganisationId, postOrganisationName: r.postOrganisationName, organisationName: r.organisationName, messages: r.messages })),
      200,
    );
  },
);

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/conversations/{id}',
    tags,
    summary: 'A conversation and its messages (the two organisations, and the coordinators when the network includes them)',
    request: { params: IdParam },
    responses: {
      200: jsonContent(
        z.object({
          interest: InterestSchema,
          post: z.object({ id: z.string(), kind: z.string(), title: TranslatedSchema, status: z.string(), organisationId: z.string(), organisationName: z.string() }),
          organisationName: z.string(),
          side: z.enum(['owner', 'interested']).nullable(),
          messages: z.array(MessageSchema),
          canWrite: z.boolean(),
        }),
        'The conversation',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const actor = c.get('actor');
    const conv = await getConversation({ db: c.get('db'), actor, id: c.req.valid('param').id });
    return c.json({ ...conv, interest: presentInterest(conv.interest), messages: conv.messages.map((m) => presentMessage(m, actor.userId)) }, 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/conversations/{id}/messages',
    tags,
    summary: 'Write in a conversation',
    request: { params: IdParam, ...body(messageSchema) },
    responses: { 201: jsonContent(z.object({ id: z.string() }), 'Sent'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await postMessage({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json({ id: row.id }, 201);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/conversations/{id}/outcome',
    tags,
    summary: 'Record how a conversation ended: a deal, a project, a referral or nothing',
    request: { params: IdParam, ...body(outcomeSchema) },
    responses: { 200: jsonContent(InterestSchema, 'Recorded'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await recordOutcome({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentInterest(row), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/conversations/{id}/withdraw',
    tags,
    summary: 'Withdraw an interest (the interested organisation)',
    request: { params: IdParam },
    responses: { 200: jsonContent(InterestSchema, 'Withdrawn'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await withdrawInterest({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json(presentInterest(row), 200);
  },
);

const SettingsSchema = z.object({ coordinatorInConversations: z.boolean() });

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/post-settings',
    tags,
    summary: 'The network’s choices about needs and offers (whether the coordinators join every conversation)',
    request: { params: NetworkParam },
    responses: { 200: jsonContent(SettingsSchema, 'Settings'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await getPostSettings({ db, actor: c.get('actor'), networkId: network.id }), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/networks/{network}/post-settings',
    tags,
    summary: 'Change the network’s choices about needs and offers (coordinators)',
    request: { params: NetworkParam, ...body(postSettingsSchema) },
    responses: { 200: jsonContent(SettingsSchema, 'Saved'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await setPostSettings({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json') }), 200);
  },
);


const DigestPreferenceSchema = z.object({ matchDigest: z.boolean() });

postRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/me/match-digest',
    tags,
    summary: 'Whether you receive the weekly e-mail digest of new matches for your organisations’ posts',
    responses: { 200: jsonContent(DigestPreferenceSchema, 'Your choice'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    return c.json(await digestPreferenceOf(c.get('db'), user.id), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/me/match-digest',
    tags,
    summary: 'Turn the weekly digest of new matches on or off',
    request: body(digestPreferenceSchema),
    responses: { 200: jsonContent(DigestPreferenceSchema, 'Saved'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    return c.json(await setDigestPreference(c.get('db'), user.id, c.req.valid('json')), 200);
  },
);

postRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/match-digest/unsubscribe',
    tags,
    summary: 'The one-click link at the foot of a digest: stops the digest for the person the token belongs to (no sign-in)',
    request: body(unsubscribeSchema),
    responses: { 200: jsonContent(DigestPreferenceSchema, 'Turned off'), ...errorResponses },
  }),
  async (c) => {
    if (!(await unsubscribeFromDigest(c.get('db'), c.req.valid('json')))) throw notFound('Unsubscribe link', 'token');
    return c.json({ matchDigest: false }, 200);
  },
);
