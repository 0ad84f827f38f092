import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens, auditLog, authTokens, loginAttempts, networkRoles, networks, organisations, representatives, sessions, users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';
import { verifyPassword } from './passwords';
import { erasePersonEventData, exportPersonEventData } from '../events/personal-event-data';

/** Everything the platform holds about one person (GDPR article 15/20), as one JSON document. */
export async function exportPersonalData({ db, userId }: { db: Db; userId: string }) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('User');
  const roles = await db
    .select({ network: networks.name, slug: networks.slug, role: networkRoles.role, since: networkRoles.createdAt })
    .from(networkRoles)
    .innerJoin(networks, eq(networks.id, networkRoles.networkId))
    .where(eq(networkRoles.userId, userId));
  const reps = await db
    .select({ organisation: organisations.name, jobTitle: representatives.jobTitle, email: representatives.email, phone: representatives.phone })
    .from(representatives)
    .innerJoin(organisations, eq(organisations.id, representatives.organisationId))
    .where(eq(representatives.userId, userId));
  const tokens = await db.select({ name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.userId, userId));
  const activity = await db
    .select({ at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId })
    .from(auditLog)
    .where(eq(auditLog.actorUserId, userId))
    .limit(10_000);
  const signIns = await db.select({ at: loginAttempts.at, succeeded: loginAttempts.succeeded }).from(loginAttempts).where(eq(loginAttempts.key, `email:${user.email.toLowerCase()}`));
  return {
    exportedAt: new Date().toISOString(),
    account: { id: user.id, email: user.email, name: user.name, phone: user.phone, locale: user.locale, isAdmin: user.isAdmin, createdAt: user.createdAt, updatedAt: user.updatedAt },
    roles,
    representing: reps,
    apiTokens: tokens,
    recentFailedSignIns: signIns,
    changesMade: activity,
    ...(await exportPersonEventData(db, userId)),
  };
}

/**
 * Erasure that keeps the statistics: the account becomes an anonymous, disabled placeholder, so counts of members,
 * roles and past actions stay true while nothing identifies the person any more.
 */
export async function erasePerson({ db, actor, userId, password }: { db: Db; actor: Actor; userId: string; password?: string | undefined }) {
  const self = actor.userId === userId;
  assertCan(self || actor.isAdmin, 'Only the person or a platform administrator can erase an account');
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.anonymisedAt) throw notFound('User');
  if (self && !(await verifyPassword(user.passwordHash, password ?? '')))
    throw new AppError('validation', 'Confirm with your password', 'password');
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.delete(sessions).where(eq(sessions.userId, userId));
    await t.delete(apiTokens).where(eq(apiTokens.userId, userId));
    await t.delete(authTokens).where(or(eq(authTokens.userId, userId), eq(authTokens.email, user.email)));
    await t.delete(loginAttempts).where(eq(loginAttempts.key, `email:${user.email.toLowerCase()}`));
    await t.update(representatives).set({ email: '', phone: '', jobTitle: '' }).where(eq(representatives.userId, userId));
    await t
      .update(users)
      .set({ email: `erased-${user.id}@invalid`, name: '', phone: '', passwordHash: null, isAdmin: false, anonymisedAt: new Date(), disabledAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId));
    await erasePersonEventData(t, userId);
    await recordAudit(t, actor, 'erase', 'user', userId, { bySelf: self });
  });
}
