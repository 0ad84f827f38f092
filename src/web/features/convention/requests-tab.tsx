import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { Loading, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import type { MeetingRequest } from './convention-types';

/** Requests received (accept or decline) and sent (withdraw), with their state and the meeting once accepted. */
export function RequestsTab({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const requests = useApi<{ items: MeetingRequest[] }>(conventionApi(eventId, '/requests'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (id: string, path: string, body: unknown) => {
    setBusy(id);
    setError(null);
    try {
      await api.post(conventionApi(eventId, `/requests/${id}/${path}`), body);
      requests.reload();
    } catch (err) {
      setError(refusalText(t, err) ?? errorText(t, err).text);
    } finally {
      setBusy(null);
    }
  };
  if (requests.error) return <Banner tone="error">{refusalText(t, requests.error) ?? errorText(t, requests.error).text}</Banner>;
  if (!requests.data) return <Loading />;
  const received = requests.data.items.filter((r) => r.direction === 'received');
  const sent = requests.data.items.filter((r) => r.direction === 'sent');
  const row = (r: MeetingRequest) => (
    <li key={r.id} className={`request request--${r.status}`}>
      <div className="request__who">
        <strong>{r.other.name}</strong>
        {r.other.organisation ? <span className="muted"> · {r.other.organisation}</span> : null}
      </div>
      <div className="request__meta">
        <span className={`tag request__status`}>{t(`convention.requestStatus.${r.status}`)}</span>{' '}
        <span className="muted">
          {t(`convention.priorities.${r.priority as 1 | 2 | 3}`)} · {formatDateTime(r.createdAt, locale)}
        </span>
      </div>
      {r.message ? <blockquote className="request__message">{r.message}</blockquote> : null}
      {r.responseMessage ? <blockquote className="request__message request__message--answer">{r.responseMessage}</blockquote> : null}
      <div className="toolbar">
        {r.direction === 'received' && r.status === 'pending' ? (
          <>
            <button type="button" className="button button--primary button--small" disabled={busy === r.id} onClick={() => void act(r.id, 'response', { accept: true })}>
              {t('convention.requests.accept', { name: r.other.name })}
            </button>
            <button type="button" className="button button--ghost button--small" disabled={busy === r.id} onClick={() => void act(r.id, 'response', { accept: false })}>
              {t('convention.requests.decline', { name: r.other.name })}
            </button>
          </>
        ) : null}
        {(r.direction === 'sent' && r.status === 'pending') || r.status === 'accepted' ? (
          <button type="button" className="button button--ghost button--small" disabled={busy === r.id} onClick={() => void act(r.id, 'cancel', {})}>
            {r.status === 'accepted' ? t('convention.requests.callOff') : t('convention.requests.withdraw')}
          </button>
        ) : null}
      </div>
    </li>
  );
  return (
    <div className="stack">
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Section title={t('convention.requests.received', { n: received.length })} id="received">
        {received.length ? <ul className="request-list">{received.map(row)}</ul> : <p className="muted">{t('convention.requests.none')}</p>}
      </Section>
      <Section title={t('convention.requests.sent', { n: sent.length })} id="sent">
        {sent.length ? <ul className="request-list">{sent.map(row)}</ul> : <p className="muted">{t('convention.requests.none')}</p>}
      </Section>
    </div>
  );
}
