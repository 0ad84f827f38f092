import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { organisations, routingRules, type NeedKind, type Territory } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { territories, territoriesOf, territorySpecificity } from './territories';

export const needKinds = ['recruitment', 'apprenticeship', 'training'] as const satisfies readonly NeedKind[];

export const routingRuleSchema = z.object({
  needKind: z.enum(needKinds),
  territory: z.enum(territories),
  postcodePrefixes: z.array(z.string().trim().regex(/^[0-9A-Za-z]{1,5}$/, 'A postcode prefix is 1 to 5 letters or digits')).max(50).default([]),
  operatorOrganisationId: z.uuid(),
  acknowledgeDays: z.number().int().min(1).max(365).default(3),
  proposeDays: z.number().int().min(1).max(365).default(15),
  concludeDays: z.number().int().min(1).max(365).default(30),
  active: z.boolean().default(true),
  note: z.string().trim().max(500).default(''),
});
export const routingRulePatchSchema = routingRuleSchema.partial();

export type RoutingRule = typeof routingRules.$inferSelect;

/** Rules are the agency's: its coordinators read and change them (the operators and territories are no secret). */
export async function listRoutingRules({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  assertCan(canOnNetwork(actor, 'read-members', networkId), 'Only the people of the network see its routing rules');
  return db
    .select({ rule: routingRules, operatorName: organisations.name, operatorKind: organisations.kind })
    .from(routingRules)
    .innerJoin(organisations, eq(organisations.id, routingRules.operatorOrganisationId))
    .where(eq(routingRules.networkId, networkId))
    .orderBy(asc(routingRules.needKind), asc(routingRules.territory), asc(routingRules.createdAt));
}

async function assertOperator(db: Db, id: string) {
  const [op] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!op) throw new AppError('validation', 'This operator organisation does not exist', 'operatorOrganisationId');
}

export async function createRoutingRule(opts: { db: Db; actor: Actor; networkId: string; input: z.input<typeof routingRuleSchema> }) {
  const { db, actor, networkId } = opts;
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the coordinators set the routing rules');
  const input = routingRuleSchema.parse(opts.input);
  await assertOperator(db, input.operatorOrganisationId);
  const [row] = await db.insert(routingRules).values({ ...input, networkId, createdBy: actor.userId }).returning();
  await recordAudit(db, actor, 'create', 'routing_rule', row!.id, { ...input });
  return row!;
}

export async function updateRoutingRule(opts: { db: Db; actor: Actor; id: string; input: z.input<typeof routingRulePatchSchema> }) {
  const { db, actor, id } = opts;
  const [rule] = await db.select().from(routingRules).where(eq(routingRules.id, id));
  if (!rule || !canOnNetwork(actor, 'read-members', rule.networkId)) throw notFound('Routing rule', 'id');
  assertCan(canOnNetwork(actor, 'manage', rule.networkId), 'Only the coordinators set the routing rules');
  const input = routingRulePatchSchema.parse(opts.input);
  if (input.operatorOrganisationId) await assertOperator(db, input.operatorOrganisationId);
  const [row] = await db.update(routingRules).set({ ...input, updatedAt: new Date() }).where(eq(routingRules.id, id)).returning();
  await recordAudit(db, actor, 'update', 'routing_rule', id, { ...input });
  return row!;
}

export async function deleteRoutingRule({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const [rule] = await db.select().from(routingRules).where(eq(routingRules.id, id));
  if (!rule || !canOnNetwork(actor, 'read-members', rule.networkId)) throw notFound('Routing rule', 'id');
  assertCan(canOnNetwork(actor, 'manage', rule.networkId), 'Only the coordinators set the routing rules');
  await db.delete(routingRules).where(eq(routingRules.id, id));
  await recordAudit(db, actor, 'delete', 'routing_rule', id, {});
}

export interface NeedToRoute {
  kind: NeedKind;
  country: string | null;
  postcode: string;
}

/**
 * The rule that routes a need: its kind and place must fit; the most specific territory wins (postcode prefixes,
 * then a region, then a country), then the oldest rule. An apprenticeship falls back to the recruitment rules.
 */
export function pickRule<R extends Pick<RoutingRule, 'needKind' | 'territory' | 'postcodePrefixes' | 'active' | 'createdAt'>>(rules: readonly R[], need: NeedToRoute): R | undefined {
  const places = new Set<Territory>(territoriesOf(need.country, need.postcode));
  const postcode = need.postcode.replace(/\s+/g, '').toUpperCase();
  const fits = (r: R, kind: NeedKind) =>
    r.active && r.needKind === kind && places.has(r.territory) && (!r.postcodePrefixes.length || r.postcodePrefixes.some((p) => postcode.startsWith(p.toUpperCase())));
  const best = (kind: NeedKind) =>
    rules
      .filter((r) => fits(r, kind))
      .sort((a, b) => territorySpecificity(b.territory, b.postcodePrefixes) - territorySpecificity(a.territory, a.postcodePrefixes) || a.createdAt.getTime() - b.createdAt.getTime())[0];
  return best(need.kind) ?? (need.kind === 'apprenticeship' ? best('recruitment') : undefined);
}

/** The active rules of some networks, for routing. */
export async function rulesOfNetworks(db: Db, networkIds: readonly string[]) {
  if (!networkIds.length) return [];
  return db.select().from(routingRules).where(and(inArray(routingRules.networkId, [...networkIds]), eq(routingRules.active, true)));
}
