import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import type { EventPage } from '../events/event-types';
import { conventionPath } from './convention-paths';
import { formatDay } from './convention-format';
import './convention.css';

/** The network's business conventions: the events in convention mode, each opening its matchmaking pages. */
export function ConventionsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useApi<EventPage>(`/networks/${encodeURIComponent(slug)}/events?kind=business_convention&when=all&pageSize=50`);
  return (
    <>
      <PageHeader title={t('convention.list.title')} lead={<p>{t('convention.list.lead')}</p>} />
      {list.error ? <Banner tone="error">{errorText(t, list.error).text}</Banner> : null}
      {!list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('convention.list.none')}</p>
      ) : (
        <ul className="convention-list">
          {list.data.items.map((e) => (
            <li key={e.id} className="card convention-list__item">
              <h2 className="card__title">
                <Link to={conventionPath(slug, e.id)}>{pickTranslation(e.title, locale)}</Link>
              </h2>
              <p className="muted">
                {formatDay(e.startsAt, locale, e.timeZone)}
                {e.venue || e.commune ? ` · ${[e.venue, e.commune].filter(Boolean).join(', ')}` : ''}
              </p>
              <p>
                {t('convention.list.registered', { n: e.confirmed })}
                {e.myStatus ? ` · ${t('convention.list.youAre', { status: t(`convention.list.status.${e.myStatus}`) })}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
