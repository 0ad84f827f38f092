import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { conflictLines, formatMoney, poolingErrorText } from './resource-format';
import { resourcePath } from './resource-paths';
import type { BookingSummary } from './resource-types';
import { StaffLoanForm } from './staff-loan-form';
import { formatRange } from './zoned-time';

const statusClass: Record<string, string> = { pending: 'status status--pending', approved: 'status status--sent', declined: 'status status--failed', cancelled: 'status status--failed' };

/** One booking with what the reader may do about it: approve or decline (owner), cancel (either side), calendar file. */
function BookingItem({ slug, booking: b, side, onChanged }: { slug: string; booking: BookingSummary; side: 'owner' | 'borrower'; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState<'approve' | 'decline' | 'cancel' | 'loan' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = async (e: FormEvent) => {
    e.preventDefault();
    if (!open || open === 'loan') return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/bookings/${encodeURIComponent(b.id)}/${open}`, { message });
      setOpen(null);
      setMessage('');
      onChanged();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const future = Date.parse(b.end) > Date.now();
  const who = side === 'owner' ? (b.kind === 'owner_use' ? t('resources.calendar.ownerUse') : b.borrower.name) : b.owner.name;
  const lines = error ? conflictLines(t, error, locale, b.timeZone) : [];
  return (
    <li className="booking-item">
      <div className="booking-item__main">
        <p className="booking-item__title">
          <Link to={resourcePath(slug, b.resourceId)}>{b.resourceName}</Link> · {who}{' '}
          <span className={statusClass[b.status]}>{t(`resources.status.${b.status}`)}</span>
          {b.lateCancellation ? <span className="tag tag--soon">{t('resources.bookings.late')}</span> : null}
          {b.status === 'pending' && b.approvable === false ? <span className="tag tag--soon">{t('resources.bookings.notApprovable')}</span> : null}
        </p>
        <p className="booking-item__when">
          {formatRange(b.start, b.end, locale, b.timeZone)}
          {b.units > 1 ? ` · ${t('resources.unitsCount', { n: b.units })}` : ''}
          {b.amountCents !== null && b.amountCents > 0 ? ` · ${formatMoney(b.amountCents, b.currency, locale)}` : ''}
        </p>
        {b.note ? <p className="table__sub">{t('resources.bookings.noteFrom', { text: b.note })}</p> : null}
        {b.ownerMessage ? <p className="table__sub">{t('resources.bookings.ownerMessage', { text: b.ownerMessage })}</p> : null}
      </div>
      <div className="booking-item__actions">
        {b.status === 'approved' || b.status === 'pending' ? (
          <a className="button button--ghost button--small" href={`/api/bookings/${encodeURIComponent(b.id)}/calendar.ics?locale=${locale}`} download>
            {t('resources.bookings.ics')}
          </a>
        ) : null}
        {side === 'owner' && b.status === 'pending' ? (
          <>
            {b.resourceKind === 'staff' ? (
              <button type="button" className="button button--ghost button--small" onClick={() => setOpen(open === 'loan' ? null : 'loan')}>
                {t('resources.loan.record')}
              </button>
            ) : null}
            <button type="button" className="button button--primary button--small" onClick={() => setOpen('approve')}>
              {t('resources.bookings.approve')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setOpen('decline')}>
              {t('resources.bookings.decline')}
            </button>
          </>
        ) : null}
        {(b.status === 'pending' || b.status === 'approved') && future ? (
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen('cancel')}>
            {b.kind === 'owner_use' ? t('resources.bookings.release') : t('resources.bookings.cancel')}
          </button>
        ) : null}
      </div>
      {open === 'loan' ? <StaffLoanForm bookingId={b.id} onSaved={() => setOpen(null)} /> : null}
      {open && open !== 'loan' ? (
        <form className="booking-item__decision" onSubmit={act}>
          <label className="field">
            <span className="field__label">{t(open === 'cancel' ? 'resources.bookings.cancelMessage' : 'resources.bookings.message')}</span>
            <textarea className="input input--area" rows={2} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} />
          </label>
          {error ? (
            <Banner tone="error">
              <p>{poolingErrorText(t, error)}</p>
              {lines.length ? (
                <ul>
                  {lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              ) : null}
            </Banner>
          ) : null}
          <div className="form-actions">
            <button type="submit" className={open === 'approve' ? 'button button--primary' : 'button button--danger'} disabled={busy}>
              {t(`resources.bookings.confirm.${open}`)}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setOpen(null)}>
              {t('resources.bookings.back')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

export function BookingList({ slug, bookings, side, onChanged, empty }: { slug: string; bookings: BookingSummary[]; side: 'owner' | 'borrower'; onChanged: () => void; empty: string }) {
  if (!bookings.length) return <p className="empty">{empty}</p>;
  return (
    <ul className="booking-list">
      {bookings.map((b) => (
        <BookingItem key={b.id} slug={slug} booking={b} side={side} onChanged={onChanged} />
      ))}
    </ul>
  );
}
