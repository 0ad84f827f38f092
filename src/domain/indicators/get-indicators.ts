import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Locale } from '../../db/schema';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { computeIndicators, computeSeries, drillDown } from './compute-indicators';
import { agencyNetworks, assertEvidence, assertFigures } from './indicator-access';
import type { IndicatorId } from './indicator-sql';
import { naturalGranularity, periodQuery, toPeriod, type Period } from './period';
import { indicatorIds, indicators, isIndicatorId } from './registry';

export const granularitySchema = z.enum(['month', 'quarter', 'year']);

export const seriesQuery = periodQuery.extend({
  indicators: z.string().max(400).optional().describe('Comma-separated indicator ids (default: a few headline ones)'),
  granularity: granularitySchema.optional(),
});

export const headlineIndicators: IndicatorId[] = ['members', 'active_members', 'participations', 'rco87'];

export function parseIndicatorList(value: string | undefined, fallback: IndicatorId[]): IndicatorId[] {
  if (!value) return fallback;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.find((id) => !isIndicatorId(id));
  if (unknown) throw new AppError('validation', `Unknown indicator "${unknown}"`, 'indicators');
  if (ids.length > 12) throw new AppError('validation', 'Twelve indicators at most', 'indicators');
  return ids as IndicatorId[];
}

/** The indicators with their names and counting rules, in the reader's language. */
export function describeIndicators(locale: Locale) {
  return indicators.map((i) => ({ id: i.id, group: i.group, unit: i.unit, additive: i.additive, interregCode: i.interregCode ?? null, label: i.label[locale], rule: i.rule[locale] }));
}

/** The period of the same length just before: "denser than a year ago". */
function previousOf(period: Period): Pick<Period, 'from' | 'to'> {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}

export async function getNetworkIndicators({ db, actor, networkId, query }: { db: Db; actor: Actor; networkId: string; query: z.infer<typeof periodQuery> }) {
  assertFigures(actor, networkId);
  const period = toPeriod(query);
  const scope = { networkIds: [networkId] };
  const [current, previous] = [await computeIndicators(db, scope, period), await computeIndicators(db, scope, previousOf(period))];
  return { from: period.fromDay, to: period.toDay, figures: current, previous };
}

export async function getIndicatorSeries({ db, actor, networkIds, query }: { db: Db; actor: Actor; networkIds: string[]; query: z.infer<typeof seriesQuery> }) {
  for (const n of networkIds) assertFigures(actor, n);
  const period = toPeriod(query);
  const ids = parseIndicatorList(query.indicators, headlineIndicators);
  const granularity = query.granularity ?? naturalGranularity(period);
  return { from: period.fromDay, to: period.toDay, granularity, indicators: ids, points: await computeSeries(db, { networkIds }, period, ids, granularity) };
}

export async function getIndicatorRecords(opts: { db: Db; actor: Actor; networkIds: string[]; indicator: string; query: z.infer<typeof periodQuery>; locale: Locale }) {
  const { db, actor, networkIds, indicator, query, locale } = opts;
  for (const n of networkIds) assertEvidence(actor, n);
  if (!isIndicatorId(indicator)) throw new AppError('not_found', `Indicator "${indicator}" not found`, 'indicator');
  const period = toPeriod(query);
  return { indicator, from: period.fromDay, to: period.toDay, ...(await drillDown(db, { networkIds }, period, indicator, locale)) };
}

/** The agency view: each network the person coordinates, and the whole (organisations in two networks counted once). */
export async function getAgencyIndicators({ db, actor, query }: { db: Db; actor: Actor; query: z.infer<typeof periodQuery> }) {
  const period = toPeriod(query);
  const list = await agencyNetworks(db, actor);
  const perNetwork = [];
  for (const n of list) perNetwork.push({ network: n, figures: await computeIndicators(db, { networkIds: [n.id] }, period) });
  const total = list.length ? await computeIndicators(db, { networkIds: list.map((n) => n.id) }, period) : Object.fromEntries(indicatorIds.map((i) => [i, 0]));
  return { from: period.fromDay, to: period.toDay, networks: perNetwork, total };
}

/** The agency's series: the same rules over all the networks the person coordinates together. */
export async function getAgencySeries({ db, actor, query }: { db: Db; actor: Actor; query: z.infer<typeof seriesQuery> }) {
  const list = await agencyNetworks(db, actor);
  if (list.length === 0) throw new AppError('not_found', 'No network to report on', 'network');
  return getIndicatorSeries({ db, actor, networkIds: list.map((n) => n.id), query });
}
