import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { networks, organisations, postInterests, posts, recruitmentNeeds, resources, trainingNeeds, type Translated } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { canOnRecord } from '../policy/policy';
import { referralsOfPost } from '../skills/referrals';
import { foldText } from '../matching/text-words';
import { loadReadablePost, postsVisibleTo } from './post-access';
import { postKinds, postStatuses } from './post-schema';

/** One post with what its page shows: organisation, networks, need details, resource, referrals and interests. */
export async function getPostDetail({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const { post, guard } = await loadReadablePost(db, actor, id);
  const canEdit = canOnRecord(actor, 'update', guard);
  const [organisation] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, commune: organisations.commune, country: organisations.country })
    .from(organisations)
    .where(eq(organisations.id, post.organisationId));
  const nets = guard.networkIds.length
    ? await db.select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).where(inArray(networks.id, guard.networkIds))
    : [];
  const [recruitment] = await db.select().from(recruitmentNeeds).where(eq(recruitmentNeeds.postId, id));
  const [training] = await db.select().from(trainingNeeds).where(eq(trainingNeeds.postId, id));
  const [resource] = post.resourceId
    ? await db.select({ id: resources.id, name: resources.name, kind: resources.kind }).from(resources).where(eq(resources.id, post.resourceId))
    : [];
  // Referrals: the company, the coordinators and the operators concerned follow them; other members do not see them.
  const allReferrals = post.kind === 'recruitment' || post.kind === 'training_need' ? await referralsOfPost(db, id) : [];
  const referrals = allReferrals.filter((r) => canEdit || actor.organisationIds.has(r.referral.operatorOrganisationId));
  // Interests: the owner sees them all; an interested organisation sees its own.
  const interestRows = await db
    .select({ interest: postInterests, organisationName: organisations.name })
    .from(postInterests)
    .innerJoin(organisations, eq(organisations.id, postInterests.organisationId))
    .where(eq(postInterests.postId, id))
    .orderBy(desc(postInterests.createdAt));
  const interests = interestRows.filter((r) => canEdit || actor.organisationIds.has(r.interest.organisationId));
  return {
    post,
    canEdit,
    organisation: organisation!,
    networks: nets,
    sharedWith: canEdit ? guard.sharedWith : [],
    recruitment: recruitment ?? null,
    training: training ?? null,
    resource: resource ?? null,
    referrals,
    interests,
  };
}

export const listPostsQuery = z.object({
  kind: z.union([z.enum(postKinds), z.array(z.enum(postKinds))]).optional(),
  status: z.enum([...postStatuses, 'active', 'expired', 'all']).default('active'),
  q: z.string().trim().max(200).optional(),
  organisation: z.uuid().optional(),
  mine: z.enum(['0', '1']).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListPostsQuery = z.infer<typeof listPostsQuery>;

/** The posts of a network the actor may see, newest first, filtered by kind, status, words and organisation. */
export async function listPosts({ db, actor, networkId, query }: { db: Db; actor: Actor; networkId: string; query: ListPostsQuery }) {
  const filters: SQL[] = [sql`EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = ${posts.id} AND pn.network_id = ${networkId})`, postsVisibleTo(actor)];
  const kinds = query.kind === undefined ? [] : Array.isArray(query.kind) ? query.kind : [query.kind];
  if (kinds.length) filters.push(inArray(posts.kind, kinds));
  // A post past its expiry keeps its status but is listed as expired, never as open or in discussion.
  const notExpired = sql`(${posts.expiresOn} IS NULL OR ${posts.expiresOn} >= current_date)`;
  if (query.status === 'active') filters.push(sql`${posts.status} IN ('open', 'in_discussion') AND ${notExpired}`);
  else if (query.status === 'expired') filters.push(sql`${posts.status} IN ('open', 'in_discussion') AND ${posts.expiresOn} < current_date`);
  else if (query.status === 'open' || query.status === 'in_discussion') filters.push(and(eq(posts.status, query.status), notExpired)!);
  else if (query.status !== 'all') filters.push(eq(posts.status, query.status));
  if (query.organisation) filters.push(eq(posts.organisationId, query.organisation));
  if (query.mine === '1') filters.push(actor.organisationIds.size ? inArray(posts.organisationId, [...actor.organisationIds]) : sql`false`);
  const words = query.q ? foldText(query.q).split(/[^a-z0-9]+/).filter((w) => w.length >= 2) : [];
  if (words.length) filters.push(sql`posts.search_doc @@ to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})`);
  const where = and(...filters);
  const rows = await db
    .select({
      id: posts.id,
      kind: posts.kind,
      title: posts.title,
      status: posts.status,
      organisationId: posts.organisationId,
      organisationName: organisations.name,
      commune: posts.commune,
      country: posts.country,
      naceCodes: posts.naceCodes,
      occupationCodes: posts.occupationCodes,
      skillCodes: posts.skillCodes,
      visibility: posts.visibility,
      expiresOn: posts.expiresOn,
      createdAt: posts.createdAt,
      interests: sql<number>`(SELECT count(*)::int FROM post_interests pi WHERE pi.post_id = ${posts.id})`,
      total: sql<number>`count(*) OVER ()::int`,
    })
    .from(posts)
    .innerJoin(organisations, eq(organisations.id, posts.organisationId))
    .where(where)
    .orderBy(desc(posts.createdAt), desc(posts.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Titles are multilingual; lists and e-mails show one language. */
export const titleIn = (t: Translated, locale: string) => (t as Record<string, string | undefined>)[locale] || t.fr || Object.values(t).find((v) => !!v) || '';

/** The organisations the actor represents that belong to a network: those it may post for there. */
export async function myOrganisationsIn({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  if (!actor.organisationIds.size) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        inArray(organisations.id, [...actor.organisationIds]),
        sql`EXISTS (SELECT 1 FROM network_organisations no WHERE no.organisation_id = ${organisations.id} AND no.network_id = ${networkId})`,
      ),
    )
    .orderBy(organisations.name);
}
