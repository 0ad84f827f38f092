import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Organisation, OrganisationProfile } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { CountryBadge } from '../directory/country-badge';
import { GeoMap } from '../directory/map/geo-map';
import { directoryPath, organisationEditPath, organisationHistoryPath, organisationPath } from '../directory/paths';
import { useNaceLabels } from '../directory/use-nace-labels';
import { organisationKindKey } from '../networks/organisation-labels';
import { identifierFields } from './organisation-form-state';
import { useOrganisationNames } from './use-organisation-names';

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (!shown.length) return null;
  return (
    <dl className="facts-list">
      {shown.map(([label, value]) => (
        <div key={label} className="facts-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Words({ words }: { words: string[] }) {
  return (
    <ul className="word-list">
      {words.map((w) => (
        <li key={w} className="tag tag--accent">
          {w}
        </li>
      ))}
    </ul>
  );
}

/** 0403170701 → 0403.170.701, as Belgian enterprise numbers are written. */
export const formatBeNumber = (n: string | null) => (n && /^\d{10}$/.test(n) ? `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}` : n);

/** The description in the reader's language, else another one, saying which. */
export function DescriptionText({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const text = pickTranslation(organisation.description, locale);
  if (!text) return <p className="muted">{t('organisation.noDescription')}</p>;
  const shownIn = (Object.keys(organisation.description) as Locale[]).find((l) => organisation.description[l] === text);
  return (
    <>
      <p className="organisation__description">{text}</p>
      {shownIn && shownIn !== locale ? <p className="muted organisation__fallback">{t('organisation.shownIn', { language: t(`languageNames.${shownIn}`) })}</p> : null}
    </>
  );
}

/** The profile of one organisation: activities, identifiers, know-how, ecosystems, contact and place. */
export function OrganisationPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: o, error } = useApi<OrganisationProfile>(`/organisations/${encodeURIComponent(id)}`);
  const naceLabel = useNaceLabels(o?.naceCodes ?? []);
  const sharedNames = useOrganisationNames(o?.sharedWith ?? []);
  const locale = currentLocale();

  if (error)
    return (
      <>
        <PageHeader title={t('organisation.notFound')} />
        <Banner tone="error">{errorText(t, error).text}</Banner>
        <p>
          <Link to={directoryPath(slug)}>{t('organisation.backToDirectory')}</Link>
        </p>
      </>
    );
  if (!o) return <Loading />;
  const canEdit = o.canEdit;
  const categoryName = (c: OrganisationProfile['categories'][number]) => pickTranslation(c.name, locale) || c.slug;
  const ecosystems = o.categories.filter((c) => c.kind === 'ecosystem').map(categoryName);
  const axes = o.categories.filter((c) => c.kind === 'axis').map(categoryName);
  const identifiers: [string, ReactNode][] = identifierFields.map((f) => [t(`orgFields.${f}`), f === 'beEnterprise' ? formatBeNumber(o[f]) : o[f]]);
  if (o.deCourt) identifiers.push([t('orgFields.deCourt'), o.deCourt]);

  return (
    <>
      <p className="breadcrumb">
        <Link to={directoryPath(slug)}>← {t('organisation.backToDirectory')}</Link>
      </p>
      <PageHeader
        eyebrow={
          <>
            {t(organisationKindKey(o.kind))}
            {o.legalName && o.legalName !== o.name ? ` · ${o.legalName}` : ''}
          </>
        }
        title={o.name}
        lead={
          <p className="organisation__place">
            {[o.postcode, o.commune].filter(Boolean).join(' ')}
            <CountryBadge country={o.country} />
          </p>
        }
        actions={
          canEdit ? (
            <>
              <Link to={organisationEditPath(slug, o.id)} className="button button--primary">
                {t('organisation.edit')}
              </Link>
              <Link to={organisationHistoryPath(slug, o.id)} className="button button--ghost">
                {t('organisation.history')}
              </Link>
            </>
          ) : undefined
        }
      />
      <div className="organisation">
        <div className="organisation__main">
          <Section title={t('organisation.about')} id="about-title">
            <DescriptionText organisation={o} />
          </Section>
          <Section title={t('organisation.activities')} id="activities-title">
            {o.naceCodes.length ? (
              <ul className="nace-list nace-list--large">
                {o.naceCodes.map((c) => (
                  <li key={c}>
                    <span className="code">{c}</span> <span>{naceLabel(c)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('organisation.noActivities')}</p>
            )}
            {o.capabilities.length ? (
              <>
                <h3 className="subhead">{t('orgFields.capabilities')}</h3>
                <Words words={o.capabilities} />
              </>
            ) : null}
            {o.certifications.length ? (
              <>
                <h3 className="subhead">{t('orgFields.certifications')}</h3>
                <Words words={o.certifications} />
              </>
            ) : null}
            {o.tags.length ? (
              <>
                <h3 className="subhead">{t('orgFields.tags')}</h3>
                <Words words={o.tags} />
              </>
            ) : null}
            {ecosystems.length ? (
              <>
                <h3 className="subhead">{t('categories.ecosystems')}</h3>
                <Words words={ecosystems} />
              </>
            ) : null}
            {axes.length ? (
              <>
                <h3 className="subhead">{t('categories.axes')}</h3>
                <Words words={axes} />
              </>
            ) : null}
          </Section>
          <Section title={t('organisation.identifiers')} id="identifiers-title">
            <Facts
              rows={[...identifiers, [t('orgFields.sizeBand'), o.sizeBand ? t(`sizeBands.${o.sizeBand as '0'}`) : '']]}
            />
            {!identifiers.some(([, v]) => v) && !o.sizeBand ? <p className="muted">{t('organisation.noIdentifiers')}</p> : null}
          </Section>
        </div>
        <aside className="organisation__side">
          <Section title={t('organisation.contact')} id="contact-title">
            <Facts
              rows={[
                [t('orgFields.address'), [o.address, [o.postcode, o.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
                [t('orgFields.country'), t(`countries.${o.country as 'BE'}`)],
                [t('orgFields.website'), o.website ? <a href={o.website} rel="noopener noreferrer" target="_blank">{o.website.replace(/^https?:\/\//, '')}</a> : ''],
                [t('orgFields.email'), o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : ''],
                [t('orgFields.phone'), o.phone ? <a href={`tel:${o.phone.replace(/\s+/g, '')}`}>{o.phone}</a> : ''],
              ]}
            />
            {o.latitude !== null && o.longitude !== null ? (
              <div className="organisation__map">
                <GeoMap
                  points={[{ id: o.id, name: o.name, lat: o.latitude, lon: o.longitude }]}
                  extent={[
                    [o.longitude - 0.9, o.latitude - 0.55],
                    [o.longitude + 0.9, o.latitude + 0.55],
                  ]}
                  label={t('organisation.mapLabel', { name: o.name })}
                  hrefOf={(pid) => organisationPath(slug, pid)}
                  onOpen={(pid) => navigate(organisationPath(slug, pid))}
                  interactive={false}
                />
              </div>
            ) : null}
          </Section>
          <Section title={t('organisation.visibility')} id="visibility-title">
            <Facts
              rows={[
                [t('orgFields.visibility'), t(`visibilities.${o.visibility as 'public'}`)],
                [t('orgFields.publicConsent'), o.publicConsent ? t('organisation.yes') : t('organisation.no')],
                [t('organisation.updatedAt'), formatDateTime(o.updatedAt, locale)],
              ]}
            />
            {o.sharedWith.length ? (
              <>
                <h3 className="subhead">{t('organisation.sharedWith')}</h3>
                <ul className="shared-list">
                  {o.sharedWith.map((sid) => (
                    <li key={sid}>{sharedNames.get(sid) ?? (sharedNames.has(sid) ? t('organisation.hiddenOrganisation') : '…')}</li>
                  ))}
                </ul>
                {o.visibility !== 'organisations' ? <p className="muted">{t('organisation.sharesUnused')}</p> : null}
              </>
            ) : null}
          </Section>
        </aside>
      </div>
    </>
  );
}
