import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { totalText, type Organisation, type Page } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { Link } from '../../router/router';
import { organisationPath } from '../directory/paths';
import { organisationKindKey } from './organisation-labels';
import { SearchBox } from '../../ui/search-box';

const PAGE_SIZE = 20;

/** The member organisations of a network that the reader may see, searchable by name, a page at a time. */
export function OrganisationList({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const search = useDebounced(q.trim());
  useEffect(() => setPage(1), [search, slug]);
  const path = `/networks/${encodeURIComponent(slug)}/organisations${query({ q: search, page, pageSize: PAGE_SIZE })}`;
  const { data, error, loading } = useApi<Page<Organisation>>(path);
  const locale = currentLocale();

  return (
    <div className="organisations">
      <SearchBox label={t('organisations.searchLabel')} value={q} onValue={setQ} placeholder={t('organisations.searchPlaceholder')} />
      {error ? <Banner tone="error">{errorText(t, error).text}</Banner> : null}
      {data ? (
        <>
          <p className="organisations__count" aria-live="polite">
            {search ? t('organisations.found', { n: totalText(data), q: search }) : t('organisations.count', { n: totalText(data) })}
            {loading ? <span className="visually-hidden">{t('common.loading')}</span> : null}
          </p>
          {data.items.length === 0 ? (
            <p className="empty">{search ? t('organisations.noMatch') : t('organisations.none')}</p>
          ) : (
            <ul className={loading ? 'org-list org-list--stale' : 'org-list'}>
              {data.items.map((o) => (
                <li key={o.id} className="org-card">
                  <div className="org-card__head">
                    <h3 className="org-card__name">
                      <Link to={organisationPath(slug, o.id)}>{o.name}</Link>
                    </h3>
                    <span className="tag">{t(organisationKindKey(o.kind))}</span>
                  </div>
                  <p className="org-card__place">
                    {[o.postcode, o.commune].filter(Boolean).join(' ')}
                    {o.country ? ` · ${o.country}` : ''}
                  </p>
                  {pickTranslation(o.description, locale) ? <p className="org-card__description">{pickTranslation(o.description, locale)}</p> : null}
                  {o.naceCodes.length ? (
                    <p className="org-card__codes">
                      <span className="visually-hidden">{t('organisations.nace')} </span>
                      {o.naceCodes.map((c) => (
                        <span key={c} className="code">
                          {c}
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <Pagination total={data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      ) : error ? null : (
        <Loading />
      )}
    </div>
  );
}
