import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader, Section } from '../../ui/page';
import { SearchBox } from '../../ui/search-box';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { eventErrorText } from './event-errors';
import { formatEventRange, formatInZone } from './event-format';
import { eventPath } from './event-paths';
import type { Attendee, EventDetail, FeedbackSummary } from './event-types';
import './events.css';

function FeedbackSummaryView({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { data } = useApi<FeedbackSummary>(`/events/${eventId}/feedback/summary`);
  if (!data) return null;
  return (
    <Section title={t('events.attendance.feedbackTitle')} id="feedback-summary-title">
      {data.answers === 0 ? (
        <p className="muted">{t('events.attendance.noFeedback')}</p>
      ) : (
        <>
          <ul className="feedback-figures">
            <li>{t('events.attendance.answers', { n: data.answers })}</li>
            {data.averageRating !== null ? <li>{t('events.attendance.average', { n: data.averageRating })}</li> : null}
            {data.averageUsefulness !== null ? <li>{t('events.attendance.usefulness', { n: data.averageUsefulness })}</li> : null}
            <li>{t('events.attendance.contacts', { n: data.newContacts })}</li>
            {data.wouldReturnAnswers ? <li>{t('events.attendance.wouldReturn', { n: data.wouldReturn, total: data.wouldReturnAnswers })}</li> : null}
          </ul>
          <div className="rating-bars" aria-hidden="true">
            {data.distribution.map((d) => (
              <div key={d.rating} className="rating-bars__row">
                <span>{'★'.repeat(d.rating)}</span>
                <span className="rating-bars__bar" style={{ width: `${(100 * d.count) / Math.max(1, data.answers)}%` }} />
                <span>{d.count}</span>
              </div>
            ))}
          </div>
          {data.comments.length ? (
            <>
              <h3 className="subhead">{t('events.attendance.comments')}</h3>
              <ul className="comment-list">
                {data.comments.map((c, i) => (
                  <li key={i}>
                    <span className="muted">{'★'.repeat(c.rating)}</span> {c.comment}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** Coordinators: everyone registered, attendance by hand, no-shows after the event, exports and feedback. */
export function AttendancePage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const detail = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const list = useApi<Attendee[]>(`/events/${encodeURIComponent(id)}/registrations${query({ q })}`);
  const [banner, setBanner] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  const error = detail.error ?? list.error;
  if (error) return <Banner tone="error">{eventErrorText(t, error).text}</Banner>;
  if (!detail.data) return <Loading />;
  const { event, counts } = detail.data;
  const started = new Date(event.startsAt).getTime() <= Date.now();
  const run = async (fn: () => Promise<unknown>, success?: string) => {
    setBanner(null);
    try {
      await fn();
      if (success) setBanner({ tone: 'success', text: success });
      list.reload();
      detail.reload();
    } catch (cause) {
      setBanner({ tone: 'error', text: eventErrorText(t, cause).text });
    }
  };
  const exportHref = (format: 'csv' | 'xlsx') => `/api/events/${encodeURIComponent(id)}/registrations/export${query({ format, locale })}`;

  return (
    <>
      <p className="breadcrumb">
        <Link to={eventPath(slug, id)}>← {pickTranslation(event.title, locale)}</Link>
      </p>
      <PageHeader
        eyebrow={formatEventRange(event, locale)}
        title={t('events.attendance.title')}
        lead={<p>{t('events.attendance.lead')}</p>}
        actions={
          <>
            <a className="button button--ghost" href={exportHref('csv')} download>
              {t('events.attendance.exportCsv')}
            </a>
            <a className="button button--ghost" href={exportHref('xlsx')} download>
              {t('events.attendance.exportXlsx')}
            </a>
          </>
        }
      />
      {banner ? <Banner tone={banner.tone}>{banner.text}</Banner> : null}
      <p className="muted">{t('events.attendance.totals', { confirmed: counts.confirmed, waitlisted: counts.waitlisted, checkedIn: counts.checkedIn })}</p>
      {started && event.status === 'published' ? (
        <p>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => void run(async () => {
              const r = await api.post<{ noShows: number }>(`/events/${event.id}/no-shows`);
              setBanner({ tone: 'success', text: t('events.attendance.noShowsDone', { n: r.noShows }) });
            })}
          >
            {t('events.attendance.noShows')}
          </button>{' '}
          <span className="muted">{t('events.attendance.noShowsHint')}</span>
        </p>
      ) : null}
      <SearchBox label={t('events.attendance.search')} value={text} onValue={setText} placeholder={t('events.attendance.search')} />
      {!list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <p className="empty">{t('events.attendance.empty')}</p>
      ) : (
        <div className="table-wrap attendance-wrap">
          <table className="table table--stack attendance-table">
            <thead>
              <tr>
                <th scope="col">{t('events.attendance.name')}</th>
                <th scope="col">{t('events.attendance.organisation')}</th>
                <th scope="col">{t('events.attendance.status')}</th>
                <th scope="col">{t('events.attendance.arrival')}</th>
                <th scope="col">{t('events.attendance.presence')}</th>
                <th scope="col">{t('events.attendance.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((a) => (
                <tr key={a.id} className={a.status === 'cancelled' ? 'table__row--muted' : undefined}>
                  <td className="table__primary">
                    {a.name || a.email}
                    {a.email && a.name ? <span className="table__sub">{a.email}</span> : null}
                  </td>
                  <td data-label={t('events.attendance.organisation')}>{a.organisationName}</td>
                  <td data-label={t('events.attendance.status')}>{t(`events.attendance.registrationStatuses.${a.status}`)}</td>
                  <td data-label={t('events.attendance.arrival')} className="table__date">
                    {a.checkedInAt ? formatInZone(a.checkedInAt, event.timeZone, locale) : ''}
                  </td>
                  <td data-label={t('events.attendance.presence')}>{t(`events.attendance.presences.${a.attendance}`)}</td>
                  <td className="table__actions">
                    {a.status !== 'cancelled' ? (
                      <>
                        {a.attendance !== 'attended' ? (
                          <button type="button" className="button button--ghost button--small" onClick={() => void run(() => api.patch(`/events/${event.id}/registrations/${a.id}`, { attendance: 'attended' }))}>
                            {t('events.attendance.markAttended')}
                          </button>
                        ) : null}
                        {a.attendance !== 'no_show' && started ? (
                          <button type="button" className="button button--ghost button--small" onClick={() => void run(() => api.patch(`/events/${event.id}/registrations/${a.id}`, { attendance: 'no_show' }))}>
                            {t('events.attendance.markNoShow')}
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => {
                            if (window.confirm(t('events.attendance.cancelConfirm', { name: a.name || a.email }))) void run(() => api.post(`/events/${event.id}/registrations/${a.id}/cancel`));
                          }}
                        >
                          {t('events.attendance.cancelRegistration')}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FeedbackSummaryView eventId={event.id} />
    </>
  );
}
