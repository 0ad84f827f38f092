import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { TextArea } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { ConventionLinks } from '../convention/convention-links';
import { useApi } from '../../ui/use-api';
import { EventTags } from '../indicators/event-tags';
import { sponsorsPath } from '../reports/reporting-paths';
import { ActivitiesSection } from './activities-section';
import { eventErrorText } from './event-errors';
import { eventPlace, formatEventRange, formatInZone } from './event-format';
import { eventsPath, eventTabPath, icsPath } from './event-paths';
import type { EventDetail } from './event-types';
import { FeedbackSection } from './feedback-section';
import { MinutesView } from './minutes-view';
import { RegistrationPanel } from './registration-panel';
import './events.css';

/** Whether the reader's clock differs from the venue's at the time of the event (then times are said to be local). */
function differentClock(event: EventDetail['event']): boolean {
  const at = new Date(event.startsAt);
  const hour = (zone?: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(zone ? { timeZone: zone } : {}) }).format(at);
  return hour(event.timeZone) !== hour();
}

/** When, where, seats and the registration window of an event. */
export function EventFacts({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { event, counts } = detail;
  const place = eventPlace(event);
  const rows: [string, ReactNode][] = [
    [
      t('events.facts.when'),
      <>
        {formatEventRange(event, locale)}
        {differentClock(event) ? <span className="muted"> · {t('events.facts.zone', { zone: event.timeZone })}</span> : null}
      </>,
    ],
    [t('events.facts.where'), place ? <>{place}{event.country ? ` (${event.country})` : ''}</> : null],
    [t('events.facts.online'), event.onlineUrl ? <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">{event.onlineUrl}</a> : null],
    [
      t('events.facts.capacity'),
      event.capacity === null ? (
        <>{t('events.facts.unlimited')} · {t('events.seatsUnlimited', { n: counts.confirmed })}</>
      ) : (
        <>
          {t('events.seats', { confirmed: counts.confirmed, capacity: event.capacity })}
          {counts.seatsLeft === 0 ? <span className="tag tag--full">{t('events.full')}</span> : <> · {t('events.seatsLeft', { n: counts.seatsLeft ?? 0 })}</>}
          {counts.waitlisted ? <> · {t('events.waiting', { n: counts.waitlisted })}</> : null}
        </>
      ),
    ],
    [
      t('events.facts.registration'),
      event.registrationOpensAt || event.registrationClosesAt ? (
        [
          event.registrationOpensAt ? t('events.facts.opens', { date: formatInZone(event.registrationOpensAt, event.timeZone, locale) }) : '',
          event.registrationClosesAt ? t('events.facts.closes', { date: formatInZone(event.registrationClosesAt, event.timeZone, locale) }) : t('events.facts.untilStart'),
        ]
          .filter(Boolean)
          .join(', ')
      ) : (
        t('events.facts.untilStart')
      ),
    ],
    [t('events.facts.network'), detail.network.name],
  ];
  return (
    <dl className="facts-list">
      {rows
        .filter(([, v]) => v !== null && v !== '')
        .map(([label, value]) => (
          <div key={label} className="facts-list__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function CoordinatorActions({ detail, slug, onChange }: { detail: EventDetail; slug: string; onChange: (message?: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { event } = detail;
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>, message?: string) => {
    setError(null);
    try {
      await fn();
      onChange(message);
    } catch (cause) {
      setError(eventErrorText(t, cause).text);
    }
  };
  return (
    <div className="event-actions">
      {error ? <Banner tone="error">{error}</Banner> : null}
      <div className="event-actions__row">
        {event.status !== 'cancelled' ? (
          <Link to={eventTabPath(slug, event.id, 'edit')} className="button button--ghost">
            {t('events.actions.edit')}
          </Link>
        ) : null}
        {event.status === 'draft' ? (
          <button type="button" className="button button--primary" onClick={() => void run(() => api.post(`/events/${event.id}/publish`), t('events.banners.published'))}>
            {t('events.actions.publish')}
          </button>
        ) : null}
        {event.status === 'published' ? (
          <>
            <Link to={eventTabPath(slug, event.id, 'check-in')} className="button button--primary">
              {t('events.actions.checkIn')}
            </Link>
            <Link to={eventTabPath(slug, event.id, 'attendance')} className="button button--ghost">
              {t('events.actions.attendance')}
            </Link>
          </>
        ) : null}
        <Link to={eventTabPath(slug, event.id, 'minutes')} className="button button--ghost">
          {t('events.actions.minutes')}
        </Link>
        <Link to={`${sponsorsPath(slug)}?event=${encodeURIComponent(event.id)}`} className="button button--ghost">
          {t('reporting.sponsors.fromEvent')}
        </Link>
        {event.status === 'draft' ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              if (window.confirm(t('events.deleteConfirm'))) void run(async () => {
                await api.delete(`/events/${event.id}`);
                navigate(eventsPath(slug));
              });
            }}
          >
            {t('events.actions.delete')}
          </button>
        ) : event.status === 'published' && !cancelling ? (
          <button type="button" className="button button--danger" onClick={() => setCancelling(true)}>
            {t('events.actions.cancel')}
          </button>
        ) : null}
      </div>
      {cancelling ? (
        <div className="card cancel-dialog" role="group" aria-labelledby="cancel-title">
          <h2 id="cancel-title" className="card__title">
            {t('events.cancelDialog.title')}
          </h2>
          <TextArea label={t('events.cancelDialog.reason')} value={reason} onValue={setReason} rows={2} />
          <div className="event-actions__row">
            <button type="button" className="button button--danger" onClick={() => void run(() => api.post(`/events/${event.id}/cancel`, { reason }), t('events.banners.cancelDone')).then(() => setCancelling(false))}>
              {t('events.cancelDialog.confirm')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setCancelling(false)}>
              {t('events.cancelDialog.keep')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The body of an event page, shared by the network area and the public showcase. */
export function EventBody({
  detail,
  slug,
  reload,
  publicView = false,
  sideExtra,
}: {
  detail: EventDetail;
  slug: string;
  reload: () => void;
  publicView?: boolean;
  /** On the public page, in place of the registration panel. */
  sideExtra?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { event } = detail;
  const description = pickTranslation(event.description, locale);
  return (
    <div className="event-layout">
      <div className="event-layout__main">
        {description ? (
          <Section title={t('events.description')} id="description-title">
            <p className="event-description">{description}</p>
          </Section>
        ) : null}
        {publicView ? null : <ActivitiesSection detail={detail} />}
        {publicView || !detail.myRegistration ? null : <FeedbackSection eventId={event.id} />}
        {!publicView && detail.canReadMinutes ? (
          <MinutesView eventId={event.id} slug={slug} canManage={detail.canManage} started={new Date(event.startsAt).getTime() <= Date.now()} kind={event.kind} />
        ) : null}
      </div>
      <aside className="event-layout__side">
        <section className="card" aria-label={t('events.facts.when')}>
          <EventFacts detail={detail} />
          <p>
            <a className="button button--ghost button--block" href={icsPath(event.id, locale)} download>
              {t('events.addToCalendar')}
            </a>
          </p>
        </section>
        {publicView ? sideExtra : <RegistrationPanel detail={detail} onChange={reload} />}
      </aside>
    </div>
  );
}

/** One event in the network area: details, registration, sessions, feedback, minutes; coordinators' tools. */
export function EventPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error, reload } = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const [notice, setNotice] = useState<string | null>(null);

  if (error)
    return (
      <>
        <PageHeader title={t('events.notFound')} />
        <Banner tone="error">{eventErrorText(t, error).text}</Banner>
        <p>
          <Link to={eventsPath(slug)}>{t('events.backToList')}</Link>
        </p>
      </>
    );
  if (!data) return <Loading />;
  const { event } = data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={eventsPath(slug)}>← {t('events.backToList')}</Link>
      </p>
      <PageHeader eyebrow={`${t(`events.kinds.${event.kind}`)} · ${data.network.name}`} title={pickTranslation(event.title, locale)} lead={<p>{formatEventRange(event, locale)}</p>} />
      <EventTags slug={slug} eventId={event.id} />
      {notice ? <Banner tone="success">{notice}</Banner> : null}
      {event.status === 'draft' ? <Banner tone="info">{t('events.banners.draft')}</Banner> : null}
      {event.status === 'cancelled' ? (
        <Banner tone="error">{event.cancelReason ? t('events.banners.cancelledReason', { reason: event.cancelReason }) : t('events.banners.cancelled')}</Banner>
      ) : null}
      {data.canManage ? (
        <CoordinatorActions
          detail={data}
          slug={slug}
          onChange={(message) => {
            setNotice(message ?? null);
            reload();
          }}
        />
      ) : null}
      {event.kind === 'business_convention' && event.status !== 'cancelled' ? (
        <ConventionLinks slug={slug} eventId={event.id} registered={data.myRegistration?.status === 'confirmed'} manage={data.canManage} />
      ) : null}
      <EventBody detail={data} slug={slug} reload={reload} />
    </>
  );
}
