import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';
import { canEditOrganisation } from './organisations';

/** Who changed the organisation, when, and what (field by field); for those who may edit it. */
export async function listOrganisationHistory({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  assertCan(await canEditOrganisation({ db, actor, id }), 'Only its representatives and coordinators can see the history');
  const rows = await db
    .select({ at: auditLog.at, action: auditLog.action, data: auditLog.data, actorId: auditLog.actorUserId, actorName: users.name, actorAnonymised: users.anonymisedAt })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entity, 'organisation'), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    actor: r.actorId ? { id: r.actorId, name: r.actorAnonymised ? '' : (r.actorName ?? '') } : null,
    changes: (r.data.changes ?? {}) as Record<string, { from: unknown; to: unknown }>,
  }));
}
