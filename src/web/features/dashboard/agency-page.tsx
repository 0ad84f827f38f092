import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { ReportingNav } from '../reports/reporting-nav';
import { dashboardPath } from '../reports/reporting-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { IndicatorInfo, Series } from '../reports/reporting-types';
import { LineChart } from './line-chart';
import { formatFigure } from './format';
import { periodQuery, usePeriod } from './period';
import { PeriodPicker } from './period-picker';
import '../reports/reporting.css';

interface Agency {
  networks: { network: { id: string; slug: string; name: string }; figures: Record<string, number> }[];
  total: Record<string, number>;
}

const charted = ['participations', 'active_members', 'events', 'rco87'];
const columns = ['members', 'active_members', 'events', 'participations', 'meetings_held', 'bookings', 'referrals_filled', 'rco81', 'rco115', 'rco87'];

/** The agency view: every network the person coordinates side by side, and the whole (organisations counted once). */
export function AgencyPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [period, setPeriod] = usePeriod();
  const catalogue = useApi<IndicatorInfo[]>(`/indicators?locale=${locale}`);
  const agency = useApi<Agency>(`/agency/indicators?${periodQuery(period)}`);
  const series = useApi<Series>(`/agency/indicators/series?${periodQuery(period)}&indicators=${charted.join(',')}`);
  const info = (id: string) => catalogue.data?.find((i) => i.id === id);
  // Interreg indicators go by their code in the narrow columns; the full name is in the tooltip.
  const label = (id: string) => info(id)?.interregCode ?? info(id)?.label ?? id;
  return (
    <>
      <PageHeader title={t('reporting.agency.title')} lead={<p>{t('reporting.agency.lead')}</p>} />
      <ReportingNav />
      <PeriodPicker value={period} onChange={setPeriod} />
      {agency.error ? <Banner tone="error">{reportingErrorText(t, agency.error).text}</Banner> : null}
      {!agency.data ? (
        agency.error ? null : <Loading />
      ) : (
        <div className="table-wrap">
          <table className="table agency-table">
            <thead>
              <tr>
                <th scope="col">{t('reporting.agency.network')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="table__number" title={info(c)?.label}>
                    {label(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {agency.data.networks.map((n) => (
                <tr key={n.network.id}>
                  <th scope="row">
                    <Link to={`${dashboardPath(n.network.slug)}?${periodQuery(period)}`}>{n.network.name}</Link>
                  </th>
                  {columns.map((c) => (
                    <td key={c} className="table__number">
                      {formatFigure(n.figures[c] ?? 0, locale)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="agency-table__total">
                <th scope="row">{t('reporting.agency.total')}</th>
                {columns.map((c) => (
                  <td key={c} className="table__number">
                    {formatFigure(agency.data!.total[c] ?? 0, locale)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">{t('reporting.agency.note')}</p>
      {series.data ? (
        <Section title={t('reporting.dashboard.evolution')} id="agency-evolution-title">
          <p className="muted">{t(`reporting.dashboard.granularity.${series.data.granularity}`)}</p>
          <div className="charts">
            {charted.map((id) => (
              <LineChart key={id} title={info(id)?.label ?? id} labels={series.data!.points.map((p) => p.label)} lines={[{ label: info(id)?.label ?? id, values: series.data!.points.map((p) => p.values[id] ?? 0) }]} format={(v) => formatFigure(Math.round(v), locale)} />
            ))}
          </div>
        </Section>
      ) : null}
    </>
  );
}
