import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { SelectField } from '../../ui/fields';
import { Loading, PageHeader } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { useApi } from '../../ui/use-api';
import { useNetwork } from '../networks/use-network';
import { EventCard } from './event-card';
import { eventErrorText } from './event-errors';
import { eventPath, myEventsPath, newEventPath } from './event-paths';
import { eventKinds, type EventPage } from './event-types';
import './events.css';

const PAGE_SIZE = 20;

/** The events of a network: upcoming or past, filtered by kind; coordinators create new ones here. */
export function EventsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const network = useNetwork(slug).data;
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const list = useApi<EventPage>(`/networks/${encodeURIComponent(slug)}/events${query({ when, kind, page, pageSize: PAGE_SIZE })}`);
  const coordinates = !!me.user?.isAdmin || !!me.networks.find((n) => n.slug === slug)?.roles.includes('coordinator');

  return (
    <>
      <PageHeader
        eyebrow={network?.name}
        title={t('events.title')}
        lead={<p>{t('events.lead')}</p>}
        actions={
          <>
            {coordinates ? (
              <Link to={newEventPath(slug)} className="button button--primary">
                {t('events.newEvent')}
              </Link>
            ) : null}
            <Link to={myEventsPath} className="button button--ghost">
              {t('events.myEvents')}
            </Link>
          </>
        }
      />
      <div className="events-toolbar">
        <div className="segmented" role="group" aria-label={t('events.when')}>
          {(['upcoming', 'past'] as const).map((w) => (
            <button
              key={w}
              type="button"
              className={w === when ? 'segmented__item segmented__item--on' : 'segmented__item'}
              aria-pressed={w === when}
              onClick={() => {
                setWhen(w);
                setPage(1);
              }}
            >
              {t(`events.${w}`)}
            </button>
          ))}
        </div>
        <SelectField
          label={t('events.kindFilter')}
          value={kind}
          onValue={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={[{ value: '', label: t('events.allKinds') }, ...eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))]}
        />
      </div>
      {list.error ? <Banner tone="error">{eventErrorText(t, list.error).text}</Banner> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('events.count', { n: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="empty">{when === 'upcoming' ? t('events.none') : t('events.nonePast')}</p>
          ) : (
            <ul className={list.loading ? 'event-list event-list--stale' : 'event-list'}>
              {list.data.items.map((e) => (
                <EventCard key={e.id} event={e} to={eventPath(slug, e.id)} />
              ))}
            </ul>
          )}
          <Pagination total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      ) : list.error ? null : (
        <Loading />
      )}
    </>
  );
}
