import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useApi } from '../../ui/use-api';
import { eventTabPath } from './event-paths';
import type { Decision, EventKind, Minutes } from './event-types';

const minutesKinds: ReadonlySet<EventKind> = new Set(['committee', 'business_corner', 'round_table', 'brainstorming']);

const dateFormat = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export function DecisionList({ decisions }: { decisions: Decision[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!decisions.length) return <p className="muted">{t('events.minutes.noDecisions')}</p>;
  return (
    <ul className="decision-list">
      {decisions.map((d) => (
        <li key={d.id} className={`decision decision--${d.status}`}>
          <span className={d.kind === 'action' ? 'tag tag--accent' : 'tag'}>{t(`events.minutes.kinds.${d.kind}`)}</span> <span className="decision__body">{d.body}</span>
          <span className="decision__meta muted">
            {[d.ownerName || d.ownerOrganisationName, d.dueOn ? t('events.minutes.due', { date: dateFormat(d.dueOn, locale) }) : '', t(`events.minutes.statuses.${d.status}`)]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Minutes and decisions on the event page; coordinators get the link to write them. */
export function MinutesView({ eventId, slug, canManage, started, kind }: { eventId: string; slug: string; canManage: boolean; started: boolean; kind: EventKind }) {
  const { t } = useTranslation();
  const { data } = useApi<Minutes>(`/events/${eventId}/minutes`);
  if (!data) return null;
  const empty = !data.body && data.decisions.length === 0;
  // An empty card only where minutes are expected: meetings, or any event once it has taken place.
  if (empty && !(canManage && (started || minutesKinds.has(kind)))) return null;
  return (
    <section className="card" aria-labelledby="minutes-title">
      <h2 id="minutes-title" className="card__title">
        {t('events.minutes.title')}
      </h2>
      {canManage && !data.published && !empty ? <p className="tag tag--draft">{t('events.minutes.draftNote')}</p> : null}
      {data.body ? <div className="minutes-body">{data.body}</div> : <p className="muted">{t('events.minutes.none')}</p>}
      <h3 className="subhead">{t('events.minutes.decisions')}</h3>
      <DecisionList decisions={data.decisions} />
      {canManage ? (
        <p>
          <Link to={eventTabPath(slug, eventId, 'minutes')} className="button button--ghost">
            {t('events.minutes.write')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
