import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../api/types';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { AdminTabs } from './admin-tabs';

const statuses = ['pending', 'sent', 'failed'] as const;
type Status = (typeof statuses)[number];
const isStatus = (s: string): s is Status => (statuses as readonly string[]).includes(s);

/** E-mails waiting, sent or failed. Without SMTP_URL nothing is sent, so invitations and reset links wait here. */
export function AdminOutboxPage() {
  const { t, i18n } = useTranslation();
  const outbox = useApi<{ items: OutboxItem[]; counts: Record<string, number> }>('/admin/outbox?limit=200');
  const statusLabel = (s: string) => (isStatus(s) ? t(`admin.outbox.statuses.${s}`) : s);

  return (
    <>
      <PageHeader eyebrow={t('shell.administration')} title={t('admin.outbox.title')} lead={<p>{t('admin.outbox.lead')}</p>} />
      <AdminTabs />
      <Banner tone="info">{t('admin.outbox.smtpNote')}</Banner>
      {outbox.error ? <Banner tone="error">{errorText(t, outbox.error).text}</Banner> : null}
      {outbox.data ? (
        <>
          <ul className="counts" aria-label={t('admin.outbox.counts')}>
            {statuses.map((s) => (
              <li key={s} className={`count count--${s}`}>
                <span className="count__value">{outbox.data?.counts[s] ?? 0}</span>
                <span className="count__label">{statusLabel(s)}</span>
              </li>
            ))}
          </ul>
          <Section title={t('admin.outbox.list')} id="outbox-title">
            <div className="toolbar">
              <button type="button" className="button button--ghost button--small" onClick={outbox.reload}>
                {t('common.refresh')}
              </button>
            </div>
            {outbox.data.items.length === 0 ? (
              <p className="empty">{t('admin.outbox.empty')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table table--stack">
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.outbox.status')}</th>
                      <th scope="col">{t('admin.outbox.subject')}</th>
                      <th scope="col">{t('admin.outbox.recipient')}</th>
                      <th scope="col">{t('admin.outbox.createdAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outbox.data.items.map((m) => (
                      <tr key={m.id}>
                        <td data-label={t('admin.outbox.status')}>
                          <span className={`status status--${m.status}`}>{statusLabel(m.status)}</span>
                          {m.attempts > 0 ? <p className="table__sub">{t('admin.outbox.attempts', { n: m.attempts })}</p> : null}
                        </td>
                        <td data-label={t('admin.outbox.subject')}>
                          <details className="mail">
                            <summary>{m.subject}</summary>
                            <pre className="mail__body">{m.bodyText}</pre>
                          </details>
                          {m.lastError ? <p className="table__sub table__sub--error">{m.lastError}</p> : null}
                        </td>
                        <td data-label={t('admin.outbox.recipient')} className="table__wrap">
                          {m.toAddress}
                        </td>
                        <td data-label={t('admin.outbox.createdAt')} className="table__date">
                          {formatDateTime(m.createdAt, i18n.language)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
        </>
      ) : outbox.error ? null : (
        <Loading />
      )}
    </>
  );
}
