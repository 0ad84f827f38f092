import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { postNetworks, posts, recordShares, referrals } from '../../db/schema';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canOnRecord, type Guarded } from '../policy/policy';

export type PostRow = typeof posts.$inferSelect;

/** How the policy sees a post: its networks, its organisation, its visibility and the organisations it names. */
export async function guardOfPost(db: Db, post: Pick<PostRow, 'id' | 'organisationId' | 'visibility'>): Promise<Guarded> {
  const nets = await db.select({ id: postNetworks.networkId }).from(postNetworks).where(eq(postNetworks.postId, post.id));
  const shares = await db
    .select({ id: recordShares.organisationId })
    .from(recordShares)
    .where(and(eq(recordShares.recordType, 'post'), eq(recordShares.recordId, post.id)));
  return { networkIds: nets.map((n) => n.id), ownerOrganisationId: post.organisationId, visibility: post.visibility, sharedWith: shares.map((s) => s.id) };
}

/** The operators a need was referred to read it, whatever its visibility: that is what a referral is for. */
export async function isReferralOperator(db: Db, actor: Actor, postId: string): Promise<boolean> {
  if (!actor.organisationIds.size) return false;
  const rows = await db.select({ org: referrals.operatorOrganisationId }).from(referrals).where(eq(referrals.postId, postId));
  return rows.some((r) => actor.organisationIds.has(r.org));
}

/** A post the actor may read, with its guard; "absent" and "hidden" answer the same 404. */
export async function loadReadablePost(db: Db, actor: Actor, id: string): Promise<{ post: PostRow; guard: Guarded }> {
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post) throw notFound('Post', 'id');
  const guard = await guardOfPost(db, post);
  if (!canOnRecord(actor, 'read', guard) && !(await isReferralOperator(db, actor, id))) throw notFound('Post', 'id');
  return { post, guard };
}

const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

/**
 * SQL twin of the read rule for posts (canOnRecord on guardOfPost, plus referral operators), for lists and the
 * matching's candidates. `alias` is the posts table's name in the query. Tested against the policy on one matrix.
 */
export function postsVisibleTo(actor: Actor, alias = 'posts'): SQL {
  if (actor.isAdmin) return sql`true`;
  const p = sql.raw(alias);
  const memberOf = [...actor.roles.keys()];
  const coordinatorOf = [...actor.roles.entries()].filter(([, r]) => r.has('coordinator')).map(([n]) => n);
  const own = [...actor.organisationIds];
  const inNetworks = (ids: string[]) =>
    ids.length ? sql`EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = ${p}.id AND pn.network_id = ANY(${uuidArray(ids)}))` : sql`false`;
  if (!own.length && !memberOf.length) return sql`${p}.visibility = 'public'`;
  return sql`(
    ${p}.visibility = 'public'
    OR ${p}.organisation_id = ANY(${uuidArray(own)})
    OR ${inNetworks(coordinatorOf)}
    OR (${p}.visibility = 'network' AND ${inNetworks(memberOf)})
    OR (${p}.visibility = 'organisations' AND EXISTS (
      SELECT 1 FROM record_shares rs WHERE rs.record_type = 'post' AND rs.record_id = ${p}.id AND rs.organisation_id = ANY(${uuidArray(own)})))
    OR EXISTS (SELECT 1 FROM referrals rf WHERE rf.post_id = ${p}.id AND rf.operator_organisation_id = ANY(${uuidArray(own)}))
  )`;
}
