import type { Db } from '../../db/client';
import type { Locale } from '../../db/schema';
import { renderRule, type IndicatorId } from './indicator-sql';
import { bucketsOf, type Granularity, type Period } from './period';
import { pickText } from './pick-text';
import { indicatorById, indicatorIds } from './registry';
import { isEmbedded, runSql, uuidArrayParam } from './run-sql';

/** What a figure covers: one network, or several (the agency view, where an organisation in two networks counts once). */
export interface Scope {
  networkIds: string[];
}

const round = (value: number) => Math.round(value * 10) / 10;

const paramsOf = (scope: Scope, from: Date, to: Date) => [uuidArrayParam(scope.networkIds), from.toISOString(), to.toISOString()];

/**
 * The figures of a period. One query per rule: on a server they are sent together and run side by side on the
 * pool's connections (a single query holding every rule was 5× slower there: its plan is too big to optimise well);
 * the embedded engine has one connection, so there they go one after the other (sending them together only added
 * the cost of queueing: 380 ms against 323 ms in bench/reporting).
 */
export async function computeIndicators(db: Db, scope: Scope, period: Pick<Period, 'from' | 'to'>, ids: readonly IndicatorId[] = indicatorIds) {
  const params = paramsOf(scope, period.from, period.to);
  const one = async (id: IndicatorId) => {
    const [row] = await runSql<{ v: number | string }>(db, renderRule(`SELECT coalesce(sum(r.weight), 0)::float8 AS v FROM (${indicatorById(id).sql}) r`), params);
    return [id, round(Number(row?.v ?? 0))] as const;
  };
  const values: (readonly [IndicatorId, number])[] = [];
  if (isEmbedded(db)) for (const id of ids) values.push(await one(id));
  else values.push(...(await Promise.all(ids.map(one))));
  return Object.fromEntries(values) as Record<IndicatorId, number>;
}

/** The baseline of bench/reporting: every rule in one statement, one round trip. */
export async function computeIndicatorsInOneQuery(db: Db, scope: Scope, period: Pick<Period, 'from' | 'to'>, ids: readonly IndicatorId[] = indicatorIds) {
  const columns = ids.map((id) => `(SELECT coalesce(sum(r.weight), 0)::float8 FROM (${indicatorById(id).sql}) r) AS "${id}"`);
  const [row] = await runSql<Record<string, number | string>>(db, renderRule(`SELECT ${columns.join(',\n')}`), paramsOf(scope, period.from, period.to));
  const out = {} as Record<IndicatorId, number>;
  for (const id of ids) out[id] = round(Number(row?.[id] ?? 0));
  return out;
}

/** The same figures per month, quarter or year of the period (each part computed by the same rule). */
export async function computeSeries(db: Db, scope: Scope, period: Period, ids: readonly IndicatorId[], granularity: Granularity) {
  const buckets = bucketsOf(period, granularity);
  const points = [];
  for (const bucket of buckets) points.push({ label: bucket.label, from: bucket.from.toISOString(), values: await computeIndicators(db, scope, bucket, ids) });
  return points;
}

export interface IndicatorRecord {
  kind: string;
  id: string;
  title: string;
  at: string | null;
  organisationId: string | null;
  organisationName: string | null;
  country: string | null;
  weight: number;
  detail: string;
}

interface RawRecord {
  kind: string;
  id: string;
  title: Record<string, string> | null;
  at: Date | string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  country: string | null;
  weight: number | string;
  detail: string | null;
}

export const DRILL_LIMIT = 2000;

/** The records behind a figure: their weights add up to it (the list is cut at DRILL_LIMIT rows, the total is not). */
export async function drillDown(db: Db, scope: Scope, period: Pick<Period, 'from' | 'to'>, id: IndicatorId, locale: Locale, limit = DRILL_LIMIT) {
  const text = indicatorById(id).sql;
  const params = paramsOf(scope, period.from, period.to);
  const [totals] = await runSql<{ n: number; total: number }>(
    db,
    renderRule(`SELECT count(*)::int AS n, coalesce(sum(r.weight), 0)::float8 AS total FROM (${text}) r`),
    params,
  );
  const rows = await runSql<RawRecord>(db, renderRule(`SELECT * FROM (${text}) r ORDER BY r.at DESC NULLS LAST, r.id LIMIT ${Math.max(1, Math.min(limit, DRILL_LIMIT))}`), params);
  const records: IndicatorRecord[] = rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: pickText(r.title, locale),
    at: r.at === null ? null : new Date(r.at).toISOString(),
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    country: r.country,
    weight: round(Number(r.weight)),
    detail: r.detail ?? '',
  }));
  return { count: Number(totals?.n ?? 0), total: round(Number(totals?.total ?? 0)), records };
}
