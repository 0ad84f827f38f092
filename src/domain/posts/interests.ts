import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { networkPostSettings, networks, organisations, postInterests, postMessages, postNetworks, posts, users } from '../../db/schema';
import { uniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import { enqueueMail } from '../mail/enqueue-mail';
import { renderNeedsMail } from '../mail/needs-mail-templates';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { postPath } from '../skills/referrals';
import { isExpired } from './update-post';
import { loadReadablePost } from './post-access';
import { titleIn } from './post-queries';
import { hasRoleIn } from './post-rights';
import { representativesOf } from './recipients';

export const interestSchema = z.object({
  organisationId: z.uuid(),
  message: z.string().trim().max(5000).default(''),
  fromPostId: z.uuid().nullable().optional(),
});
export const messageSchema = z.object({ body: z.string().trim().min(1).max(5000) });
export const outcomeSchema = z.object({ outcome: z.enum(['deal', 'project', 'referral', 'nothing']), note: z.string().trim().max(2000).default('') });
export const postSettingsSchema = z.object({ coordinatorInConversations: z.boolean() });

/**
 * An organisation tells another that a post interests it: a private conversation opens between the two (and the
 * coordinators when the network wants them in), the post's people are told by e-mail.
 */
export async function expressInterest(opts: { db: Db; actor: Actor; postId: string; input: z.input<typeof interestSchema>; baseUrl: string }) {
  const { db, actor, postId, baseUrl } = opts;
  const input = interestSchema.parse(opts.input);
  const { post, guard } = await loadReadablePost(db, actor, postId);
  assertCan(actor.isAdmin || actor.organisationIds.has(input.organisationId), 'You speak only for the organisations you represent');
  if (input.organisationId === post.organisationId) throw new AppError('validation', 'An organisation does not answer its own post', 'organisationId');
  if (post.status === 'fulfilled' || post.status === 'closed') throw new AppError('conflict', 'This post is no longer open', 'status');
  if (isExpired(post)) throw new AppError('conflict', 'This post has expired: its owner may renew it', 'expiresOn');
  const settings = guard.networkIds.length
    ? await db.select().from(networkPostSettings).where(inArray(networkPostSettings.networkId, guard.networkIds))
    : [];
  const coordinatorIncluded = settings.some((s) => s.coordinatorInConversations);
  return db
    .transaction(async (tx) => {
      const t = tx as unknown as Db;
      const [row] = await t
        .insert(postInterests)
        .values({ postId, organisationId: input.organisationId, fromPostId: input.fromPostId ?? null, createdBy: actor.userId, coordinatorIncluded })
        .returning();
      if (input.message) await t.insert(postMessages).values({ interestId: row!.id, authorUserId: actor.userId, authorOrganisationId: input.organisationId, body: input.message });
      if (post.status === 'open') await t.update(posts).set({ status: 'in_discussion', updatedAt: new Date() }).where(eq(posts.id, postId));
      await recordAudit(t, actor, 'create', 'post_interest', row!.id, { postId, organisationId: input.organisationId });
      const [company] = await t.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId));
      const [network] = await t
        .select({ slug: networks.slug })
        .from(postNetworks)
        .innerJoin(networks, eq(networks.id, postNetworks.networkId))
        .where(eq(postNetworks.postId, postId))
        .limit(1);
      for (const p of await representativesOf(t, [post.organisationId])) {
        const m = renderNeedsMail('interest-received', p.locale, {
          name: p.name,
          company: company?.name ?? '',
          title: titleIn(post.title, p.locale),
          message: input.message,
          link: `${baseUrl}${postPath(network?.slug ?? '', postId)}?conversation=${row!.id}`,
        });
        await enqueueMail(t, { to: p.email, ...m });
      }
      return row!;
    })
    .catch((error: unknown) => {
      if (uniqueViolation(error) !== undefined) throw new AppError('conflict', 'This organisation has already shown its interest in this post', 'organisationId');
      throw error;
    });
}

/** Who takes part in a conversation: both organisations, the coordinators when included; the platform admins. */
async function loadConversation(db: Db, actor: Actor, interestId: string) {
  const [interest] = await db.select().from(postInterests).where(eq(postInterests.id, interestId));
  if (!interest) throw notFound('Conversation', 'id');
  const [post] = await db.select().from(posts).where(eq(posts.id, interest.postId));
  const networkIds = (await db.select({ id: postNetworks.networkId }).from(postNetworks).where(eq(postNetworks.postId, post!.id))).map((n) => n.id);
  const side: 'owner' | 'interested' | null = actor.organisationIds.has(post!.organisationId) ? 'owner' : actor.organisationIds.has(interest.organisationId) ? 'interested' : null;
  const coordinator = interest.coordinatorIncluded && hasRoleIn(actor, networkIds, 'coordinator');
  if (!actor.isAdmin && !side && !coordinator) throw notFound('Conversation', 'id');
  return { interest, post: post!, side, coordinator: coordinator || actor.isAdmin, networkIds };
}

export async function getConversation({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const c = await loadConversation(db, actor, id);
  const messages = await db
    .select({ message: postMessages, authorName: users.name, organisationName: organisations.name })
    .from(postMessages)
    .leftJoin(users, eq(users.id, postMessages.authorUserId))
    .leftJoin(organisations, eq(organisations.id, postMessages.authorOrganisationId))
    .where(eq(postMessages.interestId, id))
    .orderBy(asc(postMessages.createdAt), asc(postMessages.id));
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [c.post.organisationId, c.interest.organisationId]));
  const nameOf = (oid: string) => orgs.find((o) => o.id === oid)?.name ?? '';
  return {
    interest: c.interest,
    post: { id: c.post.id, kind: c.post.kind, title: c.post.title, status: c.post.status, organisationId: c.post.organisationId, organisationName: nameOf(c.post.organisationId) },
    organisationName: nameOf(c.interest.organisationId),
    side: c.side,
    messages: messages.map((m) => ({ ...m.message, authorName: m.authorName ?? '', organisationName: m.organisationName ?? '' })),
    canWrite: c.interest.status === 'open',
  };
}

export async function postMessage(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof messageSchema> }) {
  const { db, actor, id } = opts;
  const c = await loadConversation(db, actor, id);
  const { body } = messageSchema.parse(opts.input);
  if (c.interest.status !== 'open') throw new AppError('conflict', 'This conversation is closed', 'body');
  const organisationId = c.side === 'owner' ? c.post.organisationId : c.side === 'interested' ? c.interest.organisationId : null;
  const [row] = await db.insert(postMessages).values({ interestId: id, authorUserId: actor.userId, authorOrganisationId: organisationId, body }).returning();
  await db.update(postInterests).set({ updatedAt: new Date() }).where(eq(postInterests.id, id));
  return row!;
}

/** Either organisation (or a coordinator) records how it ended: a deal, a project, a referral, or nothing. */
export async function recordOutcome(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof outcomeSchema> }) {
  const { db, actor, id } = opts;
  const c = await loadConversation(db, actor, id);
  const input = outcomeSchema.parse(opts.input);
  if (c.interest.status === 'withdrawn') throw new AppError('conflict', 'This interest was withdrawn', 'outcome');
  const now = new Date();
  const [row] = await db
    .update(postInterests)
    .set({ status: 'closed', outcome: input.outcome, outcomeNote: input.note, outcomeBy: actor.userId, outcomeAt: now, updatedAt: now })
    .where(eq(postInterests.id, id))
    .returning();
  await recordAudit(db, actor, 'outcome', 'post_interest', id, { ...input });
  return row!;
}

export async function withdrawInterest({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const c = await loadConversation(db, actor, id);
  assertCan(c.side === 'interested' || actor.isAdmin, 'Only the interested organisation withdraws its interest');
  if (c.interest.status !== 'open') throw new AppError('conflict', 'This conversation is closed', 'status');
  const [row] = await db.update(postInterests).set({ status: 'withdrawn', updatedAt: new Date() }).where(eq(postInterests.id, id)).returning();
  return row!;
}

/** The conversations of the actor's organisations (both sides) and those coordinators were invited into. */
export async function listConversations({ db, actor, networkId }: { db: Db; actor: Actor; networkId?: string }) {
  const own = [...actor.organisationIds];
  const coordinated = [...actor.roles.entries()].filter(([, r]) => r.has('coordinator')).map(([n]) => n);
  const sides: SQL[] = [];
  if (own.length) sides.push(inArray(posts.organisationId, own), inArray(postInterests.organisationId, own));
  if (coordinated.length)
    sides.push(
      and(
        eq(postInterests.coordinatorIncluded, true),
        sql`EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = ${posts.id} AND pn.network_id IN (SELECT unnest(${`{${coordinated.join(',')}}`}::uuid[])))`,
      )!,
    );
  if (!sides.length) return [];
  const filters: SQL[] = [or(...sides)!];
  if (networkId) filters.push(sql`EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = ${posts.id} AND pn.network_id = ${networkId})`);
  return db
    .select({
      interest: postInterests,
      postTitle: posts.title,
      postKind: posts.kind,
      postOrganisationId: posts.organisationId,
      postOrganisationName: sql<string>`(SELECT name FROM organisations WHERE id = ${posts.organisationId})`,
      organisationName: organisations.name,
      messages: sql<number>`(SELECT count(*)::int FROM post_messages m WHERE m.interest_id = ${postInterests.id})`,
    })
    .from(postInterests)
    .innerJoin(posts, eq(posts.id, postInterests.postId))
    .innerJoin(organisations, eq(organisations.id, postInterests.organisationId))
    .where(and(...filters))
    .orderBy(desc(postInterests.updatedAt))
    .limit(200);
}

export async function getPostSettings({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  assertCan(canOnNetwork(actor, 'read-members', networkId), 'Only the people of the network see its settings');
  const [row] = await db.select().from(networkPostSettings).where(eq(networkPostSettings.networkId, networkId));
  return { coordinatorInConversations: row?.coordinatorInConversations ?? false };
}

export async function setPostSettings(opts: { db: Db; actor: Actor; networkId: string; input: z.input<typeof postSettingsSchema> }) {
  const { db, actor, networkId } = opts;
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the coordinators change the network settings');
  const input = postSettingsSchema.parse(opts.input);
  await db
    .insert(networkPostSettings)
    .values({ networkId, coordinatorInConversations: input.coordinatorInConversations })
    .onConflictDoUpdate({ target: networkPostSettings.networkId, set: { coordinatorInConversations: input.coordinatorInConversations, updatedAt: new Date() } });
  await recordAudit(db, actor, 'update', 'network_post_settings', networkId, { ...input });
  return input;
}
