import type { ReactNode } from 'react';
import { matchPath } from '../../router/router';
import { AgencyPage } from '../dashboard/agency-page';
import { DashboardPage } from '../dashboard/dashboard-page';
import { GraphPage } from '../graph/graph-page';
import { IndicatorRecordsPage } from '../indicators/indicator-records-page';
import { RoadmapPage } from '../roadmaps/roadmap-page';
import { RoadmapVersionPage } from '../roadmaps/roadmap-version-page';
import { RoadmapsPage } from '../roadmaps/roadmaps-page';
import { SponsorsPage } from '../sponsors/sponsors-page';

/** The pages of the Roadmaps and Reporting areas and the agency view, for the route table (signed-in people). */
export function matchReportingPath(path: string): { networkSlug?: string; render: () => ReactNode } | null {
  if (matchPath('/agency', path)) return { render: () => <AgencyPage /> };
  const dashboard = matchPath('/n/:slug/reporting', path);
  if (dashboard?.slug) return { networkSlug: dashboard.slug, render: () => <DashboardPage key={dashboard.slug} slug={dashboard.slug!} /> };
  const graph = matchPath('/n/:slug/reporting/graph', path);
  if (graph?.slug) return { networkSlug: graph.slug, render: () => <GraphPage key={graph.slug} slug={graph.slug!} /> };
  const sponsors = matchPath('/n/:slug/reporting/sponsors', path);
  if (sponsors?.slug) return { networkSlug: sponsors.slug, render: () => <SponsorsPage key={sponsors.slug} slug={sponsors.slug!} /> };
  const records = matchPath('/n/:slug/reporting/indicators/:indicator', path);
  if (records?.slug && records.indicator) return { networkSlug: records.slug, render: () => <IndicatorRecordsPage key={records.indicator} slug={records.slug!} indicator={records.indicator!} /> };
  const roadmaps = matchPath('/n/:slug/roadmaps', path);
  if (roadmaps?.slug) return { networkSlug: roadmaps.slug, render: () => <RoadmapsPage key={roadmaps.slug} slug={roadmaps.slug!} /> };
  const version = matchPath('/n/:slug/roadmaps/:id/versions/:version', path);
  if (version?.slug && version.id && /^[1-9]\d{0,5}$/.test(version.version ?? ''))
    return { networkSlug: version.slug, render: () => <RoadmapVersionPage key={`${version.id}-${version.version}`} slug={version.slug!} id={version.id!} version={Number(version.version)} /> };
  const roadmap = matchPath('/n/:slug/roadmaps/:id', path);
  if (roadmap?.slug && roadmap.id) return { networkSlug: roadmap.slug, render: () => <RoadmapPage key={roadmap.id} slug={roadmap.slug!} id={roadmap.id!} /> };
  return null;
}
