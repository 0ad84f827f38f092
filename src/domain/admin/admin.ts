import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { jobs, outbox, users } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { assertCan, canOnPlatform } from '../policy/policy';

export async function listUsers({ db, actor }: { db: Db; actor: Actor }) {
  assertCan(canOnPlatform(actor, 'manage-users'), 'Only platform administrators can list users');
  return db.select().from(users).orderBy(users.email).limit(1000);
}

export async function setUserDisabled({ db, actor, userId, disabled }: { db: Db; actor: Actor; userId: string; disabled: boolean }) {
  assertCan(canOnPlatform(actor, 'manage-users'), 'Only platform administrators can disable users');
  const [row] = await db.update(users).set({ disabledAt: disabled ? new Date() : null }).where(eq(users.id, userId)).returning();
  return row;
}

export async function listOutbox({ db, actor, limit }: { db: Db; actor: Actor; limit: number }) {
  assertCan(canOnPlatform(actor, 'read-outbox'), 'Only platform administrators can read the outbox');
  const items = await db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
  const counts = await db.select({ status: outbox.status, n: sql<number>`count(*)::int` }).from(outbox).groupBy(outbox.status);
  return { items, counts: Object.fromEntries(counts.map((r) => [r.status, r.n])) as Record<string, number> };
}

export async function listJobs({ db, actor, limit }: { db: Db; actor: Actor; limit: number }) {
  assertCan(canOnPlatform(actor, 'read-jobs'), 'Only platform administrators can read the job queue');
  return db.select().from(jobs).orderBy(desc(jobs.createdAt)).limit(limit);
}
