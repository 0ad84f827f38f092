import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { roadmapActionLinks, roadmapActions, roadmapObjectives, roadmaps, type RoadmapLinkKind } from '../../db/schema';
import { uniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/record-audit';
import { runSql } from '../indicators/run-sql';
import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canManageRoadmap, canVote, loadManagedRoadmap, loadRoadmap, roadmapRefusal } from './roadmap-access';
import { actionInputSchema, actionPatchSchema, linkInputSchema } from './roadmap-schema';

type ActionValues = z.infer<typeof actionPatchSchema>;

async function assertOwners(db: Db, networkId: string, values: Pick<ActionValues, 'ownerUserId' | 'ownerOrganisationId'>) {
  if (values.ownerUserId) {
    const rows = await runSql(db, 'SELECT 1 FROM network_roles WHERE network_id = $1 AND user_id = $2', [networkId, values.ownerUserId]);
    if (rows.length === 0) throw new AppError('validation', 'The owner must be a person of the network', 'ownerUserId');
  }
  if (values.ownerOrganisationId) {
    const rows = await runSql(db, 'SELECT 1 FROM network_organisations WHERE network_id = $1 AND organisation_id = $2', [networkId, values.ownerOrganisationId]);
    if (rows.length === 0) throw new AppError('validation', 'The owner organisation must be a member of the network', 'ownerOrganisationId');
  }
}

function assertTarget(values: Pick<ActionValues, 'targetKind' | 'targetEventKind' | 'startsOn' | 'dueOn'>) {
  if (values.targetEventKind && values.targetKind !== 'event') throw new AppError('validation', 'An event kind needs the target "event"', 'targetEventKind');
  if (values.startsOn && values.dueOn && values.dueOn < values.startsOn) throw new AppError('validation', 'The due date comes before the start', 'dueOn');
}

async function objectiveIn(db: Db, roadmapId: string, objectiveId: string) {
  const [o] = await db.select().from(roadmapObjectives).where(and(eq(roadmapObjectives.id, objectiveId), eq(roadmapObjectives.roadmapId, roadmapId)));
  if (!o) throw new AppError('validation', 'No such objective in this roadmap', 'objectiveId');
  return o;
}

/**
 * Coordinators add actions at any time; members and partners propose them while the roadmap is in consultation.
 * Every new action is "proposed" until the roadmap (or the action) is adopted.
 */
export async function addAction({ db, actor, roadmapId, input }: { db: Db; actor: Actor; roadmapId: string; input: z.input<typeof actionInputSchema> }) {
  const roadmap = await loadRoadmap(db, actor, roadmapId);
  const manager = canManageRoadmap(actor, roadmap);
  if (!manager) {
    if (!canVote(actor, roadmap)) throw forbidden('Only members, partners and coordinators propose actions');
    if (roadmap.status !== 'consultation') throw roadmapRefusal('conflict', 'not_in_consultation', 'Actions are proposed while the roadmap is in consultation');
  }
  if (roadmap.status === 'archived') throw roadmapRefusal('conflict', 'archived', 'This roadmap is archived');
  const values = actionInputSchema.parse(input);
  await objectiveIn(db, roadmapId, values.objectiveId);
  assertTarget(values);
  await assertOwners(db, roadmap.networkId, values);
  const [row] = await db
    .insert(roadmapActions)
    .values({
      roadmapId,
      objectiveId: values.objectiveId,
      title: values.title,
      description: values.description ?? {},
      ownerUserId: values.ownerUserId ?? null,
      ownerOrganisationId: values.ownerOrganisationId ?? null,
      startsOn: values.startsOn ?? null,
      dueOn: values.dueOn ?? null,
      targetKind: values.targetKind ?? null,
      targetEventKind: values.targetEventKind ?? null,
      targetCount: values.targetCount ?? null,
      position: values.position ?? 0,
      proposedBy: actor.userId,
    })
    .returning();
  await recordAudit(db, actor, 'add-action', 'roadmap', roadmapId, { actionId: row!.id });
  return row!;
}

async function actionOf(db: Db, actor: Actor, actionId: string) {
  const [action] = await db.select().from(roadmapActions).where(eq(roadmapActions.id, actionId));
  if (!action) throw notFound('Action');
  return { action, roadmap: await loadRoadmap(db, actor, action.roadmapId) };
}

export async function updateAction({ db, actor, actionId, input }: { db: Db; actor: Actor; actionId: string; input: z.input<typeof actionPatchSchema> }) {
  const { action, roadmap } = await actionOf(db, actor, actionId);
  const values = actionPatchSchema.parse(input);
  if (!canManageRoadmap(actor, roadmap)) {
    // The person who proposed an action may still reword it while it is only a proposal.
    const own = action.proposedBy === actor.userId && action.status === 'proposed' && roadmap.status === 'consultation';
    if (!own) throw forbidden('Only the coordinators change an action once it is adopted');
    if (values.status !== undefined) throw roadmapRefusal('forbidden', 'not_your_action', 'Only the coordinators adopt or drop an action', 'status');
  }
  if (roadmap.status === 'archived') throw roadmapRefusal('conflict', 'archived', 'This roadmap is archived');
  if (values.objectiveId) await objectiveIn(db, roadmap.id, values.objectiveId);
  assertTarget({ ...action, ...values });
  await assertOwners(db, roadmap.networkId, values);
  const [row] = await db.update(roadmapActions).set({ ...values, updatedAt: new Date() }).where(eq(roadmapActions.id, actionId)).returning();
  await recordAudit(db, actor, 'update-action', 'roadmap', roadmap.id, { actionId, fields: Object.keys(values) });
  return row!;
}

export async function deleteAction({ db, actor, actionId }: { db: Db; actor: Actor; actionId: string }) {
  const { roadmap } = await actionOf(db, actor, actionId);
  await loadManagedRoadmap(db, actor, roadmap.id);
  await db.delete(roadmapActions).where(eq(roadmapActions.id, actionId));
  await recordAudit(db, actor, 'delete-action', 'roadmap', roadmap.id, { actionId });
}

/** Is the record part of the network? Events, taskforces and referrals belong to one; bookings and posts are offered in some. */
const belongsSql: Record<RoadmapLinkKind, string> = {
  event: 'SELECT 1 FROM events WHERE id = $1 AND network_id = $2',
  taskforce: 'SELECT 1 FROM taskforces WHERE id = $1 AND network_id = $2',
  booking: 'SELECT 1 FROM resource_bookings b JOIN resource_networks rn ON rn.resource_id = b.resource_id WHERE b.id = $1 AND rn.network_id = $2',
  referral: 'SELECT 1 FROM referrals WHERE id = $1 AND network_id = $2',
  post: 'SELECT 1 FROM post_networks WHERE post_id = $1 AND network_id = $2',
};

const linkColumn = { event: 'eventId', taskforce: 'taskforceId', booking: 'bookingId', referral: 'referralId', post: 'postId' } as const;

/** Links a record that implements the action (coordinators). The record must belong to the roadmap's network. */
export async function addLink({ db, actor, actionId, input }: { db: Db; actor: Actor; actionId: string; input: z.input<typeof linkInputSchema> }) {
  const { roadmap } = await actionOf(db, actor, actionId);
  await loadManagedRoadmap(db, actor, roadmap.id);
  const { kind, recordId } = linkInputSchema.parse(input);
  const found = await runSql(db, belongsSql[kind], [recordId, roadmap.networkId]);
  if (found.length === 0) throw roadmapRefusal('validation', 'wrong_network', `No such ${kind} in the network of this roadmap`, 'recordId');
  try {
    const [row] = await db.insert(roadmapActionLinks).values({ actionId, [linkColumn[kind]]: recordId, createdBy: actor.userId }).returning();
    await db.update(roadmaps).set({ updatedAt: new Date() }).where(eq(roadmaps.id, roadmap.id));
    await recordAudit(db, actor, 'link', 'roadmap', roadmap.id, { actionId, kind, recordId });
    return row!;
  } catch (error) {
    if (uniqueViolation(error) !== undefined) throw new AppError('conflict', 'This record is already linked to the action', 'recordId');
    throw error;
  }
}

export async function removeLink({ db, actor, linkId }: { db: Db; actor: Actor; linkId: string }) {
  const [link] = await db.select().from(roadmapActionLinks).where(eq(roadmapActionLinks.id, linkId));
  if (!link) throw notFound('Link');
  const { roadmap } = await actionOf(db, actor, link.actionId);
  await loadManagedRoadmap(db, actor, roadmap.id);
  await db.delete(roadmapActionLinks).where(eq(roadmapActionLinks.id, linkId));
  await recordAudit(db, actor, 'unlink', 'roadmap', roadmap.id, { actionId: link.actionId, linkId });
}
