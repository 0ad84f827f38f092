import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { localeSchema } from '../../domain/auth/create-user';
import { describeMe } from '../../domain/auth/describe-me';
import { erasePerson, exportPersonalData } from '../../domain/auth/personal-data';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/auth/sessions';
import { updateProfile } from '../../domain/auth/update-profile';
import { notFound } from '../../domain/errors';
import { newRouter } from '../context';
import { requireUser, SESSION_COOKIE } from '../middleware/authenticate';
import { presentUser } from '../presenters';
import { errorResponses, IdParam, jsonContent, MeSchema, UserSchema } from '../schemas';

export const meRoutes = newRouter();

meRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/me',
    tags: ['Accounts'],
    summary: 'The caller: user (null when signed out), CSRF token, networks with roles, organisations represented',
    responses: { 200: jsonContent(MeSchema, 'The caller') },
  }),
  async (c) => {
    const user = c.get('user');
    if (!user) return c.json({ user: null, csrfToken: null, networks: [], organisations: [] }, 200);
    const mine = await describeMe(c.get('db'), c.get('actor'));
    return c.json({ user: presentUser(user), csrfToken: c.get('session')?.csrfToken ?? null, ...mine }, 200);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/me',
    tags: ['Accounts'],
    summary: 'Change your name, language or password',
    request: {
      body: {
        content: {
          'application/json': {
            schema: z.object({
              name: z.string().max(200).optional(),
              locale: localeSchema.optional(),
              currentPassword: z.string().max(512).optional(),
              newPassword: z.string().max(512).optional(),
            }),
          },
        },
        required: true,
      },
    },
    responses: { 200: jsonContent(UserSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const updated = await updateProfile({ db: c.get('db'), userId: user.id, ...c.req.valid('json') });
    return c.json(presentUser(updated), 200);
  },
);

const TokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });

meRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/me/tokens',
    tags: ['Accounts'],
    summary: 'Your API tokens (without their secret)',
    responses: { 200: jsonContent(z.array(TokenSchema), 'Tokens'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const rows = await listApiTokens(c.get('db'), user.id);
    return c.json(rows.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null })), 200);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/me/tokens',
    tags: ['Accounts'],
    summary: 'Create an API token for an integration; the secret is shown once',
    request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().trim().min(1).max(100) }) } }, required: true } },
    responses: { 201: jsonContent(z.object({ id: z.string(), name: z.string(), token: z.string() }), 'Created'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const t = await createApiToken(c.get('db'), user.id, c.req.valid('json').name);
    return c.json({ id: t.id, name: t.name, token: t.token }, 201);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/me/tokens/{id}',
    tags: ['Accounts'],
    summary: 'Revoke one of your API tokens',
    request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Revoked'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    if (!(await revokeApiToken(c.get('db'), user.id, c.req.valid('param').id))) throw notFound('Token', 'id');
    return c.json({ ok: true as const }, 200);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/me/personal-data',
    tags: ['Accounts'],
    summary: 'Download everything the platform holds about you (JSON)',
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'Your data'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const data = await exportPersonalData({ db: c.get('db'), userId: user.id });
    c.header('content-disposition', 'attachment; filename="maillage-personal-data.json"');
    return c.json(data as unknown as Record<string, unknown>, 200);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/me/erase',
    tags: ['Accounts'],
    summary: 'Erase your account: anonymised for good, statistics kept; confirm with your password',
    request: { body: { content: { 'application/json': { schema: z.object({ password: z.string().max(512) }) } }, required: true } },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Erased'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    await erasePerson({ db: c.get('db'), actor: c.get('actor'), userId: user.id, password: c.req.valid('json').password });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  },
);
