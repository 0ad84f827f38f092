import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { agendaPdfPath, conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import { formatSlot, languageName } from './convention-format';
import type { Agenda, Convention } from './convention-types';
import { OutcomeForm } from './outcome-form';

/** The participant's published agenda, as a list, a PDF and a calendar subscription, with the outcome of each meeting. */
export function AgendaTab({ eventId, convention, participantId }: { eventId: string; convention: Convention; participantId: string | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const agenda = useApi<Agenda>(participantId ? conventionApi(eventId, '/agenda') : null);
  const [feed, setFeed] = useState<string | null>(null);
  const [feedError, setFeedError] = useState<string | null>(null);
  if (!participantId) return <Banner tone="info">{t('convention.catalogue.profileFirst')}</Banner>;
  if (agenda.error) return <Banner tone="error">{refusalText(t, agenda.error) ?? errorText(t, agenda.error).text}</Banner>;
  if (!agenda.data) return <Loading />;
  const a = agenda.data;
  const subscribe = async () => {
    try {
      const r = await api.post<{ url: string }>('/me/calendar-feed');
      setFeed(r.url);
    } catch (err) {
      setFeedError(errorText(t, err).text);
    }
  };
  return (
    <div className="stack">
      {!a.published ? <Banner tone="info">{t('convention.agenda.notPublished')}</Banner> : null}
      <div className="toolbar agenda-actions">
        <a className="button button--primary" href={agendaPdfPath(eventId, participantId, locale)} download>
          {t('convention.agenda.pdf')}
        </a>
        <button type="button" className="button button--ghost" onClick={() => void subscribe()}>
          {t('convention.agenda.calendar')}
        </button>
      </div>
      {feed ? (
        <div className="secret" role="status">
          <p>{t('convention.agenda.calendarHint')}</p>
          <code className="secret__value agenda-feed">{feed}</code>
        </div>
      ) : null}
      {feedError ? <Banner tone="error">{feedError}</Banner> : null}
      <p className="muted">{t('convention.agenda.checkIn', { code: a.participant.checkInCode })}</p>
      <Section title={t('convention.agenda.meetings', { n: a.meetings.length })} id="agenda">
        {a.meetings.length === 0 ? (
          <p className="muted">{t('convention.agenda.none')}</p>
        ) : (
          <ol className="agenda-list">
            {a.meetings.map((m) => (
              <li key={m.id} className={`agenda-item agenda-item--${m.status}`}>
                <div className="agenda-item__when">
                  <strong>{formatSlot(m, locale, convention.timeZone)}</strong>
                  <span className="agenda-item__table">{m.table}</span>
                </div>
                <div className="agenda-item__who">
                  <strong>{m.counterpart.name}</strong>
                  <span className="muted">
                    {[m.counterpart.organisation, t(`convention.roles.${m.counterpart.role}`)].filter(Boolean).join(' · ')}
                  </span>
                  {m.counterpart.languages.length ? <span className="muted">{t('convention.card.languages', { languages: m.counterpart.languages.map((l) => languageName(l, locale)).join(', ') })}</span> : null}
                  {m.status === 'no_show' ? <span className="tag">{t('convention.agenda.missed')}</span> : null}
                </div>
                {m.status !== 'no_show' && a.published ? (
                  <div className="agenda-item__outcome">
                    {m.outcomes.event ? <p className="muted">{t('convention.outcome.recorded', { outcome: t(`convention.outcomes.${m.outcomes.event.outcome}`) })}</p> : null}
                    <OutcomeForm key={`${m.id}-${m.outcomes.event ? "followup" : "event"}`} eventId={eventId} meeting={m} onSaved={agenda.reload} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
