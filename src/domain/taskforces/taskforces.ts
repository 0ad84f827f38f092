import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  networkRoles,
  organisations,
  postInterests,
  posts,
  representatives,
  taskforceDeliverables,
  taskforceDocuments,
  taskforceMembers,
  taskforceMilestones,
  taskforceRecommendations,
  taskforces,
  users,
  type TaskforceRole,
} from '../../db/schema';
import { uniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { loadReadablePost } from '../posts/post-access';
import { assertActive, loadTaskforce, rightsOn } from './taskforce-access';

const text = (max: number) => z.string().trim().max(max);
const translated = z.object({ fr: text(300), de: text(300), en: text(300), nl: text(300) }).partial();
const longTranslated = z.object({ fr: text(5000), de: text(5000), en: text(5000), nl: text(5000) }).partial();
const hasText = (t: Record<string, string | undefined> | undefined) => !!t && Object.values(t).some((v) => !!v?.trim());

export const taskforceInputSchema = z
  .object({
    kind: z.enum(['taskforce', 'peer_challenge']).default('taskforce'),
    problemPostId: z.uuid().nullable().optional(),
    title: translated.optional(),
    goal: longTranslated.optional(),
    leadUserId: z.uuid().nullable().optional(),
    hostOrganisationId: z.uuid().nullable().optional(),
    sessionAt: z.iso.datetime({ offset: true }).nullable().optional(),
    visibility: z.enum(['network', 'members']).default('network'),
    startsOn: z.iso.date().nullable().optional(),
    dueOn: z.iso.date().nullable().optional(),
    /** People invited besides the volunteers (the directors of a peer challenge). */
    memberUserIds: z.array(z.uuid()).max(100).default([]),
  })
  .superRefine((t, ctx) => {
    if (!t.problemPostId && !hasText(t.title)) ctx.addIssue({ code: 'custom', message: 'A title in at least one language is required', path: ['title'] });
    if (t.kind === 'peer_challenge' && !t.hostOrganisationId)
      ctx.addIssue({ code: 'custom', message: 'A peer challenge names the host firm whose process is challenged', path: ['hostOrganisationId'] });
  });

export const taskforcePatchSchema = z.object({
  title: translated.optional(),
  goal: longTranslated.optional(),
  leadUserId: z.uuid().nullable().optional(),
  sessionAt: z.iso.datetime({ offset: true }).nullable().optional(),
  visibility: z.enum(['network', 'members']).optional(),
  startsOn: z.iso.date().nullable().optional(),
  dueOn: z.iso.date().nullable().optional(),
});

export const closeTaskforceSchema = z.object({
  outcome: z.enum(['closed', 'abandoned']).default('closed'),
  closureSummary: text(5000).default(''),
  lessonsLearned: text(5000).default(''),
});

/** The organisation a person speaks for in a network (their first one), to show beside their name. */
async function organisationOf(db: Db, userId: string): Promise<string | null> {
  const [rep] = await db.select({ id: representatives.organisationId }).from(representatives).where(eq(representatives.userId, userId)).limit(1);
  return rep?.id ?? null;
}

async function assertInNetwork(db: Db, networkId: string, userIds: string[], field: string) {
  if (!userIds.length) return;
  const rows = await db.select({ id: networkRoles.userId }).from(networkRoles).where(and(eq(networkRoles.networkId, networkId), inArray(networkRoles.userId, userIds)));
  const known = new Set(rows.map((r) => r.id));
  const index = userIds.findIndex((u) => !known.has(u));
  if (index >= 0) throw new AppError('validation', 'This person has no role in the network', `${field}${field === 'leadUserId' ? '' : `.${index}`}`);
}

/**
 * Turns a problem into a taskforce ("un problème, un projet") or opens a peer challenge, in a network the actor
 * coordinates. The people who volunteered on the problem (their interests) and its author become members; the lead
 * is one of them or anyone of the network.
 */
export async function createTaskforce(opts: { db: Db; actor: Actor; networkId: string; input: z.input<typeof taskforceInputSchema> }) {
  const { db, actor, networkId } = opts;
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the coordinators open taskforces');
  const input = taskforceInputSchema.parse(opts.input);
  const members = new Map<string, { organisationId: string | null; role: TaskforceRole }>();
  let title = input.title ?? {};
  let goal = input.goal ?? {};
  if (input.problemPostId) {
    const { post, guard } = await loadReadablePost(db, actor, input.problemPostId);
    if (post.kind !== 'problem' && post.kind !== 'collaboration') throw new AppError('validation', 'Only a problem or a collaboration proposal becomes a taskforce', 'problemPostId');
    if (!guard.networkIds.includes(networkId)) throw new AppError('validation', 'The problem was not posted in this network', 'problemPostId');
    if (!hasText(title)) title = post.title;
    if (!hasText(goal)) goal = post.body;
    if (post.createdBy) members.set(post.createdBy, { organisationId: post.organisationId, role: 'member' });
    const volunteers = await db.select().from(postInterests).where(and(eq(postInterests.postId, post.id), sql`${postInterests.status} <> 'withdrawn'`));
    for (const v of volunteers) if (v.createdBy && !members.has(v.createdBy)) members.set(v.createdBy, { organisationId: v.organisationId, role: 'member' });
  }
  for (const userId of input.memberUserIds)
    if (!members.has(userId)) members.set(userId, { organisationId: await organisationOf(db, userId), role: input.kind === 'peer_challenge' ? 'challenger' : 'member' });
  const leadIsVolunteer = !!input.leadUserId && members.has(input.leadUserId);
  if (input.leadUserId) {
    const known = members.get(input.leadUserId);
    members.set(input.leadUserId, { organisationId: known?.organisationId ?? (await organisationOf(db, input.leadUserId)), role: 'lead' });
  }
  await assertInNetwork(db, networkId, input.memberUserIds, 'memberUserIds');
  if (input.leadUserId && !leadIsVolunteer) await assertInNetwork(db, networkId, [input.leadUserId], 'leadUserId');
  if (input.hostOrganisationId) {
    const [host] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.hostOrganisationId));
    if (!host) throw new AppError('validation', 'This organisation does not exist', 'hostOrganisationId');
  }
  return db
    .transaction(async (tx) => {
      const t = tx as unknown as Db;
      const leadOrganisationId = input.leadUserId ? (members.get(input.leadUserId)?.organisationId ?? null) : null;
      const [row] = await t
        .insert(taskforces)
        .values({
          networkId,
          kind: input.kind,
          problemPostId: input.problemPostId ?? null,
          title,
          goal,
          leadUserId: input.leadUserId ?? null,
          leadOrganisationId,
          hostOrganisationId: input.hostOrganisationId ?? null,
          sessionAt: input.sessionAt ? new Date(input.sessionAt) : null,
          visibility: input.visibility,
          startsOn: input.startsOn ?? null,
          dueOn: input.dueOn ?? null,
          createdBy: actor.userId,
        })
        .returning();
      if (members.size)
        await t.insert(taskforceMembers).values([...members].map(([userId, m]) => ({ taskforceId: row!.id, userId, organisationId: m.organisationId, role: m.role })));
      if (input.problemPostId) await t.update(posts).set({ status: 'in_discussion', updatedAt: new Date() }).where(eq(posts.id, input.problemPostId));
      await recordAudit(t, actor, 'create', 'taskforce', row!.id, { kind: input.kind, problemPostId: input.problemPostId ?? null, members: members.size });
      return row!;
    })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'taskforces_problem_key') throw new AppError('conflict', 'This problem already has its taskforce', 'problemPostId');
      throw error;
    });
}

/** A taskforce with its people, milestones, deliverables, documents and recommendations, and what the actor may do. */
export async function getTaskforce({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  const members = await db
    .select({ userId: taskforceMembers.userId, role: taskforceMembers.role, joinedAt: taskforceMembers.joinedAt, name: users.name, organisationId: taskforceMembers.organisationId, organisationName: organisations.name })
    .from(taskforceMembers)
    .innerJoin(users, eq(users.id, taskforceMembers.userId))
    .leftJoin(organisations, eq(organisations.id, taskforceMembers.organisationId))
    .where(eq(taskforceMembers.taskforceId, id))
    .orderBy(asc(taskforceMembers.joinedAt));
  const [milestones, deliverables, documents, recommendations] = await Promise.all([
    db.select().from(taskforceMilestones).where(eq(taskforceMilestones.taskforceId, id)).orderBy(asc(taskforceMilestones.position), asc(taskforceMilestones.createdAt)),
    db.select().from(taskforceDeliverables).where(eq(taskforceDeliverables.taskforceId, id)).orderBy(asc(taskforceDeliverables.createdAt)),
    db.select().from(taskforceDocuments).where(eq(taskforceDocuments.taskforceId, id)).orderBy(desc(taskforceDocuments.createdAt)),
    db.select().from(taskforceRecommendations).where(eq(taskforceRecommendations.taskforceId, id)).orderBy(asc(taskforceRecommendations.position), asc(taskforceRecommendations.createdAt)),
  ]);
  const [host] = taskforce.hostOrganisationId ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, taskforce.hostOrganisationId)) : [];
  const [problem] = taskforce.problemPostId ? await db.select({ id: posts.id, title: posts.title, organisationId: posts.organisationId }).from(posts).where(eq(posts.id, taskforce.problemPostId)) : [];
  return { taskforce, rights, members, milestones, deliverables, documents, recommendations, host: host ?? null, problem: problem ?? null };
}

/** The taskforces of a network the actor may see, active first. */
export async function listTaskforces({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  const rows = await db
    .select({
      taskforce: taskforces,
      members: sql<number>`(SELECT count(*)::int FROM taskforce_members m WHERE m.taskforce_id = ${taskforces.id})`,
      memberIds: sql<string[]>`ARRAY(SELECT m.user_id FROM taskforce_members m WHERE m.taskforce_id = ${taskforces.id})`,
      milestonesDone: sql<number>`(SELECT count(*)::int FROM taskforce_milestones m WHERE m.taskforce_id = ${taskforces.id} AND m.done_at IS NOT NULL)`,
      milestones: sql<number>`(SELECT count(*)::int FROM taskforce_milestones m WHERE m.taskforce_id = ${taskforces.id})`,
      leadName: sql<string | null>`(SELECT name FROM users WHERE id = ${taskforces.leadUserId})`,
    })
    .from(taskforces)
    .where(eq(taskforces.networkId, networkId))
    .orderBy(asc(sql`${taskforces.status} <> 'active'`), desc(taskforces.createdAt));
  return rows
    .filter((r) => rightsOn(actor, r.taskforce, r.memberIds).read)
    .map(({ memberIds: _m, ...r }) => r);
}

export async function updateTaskforce(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof taskforcePatchSchema> }) {
  const { db, actor, id } = opts;
  const { taskforce, rights, members } = await loadTaskforce(db, actor, id);
  assertCan(rights.manage, 'Only the lead and the coordinators change the taskforce');
  assertActive(taskforce);
  const input = taskforcePatchSchema.parse(opts.input);
  if (input.title && !hasText(input.title)) throw new AppError('validation', 'A title in at least one language is required', 'title');
  const { sessionAt, ...values } = input;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    let leadOrganisationId = taskforce.leadOrganisationId;
    if (input.leadUserId) {
      await assertInNetwork(t, taskforce.networkId, [input.leadUserId], 'leadUserId');
      const member = members.find((m) => m.userId === input.leadUserId);
      leadOrganisationId = member?.organisationId ?? (await organisationOf(t, input.leadUserId));
      await t.update(taskforceMembers).set({ role: 'member' }).where(and(eq(taskforceMembers.taskforceId, id), eq(taskforceMembers.role, 'lead')));
      if (member) await t.update(taskforceMembers).set({ role: 'lead' }).where(and(eq(taskforceMembers.taskforceId, id), eq(taskforceMembers.userId, input.leadUserId)));
      else await t.insert(taskforceMembers).values({ taskforceId: id, userId: input.leadUserId, organisationId: leadOrganisationId, role: 'lead' });
    }
    const [row] = await t
      .update(taskforces)
      .set({ ...values, ...(sessionAt !== undefined ? { sessionAt: sessionAt ? new Date(sessionAt) : null } : {}), leadOrganisationId, updatedAt: new Date() })
      .where(eq(taskforces.id, id))
      .returning();
    await recordAudit(t, actor, 'update', 'taskforce', id, { fields: Object.keys(input) });
    return row!;
  });
}

/**
 * Closes a taskforce with what it achieved and what it learnt (lessons are required to close; "abandoned" needs
 * none). A problem whose taskforce closed is fulfilled.
 */
export async function closeTaskforce(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof closeTaskforceSchema> }) {
  const { db, actor, id } = opts;
  const { taskforce, rights } = await loadTaskforce(db, actor, id);
  assertCan(rights.manage, 'Only the lead and the coordinators close the taskforce');
  assertActive(taskforce);
  const input = closeTaskforceSchema.parse(opts.input);
  if (input.outcome === 'closed' && !input.lessonsLearned) throw new AppError('validation', 'Say what the taskforce learnt before closing it', 'lessonsLearned');
  const now = new Date();
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .update(taskforces)
      .set({ status: input.outcome, closureSummary: input.closureSummary, lessonsLearned: input.lessonsLearned, closedAt: now, closedBy: actor.userId, updatedAt: now })
      .where(eq(taskforces.id, id))
      .returning();
    if (taskforce.problemPostId && input.outcome === 'closed')
      await t.update(posts).set({ status: 'fulfilled', closedAt: now, updatedAt: now }).where(eq(posts.id, taskforce.problemPostId));
    await recordAudit(t, actor, 'close', 'taskforce', id, { outcome: input.outcome });
    return row!;
  });
}
