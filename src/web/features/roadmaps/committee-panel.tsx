import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { formatDateTime } from '../../ui/format';
import { Loading, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { eventPath } from '../events/event-paths';
import { formatDay } from '../dashboard/format';
import { reportingErrorText } from '../reports/reporting-errors';
import type { Committee, CommitteeItem } from '../reports/reporting-types';

/** The committee: the next meeting and the items still open for it, the decision log, the past meetings. */
export function CommitteePanel({ slug, canManage }: { slug: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const committee = useApi<Committee>(`/networks/${encodeURIComponent(slug)}/committee`);
  const [error, setError] = useState<unknown>(null);
  if (committee.error) return <Banner tone="error">{reportingErrorText(t, committee.error).text}</Banner>;
  const c = committee.data;
  if (!c) return <Loading />;
  const markDone = async (item: CommitteeItem) => {
    setError(null);
    try {
      await api.patch(`/events/${encodeURIComponent(item.eventId)}/decisions/${encodeURIComponent(item.id)}`, { status: 'done' });
      committee.reload();
    } catch (cause) {
      setError(cause);
    }
  };
  const owner = (i: CommitteeItem) => [i.ownerName, i.ownerOrganisationName].filter(Boolean).join(' — ') || t('reporting.committee.noOwner');
  return (
    <>
      {error ? <Banner tone="error">{reportingErrorText(t, error).text}</Banner> : null}
      <Section title={t('reporting.committee.next')} id="next-title">
        {c.nextMeeting ? (
          <p>
            <Link to={eventPath(slug, c.nextMeeting.id)}>{pickTranslation(c.nextMeeting.title, locale)}</Link> — {formatDateTime(c.nextMeeting.startsAt, locale)}
          </p>
        ) : (
          <p className="muted">{t('reporting.committee.noNext')}</p>
        )}
        <h3>{t('reporting.committee.openItems', { n: c.openItems.length })}</h3>
        {c.openItems.length === 0 ? <p className="muted">{t('reporting.committee.none')}</p> : null}
        <ul className="items" data-testid="open-items">
          {c.openItems.map((i) => (
            <li key={i.id} className={i.overdue ? 'item item--overdue' : 'item'}>
              <span className="item__body">{i.body}</span>
              <span className="item__meta">
                {owner(i)}
                {i.dueOn ? ` · ${t('reporting.committee.due', { date: formatDay(i.dueOn, locale) })}` : ''}
                {i.overdue ? <span className="tag tag--state-late">{t('reporting.committee.overdue')}</span> : null}
              </span>
              <span className="item__meta muted">{t('reporting.committee.from', { meeting: pickTranslation(i.eventTitle, locale), date: formatDay(i.eventStartsAt, locale) })}</span>
              {canManage ? (
                <button type="button" className="button button--small button--ghost" onClick={() => void markDone(i)}>
                  {t('reporting.committee.markDone')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('reporting.committee.decisions')} id="decisions-title">
        {c.decisions.length === 0 ? <p className="muted">{t('reporting.committee.none')}</p> : null}
        <ul className="items">
          {c.decisions.map((d) => (
            <li key={d.id} className="item">
              <span className="item__body">{d.body}</span>
              <span className="item__meta muted">{t('reporting.committee.from', { meeting: pickTranslation(d.eventTitle, locale), date: formatDay(d.eventStartsAt, locale) })}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('reporting.committee.meetings')} id="meetings-title">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('reporting.committee.meeting')}</th>
                <th scope="col">{t('reporting.committee.date')}</th>
                <th scope="col" className="table__number">{t('reporting.committee.decisionsCount')}</th>
                <th scope="col" className="table__number">{t('reporting.committee.openCount')}</th>
              </tr>
            </thead>
            <tbody>
              {c.meetings.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={eventPath(slug, m.id)}>{pickTranslation(m.title, locale)}</Link>
                  </td>
                  <td className="table__date">{formatDay(m.startsAt, locale)}</td>
                  <td className="table__number">{m.decisions}</td>
                  <td className="table__number">{m.openActions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
