import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networks, roadmaps, type Locale } from '../../db/schema';
import { computeIndicators, computeSeries, drillDown, type IndicatorRecord } from '../indicators/compute-indicators';
import type { IndicatorId } from '../indicators/indicator-sql';
import { naturalGranularity, type Period } from '../indicators/period';
import { pickText } from '../indicators/pick-text';
import { indicators } from '../indicators/registry';
import { runSql } from '../indicators/run-sql';
import { buildGraph, type GraphMetrics, type GraphNode } from '../graph/build-graph';
import { loadGraphOrganisations, loadInteractions } from '../graph/load-interactions';
import { buildRoadmapView } from '../roadmaps/get-roadmap';
import type { ProgressState } from '../roadmaps/progress';

export const seriesIndicators: IndicatorId[] = ['active_members', 'events', 'participations', 'rco87'];
export const detailIndicators: IndicatorId[] = ['rco81', 'rco115', 'rco87'];

export interface ReportData {
  locale: Locale;
  network: { name: string; agency: string };
  from: string;
  to: string;
  generatedAt: Date;
  figures: { id: IndicatorId; group: string; label: string; rule: string; value: number; previous: number }[];
  series: { granularity: string; labels: string[]; lines: { id: IndicatorId; label: string; values: number[] }[] };
  roadmaps: {
    title: string;
    version: number;
    ratio: number;
    actions: { axis: string; objective: string; title: string; owner: string; due: string | null; planned: number; done: number; state: ProgressState }[];
  }[];
  graph: { metrics: GraphMetrics; brokers: GraphNode[] };
  topEvents: { title: string; date: string; participations: number }[];
  newMembers: string[];
  details: { id: IndicatorId; label: string; records: IndicatorRecord[] }[];
}

/** Everything a funder's report for one network and period shows, in the reader's language. */
export async function buildReport(db: Db, networkId: string, period: Period, locale: Locale): Promise<ReportData> {
  const [network] = await db.select().from(networks).where(eq(networks.id, networkId));
  const scope = { networkIds: [networkId] };
  const length = period.to.getTime() - period.from.getTime();
  const current = await computeIndicators(db, scope, period);
  const previous = await computeIndicators(db, scope, { from: new Date(period.from.getTime() - length), to: period.from });
  const granularity = naturalGranularity(period);
  const points = await computeSeries(db, scope, period, seriesIndicators, granularity);

  const roadmapRows = await db.select().from(roadmaps).where(and(eq(roadmaps.networkId, networkId), inArray(roadmaps.status, ['adopted', 'consultation'])));
  const roadmapViews = [];
  for (const r of roadmapRows) {
    const view = await buildRoadmapView(db, r.id, null);
    roadmapViews.push({
      title: pickText(r.title, locale),
      version: r.version,
      ratio: view.progress.ratio,
      actions: view.axes.flatMap((axis) =>
        axis.objectives.flatMap((o) =>
          o.actions
            .filter((a) => a.status === 'adopted')
            .map((a) => ({
              axis: pickText(axis.title, locale),
              objective: pickText(o.title, locale),
              title: pickText(a.title, locale),
              owner: a.ownerOrganisationName ?? a.ownerName ?? '',
              due: a.dueOn,
              planned: a.progress.planned,
              done: a.progress.done,
              state: a.progress.state,
            })),
        ),
      ),
    });
  }

  const loaded = await loadInteractions(db, [networkId], period.to);
  const graph = buildGraph({ organisations: await loadGraphOrganisations(db, [networkId], period.to, loaded), ...loaded, from: period.from.getTime(), to: period.to.getTime(), brokers: 5 });

  const topEvents = await runSql<{ title: Record<string, string>; starts_at: Date | string; n: number }>(
    db,
    `SELECT e.title, e.starts_at, count(r.id)::int AS n FROM events e JOIN event_registrations r ON r.event_id = e.id AND r.attendance = 'attended'
      WHERE e.network_id = $1 AND e.status = 'published' AND e.starts_at >= $2 AND e.starts_at < $3 AND e.ends_at <= now()
      GROUP BY e.id ORDER BY n DESC, e.starts_at LIMIT 5`,
    [networkId, period.from.toISOString(), period.to.toISOString()],
  );
  const newMembers = (await drillDown(db, scope, period, 'new_members', locale, 50)).records.map((r) => r.organisationName ?? r.title);
  const details = [];
  for (const id of detailIndicators) {
    const def = indicators.find((i) => i.id === id)!;
    details.push({ id, label: def.label[locale], records: (await drillDown(db, scope, period, id, locale, 1000)).records });
  }

  return {
    locale,
    network: { name: network?.name ?? '', agency: network?.agency ?? '' },
    from: period.fromDay,
    to: period.toDay,
    generatedAt: new Date(),
    figures: indicators.map((i) => ({ id: i.id, group: i.group, label: i.label[locale], rule: i.rule[locale], value: current[i.id], previous: previous[i.id] })),
    series: {
      granularity,
      labels: points.map((p) => p.label),
      lines: seriesIndicators.map((id) => ({ id, label: indicators.find((i) => i.id === id)!.label[locale], values: points.map((p) => p.values[id]) })),
    },
    roadmaps: roadmapViews,
    graph: { metrics: graph.metrics, brokers: graph.brokers },
    topEvents: topEvents.map((e) => ({ title: pickText(e.title, locale), date: new Date(e.starts_at).toISOString().slice(0, 10), participations: e.n })),
    newMembers,
    details,
  };
}
