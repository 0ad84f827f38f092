import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { conflictLines, durationText, formatMoney, poolingErrorText, priceText } from './resource-format';
import type { Booking, ResourceDetail } from './resource-types';
import { formatRange, instantOf, localDateOf, localTimeOf, zoneLabel } from './zoned-time';

export interface BookingDraft {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

/** A draft from two instants, on the resource's clock. */
export function draftOf(start: string, end: string, zone: string): BookingDraft {
  return { startDate: localDateOf(start, zone), startTime: localTimeOf(start, zone), endDate: localDateOf(end, zone), endTime: localTimeOf(end, zone) };
}

/**
 * Book a range on the resource's clock. The answer says at once whether the booking is confirmed (instant booking)
 * or waits for the owner, and — when the range collides with the calendar — with what.
 */
export function BookingForm({ resource, draft, onDraft, organisations, onBooked }: {
  resource: ResourceDetail;
  draft: BookingDraft;
  onDraft: (d: BookingDraft) => void;
  organisations: { id: string; name: string }[];
  onBooked: (b: Booking) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const zone = resource.timeZone;
  const [units, setUnits] = useState('1');
  const [note, setNote] = useState('');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [booked, setBooked] = useState<Booking | null>(null);
  useEffect(() => {
    setError(null);
  }, [draft]);

  const start = instantOf(draft.startDate, draft.startTime, zone);
  const end = instantOf(draft.endDate, draft.endTime, zone);
  const minutes = start && end ? (Date.parse(end) - Date.parse(start)) / 60_000 : 0;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!start || !end) return;
    setBusy(true);
    setError(null);
    setBooked(null);
    try {
      const booking = await api.post<Booking>(`/resources/${encodeURIComponent(resource.id)}/bookings`, {
        start,
        end,
        units: Number(units) || 1,
        note,
        ...(organisations.length > 1 && organisationId ? { organisationId } : {}),
      });
      setBooked(booking);
      setNote('');
      onBooked(booking);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const field = error instanceof ApiError ? error.field : undefined;
  const lines = error ? conflictLines(t, error, locale, zone) : [];
  const isOwner = organisationId === resource.ownerOrganisationId;

  return (
    <form className="card booking-form" onSubmit={submit} aria-labelledby="booking-title">
      <h2 id="booking-title" className="card__title">
        {t('resources.book.title')}
      </h2>
      <p className="muted">{t('resources.calendar.zone', { zone: zoneLabel(zone, locale) })}</p>
      <div className="booking-form__range">
        <fieldset className={field === 'start' ? 'fieldset field--invalid' : 'fieldset'}>
          <legend>{t('resources.book.start')}</legend>
          <span className="pooling-inline">
            <input className="input" type="date" required value={draft.startDate} aria-label={t('resources.book.startDate')} onChange={(e) => onDraft({ ...draft, startDate: e.target.value, endDate: draft.endDate < e.target.value ? e.target.value : draft.endDate })} />
            <input className="input" type="time" required step={900} value={draft.startTime} aria-label={t('resources.book.startTime')} onChange={(e) => onDraft({ ...draft, startTime: e.target.value })} />
          </span>
        </fieldset>
        <fieldset className={field === 'end' ? 'fieldset field--invalid' : 'fieldset'}>
          <legend>{t('resources.book.end')}</legend>
          <span className="pooling-inline">
            <input className="input" type="date" required value={draft.endDate} min={draft.startDate} aria-label={t('resources.book.endDate')} onChange={(e) => onDraft({ ...draft, endDate: e.target.value })} />
            <input className="input" type="time" required step={900} value={draft.endTime} aria-label={t('resources.book.endTime')} onChange={(e) => onDraft({ ...draft, endTime: e.target.value })} />
          </span>
        </fieldset>
      </div>
      {minutes > 0 ? <p className="muted">{t('resources.book.length', { duration: durationText(t, minutes) })}</p> : null}
      <div className="form-grid">
        {resource.units > 1 ? (
          <label className={field === 'units' ? 'field field--invalid' : 'field'}>
            <span className="field__label">{t('resources.fields.units')}</span>
            <input className="input" type="number" min={1} max={resource.units} value={units} onChange={(e) => setUnits(e.target.value)} />
          </label>
        ) : null}
        {organisations.length > 1 ? (
          <label className="field">
            <span className="field__label">{t('resources.book.for')}</span>
            <select className="input" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <label className="field">
        <span className="field__label">{t('resources.book.note')}</span>
        <textarea className="input input--area" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('resources.book.notePlaceholder')} />
      </label>
      <p className="muted">
        {isOwner ? t('resources.book.ownUseNote') : resource.bookingMode === 'instant' ? t('resources.book.instantNote') : t('resources.book.approvalNote')} {priceText(t, resource, locale)}
      </p>
      {error ? (
        <Banner tone="error">
          <p>{poolingErrorText(t, error)}</p>
          {lines.length ? (
            <ul className="booking-form__conflicts">
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {booked ? (
        <Banner tone="success">
          <p>
            {booked.status === 'approved' ? t('resources.book.confirmed', { range: formatRange(booked.start, booked.end, locale, zone) }) : t('resources.book.requested', { range: formatRange(booked.start, booked.end, locale, zone) })}
            {booked.amountCents !== null && booked.amountCents > 0 ? ` ${t('resources.book.amount', { amount: formatMoney(booked.amountCents, booked.currency, locale) })}` : ''}
          </p>
          <p>
            <a href={`/api/bookings/${encodeURIComponent(booked.id)}/calendar.ics?locale=${locale}`} download>
              {t('resources.book.addToCalendar')}
            </a>
          </p>
        </Banner>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !start || !end}>
          {isOwner ? t('resources.book.submitOwnUse') : resource.bookingMode === 'instant' ? t('resources.book.submitInstant') : t('resources.book.submitRequest')}
        </button>
      </div>
    </form>
  );
}
