import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { formatHours, formatPercent, poolingErrorText } from './resource-format';
import type { PeriodUse, Utilisation } from './resource-types';

/** A bar for a ratio, with the number written next to it (the bar alone says nothing to a screen reader). */
export function RatioBar({ ratio, second = 0 }: { ratio: number; second?: number }) {
  const locale = currentLocale();
  return (
    <span className="ratio">
      <span className="ratio__track" aria-hidden="true">
        <span className="ratio__fill" style={{ width: `${Math.min(100, ratio * 100)}%` }} />
        {second > 0 ? <span className="ratio__fill ratio__fill--second" style={{ width: `${Math.min(100 - ratio * 100, second * 100)}%` }} /> : null}
      </span>
      <span className="ratio__value">{formatPercent(ratio, locale)}</span>
    </span>
  );
}

export function UtilisationRows({ periods }: { periods: PeriodUse[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('resources.use.period')}</th>
            <th scope="col" className="table__number">
              {t('resources.use.open')}
            </th>
            <th scope="col" className="table__number">
              {t('resources.use.lent')}
            </th>
            <th scope="col" className="table__number">
              {t('resources.use.own')}
            </th>
            <th scope="col">{t('resources.use.utilisation')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td className="table__number">{formatHours(p.availableHours, locale)}</td>
              <td className="table__number">{formatHours(p.bookedHours, locale)}</td>
              <td className="table__number">{formatHours(p.ownerHours, locale)}</td>
              <td>
                <RatioBar ratio={p.utilisation} second={p.occupancy - p.utilisation} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Utilisation of one resource per week or month over a window (its owner and coordinators). */
export function UtilisationTable({ resourceId, from, to, period }: { resourceId: string; from: string; to: string; period: 'week' | 'month' }) {
  const { t } = useTranslation();
  const { data, error } = useApi<Utilisation>(`/resources/${encodeURIComponent(resourceId)}/utilisation${query({ from, to, period })}`);
  if (error) return <Banner tone="error">{poolingErrorText(t, error)}</Banner>;
  if (!data) return <Loading />;
  return (
    <>
      <UtilisationRows periods={data.periods} />
      <p className="muted">{t('resources.use.explain')}</p>
    </>
  );
}
