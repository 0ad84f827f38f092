import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { eventErrorText } from './event-errors';
import { formatEventRange, formatTimeInZone, groupCode } from './event-format';
import { eventTabPath } from './event-paths';
import type { Attendee, EventItem, NetworkRef } from './event-types';
import './events.css';

/**
 * Where a personal QR code leads when scanned with a phone's own camera app: for a coordinator of the event, who
 * the person is and a button to check them in.
 */
export function CheckInLinkPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error, reload } = useApi<{ event: EventItem; network: NetworkRef; attendee: Attendee }>(`/check-in-codes/${encodeURIComponent(code)}`);
  const [result, setResult] = useState<{ tone: 'success' | 'info' | 'error'; text: string } | null>(null);

  if (error)
    return (
      <>
        <PageHeader title={t('events.checkInLink.title')} />
        <Banner tone="error">{t('events.checkInLink.unknown')}</Banner>
      </>
    );
  if (!data) return <Loading />;
  const { event, network, attendee } = data;
  const who = [attendee.name, attendee.organisationName].filter(Boolean).join(' · ');
  const confirm = async () => {
    try {
      const r = await api.post<{ alreadyCheckedIn: boolean; attendee: Attendee }>(`/events/${event.id}/check-in`, { code });
      setResult(
        r.alreadyCheckedIn
          ? { tone: 'info', text: t('events.checkIn.already', { name: who, time: formatTimeInZone(r.attendee.checkedInAt!, event.timeZone, locale) }) }
          : { tone: 'success', text: t('events.checkIn.done', { name: who }) },
      );
      reload();
    } catch (cause) {
      setResult({ tone: 'error', text: eventErrorText(t, cause).text });
    }
  };
  return (
    <>
      <PageHeader eyebrow={t('events.checkInLink.forEvent', { event: pickTranslation(event.title, locale) })} title={who || groupCode(code)} lead={<p>{formatEventRange(event, locale)}</p>} />
      {result ? <Banner tone={result.tone}>{result.text}</Banner> : null}
      <p className="muted">{t(`events.attendance.registrationStatuses.${attendee.status}`)} · {groupCode(attendee.checkInCode)}</p>
      <p className="event-actions__row">
        {attendee.checkedInAt ? (
          <span className="tag tag--accent">{t('events.checkIn.arrivedAt', { time: formatTimeInZone(attendee.checkedInAt, event.timeZone, locale) })}</span>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void confirm()}>
            {t('events.checkInLink.confirm')}
          </button>
        )}
        <Link to={eventTabPath(network.slug, event.id, 'check-in')} className="button button--ghost">
          {t('events.checkInLink.toDesk')}
        </Link>
      </p>
    </>
  );
}
