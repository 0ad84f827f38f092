import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  networks,
  organisations,
  postNetworks,
  posts,
  recruitmentNeeds,
  referralEvents,
  referrals,
  routingRules,
  type Locale,
  type ReferralStatus,
} from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import { enqueueMail } from '../mail/enqueue-mail';
import { referralStepWords, renderNeedsMail } from '../mail/needs-mail-templates';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { coordinatorsOf, representativesOf, uniqueRecipients } from '../posts/recipients';
import { pickRule, rulesOfNetworks, type NeedToRoute } from './routing-rules';

export const referralStatuses = ['sent', 'acknowledged', 'candidates_proposed', 'filled', 'closed_unfilled'] as const satisfies readonly ReferralStatus[];
const order: Record<ReferralStatus, number> = { sent: 0, acknowledged: 1, candidates_proposed: 2, filled: 3, closed_unfilled: 3 };
export const isClosed = (s: ReferralStatus) => s === 'filled' || s === 'closed_unfilled';

export type ReferralRow = typeof referrals.$inferSelect;
type PostRow = typeof posts.$inferSelect;

const DAY = 24 * 3600 * 1000;

/** When the step a referral has reached is due: acknowledging, then proposing, then concluding. */
export function dueAfter(status: ReferralStatus, r: Pick<ReferralRow, 'acknowledgeDays' | 'proposeDays' | 'concludeDays'>, from: Date): Date | null {
  if (status === 'sent') return new Date(from.getTime() + r.acknowledgeDays * DAY);
  if (status === 'acknowledged') return new Date(from.getTime() + r.proposeDays * DAY);
  if (status === 'candidates_proposed') return new Date(from.getTime() + r.concludeDays * DAY);
  return null;
}

/** The step awaited while a referral is in a status (what a reminder asks for). */
export const awaitedStep = (status: ReferralStatus): ReferralStatus =>
  status === 'sent' ? 'acknowledged' : status === 'acknowledged' ? 'candidates_proposed' : 'filled';

export const deadlinePayload = z.object({ referralId: z.uuid(), dueAt: z.iso.datetime(), baseUrl: z.string().url() });

async function scheduleDeadline(db: Db, referral: Pick<ReferralRow, 'id' | 'dueAt'>, baseUrl: string) {
  if (!referral.dueAt) return;
  await enqueueJob(db, 'referrals.deadline', { referralId: referral.id, dueAt: referral.dueAt.toISOString(), baseUrl }, { runAt: referral.dueAt });
}

export const postPath = (networkSlug: string, postId: string) => `/n/${encodeURIComponent(networkSlug)}/needs/${postId}`;

function placeOf(post: Pick<PostRow, 'postcode' | 'commune' | 'country'>) {
  return [[post.postcode, post.commune].filter(Boolean).join(' '), post.country ?? ''].filter(Boolean).join(', ');
}

const pick = (t: Record<string, string | undefined>, locale: Locale) => t[locale] || t.fr || Object.values(t).find((v) => !!v) || '';

async function mailContext(db: Db, referral: ReferralRow) {
  const [post] = await db.select().from(posts).where(eq(posts.id, referral.postId));
  const [company] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, post!.organisationId));
  const [operator] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, referral.operatorOrganisationId));
  const [network] = await db.select({ name: networks.name, slug: networks.slug }).from(networks).where(eq(networks.id, referral.networkId));
  return { post: post!, company: company?.name ?? '', operator: operator?.name ?? '', network: network! };
}

const formatDay = (d: Date | null, locale: Locale) =>
  d ? new Intl.DateTimeFormat({ fr: 'fr-BE', de: 'de-DE', en: 'en-GB', nl: 'nl-BE' }[locale], { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(d) : '';

/** Tells the operator's people about a new referral (in the same transaction as the referral). */
async function mailOperator(db: Db, referral: ReferralRow, baseUrl: string) {
  const c = await mailContext(db, referral);
  for (const r of await representativesOf(db, [referral.operatorOrganisationId])) {
    const m = renderNeedsMail('referral-sent', r.locale, {
      name: r.name,
      network: c.network.name,
      operator: c.operator,
      company: c.company,
      place: placeOf(c.post),
      title: pick(c.post.title, r.locale),
      summary: pick(c.post.body, r.locale),
      due: formatDay(referral.dueAt, r.locale),
      link: `${baseUrl}${postPath(c.network.slug, c.post.id)}`,
    });
    await enqueueMail(db, { to: r.email, ...m });
  }
}

/**
 * Refers a need to an operator: by the network's routing rules when `operatorOrganisationId` is not given, else to
 * the operator a coordinator chose. Returns undefined when no rule fits. Runs inside the caller's transaction.
 */
export async function referNeed(opts: {
  db: Db;
  actor: Actor;
  post: PostRow;
  networkIds: string[];
  need: NeedToRoute;
  baseUrl: string;
  operatorOrganisationId?: string;
  networkId?: string;
}): Promise<ReferralRow | undefined> {
  const { db, actor, post } = opts;
  let values: { networkId: string; ruleId: string | null; operatorOrganisationId: string; acknowledgeDays: number; proposeDays: number; concludeDays: number };
  if (opts.operatorOrganisationId) {
    const networkId = opts.networkId ?? opts.networkIds[0];
    if (!networkId) throw new AppError('validation', 'The need is in no network', 'networkId');
    values = { networkId, ruleId: null, operatorOrganisationId: opts.operatorOrganisationId, acknowledgeDays: 3, proposeDays: 15, concludeDays: 30 };
  } else {
    const rule = pickRule(await rulesOfNetworks(db, opts.networkIds), opts.need);
    if (!rule) return undefined;
    values = {
      networkId: rule.networkId,
      ruleId: rule.id,
      operatorOrganisationId: rule.operatorOrganisationId,
      acknowledgeDays: rule.acknowledgeDays,
      proposeDays: rule.proposeDays,
      concludeDays: rule.concludeDays,
    };
  }
  const [live] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.postId, post.id), eq(referrals.operatorOrganisationId, values.operatorOrganisationId), isNull(referrals.closedAt)));
  if (live) throw new AppError('conflict', 'This need is already with this operator', 'operatorOrganisationId');
  const now = new Date();
  const [row] = await db
    .insert(referrals)
    .values({ ...values, postId: post.id, status: 'sent', dueAt: dueAfter('sent', values, now), createdBy: actor.userId })
    .returning();
  const referral = row!;
  await db.insert(referralEvents).values({ referralId: referral.id, status: 'sent', byUserId: actor.userId, note: values.ruleId ? 'rule' : 'manual' });
  await recordAudit(db, actor, 'create', 'referral', referral.id, { postId: post.id, operator: values.operatorOrganisationId, ruleId: values.ruleId });
  await mailOperator(db, referral, opts.baseUrl);
  await scheduleDeadline(db, referral, opts.baseUrl);
  return referral;
}

/** Who may act on a referral: the operator's people, the company's, the network's coordinators. */
function rolesOn(actor: Actor, referral: ReferralRow, companyId: string) {
  return {
    operator: actor.isAdmin || actor.organisationIds.has(referral.operatorOrganisationId),
    company: actor.isAdmin || actor.organisationIds.has(companyId),
    coordinator: actor.isAdmin || canOnNetwork(actor, 'manage', referral.networkId),
  };
}

export async function loadReferral(db: Db, actor: Actor, id: string) {
  const [referral] = await db.select().from(referrals).where(eq(referrals.id, id));
  if (!referral) throw notFound('Referral', 'id');
  const [post] = await db.select().from(posts).where(eq(posts.id, referral.postId));
  const roles = rolesOn(actor, referral, post!.organisationId);
  if (!roles.operator && !roles.company && !roles.coordinator) throw notFound('Referral', 'id');
  return { referral, post: post!, roles };
}

export const referralUpdateSchema = z.object({
  status: z.enum(referralStatuses),
  note: z.string().trim().max(2000).default(''),
  candidatesCount: z.number().int().min(0).max(10000).optional(),
});

/**
 * Moves a referral forward (never back). The operator moves it through every step; the company may say it is
 * filled or closed; coordinators may do anything. A filled recruitment need is fulfilled. The company and the
 * coordinators are told by e-mail, and the next deadline is scheduled.
 */
export async function updateReferral(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof referralUpdateSchema>; baseUrl: string }) {
  const { db, actor, id, baseUrl } = opts;
  const input = referralUpdateSchema.parse(opts.input);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const { referral, post, roles } = await loadReferral(t, actor, id);
    const [locked] = await t.select().from(referrals).where(eq(referrals.id, id)).for('update');
    const current = locked!.status;
    if (isClosed(current)) throw new AppError('conflict', 'This referral is closed', 'status');
    if (order[input.status] <= order[current]) throw new AppError('validation', `A referral moves forward only: it is already "${current}"`, 'status');
    const allowed = roles.operator || roles.coordinator || (roles.company && isClosed(input.status));
    assertCan(allowed, 'Only the operator, the company or the coordinators follow this referral');
    const now = new Date();
    const [row] = await t
      .update(referrals)
      .set({
        status: input.status,
        dueAt: dueAfter(input.status, referral, now),
        remindedAt: null,
        candidatesCount: input.candidatesCount ?? referral.candidatesCount,
        closedAt: isClosed(input.status) ? now : null,
        updatedAt: now,
      })
      .where(eq(referrals.id, id))
      .returning();
    await t.insert(referralEvents).values({ referralId: id, status: input.status, note: input.note, byUserId: actor.userId });
    // The need follows its referral: in discussion once the operator is on it, fulfilled when filled.
    if (input.status === 'filled' && post.status !== 'closed') await t.update(posts).set({ status: 'fulfilled', closedAt: now, updatedAt: now }).where(eq(posts.id, post.id));
    else if (!isClosed(input.status) && post.status === 'open') await t.update(posts).set({ status: 'in_discussion', updatedAt: now }).where(eq(posts.id, post.id));
    await recordAudit(t, actor, 'update', 'referral', id, { from: current, to: input.status, note: input.note });
    const c = await mailContext(t, row!);
    const people = uniqueRecipients(await representativesOf(t, [post.organisationId]), await coordinatorsOf(t, [referral.networkId])).filter(
      (p) => p.userId !== actor.userId,
    );
    for (const p of people) {
      const m = renderNeedsMail('referral-status', p.locale, {
        name: p.name,
        operator: c.operator,
        step: referralStepWords[p.locale][input.status],
        title: pick(post.title, p.locale),
        note: input.note,
        link: `${baseUrl}${postPath(c.network.slug, post.id)}`,
      });
      await enqueueMail(t, { to: p.email, ...m });
    }
    await scheduleDeadline(t, row!, baseUrl);
    return row!;
  });
}

/**
 * The deadline job: if the referral still waits on the same step when its deadline comes, its operator (and the
 * network's coordinators) get a reminder, once. A referral that moved on in the meantime has a new deadline and job.
 */
export async function remindReferralDeadline(db: Db, payload: z.infer<typeof deadlinePayload>, now = new Date()) {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [referral] = await t.select().from(referrals).where(eq(referrals.id, payload.referralId)).for('update');
    if (!referral || !referral.dueAt || isClosed(referral.status)) return { reminded: 0, skipped: 'closed' };
    if (referral.dueAt.toISOString() !== new Date(payload.dueAt).toISOString()) return { reminded: 0, skipped: 'moved' };
    if (referral.remindedAt) return { reminded: 0, skipped: 'already reminded' };
    if (referral.dueAt.getTime() > now.getTime()) return { reminded: 0, skipped: 'not due' };
    const c = await mailContext(t, referral);
    const people = uniqueRecipients(await representativesOf(t, [referral.operatorOrganisationId]), await coordinatorsOf(t, [referral.networkId]));
    for (const p of people) {
      const m = renderNeedsMail('referral-reminder', p.locale, {
        name: p.name,
        title: pick(c.post.title, p.locale),
        company: c.company,
        operator: c.operator,
        step: referralStepWords[p.locale][awaitedStep(referral.status)],
        due: formatDay(referral.dueAt, p.locale),
        link: `${payload.baseUrl}${postPath(c.network.slug, c.post.id)}`,
      });
      await enqueueMail(t, { to: p.email, ...m });
    }
    await t.update(referrals).set({ remindedAt: now }).where(eq(referrals.id, referral.id));
    await t.insert(referralEvents).values({ referralId: referral.id, status: 'reminded', note: awaitedStep(referral.status) });
    return { reminded: people.length };
  });
}

export const referralListQuery = z.object({
  network: z.string().max(100).optional(),
  as: z.enum(['operator', 'company', 'coordinator', 'any']).default('any'),
  status: z.enum(['live', 'closed', 'all']).default('all'),
  overdue: z.enum(['true', 'false']).optional(),
});

/** The referrals an actor follows: as an operator (received), as a company (its needs), as a coordinator. */
export async function listReferrals(opts: { db: Db; actor: Actor; networkId?: string; as?: 'operator' | 'company' | 'coordinator' | 'any'; status?: 'live' | 'closed' | 'all'; overdue?: boolean }) {
  const { db, actor } = opts;
  const own = [...actor.organisationIds];
  const coordinated = [...actor.roles.entries()].filter(([, r]) => r.has('coordinator')).map(([n]) => n);
  const as = opts.as ?? 'any';
  const sides: SQL[] = [];
  if (as === 'operator' || as === 'any') if (own.length) sides.push(inArray(referrals.operatorOrganisationId, own));
  if (as === 'company' || as === 'any') if (own.length) sides.push(inArray(posts.organisationId, own));
  if (as === 'coordinator' || as === 'any') if (coordinated.length) sides.push(inArray(referrals.networkId, coordinated));
  if (!actor.isAdmin && !sides.length) return [];
  const filters: SQL[] = [];
  if (!actor.isAdmin || as !== 'any') {
    const side = or(...sides);
    if (side) filters.push(side);
    else return [];
  }
  if (opts.networkId) filters.push(eq(referrals.networkId, opts.networkId));
  if (opts.status === 'live') filters.push(isNull(referrals.closedAt));
  if (opts.status === 'closed') filters.push(sql`${referrals.closedAt} IS NOT NULL`);
  if (opts.overdue) filters.push(sql`${referrals.dueAt} < now()`);
  const operator = sql<string>`(SELECT name FROM organisations WHERE id = ${referrals.operatorOrganisationId})`;
  return db
    .select({
      referral: referrals,
      postTitle: posts.title,
      postKind: posts.kind,
      postStatus: posts.status,
      companyId: posts.organisationId,
      companyName: organisations.name,
      operatorName: operator,
      networkSlug: networks.slug,
      headcount: recruitmentNeeds.headcount,
    })
    .from(referrals)
    .innerJoin(posts, eq(posts.id, referrals.postId))
    .innerJoin(organisations, eq(organisations.id, posts.organisationId))
    .innerJoin(networks, eq(networks.id, referrals.networkId))
    .leftJoin(recruitmentNeeds, eq(recruitmentNeeds.postId, posts.id))
    .where(and(...filters))
    .orderBy(asc(sql`${referrals.closedAt} IS NOT NULL`), asc(referrals.dueAt), desc(referrals.createdAt))
    .limit(500);
}

/** The referrals of one need, with their history, for the people who may see the need. */
export async function referralsOfPost(db: Db, postId: string) {
  const rows = await db
    .select({ referral: referrals, operatorName: organisations.name, ruleTerritory: routingRules.territory })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.operatorOrganisationId))
    .leftJoin(routingRules, eq(routingRules.id, referrals.ruleId))
    .where(eq(referrals.postId, postId))
    .orderBy(asc(referrals.createdAt));
  const ids = rows.map((r) => r.referral.id);
  const events = ids.length
    ? await db.select().from(referralEvents).where(inArray(referralEvents.referralId, ids)).orderBy(asc(referralEvents.at))
    : [];
  return rows.map((r) => ({ ...r, events: events.filter((e) => e.referralId === r.referral.id) }));
}

/** The networks a post is in (for routing by the rules of those networks). */
export async function networksOfPost(db: Db, postId: string) {
  return (await db.select({ id: postNetworks.networkId }).from(postNetworks).where(eq(postNetworks.postId, postId))).map((r) => r.id);
}
