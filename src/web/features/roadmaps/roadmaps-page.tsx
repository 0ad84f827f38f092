import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useLocation, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { TextField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { committeePath, roadmapPath, roadmapsPath } from '../reports/reporting-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { RoadmapRow } from '../reports/reporting-types';
import { useNetworkRole } from '../reports/use-network-role';
import { CommitteePanel } from './committee-panel';
import '../reports/reporting.css';

/** The Roadmaps area: the network's roadmaps (coordinators start new ones) and its committee. */
export function RoadmapsPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { search } = useLocation();
  const navigate = useNavigate();
  const tab = new URLSearchParams(search).get('tab') === 'committee' ? 'committee' : 'roadmaps';
  const { data: network, error: networkError } = useNetwork(slug);
  const role = useNetworkRole(slug);
  const list = useApi<RoadmapRow[]>(`/networks/${encodeURIComponent(slug)}/roadmaps`);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  if (networkError) return <NetworkError error={networkError} />;
  if (!network) return <Loading />;
  const create = async () => {
    setError(null);
    try {
      const row = await api.post<RoadmapRow>(`/networks/${encodeURIComponent(slug)}/roadmaps`, { title: { [locale]: title } });
      navigate(roadmapPath(slug, row.id));
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <>
      <PageHeader eyebrow={network.name} title={t('reporting.roadmaps.title')} lead={<p>{t('reporting.roadmaps.lead')}</p>} />
      <nav className="tabs" aria-label={t('reporting.roadmaps.tabs')}>
        <Link to={roadmapsPath(slug)} aria-current={tab === 'roadmaps' ? 'page' : undefined}>
          {t('reporting.nav.roadmaps')}
        </Link>
        <Link to={committeePath(slug)} aria-current={tab === 'committee' ? 'page' : undefined}>
          {t('reporting.nav.committee')}
        </Link>
      </nav>
      {tab === 'committee' ? (
        <CommitteePanel slug={slug} canManage={role.coordinates} />
      ) : (
        <>
          {list.error ? <Banner tone="error">{reportingErrorText(t, list.error).text}</Banner> : null}
          {list.data && list.data.length === 0 ? <p className="muted">{t('reporting.roadmaps.empty')}</p> : null}
          <ul className="roadmap-list">
            {(list.data ?? []).map((r) => (
              <li key={r.id} className="card roadmap-list__item">
                <h2 className="card__title">
                  <Link to={roadmapPath(slug, r.id)}>{pickTranslation(r.title, locale)}</Link>
                </h2>
                <p>
                  <span className={`tag tag--roadmap-${r.status}`}>{t(`reporting.roadmaps.status.${r.status}`)}</span>{' '}
                  {r.version > 0 ? <span className="muted">{t('reporting.roadmaps.version', { n: r.version })}</span> : null}
                </p>
                {pickTranslation(r.summary, locale) ? <p>{pickTranslation(r.summary, locale)}</p> : null}
              </li>
            ))}
          </ul>
          {role.coordinates ? (
            <Section title={t('reporting.roadmaps.new')} id="new-roadmap-title">
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void create();
                }}
              >
                <TextField label={t('reporting.roadmaps.titleField')} value={title} onValue={setTitle} required maxLength={300} error={error ? reportingErrorText(t, error).text : undefined} />
                <button type="submit" className="button button--primary" disabled={!title.trim()}>
                  {t('reporting.roadmaps.create')}
                </button>
              </form>
            </Section>
          ) : null}
        </>
      )}
    </>
  );
}
