import crypto from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { runCliCommand } from '../../cli/run-in-process';
import { AppError } from '../../domain/errors';
import type { AppEnv } from '../context';

/**
 * Lets `maillage` commands run while the server holds the embedded database (PGlite allows one process).
 * Only callers that can read the data directory's lock file know the key; the route is not in the public API docs.
 */
export const controlRoutes = new Hono<AppEnv>();

const body = z.object({ args: z.array(z.string().max(10_000)).max(100) });

controlRoutes.post('/internal/cli', async (c) => {
  const { controlKey } = c.get('deps');
  const given = c.req.header('x-maillage-control') ?? '';
  const ok = !!controlKey && given.length === controlKey.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(controlKey));
  if (!ok) throw new AppError('forbidden', 'Wrong control key');
  const { args } = body.parse(await c.req.json());
  const result = await runCliCommand(args, c.get('deps'));
  return c.json(result, 200);
});
