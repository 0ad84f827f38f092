import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Organisation } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { organisationPath } from '../directory/paths';
import { isCountry } from '../directory/country-badge';
import { organisationKindKey } from '../networks/organisation-labels';
import { sizeBands, visibilities } from './organisation-form-state';
import { useOrganisationHistory } from './use-organisation-access';

const knownFields = new Set([
  'name', 'legalName', 'kind', 'country', 'address', 'postcode', 'commune', 'latitude', 'longitude', 'naceCodes', 'beEnterprise', 'frSiren', 'frSiret',
  'luRcs', 'deRegister', 'deCourt', 'sizeBand', 'website', 'email', 'phone', 'description', 'capabilities', 'certifications', 'tags', 'visibility',
  'publicConsent', 'sharedWith', 'categories',
]);
const knownActions = new Set(['create', 'update', 'import', 'erase', 'delete']);

function fieldLabel(t: TFunction, field: string): string {
  return knownFields.has(field) ? t(`orgFields.${field as 'name'}`) : field;
}

/** A recorded value as readable text: lists joined, translations labelled by language, nothing as a dash. */
export function formatValue(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('organisation.yes') : t('organisation.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(t, v)).join(', ') : '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== '' && v !== null && v !== undefined);
    return entries.length ? entries.map(([k, v]) => `${k.toUpperCase()}: ${formatValue(t, v)}`).join(' · ') : '—';
  }
  return String(value);
}

/** Coded values (kind, country, size, visibility) in words; the rest as recorded. */
function formatFieldValue(t: TFunction, field: string, value: unknown): string {
  if (typeof value === 'string' && value) {
    if (field === 'kind') return t(organisationKindKey(value));
    if (field === 'country' && isCountry(value)) return t(`countries.${value}`);
    if (field === 'sizeBand' && (sizeBands as readonly string[]).includes(value)) return t(`sizeBands.${value as '0'}`);
    if (field === 'visibility' && (visibilities as readonly string[]).includes(value)) return t(`visibilities.${value as 'public'}`);
  }
  return formatValue(t, value);
}

/** Who changed the organisation, when, and each field's value before and after. */
export function OrganisationHistoryPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const { data: o } = useApi<Organisation>(`/organisations/${encodeURIComponent(id)}`);
  const history = useOrganisationHistory(id, true);
  const locale = currentLocale();
  return (
    <>
      <p className="breadcrumb">
        <Link to={organisationPath(slug, id)}>← {o?.name ?? t('organisation.backToProfile')}</Link>
      </p>
      <PageHeader title={t('organisation.historyTitle')} eyebrow={o?.name} />
      {history.error ? <Banner tone="error">{errorText(t, history.error).text}</Banner> : null}
      {!history.data && !history.error ? <Loading /> : null}
      {history.data && history.data.length === 0 ? <p className="empty">{t('organisation.noHistory')}</p> : null}
      {history.data?.length ? (
        <ol className="history">
          {history.data.map((entry, i) => {
            const changes = Object.entries(entry.changes ?? {});
            return (
              <li key={`${entry.at}-${i}`} className="history__entry card">
                <p className="history__head">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                  <span className="tag">{knownActions.has(entry.action) ? t(`historyActions.${entry.action as 'create'}`) : entry.action}</span>
                  <span className="history__who">{entry.actor ? entry.actor.name : t('organisation.system')}</span>
                </p>
                {changes.length ? (
                  <div className="table-wrap">
                    <table className="table table--stack history__table">
                      <thead>
                        <tr>
                          <th scope="col">{t('organisation.field')}</th>
                          <th scope="col">{t('organisation.before')}</th>
                          <th scope="col">{t('organisation.after')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map(([field, change]) => (
                          <tr key={field}>
                            <th scope="row">{fieldLabel(t, field)}</th>
                            <td className="history__from" data-label={t('organisation.before')}>{formatFieldValue(t, field, change.from)}</td>
                            <td className="history__to" data-label={t('organisation.after')}>{formatFieldValue(t, field, change.to)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </>
  );
}
