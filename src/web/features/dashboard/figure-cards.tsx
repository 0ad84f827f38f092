import { useTranslation } from 'react-i18next';
import { Link } from '../../router/router';
import type { Figures, IndicatorGroup, IndicatorInfo } from '../reports/reporting-types';
import { recordsPath } from '../reports/reporting-paths';
import { periodQuery, type PeriodValue } from './period';
import { formatFigure } from './format';

const groups: IndicatorGroup[] = ['network', 'activity', 'needs', 'interreg'];

/** The figures of the period by group, each beside the previous period, each opening the records behind it. */
export function FigureCards({ slug, catalogue, figures, period, canDrill }: { slug: string; catalogue: IndicatorInfo[]; figures: Figures; period: PeriodValue; canDrill: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {groups.map((group) => (
        <section key={group} className="card figure-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className="card__title">
            {t(`reporting.dashboard.groups.${group}`)}
          </h2>
          <ul className="figures">
            {catalogue
              .filter((i) => i.group === group)
              .map((i) => {
                const value = figures.figures[i.id] ?? 0;
                const before = figures.previous[i.id] ?? 0;
                const trend = value > before ? 'up' : value < before ? 'down' : 'same';
                return (
                  <li key={i.id} className="figure" data-indicator={i.id}>
                    <span className="figure__label" title={i.rule}>
                      {i.label}
                    </span>
                    <span className="figure__value">{formatFigure(value, i18n.language)}</span>
                    <span className={`figure__previous figure__previous--${trend}`}>{t('reporting.dashboard.previous', { value: formatFigure(before, i18n.language) })}</span>
                    {canDrill ? (
                      <Link className="figure__more" to={`${recordsPath(slug, i.id)}?${periodQuery(period)}`} aria-label={t('reporting.dashboard.detailsOf', { label: i.label })}>
                        {t('reporting.dashboard.details')}
                      </Link>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
