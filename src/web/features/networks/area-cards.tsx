import { useTranslation } from 'react-i18next';
import { Link } from '../../router/router';
import { areaIds, areaPath, builtAreas } from '../../shared/areas';

/** A card per area of the network with its one-line purpose; areas still to come say so. */
export function AreaCards({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <ul className="area-cards">
      {areaIds.map((area) => (
        <li key={area}>
          <Link to={areaPath(slug, area)} className="area-card">
            <span className="area-card__title">
              {t(`areas.${area}.title`)}
              {builtAreas.has(area) ? null : <span className="tag tag--soon">{t('nav.soon')}</span>}
            </span>
            <span className="area-card__summary">{t(`areas.${area}.summary`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
