import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { roadmaps } from '../../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { hasRole, type Actor } from '../policy/actor';

type RoadmapRow = typeof roadmaps.$inferSelect;

/**
 * A roadmap belongs to its network: its people read it (observers such as funders and elected officials included),
 * members and partners comment, vote and propose actions while it is in consultation, coordinators write it and
 * adopt it. Someone outside the network is told it does not exist.
 */
export const canReadRoadmap = (actor: Actor, r: Pick<RoadmapRow, 'networkId'>) => actor.isAdmin || actor.roles.has(r.networkId);
export const canManageRoadmap = (actor: Actor, r: Pick<RoadmapRow, 'networkId'>) => actor.isAdmin || hasRole(actor, r.networkId, 'coordinator');
export const canComment = (actor: Actor, r: Pick<RoadmapRow, 'networkId'>) => actor.userId !== null && canReadRoadmap(actor, r);
export const canVote = (actor: Actor, r: Pick<RoadmapRow, 'networkId'>) =>
  actor.userId !== null && (actor.isAdmin || hasRole(actor, r.networkId, 'member', 'partner', 'coordinator'));

export type RoadmapRefusal = 'not_in_consultation' | 'archived' | 'not_proposed' | 'wrong_network' | 'not_your_action';

export const roadmapRefusal = (code: 'conflict' | 'forbidden' | 'validation', reason: RoadmapRefusal, message: string, field?: string) =>
  new AppError(code, message, field, { reason });

export async function loadRoadmap(db: Db, actor: Actor, id: string): Promise<RoadmapRow> {
  const [row] = await db.select().from(roadmaps).where(eq(roadmaps.id, id));
  if (!row || !canReadRoadmap(actor, row)) throw notFound('Roadmap');
  return row;
}

export async function loadManagedRoadmap(db: Db, actor: Actor, id: string): Promise<RoadmapRow> {
  const row = await loadRoadmap(db, actor, id);
  if (!canManageRoadmap(actor, row)) throw forbidden('Only the coordinators of the network change its roadmap');
  if (row.status === 'archived') throw roadmapRefusal('conflict', 'archived', 'This roadmap is archived');
  return row;
}
