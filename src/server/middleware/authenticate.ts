import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findApiTokenUser, findSession } from '../../domain/auth/sessions';
import { AppError } from '../../domain/errors';
import { anonymous, loadActor } from '../../domain/policy/actor';
import type { AppEnv } from '../context';

export const SESSION_COOKIE = 'maillage_session';
export const CSRF_HEADER = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds who is calling: a Bearer API token (integrations) or the session cookie (the web app).
 * Cookie-authenticated writes must echo the session's CSRF token in a header, which another site cannot read.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.get('db');
  c.set('actor', anonymous);
  c.set('user', null);
  c.set('session', null);
  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const user = match?.[1] ? await findApiTokenUser(db, match[1]) : undefined;
    if (!user) throw new AppError('unauthenticated', 'The API token is invalid or revoked');
    c.set('user', user);
    c.set('actor', await loadActor(db, user.id));
    return next();
  }
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const found = await findSession(db, token);
    if (found) {
      if (!safeMethods.has(c.req.method) && c.req.header(CSRF_HEADER) !== found.session.csrfToken)
        throw new AppError('forbidden', 'Missing or wrong CSRF token; reload the page and try again');
      c.set('user', found.user);
      c.set('session', { token, csrfToken: found.session.csrfToken });
      c.set('actor', await loadActor(db, found.user.id));
    }
  }
  return next();
};

export function requireUser(c: { get(key: 'user'): AppEnv['Variables']['user'] }) {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return user;
}
