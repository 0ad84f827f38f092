import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { ReportingNav } from '../reports/reporting-nav';
import { graphPath, roadmapsPath } from '../reports/reporting-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { AxisActivity, Figures, IndicatorInfo, RoadmapRow, Series } from '../reports/reporting-types';
import { useNetworkRole } from '../reports/use-network-role';
import { ExportPanel } from './export-panel';
import { FigureCards } from './figure-cards';
import { formatFigure } from './format';
import { LineChart } from './line-chart';
import { PeriodPicker } from './period-picker';
import { periodQuery, usePeriod } from './period';
import { RoadmapSummary } from './roadmap-summary';
import '../reports/reporting.css';

const charted = ['participations', 'active_members', 'events', 'rco87'];

/** The network's dashboard: roadmap progress nobody typed, the period's figures, their evolution, exports. */
export function DashboardPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data: network, error: networkError } = useNetwork(slug);
  const role = useNetworkRole(slug);
  const [period, setPeriod] = usePeriod();
  const base = `/networks/${encodeURIComponent(slug)}`;
  const q = periodQuery(period);
  const catalogue = useApi<IndicatorInfo[]>(`/indicators?locale=${locale}`);
  const figures = useApi<Figures>(`${base}/indicators?${q}`);
  const series = useApi<Series>(`${base}/indicators/series?${q}&indicators=${charted.join(',')}`);
  const roadmaps = useApi<RoadmapRow[]>(`${base}/roadmaps`);
  const axes = useApi<AxisActivity[]>(`${base}/axes/activity?${q}`);
  if (networkError) return <NetworkError error={networkError} />;
  if (!network) return <Loading />;
  const live = (roadmaps.data ?? []).filter((r) => r.status === 'adopted' || r.status === 'consultation');
  const label = (id: string) => catalogue.data?.find((i) => i.id === id)?.label ?? id;
  return (
    <>
      <PageHeader
        eyebrow={network.name}
        title={t('reporting.dashboard.title')}
        lead={<p>{t('reporting.dashboard.lead')}</p>}
        actions={role.coordinates ? <Link to={`${graphPath(slug)}?${q}`} className="button button--ghost">{t('reporting.dashboard.openGraph')}</Link> : null}
      />
      <ReportingNav slug={slug} />
      <PeriodPicker value={period} onChange={setPeriod} />
      {figures.error ? <Banner tone="error">{reportingErrorText(t, figures.error).text}</Banner> : null}

      <Section title={t('reporting.dashboard.roadmaps')} id="roadmaps-title">
        {roadmaps.data && live.length === 0 ? (
          <p className="muted">
            {t('reporting.dashboard.noRoadmap')} <Link to={roadmapsPath(slug)}>{t('reporting.nav.roadmaps')}</Link>
          </p>
        ) : null}
        <div className="roadmap-summaries">
          {live.map((r) => (
            <RoadmapSummary key={r.id} slug={slug} id={r.id} />
          ))}
        </div>
      </Section>

      {figures.data && catalogue.data ? <FigureCards slug={slug} catalogue={catalogue.data} figures={figures.data} period={period} canDrill={role.coordinates} /> : <Loading />}

      <Section title={t('reporting.dashboard.evolution')} id="evolution-title">
        <p className="muted">{t(`reporting.dashboard.granularity.${series.data?.granularity ?? 'month'}`)}</p>
        <div className="charts">
          {series.data
            ? charted.map((id) => (
                <LineChart key={id} title={label(id)} labels={series.data!.points.map((p) => p.label)} lines={[{ label: label(id), values: series.data!.points.map((p) => p.values[id] ?? 0) }]} format={(v) => formatFigure(Math.round(v), locale)} />
              ))
            : null}
        </div>
      </Section>

      {axes.data && axes.data.length > 0 ? (
        <Section title={t('reporting.dashboard.axes')} id="axes-title">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('reporting.dashboard.axis')}</th>
                  <th scope="col" className="table__number">{t('reporting.dashboard.axisMembers')}</th>
                  <th scope="col" className="table__number">{t('reporting.dashboard.axisEvents')}</th>
                  <th scope="col" className="table__number">{t('reporting.dashboard.axisParticipations')}</th>
                  <th scope="col" className="table__number">{t('reporting.dashboard.axisTaskforces')}</th>
                  <th scope="col" className="table__number">{t('reporting.dashboard.axisActions')}</th>
                </tr>
              </thead>
              <tbody>
                {axes.data.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{pickTranslation(a.name, locale)}</th>
                    <td className="table__number">{a.members}</td>
                    <td className="table__number">{a.events}</td>
                    <td className="table__number">{a.participations}</td>
                    <td className="table__number">{a.taskforces}</td>
                    <td className="table__number">{a.actions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      ) : null}

      {role.coordinates ? <ExportPanel slug={slug} period={period} /> : null}
    </>
  );
}
