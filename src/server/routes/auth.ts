import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { localeSchema } from '../../domain/auth/create-user';
import { acceptInvitation, describeInvitation } from '../../domain/auth/invitations';
import { requestPasswordReset, resetPassword } from '../../domain/auth/password-reset';
import { deleteSession } from '../../domain/auth/sessions';
import { signIn } from '../../domain/auth/sign-in';
import { newRouter } from '../context';
import { SESSION_COOKIE } from '../middleware/authenticate';
import { presentUser } from '../presenters';
import { baseUrl, clientAddress } from '../request-info';
import { ErrorSchema, errorResponses, jsonContent, UserSchema } from '../schemas';

export const authRoutes = newRouter();

const Ok = z.object({ ok: z.literal(true) });
const SignInBody = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(512) });

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/sign-in',
    tags: ['Accounts'],
    summary: 'Sign in with e-mail and password; sets the session cookie',
    request: { body: { content: { 'application/json': { schema: SignInBody } }, required: true } },
    responses: {
      200: jsonContent(z.object({ user: UserSchema, csrfToken: z.string() }), 'Signed in'),
      ...errorResponses,
      429: jsonContent(ErrorSchema, 'Too many failed attempts'),
    },
  }),
  async (c) => {
    const { email, password } = c.req.valid('json');
    const { config } = c.get('deps');
    const result = await signIn({ db: c.get('db'), email, password, clientAddress: clientAddress(c), sessionDays: config.sessionDays });
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.cookieSecure,
      path: '/',
      expires: result.expiresAt,
    });
    c.get('log').info({ userId: result.user.id }, 'signed in');
    return c.json({ user: presentUser(result.user), csrfToken: result.csrfToken }, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/sign-out',
    tags: ['Accounts'],
    summary: 'End the current session',
    responses: { 200: jsonContent(Ok, 'Signed out'), ...errorResponses },
  }),
  async (c) => {
    const session = c.get('session');
    if (session) await deleteSession(c.get('db'), session.token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/password-reset/request',
    tags: ['Accounts'],
    summary: 'E-mail a password reset link (answers the same whether the account exists or not)',
    request: { body: { content: { 'application/json': { schema: z.object({ email: z.string().min(1).max(254) }) } }, required: true } },
    responses: { 200: jsonContent(Ok, 'Request taken'), ...errorResponses },
  }),
  async (c) => {
    await requestPasswordReset({ db: c.get('db'), email: c.req.valid('json').email, baseUrl: baseUrl(c) });
    return c.json({ ok: true as const }, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/password-reset',
    tags: ['Accounts'],
    summary: 'Choose a new password with the token from the e-mail',
    request: {
      body: { content: { 'application/json': { schema: z.object({ token: z.string().min(1).max(200), password: z.string().max(512) }) } }, required: true },
    },
    responses: { 200: jsonContent(Ok, 'Password changed; every session was signed out'), ...errorResponses },
  }),
  async (c) => {
    const { token, password } = c.req.valid('json');
    await resetPassword({ db: c.get('db'), token, password });
    return c.json({ ok: true as const }, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/auth/invitations/{token}',
    tags: ['Accounts'],
    summary: 'What an invitation is for, before accepting it',
    request: { params: z.object({ token: z.string().min(1).max(200) }) },
    responses: {
      200: jsonContent(z.object({ email: z.string(), role: z.string().nullable(), network: z.string(), hasAccount: z.boolean() }), 'The invitation'),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await describeInvitation(c.get('db'), c.req.valid('param').token), 200),
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/invitations/accept',
    tags: ['Accounts'],
    summary: 'Accept an invitation; creates the account when the person has none',
    request: {
      body: {
        content: {
          'application/json': {
            schema: z.object({
              token: z.string().min(1).max(200),
              name: z.string().trim().max(200).optional(),
              password: z.string().max(512).optional(),
              locale: localeSchema.optional(),
            }),
          },
        },
        required: true,
      },
    },
    responses: { 200: jsonContent(z.object({ userId: z.string(), email: z.string() }), 'Accepted'), ...errorResponses },
  }),
  async (c) => c.json(await acceptInvitation({ db: c.get('db'), ...c.req.valid('json') }), 200),
);
