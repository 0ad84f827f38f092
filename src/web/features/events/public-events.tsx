import { useTranslation } from 'react-i18next';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { EventCard } from './event-card';
import { eventErrorText } from './event-errors';
import { formatEventRange } from './event-format';
import { EventBody } from './event-page';
import { eventPath, publicEventPath } from './event-paths';
import type { EventDetail, EventPage } from './event-types';
import './events.css';

/** The network's coming public events, on its public showcase (no account needed). */
export function PublicEventsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data } = useApi<EventPage>(`/networks/${encodeURIComponent(slug)}/events?when=upcoming&pageSize=6`);
  const items = (data?.items ?? []).filter((e) => e.visibility === 'public' && e.status === 'published');
  return (
    <section className="showcase__events" aria-labelledby="showcase-events-title">
      <h2 id="showcase-events-title">{t('events.showcase.title')}</h2>
      {data && items.length === 0 ? <p className="muted">{t('events.showcase.none')}</p> : null}
      {items.length ? (
        <ul className="event-list">
          {items.map((e) => (
            <EventCard key={e.id} event={e} to={publicEventPath(slug, e.id)} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** A public event on the showcase: what, when, where, and a way in for people of the network. */
export function PublicEventPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { me } = useSession();
  const { data, error, reload } = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  if (error)
    return (
      <div className="showcase">
        <PageHeader title={t('events.notFound')} />
        <Banner tone="error">{eventErrorText(t, error).text}</Banner>
      </div>
    );
  if (!data) return <Loading />;
  const inside = eventPath(slug, id);
  return (
    <div className="showcase">
      <p className="breadcrumb">
        <Link to={`/showcase/${encodeURIComponent(slug)}`}>← {t('events.showcase.back')}</Link>
      </p>
      <PageHeader eyebrow={`${t(`events.kinds.${data.event.kind}`)} · ${data.network.name}`} title={pickTranslation(data.event.title, locale)} lead={<p>{formatEventRange(data.event, locale)}</p>} />
      {data.event.status === 'cancelled' ? <Banner tone="error">{t('events.banners.cancelled')}</Banner> : null}
      <EventBody
        detail={data}
        slug={slug}
        reload={reload}
        publicView
        sideExtra={
          data.event.status === 'published' ? (
            <section className="card public-register" aria-label={t('events.register.title')}>
              <Link to={me.user ? inside : `/sign-in?next=${encodeURIComponent(inside)}`} className="button button--primary button--block">
                {me.user ? t('events.register.title') : t('events.showcase.signInToRegister')}
              </Link>
            </section>
          ) : null
        }
      />
    </div>
  );
}
