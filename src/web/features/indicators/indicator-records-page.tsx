import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { organisationPath } from '../directory/paths';
import { eventPath } from '../events/event-paths';
import { eventKinds, type EventKind } from '../events/event-types';
import { formatDay, formatFigure } from '../dashboard/format';
import { periodQuery, usePeriod } from '../dashboard/period';
import { PeriodPicker } from '../dashboard/period-picker';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { ReportingNav } from '../reports/reporting-nav';
import { dashboardPath } from '../reports/reporting-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { IndicatorInfo, IndicatorRecords } from '../reports/reporting-types';
import { EventOrganisersPanel } from './event-organisers-panel';
import '../reports/reporting.css';

const kinds = ['organisation', 'event', 'registration', 'meeting', 'booking', 'post', 'referral', 'taskforce', 'roadmap'] as const;
type Kind = (typeof kinds)[number];
const isKind = (v: string): v is Kind => (kinds as readonly string[]).includes(v);
const organisationKinds = ['company', 'sse', 'association', 'research', 'training', 'employment', 'public', 'agency'] as const;
const isOrganisationKind = (v: string): v is (typeof organisationKinds)[number] => (organisationKinds as readonly string[]).includes(v);

/** The records behind one figure (coordinators): what was counted, one row per counted unit, and the rule. */
export function IndicatorRecordsPage({ slug, indicator }: { slug: string; indicator: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data: network, error: networkError } = useNetwork(slug);
  const [period, setPeriod] = usePeriod();
  const q = periodQuery(period);
  const catalogue = useApi<IndicatorInfo[]>(`/indicators?locale=${locale}`);
  const records = useApi<IndicatorRecords>(`/networks/${encodeURIComponent(slug)}/indicators/${encodeURIComponent(indicator)}/records?${q}&locale=${locale}`);
  if (networkError) return <NetworkError error={networkError} />;
  if (!network || (!catalogue.data && !catalogue.error)) return <Loading />;
  const info = catalogue.data?.find((i) => i.id === indicator);
  // Details that are codes (an event's kind, an organisation's kind) are said in the reader's language.
  const detailText = (detail: string) =>
    (eventKinds as readonly string[]).includes(detail) ? t(`events.kinds.${detail as EventKind}`) : isOrganisationKind(detail) ? t(`organisationKinds.${detail}`) : detail;
  return (
    <>
      <PageHeader
        eyebrow={network.name}
        title={info?.label ?? indicator}
        lead={info ? <p className="rule"><strong>{t('reporting.records.rule')}</strong> {info.rule}</p> : null}
        actions={<Link to={`${dashboardPath(slug)}?${q}`} className="button button--ghost">{t('reporting.records.back')}</Link>}
      />
      <ReportingNav slug={slug} />
      <PeriodPicker value={period} onChange={setPeriod} />
      {records.error ? <Banner tone="error">{reportingErrorText(t, records.error).text}</Banner> : null}
      {records.data ? (
        <section className="card" aria-labelledby="records-title">
          <h2 id="records-title" className="card__title">
            {t('reporting.records.total', { value: formatFigure(records.data.total, locale) })}
          </h2>
          <p className="muted">
            {t('reporting.records.count', { n: records.data.count })}
            {records.data.records.length < records.data.count ? ` — ${t('reporting.records.cut', { n: records.data.records.length })}` : ''}
          </p>
          {records.data.records.length === 0 ? (
            <p>{t('reporting.records.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table records-table" data-testid="indicator-records">
                <thead>
                  <tr>
                    <th scope="col">{t('reporting.records.kind')}</th>
                    <th scope="col">{t('reporting.records.what')}</th>
                    <th scope="col">{t('reporting.records.date')}</th>
                    <th scope="col">{t('reporting.records.organisation')}</th>
                    <th scope="col">{t('reporting.records.country')}</th>
                    <th scope="col">{t('reporting.records.detail')}</th>
                    <th scope="col" className="table__number">{t('reporting.records.weight')}</th>
                  </tr>
                </thead>
                <tbody>
                  {records.data.records.map((r) => (
                    <tr key={`${r.kind}-${r.id}`}>
                      <td>{isKind(r.kind) ? t(`reporting.records.kinds.${r.kind}`) : r.kind}</td>
                      <td>{r.kind === 'event' ? <Link to={eventPath(slug, r.id)}>{r.title}</Link> : r.title}</td>
                      <td className="table__date">{r.at ? formatDay(r.at, locale) : ''}</td>
                      <td>{r.organisationId && r.organisationName ? <Link to={organisationPath(slug, r.organisationId)}>{r.organisationName}</Link> : ''}</td>
                      <td>{r.country ?? ''}</td>
                      <td>{detailText(r.detail)}</td>
                      <td className="table__number">{formatFigure(r.weight, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : records.error ? null : (
        <Loading />
      )}
      {indicator === 'rco81' || indicator === 'rco115' ? <EventOrganisersPanel slug={slug} onChange={records.reload} /> : null}
    </>
  );
}
