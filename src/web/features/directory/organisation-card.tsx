import { useTranslation } from 'react-i18next';
import type { OrganisationHit } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { organisationKindKey } from '../networks/organisation-labels';
import { CountryBadge } from './country-badge';
import { organisationPath } from './paths';

/** One search result: name (a link to the profile), kind, place, distance, activities with their NACE labels. */
export function OrganisationCard({ slug, organisation: o, naceLabel }: { slug: string; organisation: OrganisationHit; naceLabel: (code: string) => string }) {
  const { t } = useTranslation();
  const description = pickTranslation(o.description, currentLocale());
  return (
    <li className="org-card">
      <div className="org-card__head">
        <h3 className="org-card__name">
          <Link to={organisationPath(slug, o.id)}>{o.name}</Link>
        </h3>
        <span className="tag">{t(organisationKindKey(o.kind))}</span>
      </div>
      <p className="org-card__place">
        {[o.postcode, o.commune].filter(Boolean).join(' ')}
        {o.country ? <CountryBadge country={o.country} /> : null}
        {o.distanceKm !== null && o.distanceKm !== undefined ? (
          <span className="org-card__distance">{t('directory.distance', { km: formatKm(o.distanceKm) })}</span>
        ) : null}
      </p>
      {description ? <p className="org-card__description">{description}</p> : null}
      {o.naceCodes.length ? (
        <ul className="nace-list" aria-label={t('organisations.nace')}>
          {o.naceCodes.map((c) => (
            <li key={c}>
              <span className="code">{c}</span> <span className="nace-list__label">{naceLabel(c)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export const formatKm = (km: number) => (km < 10 ? km.toFixed(1) : String(Math.round(km)));
