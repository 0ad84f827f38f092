import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { eventErrorText } from './event-errors';
import { eventPlace, formatEventRange } from './event-format';
import { eventPath, icsPath } from './event-paths';
import type { MyRegistrationRow } from './event-types';
import { CheckInQr } from './registration-panel';
import './events.css';

/** The personal calendar subscription: make a secret link (shown once), renew or stop it. */
function CalendarFeed() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const status = useApi<{ active: boolean; createdAt: string | null }>('/me/calendar-feed');
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    setError(null);
    try {
      setUrl((await api.post<{ url: string }>('/me/calendar-feed')).url);
      setCopied(false);
      status.reload();
    } catch (cause) {
      setError(eventErrorText(t, cause).text);
    }
  };
  const stop = async () => {
    await api.delete('/me/calendar-feed');
    setUrl(null);
    status.reload();
  };
  return (
    <Section title={t('events.my.calendarTitle')} id="calendar-title">
      <p className="muted">{t('events.my.calendarLead')}</p>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {url ? (
        <div className="feed-link">
          <label className="field__label" htmlFor="feed-url">
            {t('events.my.linkLabel')}
          </label>
          <div className="inline-form">
            <input id="feed-url" className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
            <button
              type="button"
              className="button button--ghost"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? t('events.my.copied') : t('events.my.copy')}
            </button>
          </div>
          <p className="field__hint">{t('events.my.linkShownOnce')}</p>
        </div>
      ) : status.data?.active && status.data.createdAt ? (
        <p>{t('events.my.calendarActive', { date: formatDateTime(status.data.createdAt, locale) })}</p>
      ) : status.data ? (
        <p className="muted">{t('events.my.calendarNone')}</p>
      ) : null}
      <p className="event-actions__row">
        <button type="button" className="button button--primary" onClick={() => void make()}>
          {status.data?.active ? t('events.my.renewLink') : t('events.my.makeLink')}
        </button>
        {status.data?.active ? (
          <button type="button" className="button button--ghost" onClick={() => void stop()}>
            {t('events.my.stopLink')}
          </button>
        ) : null}
      </p>
    </Section>
  );
}

function firstQrOf(rows: MyRegistrationRow[]): string | undefined {
  return rows.find((x) => x.registration.status === 'confirmed' && new Date(x.event.endsAt).getTime() >= Date.now())?.registration.id;
}

/** Every event the person registered for, with the QR code to show at the desk, and their calendar feed. */
export function MyEventsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error } = useApi<MyRegistrationRow[]>('/me/event-registrations');
  const [open, setOpen] = useState<string | null>(null);
  // The next event's QR code is open at once: that is the one to show at the desk.
  const firstQr = data ? firstQrOf(data) : undefined;
  return (
    <>
      <PageHeader title={t('events.my.title')} lead={<p>{t('events.my.lead')}</p>} />
      {error ? <Banner tone="error">{eventErrorText(t, error).text}</Banner> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.length === 0 ? <p className="empty">{t('events.my.none')}</p> : null}
      {data?.length ? (
        <ul className="my-events">
          {data.map(({ registration: r, event: e, network: n }) => {
            const past = new Date(e.endsAt).getTime() < Date.now();
            const showQr = r.status === 'confirmed' && !past && (open ?? firstQr) === r.id;
            return (
              <li key={r.id} className={past ? 'my-event my-event--past' : 'my-event'}>
                <div className="my-event__text">
                  <p className="event-card__kind">
                    <span className="tag">{t(`events.kinds.${e.kind}`)}</span>
                    <span className="tag tag--accent">{t(`events.mine.${r.status === 'waitlisted' ? 'waitlisted' : 'confirmed'}`)}</span>
                    {e.status === 'cancelled' ? <span className="tag tag--cancelled">{t('events.statuses.cancelled')}</span> : null}
                  </p>
                  <h2 className="event-card__title">
                    <Link to={eventPath(n.slug, e.id)}>{pickTranslation(e.title, locale)}</Link>
                  </h2>
                  <p className="event-card__when">{formatEventRange(e, locale)}</p>
                  <p className="muted">{[eventPlace(e), n.name].filter(Boolean).join(' · ')}</p>
                  <p className="event-actions__row">
                    {r.status === 'confirmed' && !past ? (
                      <button type="button" className="button button--ghost button--small" aria-expanded={showQr} onClick={() => setOpen(showQr ? '' : r.id)}>
                        {showQr ? t('events.my.hideQr') : t('events.my.showQr')}
                      </button>
                    ) : null}
                    <a className="button button--ghost button--small" href={icsPath(e.id, locale)} download>
                      {t('events.addToCalendar')}
                    </a>
                  </p>
                </div>
                {showQr ? <CheckInQr registration={r} size={180} /> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <CalendarFeed />
    </>
  );
}
