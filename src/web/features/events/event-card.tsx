import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { dateBadge, eventPlace, formatEventRange } from './event-format';
import type { EventSummary } from './event-types';

/** One event in a list: its date badge, kind, title, time and place, seats and the reader's registration. */
export function EventCard({ event, to }: { event: EventSummary; to: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const badge = dateBadge(event.startsAt, event.timeZone, locale);
  const place = eventPlace(event) || (event.onlineUrl ? t('events.facts.online') : '');
  const full = event.capacity !== null && event.confirmed >= event.capacity;
  return (
    <li className={event.status === 'cancelled' ? 'event-card event-card--cancelled' : 'event-card'}>
      <div className="event-card__date" aria-hidden="true">
        <span className="event-card__day">{badge.day}</span>
        <span className="event-card__month">{badge.month}</span>
      </div>
      <div className="event-card__body">
        <p className="event-card__kind">
          <span className="tag">{t(`events.kinds.${event.kind}`)}</span>
          {event.status !== 'published' ? <span className={`tag tag--${event.status}`}>{t(`events.statuses.${event.status}`)}</span> : null}
          {event.myStatus ? <span className="tag tag--accent">{t(`events.mine.${event.myStatus}`)}</span> : null}
        </p>
        <h3 className="event-card__title">
          <Link to={to}>{pickTranslation(event.title, locale)}</Link>
        </h3>
        <p className="event-card__when">{formatEventRange(event, locale)}</p>
        {place ? <p className="event-card__where">{place}</p> : null}
        <p className="event-card__seats muted">
          {event.capacity === null ? t('events.seatsUnlimited', { n: event.confirmed }) : t('events.seats', { confirmed: event.confirmed, capacity: event.capacity })}
          {full ? <span className="tag tag--full">{t('events.full')}</span> : null}
          {event.waitlisted ? ` · ${t('events.waiting', { n: event.waitlisted })}` : ''}
        </p>
      </div>
    </li>
  );
}
