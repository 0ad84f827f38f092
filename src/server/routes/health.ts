import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../context';
import { jsonContent } from '../schemas';

export const healthRoutes = newRouter();

healthRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['Platform'],
    summary: 'Liveness and database check',
    responses: {
      200: jsonContent(z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }), 'Healthy'),
      503: jsonContent(z.object({ status: z.literal('error'), database: z.enum(['pglite', 'postgresql']) }), 'Database unreachable'),
    },
  }),
  async (c) => {
    const { database } = c.get('deps');
    try {
      await database.query('SELECT 1');
      return c.json({ status: 'ok' as const, database: database.engine }, 200);
    } catch {
      return c.json({ status: 'error' as const, database: database.engine }, 503);
    }
  },
);
