import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from '../policy/actor';

/** Who changed what: one row per change, written in the same transaction as the change when there is one. */
export async function recordAudit(db: Db, actor: Actor, action: string, entity: string, entityId: string, data: Record<string, unknown> = {}) {
  await db.insert(auditLog).values({ actorUserId: actor.userId, action, entity, entityId, data });
}
