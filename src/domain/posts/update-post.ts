import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { posts, recordShares, recruitmentNeeds, trainingNeeds } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnRecord } from '../policy/policy';
import { computeMatchCodes } from './create-post';
import { loadReadablePost } from './post-access';
import { hasText, postPatchSchema, postStatuses, type PostPatch } from './post-schema';

/**
 * Edits a post (its organisation's representatives and the coordinators of its networks). Codes changed → the
 * matching index is recomputed; the need details follow their own fields.
 */
export async function updatePost(opts: { db: Db; actor: Actor; id: string; input: PostPatch }) {
  const { db, actor, id } = opts;
  const { post, guard } = await loadReadablePost(db, actor, id);
  assertCan(canOnRecord(actor, 'update', guard), 'Only its organisation and the coordinators edit this post');
  const input = postPatchSchema.parse(opts.input);
  if (input.title && !hasText(input.title)) throw new AppError('validation', 'A title in at least one language is required', 'title');
  const { sharedWith, recruitment, training, ...values } = input;
  if (recruitment && post.kind !== 'recruitment') throw new AppError('validation', 'Only a recruitment need has recruitment details', 'recruitment');
  if (training && post.kind !== 'training_need') throw new AppError('validation', 'Only a training need has training details', 'training');
  const occupationCodes = recruitment ? [...new Set([recruitment.occupationCode, ...(values.occupationCodes ?? post.occupationCodes)])] : values.occupationCodes;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const codes = {
      naceCodes: values.naceCodes ?? post.naceCodes,
      occupationCodes: occupationCodes ?? post.occupationCodes,
      skillCodes: values.skillCodes ?? post.skillCodes,
    };
    const matchCodes = await computeMatchCodes(t, codes, post.kind);
    const [row] = await t
      .update(posts)
      .set({ ...values, ...codes, matchCodes, updatedAt: new Date() })
      .where(eq(posts.id, id))
      .returning();
    if (sharedWith) {
      await t.delete(recordShares).where(and(eq(recordShares.recordType, 'post'), eq(recordShares.recordId, id)));
      if (sharedWith.length) await t.insert(recordShares).values([...new Set(sharedWith)].map((o) => ({ recordType: 'post', recordId: id, organisationId: o })));
    }
    if (recruitment)
      await t
        .update(recruitmentNeeds)
        .set({ occupationCode: recruitment.occupationCode, headcount: recruitment.headcount, contract: recruitment.contract, startOn: recruitment.startOn ?? null, urgency: recruitment.urgency })
        .where(eq(recruitmentNeeds.postId, id));
    if (training)
      await t
        .update(trainingNeeds)
        .set({ topic: training.topic, headcount: training.headcount, periodStart: training.periodStart ?? null, periodEnd: training.periodEnd ?? null, format: training.format })
        .where(eq(trainingNeeds.postId, id));
    await recordAudit(t, actor, 'update', 'post', id, { fields: Object.keys(input) });
    return row!;
  });
}

export const postStatusSchema = z.object({ status: z.enum(postStatuses) });

/** Open, in discussion, fulfilled or closed: the owner says where its post stands. */
export async function setPostStatus(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof postStatusSchema> }) {
  const { db, actor, id } = opts;
  const { guard } = await loadReadablePost(db, actor, id);
  assertCan(canOnRecord(actor, 'update', guard), 'Only its organisation and the coordinators change this post');
  const { status } = postStatusSchema.parse(opts.input);
  const done = status === 'fulfilled' || status === 'closed';
  const [row] = await db
    .update(posts)
    .set({ status, closedAt: done ? new Date() : null, updatedAt: new Date() })
    .where(eq(posts.id, id))
    .returning();
  await recordAudit(db, actor, 'status', 'post', id, { status });
  return row!;
}

/** How long a renewal keeps a post listed: three months from today, or from its expiry if that is later. */
export const RENEWAL_DAYS = 91;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Whether a post's expiry date has passed: it leaves the lists, suggestions, digests and demand figures until renewed. */
export function isExpired(post: { expiresOn: string | null }, today = isoDay(new Date())): boolean {
  return post.expiresOn !== null && post.expiresOn < today;
}

/**
 * The owner (or a coordinator) keeps a post listed for three more months: an expired post comes back in the lists
 * and suggestions with its status unchanged (the status select reopens a closed one).
 */
export async function renewPost(opts: { db: Db; actor: Actor; id: string; now?: Date }) {
  const { db, actor, id } = opts;
  const { post, guard } = await loadReadablePost(db, actor, id);
  assertCan(canOnRecord(actor, 'update', guard), 'Only its organisation and the coordinators renew this post');
  const today = isoDay(opts.now ?? new Date());
  const from = post.expiresOn && post.expiresOn > today ? new Date(`${post.expiresOn}T00:00:00Z`) : new Date(`${today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() + RENEWAL_DAYS);
  const [row] = await db
    .update(posts)
    .set({ expiresOn: isoDay(from), updatedAt: new Date() })
    .where(eq(posts.id, id))
    .returning();
  await recordAudit(db, actor, 'renew', 'post', id, { expiresOn: row!.expiresOn });
  return row!;
}
