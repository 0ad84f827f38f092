import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, query } from '../../../api/client';
import type { OrganisationHit, Page } from '../../../api/types';
import { useNavigate } from '../../../router/router';
import { Banner } from '../../../ui/banner';
import { errorText } from '../../../ui/error-text';
import { Loading } from '../../../ui/page';
import { organisationPath } from '../paths';
import { GeoMap } from './geo-map';
import type { MapPoint } from './geo-map';
import type { Near } from '../directory-filters';

const PAGE = 200;
const MAP_LIMIT = 3000;

interface Loaded {
  key: string;
  points: MapPoint[];
  /** More organisations matched than were loaded. */
  truncated: boolean;
  /** Known only when the points came from the paged list. */
  withoutCoordinates: number | null;
}

/** The map endpoint: every matching position in one light answer. */
async function fromMapEndpoint(params: Record<string, string>, networkId: string): Promise<Omit<Loaded, 'key'>> {
  const data = await api.get<{ points: MapPoint[]; truncated: boolean }>(`/organisations/map${query({ ...params, network: networkId })}`);
  return { points: data.points, truncated: data.truncated, withoutCoordinates: null };
}

/** The list, a page of 200 at a time (up to MAP_LIMIT): for filters the map endpoint refuses. */
async function fromPages(slug: string, params: Record<string, string>, live: () => boolean): Promise<Omit<Loaded, 'key'>> {
  const points: MapPoint[] = [];
  let total = 0;
  let without = 0;
  for (let page = 1; page <= MAP_LIMIT / PAGE && live(); page++) {
    const data = await api.get<Page<OrganisationHit>>(`/networks/${encodeURIComponent(slug)}/organisations${query({ ...params, page, pageSize: PAGE })}`);
    total = data.total;
    for (const o of data.items) {
      if (o.latitude === null || o.longitude === null) without++;
      else points.push({ id: o.id, name: o.name, lat: o.latitude, lon: o.longitude });
    }
    if (page * PAGE >= data.total) break;
  }
  return { points, truncated: total > MAP_LIMIT, withoutCoordinates: without };
}

function useMapPoints(slug: string, networkId: string, params: Record<string, string>) {
  const key = `${networkId}${query(params)}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    const run = async () => {
      let result: Omit<Loaded, 'key'>;
      try {
        result = await fromMapEndpoint(params, networkId);
      } catch (cause) {
        // The map endpoint re-parses the distance filter and refuses it (400 on "near"): fall back to the list.
        if (!(cause instanceof ApiError && cause.code === 'validation' && cause.field === 'near')) throw cause;
        result = await fromPages(slug, params, () => live);
      }
      if (live) setLoaded({ key, ...result });
    };
    run().catch((cause: unknown) => live && setError(cause instanceof ApiError ? cause : new ApiError(0, 'network', String(cause))));
    return () => {
      live = false;
    };
    // `key` stands for the parameters.
  }, [key, slug]);
  return { loaded, error, stale: loaded !== null && loaded.key !== key };
}

/** The filtered organisations on the map; a click on a point opens its profile. */
export function OrganisationMap({ slug, networkId, params, near }: { slug: string; networkId: string; params: Record<string, string>; near?: Near | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { loaded, error, stale } = useMapPoints(slug, networkId, params);
  if (error) return <Banner tone="error">{errorText(t, error).text}</Banner>;
  if (!loaded) return <Loading />;
  return (
    <div className={stale ? 'org-map org-map--stale' : 'org-map'}>
      <GeoMap
        points={loaded.points}
        label={t('map.label')}
        circle={near}
        hrefOf={(id) => organisationPath(slug, id)}
        onOpen={(id) => navigate(organisationPath(slug, id))}
      />
      <p className="muted org-map__legend" aria-live="polite">
        {t('map.onMap', { n: loaded.points.length })}
        {loaded.withoutCoordinates ? ` · ${t('map.withoutCoordinates', { n: loaded.withoutCoordinates })}` : ''}
        {loaded.truncated ? ` · ${t('map.truncated')}` : ''}
      </p>
      <p className="muted org-map__help">{t('map.help')}</p>
    </div>
  );
}
