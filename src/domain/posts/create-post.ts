import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  networkOrganisations,
  organisations,
  postNetworks,
  posts,
  recordShares,
  recruitmentNeeds,
  resources,
  trainingNeeds,
  type NeedKind,
  type PostKind,
} from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { scheduleMatchDigest } from '../matching/match-digest';
import type { Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';
import { hasRoleIn } from './post-rights';
import { loadConceptFacts, matchCodesOf } from '../skills/expand-codes';
import { referNeed, type ReferralRow } from '../skills/referrals';
import { runnerOf } from '../skills/sql-runner';
import { postInputSchema, type PostInput } from './post-schema';

/** Offers describe the poster's own trade, so they take its NACE codes when none are given; needs describe another. */
const offerKinds = new Set<PostKind>(['capacity_offer', 'skills_offer', 'subcontracting_offer', 'training_offer']);

export function needKindOf(kind: PostKind, contract: string | undefined): NeedKind | undefined {
  if (kind === 'recruitment') return contract === 'apprenticeship' ? 'apprenticeship' : 'recruitment';
  if (kind === 'training_need') return 'training';
  return undefined;
}

/** The post's matching index, from its codes and what the classification says about them. */
export async function computeMatchCodes(db: Db, codes: { naceCodes: string[]; occupationCodes: string[]; skillCodes: string[] }, kind: PostKind) {
  const facts = await loadConceptFacts(runnerOf(db), codes.occupationCodes);
  return matchCodesOf(codes, facts, kind);
}

/**
 * Publishes a post on an organisation's profile (its representatives, or a coordinator of one of its networks). A
 * recruitment or training need is referred at once to the operator the network's routing rules name; matches
 * will be in the next weekly digest.
 */
export async function createPost(opts: { db: Db; actor: Actor; input: PostInput; baseUrl: string }): Promise<{ post: typeof posts.$inferSelect; referral: ReferralRow | undefined }> {
  const { db, actor, baseUrl } = opts;
  const input = postInputSchema.parse(opts.input);
  const [org] = await db.select().from(organisations).where(eq(organisations.id, input.organisationId));
  if (!org) throw new AppError('validation', 'This organisation does not exist', 'organisationId');
  const orgNetworks = (await db.select({ id: networkOrganisations.networkId }).from(networkOrganisations).where(eq(networkOrganisations.organisationId, org.id))).map(
    (r) => r.id,
  );
  assertCan(actor.isAdmin || actor.organisationIds.has(org.id) || hasRoleIn(actor, orgNetworks, 'coordinator'), 'Only its representatives and coordinators post for this organisation');
  const networkIds = input.networkIds ?? orgNetworks;
  const outside = networkIds.findIndex((n) => !orgNetworks.includes(n));
  if (outside >= 0) throw new AppError('validation', 'The organisation is not in this network', `networkIds.${outside}`);
  if (!networkIds.length) throw new AppError('validation', 'The organisation belongs to no network yet', 'networkIds');
  if (input.resourceId) {
    const [resource] = await db.select({ owner: resources.ownerOrganisationId }).from(resources).where(eq(resources.id, input.resourceId));
    if (!resource || resource.owner !== org.id) throw new AppError('validation', 'The resource must be one of the organisation\'s own', 'resourceId');
  }
  const sharedWith = [...new Set(input.sharedWith ?? [])];
  if (sharedWith.length) {
    const found = new Set((await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, sharedWith))).map((r) => r.id));
    const missing = sharedWith.findIndex((o) => !found.has(o));
    if (missing >= 0) throw new AppError('validation', 'This organisation does not exist', `sharedWith.${missing}`);
  }

  const occupationCodes = [...new Set([...(input.recruitment ? [input.recruitment.occupationCode] : []), ...(input.occupationCodes ?? [])])];
  const naceCodes = input.naceCodes?.length ? input.naceCodes : offerKinds.has(input.kind) ? org.naceCodes : [];
  const skillCodes = input.skillCodes ?? [];
  const samePlace = input.country === undefined && input.postcode === undefined && input.commune === undefined;
  const place = samePlace
    ? { country: org.country, postcode: org.postcode, commune: org.commune, latitude: org.latitude, longitude: org.longitude }
    : {
        country: input.country ?? null,
        postcode: input.postcode ?? '',
        commune: input.commune ?? '',
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
      };

  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const matchCodes = await computeMatchCodes(t, { naceCodes, occupationCodes, skillCodes }, input.kind);
    const [row] = await t
      .insert(posts)
      .values({
        organisationId: org.id,
        kind: input.kind,
        title: input.title,
        body: input.body ?? {},
        naceCodes,
        occupationCodes,
        skillCodes,
        keywords: input.keywords ?? [],
        matchCodes,
        resourceId: input.resourceId ?? null,
        details: input.details ?? {},
        ...place,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        expiresOn: input.expiresOn ?? null,
        visibility: input.visibility,
        createdBy: actor.userId,
      })
      .returning();
    const post = row!;
    await t.insert(postNetworks).values(networkIds.map((networkId) => ({ postId: post.id, networkId })));
    if (sharedWith.length) await t.insert(recordShares).values(sharedWith.map((o) => ({ recordType: 'post', recordId: post.id, organisationId: o })));
    if (input.recruitment) {
      const r = input.recruitment;
      await t.insert(recruitmentNeeds).values({ postId: post.id, occupationCode: r.occupationCode, headcount: r.headcount, contract: r.contract, startOn: r.startOn ?? null, urgency: r.urgency });
    }
    if (input.training) {
      const tr = input.training;
      await t.insert(trainingNeeds).values({ postId: post.id, topic: tr.topic, headcount: tr.headcount, periodStart: tr.periodStart ?? null, periodEnd: tr.periodEnd ?? null, format: tr.format });
    }
    await recordAudit(t, actor, 'create', 'post', post.id, { kind: post.kind, organisationId: org.id });
    const needKind = needKindOf(input.kind, input.recruitment?.contract);
    const referral = needKind
      ? await referNeed({ db: t, actor, post, networkIds, need: { kind: needKind, country: post.country, postcode: post.postcode }, baseUrl })
      : undefined;
    await scheduleMatchDigest(t, baseUrl);
    return { post, referral };
  });
}
