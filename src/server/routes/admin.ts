import { createRoute, z } from '@hono/zod-openapi';
import { listJobs, listOutbox, listUsers, setUserDisabled } from '../../domain/admin/admin';
import { createUser, localeSchema } from '../../domain/auth/create-user';
import { erasePerson } from '../../domain/auth/personal-data';
import { notFound } from '../../domain/errors';
import { assertCan, canOnPlatform } from '../../domain/policy/policy';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { presentUser } from '../presenters';
import { errorResponses, IdParam, jsonContent, UserSchema } from '../schemas';

export const adminRoutes = newRouter();

const Limit = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
const AdminUser = UserSchema.extend({ disabled: z.boolean() });

adminRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/users',
    tags: ['Administration'],
    summary: 'All users (platform admins)',
    responses: { 200: jsonContent(z.array(AdminUser), 'Users'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const rows = await listUsers({ db: c.get('db'), actor: c.get('actor') });
    return c.json(rows.map((u) => ({ ...presentUser(u), disabled: !!u.disabledAt })), 200);
  },
);

adminRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/users',
    tags: ['Administration'],
    summary: 'Create a user with a password (platform admins)',
    request: {
      body: {
        content: {
          'application/json': {
            schema: z.object({
              email: z.string().min(1).max(254),
              password: z.string().max(512),
              name: z.string().max(200).optional(),
              locale: localeSchema.optional(),
              isAdmin: z.boolean().optional(),
            }),
          },
        },
        required: true,
      },
    },
    responses: { 201: jsonContent(UserSchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    assertCan(canOnPlatform(c.get('actor'), 'manage-users'), 'Only platform administrators can create users');
    const user = await createUser({ db: c.get('db'), ...c.req.valid('json') });
    return c.json(presentUser(user), 201);
  },
);

adminRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/users/{id}',
    tags: ['Administration'],
    summary: 'Disable or re-enable a user (platform admins)',
    request: { params: IdParam, body: { content: { 'application/json': { schema: z.object({ disabled: z.boolean() }) } }, required: true } },
    responses: { 200: jsonContent(AdminUser, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await setUserDisabled({ db: c.get('db'), actor: c.get('actor'), userId: c.req.valid('param').id, disabled: c.req.valid('json').disabled });
    if (!row) throw notFound('User', 'id');
    return c.json({ ...presentUser(row), disabled: !!row.disabledAt }, 200);
  },
);

const OutboxItem = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  status: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

adminRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/outbox',
    tags: ['Administration'],
    summary: 'E-mails waiting, sent or failed (platform admins); without SMTP_URL, mail waits here',
    request: { query: Limit },
    responses: { 200: jsonContent(z.object({ items: z.array(OutboxItem), counts: z.record(z.string(), z.number()) }), 'Outbox'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { items, counts } = await listOutbox({ db: c.get('db'), actor: c.get('actor'), limit: c.req.valid('query').limit });
    return c.json(
      {
        counts,
        items: items.map((m) => ({
          id: m.id,
          toAddress: m.toAddress,
          subject: m.subject,
          bodyText: m.bodyText,
          status: m.status,
          attempts: m.attempts,
          lastError: m.lastError,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      },
      200,
    );
  },
);

adminRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/jobs',
    tags: ['Administration'],
    summary: 'Recent background jobs (platform admins)',
    request: { query: Limit },
    responses: {
      200: jsonContent(
        z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string() })),
        'Jobs',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const rows = await listJobs({ db: c.get('db'), actor: c.get('actor'), limit: c.req.valid('query').limit });
    return c.json(rows.map((j) => ({ id: j.id, name: j.name, status: j.status, attempts: j.attempts, lastError: j.lastError, createdAt: j.createdAt.toISOString() })), 200);
  },
);

adminRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/users/{id}/erase',
    tags: ['Administration'],
    summary: "Erase a person's account on their request (platform admins); statistics are kept",
    request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Erased'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    await erasePerson({ db: c.get('db'), actor: c.get('actor'), userId: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  },
);
