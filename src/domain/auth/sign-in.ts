import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginAttempts } from '../../db/schema';
import { AppError } from '../errors';
import { findUserByEmail } from './create-user';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';

// Failed attempts allowed in the window: few per account (guessing one password), more per client address
// (many honest people may share one office's address, but a scan over many accounts must still stop).
export const LOGIN_LIMIT = { failures: 8, failuresPerAddress: 50, windowMinutes: 15 } as const;

async function recentFailures(db: Db, key: string): Promise<number> {
  const since = new Date(Date.now() - LOGIN_LIMIT.windowMinutes * 60_000);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

export interface SignInOptions {
  db: Db;
  email: string;
  password: string;
  clientAddress: string;
  sessionDays: number;
}

export async function signIn({ db, email, password, clientAddress, sessionDays }: SignInOptions) {
  const keys = [`email:${email.trim().toLowerCase()}`, `ip:${clientAddress}`];
  const limits = [LOGIN_LIMIT.failures, LOGIN_LIMIT.failuresPerAddress];
  for (const [i, key] of keys.entries()) {
    if ((await recentFailures(db, key)) >= (limits[i] ?? LOGIN_LIMIT.failures))
      throw new AppError(
        'rate_limited',
        `Too many failed sign-in attempts; try again in ${LOGIN_LIMIT.windowMinutes} minutes or reset your password`,
      );
  }
  const user = await findUserByEmail(db, email.trim());
  const ok = !!user && !user.disabledAt && (await verifyPassword(user.passwordHash, password));
  await db.insert(loginAttempts).values(keys.map((key) => ({ key, succeeded: ok })));
  if (!ok || !user) throw new AppError('unauthenticated', 'Wrong e-mail or password');
  if (ok) await db.delete(loginAttempts).where(eq(loginAttempts.key, keys[0] ?? ''));
  const session = await createSession(db, user.id, sessionDays);
  return { user, ...session };
}
