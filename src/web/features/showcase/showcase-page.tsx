import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { totalText, type OrganisationHit, type Page } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, PageHeader } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { CountryBadge } from '../directory/country-badge';
import { useNaceLabels } from '../directory/use-nace-labels';
import { organisationKindKey } from '../networks/organisation-labels';
import { useNetwork } from '../networks/use-network';
import { SearchBox } from '../../ui/search-box';
import { PublicEventsSection } from '../events/public-events';

const PAGE_SIZE = 24;

/**
 * The public page of a network: what it is, who runs it, and its members who chose to be shown (public profile
 * and consent: the API gives anonymous visitors nothing else), searchable in any language.
 */
export function ShowcasePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: network, error } = useNetwork(slug);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebounced(text.trim());
  useEffect(() => setPage(1), [q]);
  const members = useApi<Page<OrganisationHit>>(network ? `/networks/${encodeURIComponent(slug)}/organisations${query({ q, page, pageSize: PAGE_SIZE })}` : null);
  const naceLabel = useNaceLabels(members.data?.items.flatMap((o) => o.naceCodes) ?? []);

  if (error)
    return (
      <div className="showcase">
        <PageHeader title={t('network.notFoundTitle')} />
        <Banner tone="error">{errorText(t, error).text}</Banner>
      </div>
    );
  if (!network) return <Loading />;
  const description = pickTranslation(network.description, locale);

  return (
    <div className="showcase">
      <section className="showcase__hero" aria-labelledby="page-title">
        <PageHeader
          eyebrow={network.agency ? t('network.runBy', { agency: network.agency }) : t('showcase.eyebrow')}
          title={network.name}
          lead={description ? <p>{description}</p> : undefined}
        />
      </section>
      <PublicEventsSection slug={slug} />
      <section className="showcase__members" aria-labelledby="showcase-members-title">
        <h2 id="showcase-members-title">{t('showcase.members')}</h2>
        <p className="muted">{t('showcase.membersLead')}</p>
        <SearchBox label={t('showcase.searchLabel')} value={text} onValue={setText} placeholder={t('directory.searchPlaceholder')} large />
        {members.error ? <Banner tone="error">{errorText(t, members.error).text}</Banner> : null}
        {members.data ? (
          <>
            <p className="organisations__count" aria-live="polite">
              {q ? t('organisations.found', { n: totalText(members.data), q }) : t('showcase.count', { n: totalText(members.data) })}
            </p>
            {members.data.items.length === 0 ? (
              <p className="empty">{q ? t('organisations.noMatch') : t('showcase.none')}</p>
            ) : (
              <ul className={members.loading ? 'org-list org-list--stale' : 'org-list'}>
                {members.data.items.map((o) => {
                  const about = pickTranslation(o.description, locale);
                  return (
                    <li key={o.id} className="org-card">
                      <div className="org-card__head">
                        <h3 className="org-card__name">{o.name}</h3>
                        <span className="tag">{t(organisationKindKey(o.kind))}</span>
                      </div>
                      <p className="org-card__place">
                        {[o.postcode, o.commune].filter(Boolean).join(' ')}
                        <CountryBadge country={o.country} />
                      </p>
                      {about ? <p className="org-card__description">{about}</p> : null}
                      {o.naceCodes.length ? (
                        <ul className="nace-list" aria-label={t('organisations.nace')}>
                          {o.naceCodes.map((c) => (
                            <li key={c}>
                              <span className="code">{c}</span> <span>{naceLabel(c)}</span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {o.website ? (
                        <p className="org-card__link">
                          <a href={o.website} rel="noopener noreferrer" target="_blank">
                            {o.website.replace(/^https?:\/\//, '')}
                          </a>
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
            <Pagination total={members.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        ) : members.error ? null : (
          <Loading />
        )}
      </section>
    </div>
  );
}
