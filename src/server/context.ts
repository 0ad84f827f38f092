import { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config/env';
import type { Database, Db } from '../db/client';
import type { users } from '../db/schema';
import type { Actor } from '../domain/policy/actor';
import type { Logger } from '../logger';
import { zodErrorBody } from './errors';

export interface AppDeps {
  database: Database;
  config: Config;
  log: Logger;
  /** Secret from the data-directory lock that lets the local CLI run commands through this server. */
  controlKey?: string | undefined;
}

export interface AppEnv {
  Variables: {
    db: Db;
    deps: AppDeps;
    log: Logger;
    actor: Actor;
    user: typeof users.$inferSelect | null;
    session: { token: string; csrfToken: string } | null;
  };
}

/** Every route module builds its routes on this, so validation failures all answer in the one error format. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(zodErrorBody(result.error), 400);
      return undefined;
    },
  });
}

export type Router = ReturnType<typeof newRouter>;
