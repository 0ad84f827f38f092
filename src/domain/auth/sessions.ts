import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens, sessions, users } from '../../db/schema';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './tokens';

export async function createSession(db: Db, userId: string, days: number) {
  const token = newSecret();
  const csrfToken = newSecret(18);
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({ id: hashSecret(token), userId, csrfToken, expiresAt });
  // Housekeeping that costs nothing at sign-in: forget expired sessions.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Db, token: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashSecret(token)), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  return row;
}

export async function deleteSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.id, hashSecret(token)));
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function createApiToken(db: Db, userId: string, name: string) {
  const token = API_TOKEN_PREFIX + newSecret();
  const [row] = await db.insert(apiTokens).values({ userId, name, tokenHash: hashSecret(token) }).returning();
  if (!row) throw new Error('insert returned no row');
  return { token, id: row.id, name: row.name, createdAt: row.createdAt };
}

export async function findApiTokenUser(db: Db, token: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)));
  if (!row) return undefined;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.token.id));
  return row.user;
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

export async function revokeApiToken(db: Db, userId: string, tokenId: string) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
