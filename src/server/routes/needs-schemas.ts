import { z } from '@hono/zod-openapi';
import type { postInterests, postMessages, posts, referralEvents, referrals, routingRules, taskforces } from '../../db/schema';
import { TranslatedSchema } from '../schemas';

// Response shapes of needs and offers, GANESH and taskforces, and the presenters that produce them.
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const NetworkParam = z.object({
  network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }),
});

export const PostSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    kind: z.string(),
    title: TranslatedSchema,
    body: TranslatedSchema,
    naceCodes: z.array(z.string()),
    occupationCodes: z.array(z.string()),
    skillCodes: z.array(z.string()),
    keywords: z.array(z.string()),
    resourceId: z.string().nullable(),
    details: z.object({ volume: z.string(), quantity: z.string(), criteria: z.array(z.string()), deadline: z.string() }).partial(),
    postcode: z.string(),
    commune: z.string(),
    country: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    visibility: z.string(),
    status: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('Post');

export function presentPost(p: typeof posts.$inferSelect) {
  const { matchCodes: _m, createdBy: _c, createdAt, updatedAt, closedAt, ...rest } = p;
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), closedAt: iso(closedAt) };
}

export const ReferralSchema = z
  .object({
    id: z.string(),
    postId: z.string(),
    networkId: z.string(),
    ruleId: z.string().nullable(),
    operatorOrganisationId: z.string(),
    status: z.string(),
    dueAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    candidatesCount: z.number().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('Referral');

export function presentReferral(r: typeof referrals.$inferSelect) {
  return {
    id: r.id,
    postId: r.postId,
    networkId: r.networkId,
    ruleId: r.ruleId,
    operatorOrganisationId: r.operatorOrganisationId,
    status: r.status,
    dueAt: iso(r.dueAt),
    remindedAt: iso(r.remindedAt),
    candidatesCount: r.candidatesCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    closedAt: iso(r.closedAt),
  };
}

export const ReferralEventSchema = z.object({ id: z.string(), status: z.string(), note: z.string(), at: z.string() });
export const presentReferralEvent = (e: typeof referralEvents.$inferSelect) => ({ id: e.id, status: e.status, note: e.note, at: e.at.toISOString() });

export const InterestSchema = z
  .object({
    id: z.string(),
    postId: z.string(),
    organisationId: z.string(),
    fromPostId: z.string().nullable(),
    coordinatorIncluded: z.boolean(),
    status: z.string(),
    outcome: z.string().nullable(),
    outcomeNote: z.string(),
    outcomeAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Interest');

export function presentInterest(i: typeof postInterests.$inferSelect) {
  const { createdBy: _c, outcomeBy: _o, outcomeAt, createdAt, updatedAt, ...rest } = i;
  return { ...rest, outcomeAt: iso(outcomeAt), createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

export const MessageSchema = z.object({ id: z.string(), body: z.string(), authorName: z.string(), organisationName: z.string(), mine: z.boolean(), createdAt: z.string() });
export const presentMessage = (m: typeof postMessages.$inferSelect & { authorName: string; organisationName: string }, userId: string | null) => ({
  id: m.id,
  body: m.body,
  authorName: m.authorName,
  organisationName: m.organisationName,
  mine: !!userId && m.authorUserId === userId,
  createdAt: m.createdAt.toISOString(),
});

export const ReasonSchema = z
  .object({
    kind: z.enum(['occupation', 'skills', 'sector', 'keywords', 'distance', 'network', 'ties', 'organisationKind']),
    points: z.number(),
    level: z.string().optional(),
    via: z.string().optional(),
    codes: z.array(z.string()).optional(),
    words: z.array(z.string()).optional(),
    km: z.number().optional(),
    networkIds: z.array(z.string()).optional(),
    count: z.number().optional(),
    organisationKind: z.string().optional(),
  })
  .openapi('MatchReason');

export const MatchesSchema = z
  .object({
    posts: z.array(
      z.object({ postId: z.string(), kind: z.string(), title: TranslatedSchema, organisationId: z.string(), organisationName: z.string(), score: z.number(), reasons: z.array(ReasonSchema) }),
    ),
    organisations: z.array(
      z.object({ organisationId: z.string(), name: z.string(), kind: z.string(), commune: z.string(), country: z.string(), score: z.number(), reasons: z.array(ReasonSchema) }),
    ),
    concepts: z.record(z.string(), TranslatedSchema).describe('Labels of the occupation and skill codes the reasons name'),
    networks: z.record(z.string(), z.string()).describe('Names of the networks the reasons name'),
  })
  .openapi('Matches');

export const RoutingRuleSchema = z
  .object({
    id: z.string(),
    networkId: z.string(),
    needKind: z.string(),
    territory: z.string(),
    postcodePrefixes: z.array(z.string()),
    operatorOrganisationId: z.string(),
    operatorName: z.string(),
    acknowledgeDays: z.number(),
    proposeDays: z.number(),
    concludeDays: z.number(),
    active: z.boolean(),
    note: z.string(),
  })
  .openapi('RoutingRule');

export function presentRule(r: typeof routingRules.$inferSelect, operatorName: string) {
  return {
    id: r.id,
    networkId: r.networkId,
    needKind: r.needKind,
    territory: r.territory,
    postcodePrefixes: r.postcodePrefixes,
    operatorOrganisationId: r.operatorOrganisationId,
    operatorName,
    acknowledgeDays: r.acknowledgeDays,
    proposeDays: r.proposeDays,
    concludeDays: r.concludeDays,
    active: r.active,
    note: r.note,
  };
}

export const TaskforceSchema = z
  .object({
    id: z.string(),
    networkId: z.string(),
    kind: z.string(),
    problemPostId: z.string().nullable(),
    title: TranslatedSchema,
    goal: TranslatedSchema,
    leadUserId: z.string().nullable(),
    leadOrganisationId: z.string().nullable(),
    hostOrganisationId: z.string().nullable(),
    sessionAt: z.string().nullable(),
    status: z.string(),
    visibility: z.string(),
    startsOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    closureSummary: z.string(),
    lessonsLearned: z.string(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Taskforce');

export function presentTaskforce(t: typeof taskforces.$inferSelect) {
  const { createdBy: _c, closedBy: _b, updatedAt: _u, sessionAt, closedAt, createdAt, ...rest } = t;
  return { ...rest, sessionAt: iso(sessionAt), closedAt: iso(closedAt), createdAt: createdAt.toISOString() };
}

export const OkSchema = z.object({ ok: z.literal(true) });
export { iso };
