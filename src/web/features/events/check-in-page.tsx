import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { TextField } from '../../ui/fields';
import { Loading, PageHeader } from '../../ui/page';
import { SearchBox } from '../../ui/search-box';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { eventErrorText } from './event-errors';
import { formatEventRange, formatTimeInZone } from './event-format';
import { eventPath } from './event-paths';
import type { Attendee, EventDetail } from './event-types';
import { QrScanner } from './qr-scanner';
import './events.css';

type Outcome = { tone: 'success' | 'info' | 'error'; text: string };

/** The welcome desk on a phone: scan QR codes, or find people by name or code and check them in. */
export function CheckInPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const detail = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const people = useApi<Attendee[]>(`/events/${encodeURIComponent(id)}/registrations${query({ q })}`);
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  if (detail.error) return <Banner tone="error">{eventErrorText(t, detail.error).text}</Banner>;
  if (!detail.data) return <Loading />;
  const { event, counts } = detail.data;
  const zone = event.timeZone;

  const checkIn = async (body: { code?: string; registrationId?: string }) => {
    setBusy(true);
    try {
      const r = await api.post<{ alreadyCheckedIn: boolean; attendee: Attendee }>(`/events/${event.id}/check-in`, body);
      const who = [r.attendee.name, r.attendee.organisationName].filter(Boolean).join(' · ');
      setOutcome(
        r.alreadyCheckedIn
          ? { tone: 'info', text: t('events.checkIn.already', { name: who, time: formatTimeInZone(r.attendee.checkedInAt!, zone, locale) }) }
          : { tone: 'success', text: t('events.checkIn.done', { name: who }) },
      );
      setCode('');
      people.reload();
      detail.reload();
    } catch (cause) {
      setOutcome({ tone: 'error', text: eventErrorText(t, cause).text });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (a: Attendee) => {
    try {
      await api.post(`/events/${event.id}/registrations/${a.id}/undo-check-in`);
      people.reload();
      detail.reload();
    } catch (cause) {
      setOutcome({ tone: 'error', text: eventErrorText(t, cause).text });
    }
  };

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) void checkIn({ code: code.trim() });
  };

  const active = (people.data ?? []).filter((a) => a.status !== 'cancelled');
  return (
    <>
      <p className="breadcrumb">
        <Link to={eventPath(slug, id)}>← {pickTranslation(event.title, locale)}</Link>
      </p>
      <PageHeader eyebrow={formatEventRange(event, locale)} title={t('events.checkIn.title')} lead={<p>{t('events.checkIn.lead')}</p>} />
      <p className="check-in__count" aria-live="polite">
        {t('events.checkIn.count', { n: counts.checkedIn, total: counts.confirmed })}
      </p>
      <div aria-live="assertive" className="check-in__outcome">
        {outcome ? <Banner tone={outcome.tone}>{outcome.text}</Banner> : null}
      </div>
      <section className="card check-in__scan">
        <QrScanner onCode={(value) => void checkIn({ code: value })} />
        <form className="inline-form" onSubmit={submitCode}>
          <TextField label={t('events.checkIn.codeLabel')} hint={t('events.checkIn.codeHint')} value={code} onValue={setCode} autoComplete="off" autoCapitalize="characters" name="code" />
          <button type="submit" className="button button--primary" disabled={busy || !code.trim()}>
            {t('events.checkIn.checkInCode')}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title" className="card__title">
          {t('events.checkIn.search')}
        </h2>
        <SearchBox label={t('events.checkIn.search')} value={text} onValue={setText} placeholder={t('events.attendance.search')} className="check-in__search" />
        {people.data && active.length === 0 ? <p className="empty">{t('events.checkIn.noMatch')}</p> : null}
        <ul className="check-in__list">
          {active.map((a) => (
            <li key={a.id} className={a.checkedInAt ? 'check-in__person check-in__person--in' : 'check-in__person'}>
              <span className="check-in__who">
                <strong>{a.name || a.email}</strong>
                {a.organisationName ? <span className="muted"> · {a.organisationName}</span> : null}
                {a.status === 'waitlisted' ? <span className="tag">{t('events.checkIn.waitlistedNote')}</span> : null}
              </span>
              {a.checkedInAt ? (
                <>
                  <span className="tag tag--accent">{t('events.checkIn.arrivedAt', { time: formatTimeInZone(a.checkedInAt, zone, locale) })}</span>
                  <button type="button" className="button button--ghost button--small" onClick={() => void undo(a)}>
                    {t('events.checkIn.undo')}
                    <span className="visually-hidden"> {a.name || a.email}</span>
                  </button>
                </>
              ) : (
                <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void checkIn({ registrationId: a.id })}>
                  {t('events.checkIn.checkInPerson')}
                  <span className="visually-hidden"> {a.name || a.email}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
