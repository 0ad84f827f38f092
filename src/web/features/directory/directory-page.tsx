import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { totalText, type OrganisationHit, type Page } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { Link, useLocation, useNavigate } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, PageHeader } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { activeFilterCount, apiFilterParams, filtersToSearch, parseFilters } from './directory-filters';
import type { DirectoryFilters } from './directory-filters';
import { FilterChips } from './filter-chips';
import { FilterPanel } from './filter-panel';
import { OrganisationCard } from './organisation-card';
import { OrganisationMap } from './map/organisation-map';
import { directoryPath, importsPath, newOrganisationPath } from './paths';
import { useCategories } from './use-categories';
import { useNaceLabels } from './use-nace-labels';
import { SearchBox } from '../../ui/search-box';

const PAGE_SIZE = 20;

/** The directory of a network: instant search, filters kept in the address bar, list or map, exports. */
export function DirectoryPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = parseFilters(search);
  const { data: network, error: networkError } = useNetwork(slug);
  const categories = useCategories(slug).data ?? [];
  const [text, setText] = useState(filters.q);
  const typed = useDebounced(text.trim(), 250);

  const setFilters = (next: DirectoryFilters, options: { keepPage?: boolean; replace?: boolean } = {}) =>
    navigate(directoryPath(slug, filtersToSearch(options.keepPage ? next : { ...next, page: 1 })), { keepScroll: true, replace: options.replace ?? false });

  // Typing searches as soon as the words settle; the address follows without piling up history entries.
  useEffect(() => {
    if (typed !== filters.q.trim()) setFilters({ ...filters, q: typed }, { replace: true });
  }, [typed]);
  // Back and forward bring other words: the box shows them.
  useEffect(() => {
    if (filters.q.trim() !== text.trim()) setText(filters.q);
  }, [filters.q]);

  const params = apiFilterParams(filters);
  const listPath = filters.view === 'list' ? `/networks/${encodeURIComponent(slug)}/organisations${query({ ...params, page: filters.page, pageSize: PAGE_SIZE })}` : null;
  const result = useApi<Page<OrganisationHit>>(listPath);
  const naceCodes = [...(result.data?.items.flatMap((o) => o.naceCodes) ?? []), ...filters.nace];
  const naceLabel = useNaceLabels(naceCodes);

  if (networkError) return <NetworkError error={networkError} />;
  if (!network) return <Loading />;
  const roles = me.networks.find((n) => n.slug === network.slug)?.roles ?? [];
  const isCoordinator = roles.includes('coordinator') || !!me.user?.isAdmin;
  const exportHref = (format: 'csv' | 'xlsx') => `/api/organisations/export${query({ ...params, network: network.id, format, locale: currentLocale() })}`;
  const count = activeFilterCount(filters);

  return (
    <>
      <PageHeader
        eyebrow={network.name}
        title={t('areas.directory.title')}
        lead={<p>{t('areas.directory.summary')}</p>}
        actions={
          isCoordinator ? (
            <>
              <Link to={newOrganisationPath(slug)} className="button button--primary">
                {t('organisation.create')}
              </Link>
              <Link to={importsPath(slug)} className="button button--ghost">
                {t('imports.title')}
              </Link>
            </>
          ) : undefined
        }
      />
      <SearchBox
        className="directory-search"
        label={t('organisations.searchLabel')}
        value={text}
        onValue={setText}
        placeholder={t('directory.searchPlaceholder')}
        large
      />
      <div className="directory">
        <details className="directory__filters" open={typeof window !== 'undefined' && window.matchMedia?.('(min-width: 900px)').matches}>
          <summary className="directory__filters-toggle">{count ? t('directory.filtersCount', { n: count }) : t('directory.filters')}</summary>
          <FilterPanel filters={filters} categories={categories} onChange={(next) => setFilters(next)} />
        </details>
        <section className="directory__results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden" tabIndex={-1}>
            {t('directory.results')}
          </h2>
          <FilterChips filters={filters} categories={categories} naceLabel={naceLabel} onChange={(next) => setFilters(next)} />
          <div className="results-bar">
            <p className="organisations__count" aria-live="polite">
              {result.data ? (filters.q ? t('organisations.found', { n: totalText(result.data), q: filters.q }) : t('organisations.count', { n: totalText(result.data) })) : null}
              {result.loading ? <span className="visually-hidden">{t('common.loading')}</span> : null}
            </p>
            <div className="results-bar__tools">
              <label className="results-bar__sort">
                <span>{t('directory.sort')}</span>
                <select className="input input--compact" value={filters.sort} onChange={(e) => setFilters({ ...filters, sort: e.target.value === 'name' ? 'name' : 'relevance' })}>
                  <option value="relevance">{t('directory.sortRelevance')}</option>
                  <option value="name">{t('directory.sortName')}</option>
                </select>
              </label>
              <div className="segmented" role="group" aria-label={t('directory.view')}>
                <button type="button" aria-pressed={filters.view === 'list'} onClick={() => setFilters({ ...filters, view: 'list' }, { keepPage: true })}>
                  {t('directory.list')}
                </button>
                <button type="button" aria-pressed={filters.view === 'map'} onClick={() => setFilters({ ...filters, view: 'map' }, { keepPage: true })}>
                  {t('directory.map')}
                </button>
              </div>
              <div className="export-group" role="group" aria-label={t('directory.export')}>
                <span className="export-group__label" aria-hidden="true">
                  {t('directory.export')}
                </span>
                <a className="button button--ghost button--small" href={exportHref('csv')} download aria-label={t('directory.exportCsv')}>
                  CSV
                </a>
                <a className="button button--ghost button--small" href={exportHref('xlsx')} download aria-label={t('directory.exportXlsx')}>
                  Excel
                </a>
              </div>
            </div>
          </div>
          {result.error ? <Banner tone="error">{errorText(t, result.error).text}</Banner> : null}
          {filters.view === 'map' ? (
            <OrganisationMap slug={slug} networkId={network.id} params={params} near={filters.near} />
          ) : result.data ? (
            <>
              {result.data.items.length === 0 ? (
                <p className="empty">{filters.q || count ? t('organisations.noMatch') : t('organisations.none')}</p>
              ) : (
                <ul className={result.loading ? 'org-list org-list--stale' : 'org-list'}>
                  {result.data.items.map((o) => (
                    <OrganisationCard key={o.id} slug={slug} organisation={o} naceLabel={naceLabel} />
                  ))}
                </ul>
              )}
              <Pagination total={result.data.total} page={filters.page} pageSize={PAGE_SIZE} onPage={(page) => setFilters({ ...filters, page }, { keepPage: true })} />
            </>
          ) : result.error ? null : (
            <Loading />
          )}
        </section>
      </div>
    </>
  );
}
