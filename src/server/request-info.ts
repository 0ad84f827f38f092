import type { Context } from 'hono';
import type { AppEnv } from './context';

/** The address used to rate-limit sign-in; behind a proxy, set it to pass X-Forwarded-For. */
export function clientAddress(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

export function baseUrl(c: Context<AppEnv>): string {
  return c.get('deps').config.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
}
