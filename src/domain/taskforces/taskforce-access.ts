import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { taskforceMembers, taskforces } from '../../db/schema';
import { AppError, notFound } from '../errors';
import { hasRole, type Actor } from '../policy/actor';

export type TaskforceRow = typeof taskforces.$inferSelect;

export interface TaskforceRights {
  read: boolean;
  /** Edit, add members, milestones and deliverables, close: the lead, the coordinators. */
  manage: boolean;
  /** Add documents, tick milestones, deliver, recommend: every member too. */
  contribute: boolean;
  /** A network member who may volunteer. */
  join: boolean;
  isMember: boolean;
}

/**
 * Taskforces belong to a network: its coordinators and the taskforce's lead run them, members contribute, and the
 * network's people read them unless the taskforce keeps to its members.
 */
export function rightsOn(actor: Actor, taskforce: TaskforceRow, memberIds: readonly string[]): TaskforceRights {
  const isMember = !!actor.userId && memberIds.includes(actor.userId);
  const coordinator = actor.isAdmin || hasRole(actor, taskforce.networkId, 'coordinator');
  const manage = coordinator || (!!actor.userId && actor.userId === taskforce.leadUserId);
  const inNetwork = actor.roles.has(taskforce.networkId);
  const read = manage || isMember || (taskforce.visibility === 'network' && inNetwork);
  const active = taskforce.status === 'active';
  return {
    read,
    manage,
    contribute: manage || isMember,
    join: active && inNetwork && !isMember && taskforce.visibility === 'network' && !!actor.userId,
    isMember,
  };
}

export async function loadTaskforce(db: Db, actor: Actor, id: string) {
  const [taskforce] = await db.select().from(taskforces).where(eq(taskforces.id, id));
  if (!taskforce) throw notFound('Taskforce', 'id');
  const members = await db.select().from(taskforceMembers).where(eq(taskforceMembers.taskforceId, id));
  const rights = rightsOn(actor, taskforce, members.map((m) => m.userId));
  if (!rights.read) throw notFound('Taskforce', 'id');
  return { taskforce, members, rights };
}

export function assertActive(taskforce: TaskforceRow) {
  if (taskforce.status !== 'active') throw new AppError('conflict', 'This taskforce is closed', 'status');
}
