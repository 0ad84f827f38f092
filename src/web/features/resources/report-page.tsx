import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNetwork } from '../networks/use-network';
import { PoolingFrame } from './pooling-frame';
import { formatHours, formatMoney, formatPercent, poolingErrorText } from './resource-format';
import { resourcePath } from './resource-paths';
import type { NetworkOverview, OwnerReport } from './resource-types';
import { RatioBar } from './utilisation-table';
import { addDays, instantOf, localDateOf } from './zoned-time';

const ZONE = 'Europe/Brussels';
type Span = 'month' | 'quarter' | 'year' | 'custom';

/** A reporting window chosen by name ("this month", "last three months", "this year") or by dates. */
function useWindow() {
  const today = localDateOf(new Date(), ZONE);
  const [span, setSpan] = useState<Span>('quarter');
  const [from, setFrom] = useState(addDays(today, -90));
  const [to, setTo] = useState(today);
  const month = today.slice(0, 8) + '01';
  const range: Record<Exclude<Span, 'custom'>, [string, string]> = {
    month: [month, addDays(today, 1)],
    quarter: [addDays(today, -90), addDays(today, 1)],
    year: [`${today.slice(0, 4)}-01-01`, addDays(today, 1)],
  };
  const [a, b] = span === 'custom' ? [from, addDays(to, 1)] : range[span];
  return { span, setSpan, from, setFrom, to, setTo, fromIso: instantOf(a, '00:00', ZONE)!, toIso: instantOf(b, '00:00', ZONE)! };
}

function WindowPicker({ w }: { w: ReturnType<typeof useWindow> }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid report-window">
      <label className="field">
        <span className="field__label">{t('resources.report.window')}</span>
        <select className="input" value={w.span} onChange={(e) => w.setSpan(e.target.value as Span)}>
          {(['month', 'quarter', 'year', 'custom'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`resources.report.spans.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {w.span === 'custom' ? (
        <>
          <label className="field">
            <span className="field__label">{t('resources.find.from')}</span>
            <input className="input" type="date" value={w.from} onChange={(e) => w.setFrom(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.find.to')}</span>
            <input className="input" type="date" value={w.to} onChange={(e) => w.setTo(e.target.value)} />
          </label>
        </>
      ) : null}
    </div>
  );
}

/** The owner's report: utilisation of each resource, revenue and cost sharing per borrower, exports. */
export function ReportPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const w = useWindow();
  const [period, setPeriod] = useState<'week' | 'month'>('month');
  const params = { from: w.fromIso, to: w.toIso, period };
  const { data, error } = useApi<OwnerReport>(`/pooling/report${query(params)}`);
  const exportHref = (format: 'csv' | 'xlsx', what = 'borrowers') => `/api/pooling/report/export${query({ ...params, format, what, locale })}`;
  const currency = data?.resources[0]?.currency ?? 'EUR';
  return (
    <PoolingFrame slug={slug} title={t('resources.report.title')} lead={<p>{t('resources.report.lead')}</p>}>
      <div className="card">
        <WindowPicker w={w} />
        <div className="results-bar">
          <div className="segmented" role="group" aria-label={t('resources.use.period')}>
            <button type="button" aria-pressed={period === 'week'} onClick={() => setPeriod('week')}>
              {t('resources.report.perWeek')}
            </button>
            <button type="button" aria-pressed={period === 'month'} onClick={() => setPeriod('month')}>
              {t('resources.report.perMonth')}
            </button>
          </div>
          <div className="export-group" role="group" aria-label={t('directory.export')}>
            <span className="export-group__label" aria-hidden="true">
              {t('directory.export')}
            </span>
            <a className="button button--ghost button--small" href={exportHref('xlsx')} download>
              Excel
            </a>
            <a className="button button--ghost button--small" href={exportHref('csv', 'borrowers')} download aria-label={t('resources.report.csvBorrowers')}>
              CSV
            </a>
            <a className="button button--ghost button--small" href={exportHref('csv', 'bookings')} download>
              {t('resources.report.csvBookings')}
            </a>
          </div>
        </div>
      </div>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      {data ? (
        <>
          <dl className="pooling-totals">
            <div>
              <dt>{t('resources.report.lentHours')}</dt>
              <dd>{formatHours(data.totals.bookedHours, locale)}</dd>
            </div>
            <div>
              <dt>{t('resources.report.utilisation')}</dt>
              <dd>{formatPercent(data.totals.availableHours ? data.totals.bookedHours / data.totals.availableHours : 0, locale)}</dd>
            </div>
            <div>
              <dt>{t('resources.report.bookings')}</dt>
              <dd>{data.totals.bookings}</dd>
            </div>
            <div>
              <dt>{t('resources.report.revenue')}</dt>
              <dd>{formatMoney(data.totals.amountCents, currency, locale)}</dd>
            </div>
          </dl>
          <section className="card" aria-labelledby="report-resources">
            <h2 id="report-resources" className="card__title">
              {t('resources.report.perResource')}
            </h2>
            {data.resources.length === 0 ? <p className="empty">{t('resources.mine.none')}</p> : null}
            {data.resources.map((r) => (
              <div key={r.id} className="report-resource">
                <h3 className="subhead">
                  <Link to={resourcePath(slug, r.id)}>{r.name}</Link> · {t(`resources.kinds.${r.kind}`)}
                </h3>
                <div className="table-wrap">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">{t('resources.use.period')}</th>
                        <th scope="col" className="table__number">
                          {t('resources.use.lent')}
                        </th>
                        <th scope="col">{t('resources.use.utilisation')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.periods.map((p) => (
                        <tr key={p.label}>
                          <th scope="row">{p.label}</th>
                          <td className="table__number">{formatHours(p.bookedHours, locale)}</td>
                          <td>
                            <RatioBar ratio={p.utilisation} second={p.occupancy - p.utilisation} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            ))}
          </section>
          <section className="card" aria-labelledby="report-borrowers">
            <h2 id="report-borrowers" className="card__title">
              {t('resources.report.perBorrower')}
            </h2>
            {data.borrowers.length === 0 ? (
              <p className="empty">{t('resources.report.noBorrower')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('resources.report.borrower')}</th>
                      <th scope="col" className="table__number">
                        {t('resources.report.bookings')}
                      </th>
                      <th scope="col" className="table__number">
                        {t('resources.report.hours')}
                      </th>
                      <th scope="col">{t('resources.report.share')}</th>
                      <th scope="col" className="table__number">
                        {t('resources.report.amount')}
                      </th>
                      <th scope="col" className="table__number">
                        {t('resources.report.late')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.borrowers.map((b) => (
                      <tr key={b.borrower.id}>
                        <th scope="row">{b.borrower.name}</th>
                        <td className="table__number">{b.bookings}</td>
                        <td className="table__number">{formatHours(b.hours, locale)}</td>
                        <td>
                          <RatioBar ratio={b.share} />
                        </td>
                        <td className="table__number">
                          {formatMoney(b.amountCents, currency, locale)}
                          {b.onRequest ? <p className="table__sub">{t('resources.report.onRequest', { n: b.onRequest })}</p> : null}
                        </td>
                        <td className="table__number">{b.lateCancellations}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p className="muted">{t('resources.report.explain')}</p>
          </section>
        </>
      ) : error ? null : (
        <Loading />
      )}
    </PoolingFrame>
  );
}

/** The coordinator's view of the network's pooling: what is shared, how much it is used, who shares and who borrows. */
export function OverviewPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const w = useWindow();
  const { data: network } = useNetwork(slug);
  const { data, error } = useApi<NetworkOverview>(network ? `/networks/${encodeURIComponent(slug)}/pooling${query({ from: w.fromIso, to: w.toIso })}` : null);
  return (
    <PoolingFrame slug={slug} title={t('resources.overview.title')} lead={<p>{t('resources.overview.lead')}</p>}>
      <div className="card">
        <WindowPicker w={w} />
      </div>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      {data ? (
        <>
          <dl className="pooling-totals">
            <div>
              <dt>{t('resources.overview.resources')}</dt>
              <dd>{data.totals.resources}</dd>
            </div>
            <div>
              <dt>{t('resources.overview.sharing')}</dt>
              <dd>{data.totals.sharingMembers}</dd>
            </div>
            <div>
              <dt>{t('resources.overview.borrowing')}</dt>
              <dd>{data.totals.borrowingMembers}</dd>
            </div>
            <div>
              <dt>{t('resources.report.utilisation')}</dt>
              <dd>{formatPercent(data.totals.utilisation, locale)}</dd>
            </div>
            <div>
              <dt>{t('resources.overview.ties')}</dt>
              <dd>{data.totals.ties}</dd>
            </div>
          </dl>
          <section className="card" aria-labelledby="ov-resources">
            <h2 id="ov-resources" className="card__title">
              {t('resources.overview.resourcesTitle')}
            </h2>
            {data.resources.length === 0 ? (
              <p className="empty">{t('resources.find.none')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('resources.fields.name')}</th>
                      <th scope="col">{t('resources.form.owner')}</th>
                      <th scope="col" className="table__number">
                        {t('resources.report.bookings')}
                      </th>
                      <th scope="col" className="table__number">
                        {t('resources.report.lentHours')}
                      </th>
                      <th scope="col">{t('resources.report.utilisation')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.resources.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          <Link to={resourcePath(slug, r.id)}>{r.name}</Link>
                          <p className="table__sub">{t(`resources.kinds.${r.kind}`)}</p>
                        </th>
                        <td>{r.owner.name}</td>
                        <td className="table__number">{r.bookings}</td>
                        <td className="table__number">{formatHours(r.bookedHours, locale)}</td>
                        <td>
                          <RatioBar ratio={r.utilisation} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <div className="columns">
            <section className="card" aria-labelledby="ov-sharing">
              <h2 id="ov-sharing" className="card__title">
                {t('resources.overview.sharingTitle')}
              </h2>
              <ul className="plain-list">
                {data.sharing.map((s) => (
                  <li key={s.organisation.id}>
                    <strong>{s.organisation.name}</strong> — {t('resources.overview.sharingLine', { resources: s.resources, hours: formatHours(s.hoursLent, locale), borrowers: s.borrowers })}
                  </li>
                ))}
              </ul>
            </section>
            <section className="card" aria-labelledby="ov-borrowing">
              <h2 id="ov-borrowing" className="card__title">
                {t('resources.overview.borrowingTitle')}
              </h2>
              {data.borrowing.length === 0 ? <p className="empty">{t('resources.report.noBorrower')}</p> : null}
              <ul className="plain-list">
                {data.borrowing.map((b) => (
                  <li key={b.organisation.id}>
                    <strong>{b.organisation.name}</strong> — {t('resources.overview.borrowingLine', { bookings: b.bookings, hours: formatHours(b.hours, locale), owners: b.owners })}
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      ) : error ? null : (
        <Loading />
      )}
    </PoolingFrame>
  );
}
