import { createRoute, z } from '@hono/zod-openapi';
import { inviteUser } from '../../domain/auth/invitations';
import { categoryInputSchema, createCategory, listCategories } from '../../domain/networks/categories';
import {
  addOrganisationToNetwork,
  createNetwork,
  createNetworkSchema,
  getNetwork,
  listNetworkPeople,
  listNetworks,
} from '../../domain/networks/networks';
import { organisationInputSchema } from '../../domain/organisations/organisation-schema';
import { createOrganisation } from '../../domain/organisations/organisations';
import { searchOrganisations, searchOrganisationsQuery } from '../../domain/organisations/search-organisations';
import { assertCan, canOnNetwork } from '../../domain/policy/policy';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { presentNetwork, presentOrganisation, presentOrganisationPage } from '../presenters';
import { baseUrl } from '../request-info';
import { errorResponses, jsonContent, NetworkSchema, OrganisationPage, OrganisationSchema } from '../schemas';

export const networkRoutes = newRouter();

const NetworkParam = z.object({
  network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }),
});

networkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks',
    tags: ['Networks'],
    summary: 'All networks of the platform (names and descriptions are public)',
    responses: { 200: jsonContent(z.array(NetworkSchema), 'Networks') },
  }),
  async (c) => c.json((await listNetworks({ db: c.get('db') })).map(presentNetwork), 200),
);

networkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks',
    tags: ['Networks'],
    summary: 'Create a network (platform admins)',
    request: { body: { content: { 'application/json': { schema: createNetworkSchema } }, required: true } },
    responses: { 201: jsonContent(NetworkSchema, 'Created'), ...errorResponses, 409: jsonContent(z.any(), 'Slug taken') },
  }),
  async (c) => {
    requireUser(c);
    const row = await createNetwork({ db: c.get('db'), actor: c.get('actor'), input: c.req.valid('json') });
    return c.json(presentNetwork(row), 201);
  },
);

networkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}',
    tags: ['Networks'],
    summary: 'One network by id or slug',
    request: { params: NetworkParam },
    responses: { 200: jsonContent(NetworkSchema, 'The network'), ...errorResponses },
  }),
  async (c) => c.json(presentNetwork(await getNetwork({ db: c.get('db'), idOrSlug: c.req.valid('param').network })), 200),
);

networkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/organisations',
    tags: ['Networks'],
    summary: 'Member organisations of a network that you may see (the directory search within one network)',
    request: { params: NetworkParam, query: searchOrganisationsQuery.omit({ network: true }) },
    responses: { 200: jsonContent(OrganisationPage, 'A page of organisations'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const result = await searchOrganisations({ db, actor: c.get('actor'), query: { ...c.req.valid('query'), network: network.id } });
    return c.json(presentOrganisationPage(result), 200);
  },
);

networkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/organisations',
    tags: ['Networks'],
    summary: 'Create an organisation as a member of the network (coordinators)',
    request: { params: NetworkParam, body: { content: { 'application/json': { schema: organisationInputSchema } }, required: true } },
    responses: { 201: jsonContent(OrganisationSchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const row = await createOrganisation({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json') });
    return c.json(presentOrganisation(row), 201);
  },
);

networkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/members',
    tags: ['Networks'],
    summary: 'Add an existing organisation to the network (coordinators)',
    request: { params: NetworkParam, body: { content: { 'application/json': { schema: z.object({ organisationId: z.uuid() }) } }, required: true } },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Added'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    await addOrganisationToNetwork({ db, actor: c.get('actor'), networkId: network.id, organisationId: c.req.valid('json').organisationId });
    return c.json({ ok: true as const }, 200);
  },
);

networkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/people',
    tags: ['Networks'],
    summary: 'People with a role in the network (members of the network only)',
    request: { params: NetworkParam },
    responses: {
      200: jsonContent(
        z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.string(), organisations: z.array(z.object({ id: z.string(), name: z.string() })) })),
        'People',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await listNetworkPeople({ db, actor: c.get('actor'), networkId: network.id }), 200);
  },
);

networkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/invitations',
    tags: ['Networks'],
    summary: 'Invite someone by e-mail with a role (coordinators)',
    request: {
      params: NetworkParam,
      body: {
        content: {
          'application/json': {
            schema: z.object({
              email: z.string().min(1).max(254),
              role: z.enum(['coordinator', 'member', 'partner', 'observer']),
              organisationId: z.uuid().optional(),
              locale: z.enum(['fr', 'de', 'en', 'nl']).default('fr'),
            }),
          },
        },
        required: true,
      },
    },
    responses: {
      201: jsonContent(z.object({ id: z.string(), email: z.string(), expiresAt: z.string(), network: z.string(), role: z.string() }), 'Invitation sent'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    assertCan(canOnNetwork(c.get('actor'), 'invite', network.id), 'Only the network coordinators can invite');
    const body = c.req.valid('json');
    const invite = await inviteUser({
      db,
      email: body.email,
      networkId: network.id,
      role: body.role,
      organisationId: body.organisationId,
      invitedBy: { id: user.id, name: user.name, email: user.email },
      locale: body.locale,
      baseUrl: baseUrl(c),
    });
    return c.json({ ...invite, expiresAt: invite.expiresAt.toISOString() }, 201);
  },
);

const CategorySchema = z.object({ id: z.string(), kind: z.enum(['ecosystem', 'axis']), slug: z.string(), name: z.record(z.string(), z.string()), position: z.number() });

networkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/categories',
    tags: ['Networks'],
    summary: "The network's ecosystems and strategic axes",
    request: { params: NetworkParam },
    responses: { 200: jsonContent(z.array(CategorySchema), 'Categories'), ...errorResponses },
  }),
  async (c) => {
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const rows = await listCategories({ db, networkId: network.id });
    return c.json(rows.map((r) => ({ id: r.id, kind: r.kind, slug: r.slug, name: r.name as Record<string, string>, position: r.position })), 200);
  },
);

networkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/categories',
    tags: ['Networks'],
    summary: 'Define an ecosystem or a strategic axis (coordinators)',
    request: { params: NetworkParam, body: { content: { 'application/json': { schema: categoryInputSchema } }, required: true } },
    responses: { 201: jsonContent(CategorySchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const r = await createCategory({ db, actor: c.get('actor'), networkId: network.id, input: c.req.valid('json') });
    return c.json({ id: r.id, kind: r.kind, slug: r.slug, name: r.name as Record<string, string>, position: r.position }, 201);
  },
);
