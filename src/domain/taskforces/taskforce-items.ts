import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  networkRoles,
  representatives,
  taskforceDeliverables,
  taskforceDocuments,
  taskforceMembers,
  taskforceMilestones,
  taskforceRecommendations,
} from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';
import { assertActive, loadTaskforce } from './taskforce-access';

const title = z.string().trim().min(1).max(300);
const isoDate = z.iso.date();

export const memberSchema = z.object({ userId: z.uuid(), role: z.enum(['member', 'expert', 'host', 'challenger']).default('member') });
export const milestoneSchema = z.object({ title, dueOn: isoDate.nullable().optional() });
export const milestonePatchSchema = z.object({ done: z.boolean() });
export const deliverableSchema = z.object({ title, description: z.string().trim().max(2000).default(''), dueOn: isoDate.nullable().optional() });
export const deliverablePatchSchema = z.object({ status: z.enum(['planned', 'in_progress', 'delivered']) });
export const documentSchema = z.object({
  title,
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\/\S+$/, 'A link starting with http:// or https://'),
});
export const recommendationSchema = z.object({ body: z.string().trim().min(1).max(2000) });
export const recommendationPatchSchema = z.object({ status: z.enum(['proposed', 'adopted', 'declined', 'done']) });

async function organisationOf(db: Db, userId: string) {
  const [rep] = await db.select({ id: representatives.organisationId }).from(representatives).where(eq(representatives.userId, userId)).limit(1);
  return rep?.id ?? null;
}

/** A person of the network volunteers for an open taskforce. */
export async function joinTaskforce({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const { rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.join, 'You cannot join this taskforce');
  await db.insert(taskforceMembers).values({ taskforceId: id, userId: actor.userId!, organisationId: await organisationOf(db, actor.userId!), role: 'member' });
  await recordAudit(db, actor, 'join', 'taskforce', id);
}

/** The lead or a coordinator adds someone of the network (an expert, a director invited to a peer challenge). */
export async function addMember(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof memberSchema> }) {
  const { db, actor, id } = opts;
  const { taskforce, rights, members } = await loadTaskforce(db, actor, id);
  assertCan(rights.manage, 'Only the lead and the coordinators add members');
  assertActive(taskforce);
  const input = memberSchema.parse(opts.input);
  const [role] = await db.select().from(networkRoles).where(and(eq(networkRoles.networkId, taskforce.networkId), eq(networkRoles.userId, input.userId))).limit(1);
  if (!role) throw new AppError('validation', 'This person has no role in the network', 'userId');
  if (members.some((m) => m.userId === input.userId)) throw new AppError('conflict', 'Already a member', 'userId');
  await db.insert(taskforceMembers).values({ taskforceId: id, userId: input.userId, organisationId: await organisationOf(db, input.userId), role: input.role });
  await recordAudit(db, actor, 'add-member', 'taskforce', id, { userId: input.userId, role: input.role });
}

export async function removeMember({ db, actor, id, userId }: { db: Db; actor: Actor; id: string; userId: string }) {
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.manage || actor.userId === userId, 'Only the lead and the coordinators remove members');
  assertActive(taskforce);
  if (userId === taskforce.leadUserId) throw new AppError('validation', 'Choose another lead before the lead leaves', 'userId');
  await db.delete(taskforceMembers).where(and(eq(taskforceMembers.taskforceId, id), eq(taskforceMembers.userId, userId)));
  await recordAudit(db, actor, 'remove-member', 'taskforce', id, { userId });
}

export async function addMilestone(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof milestoneSchema> }) {
  const { db, actor, id } = opts;
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.manage, 'Only the lead and the coordinators plan milestones');
  assertActive(taskforce);
  const input = milestoneSchema.parse(opts.input);
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(taskforceMilestones).where(eq(taskforceMilestones.taskforceId, id));
  const [row] = await db.insert(taskforceMilestones).values({ taskforceId: id, title: input.title, dueOn: input.dueOn ?? null, position: n }).returning();
  return row!;
}

export async function setMilestoneDone(opts: { db: Db; actor: Actor; id: string; milestoneId: string; input: z.input<typeof milestonePatchSchema> }) {
  const { db, actor, id, milestoneId } = opts;
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.contribute, 'Only the members follow the milestones');
  assertActive(taskforce);
  const { done } = milestonePatchSchema.parse(opts.input);
  const [row] = await db
    .update(taskforceMilestones)
    .set({ doneAt: done ? new Date() : null })
    .where(and(eq(taskforceMilestones.id, milestoneId), eq(taskforceMilestones.taskforceId, id)))
    .returning();
  if (!row) throw notFound('Milestone', 'milestoneId');
  return row;
}

export async function addDeliverable(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof deliverableSchema> }) {
  const { db, actor, id } = opts;
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.manage, 'Only the lead and the coordinators plan deliverables');
  assertActive(taskforce);
  const input = deliverableSchema.parse(opts.input);
  const [row] = await db.insert(taskforceDeliverables).values({ taskforceId: id, title: input.title, description: input.description, dueOn: input.dueOn ?? null }).returning();
  return row!;
}

export async function setDeliverableStatus(opts: { db: Db; actor: Actor; id: string; deliverableId: string; input: z.input<typeof deliverablePatchSchema> }) {
  const { db, actor, id, deliverableId } = opts;
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.contribute, 'Only the members deliver');
  assertActive(taskforce);
  const { status } = deliverablePatchSchema.parse(opts.input);
  const [row] = await db
    .update(taskforceDeliverables)
    .set({ status, deliveredAt: status === 'delivered' ? new Date() : null })
    .where(and(eq(taskforceDeliverables.id, deliverableId), eq(taskforceDeliverables.taskforceId, id)))
    .returning();
  if (!row) throw notFound('Deliverable', 'deliverableId');
  return row;
}

export async function addDocument(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof documentSchema> }) {
  const { db, actor, id } = opts;
  const { rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.contribute, 'Only the members add documents');
  const input = documentSchema.parse(opts.input);
  const [row] = await db.insert(taskforceDocuments).values({ taskforceId: id, title: input.title, url: input.url, addedBy: actor.userId }).returning();
  return row!;
}

/** A director invited to a peer challenge (or any member) records a recommendation for the host. */
export async function addRecommendation(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof recommendationSchema> }) {
  const { db, actor, id } = opts;
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.contribute, 'Only the members record recommendations');
  assertActive(taskforce);
  const { body } = recommendationSchema.parse(opts.input);
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(taskforceRecommendations).where(eq(taskforceRecommendations.taskforceId, id));
  const [row] = await db
    .insert(taskforceRecommendations)
    .values({ taskforceId: id, body, authorUserId: actor.userId, authorOrganisationId: actor.userId ? await organisationOf(db, actor.userId) : null, position: n })
    .returning();
  return row!;
}

/** The host (a member of the taskforce) or the lead says what becomes of a recommendation. */
export async function setRecommendationStatus(opts: { db: Db; actor: Actor; id: string; recommendationId: string; input: z.input<typeof recommendationPatchSchema> }) {
  const { db, actor, id, recommendationId } = opts;
  const { rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.contribute, 'Only the members follow the recommendations');
  const { status } = recommendationPatchSchema.parse(opts.input);
  const [row] = await db
    .update(taskforceRecommendations)
    .set({ status })
    .where(and(eq(taskforceRecommendations.id, recommendationId), eq(taskforceRecommendations.taskforceId, id)))
    .returning();
  if (!row) throw notFound('Recommendation', 'recommendationId');
  return row;
}
