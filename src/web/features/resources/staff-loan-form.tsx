import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Banner } from '../../ui/banner';
import { poolingErrorText } from './resource-format';
import type { Booking } from './resource-types';

/** The staff-loan record the lender keeps for a booking of skilled staff: consent, cost at no profit, agreement. */
export function StaffLoanForm({ bookingId, onSaved }: { bookingId: string; onSaved: (b: Booking) => void }) {
  const { t } = useTranslation();
  const [personName, setPersonName] = useState('');
  const [consentGiven, setConsentGiven] = useState(false);
  const [consentDate, setConsentDate] = useState(new Date().toISOString().slice(0, 10));
  const [hourlyCost, setHourlyCost] = useState('');
  const [costBasis, setCostBasis] = useState('');
  const [noProfit, setNoProfit] = useState(false);
  const [agreementReference, setAgreementReference] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const booking = await api.post<Booking>(`/bookings/${encodeURIComponent(bookingId)}/staff-loan`, {
        personName,
        consentGiven,
        consentDate,
        hourlyCostCents: Math.round(Number(hourlyCost.replace(',', '.')) * 100),
        costBasis,
        noProfit,
        agreementReference,
      });
      setSaved(true);
      onSaved(booking);
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <form className="booking-item__decision staff-loan" onSubmit={submit} aria-label={t('resources.loan.title')}>
      <p className="muted">{t('resources.loan.intro')}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">{t('resources.loan.person')}</span>
          <input className="input" required maxLength={200} value={personName} onChange={(e) => setPersonName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('resources.loan.consentDate')}</span>
          <input className="input" type="date" required value={consentDate} onChange={(e) => setConsentDate(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('resources.loan.hourlyCost')}</span>
          <input className="input" required inputMode="decimal" pattern="[0-9]+([.,][0-9]{1,2})?" value={hourlyCost} onChange={(e) => setHourlyCost(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('resources.loan.agreement')}</span>
          <input className="input" required maxLength={200} value={agreementReference} onChange={(e) => setAgreementReference(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field__label">{t('resources.loan.costBasis')}</span>
        <input className="input" maxLength={1000} value={costBasis} onChange={(e) => setCostBasis(e.target.value)} />
      </label>
      <div className="checkbox">
        <input id={`consent-${bookingId}`} type="checkbox" checked={consentGiven} onChange={(e) => setConsentGiven(e.target.checked)} required />
        <label htmlFor={`consent-${bookingId}`}>{t('resources.loan.consent')}</label>
      </div>
      <div className="checkbox">
        <input id={`noprofit-${bookingId}`} type="checkbox" checked={noProfit} onChange={(e) => setNoProfit(e.target.checked)} required />
        <label htmlFor={`noprofit-${bookingId}`}>{t('resources.loan.noProfit')}</label>
      </div>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      {saved ? <Banner tone="success">{t('resources.loan.saved')}</Banner> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('resources.loan.save')}
        </button>
      </div>
    </form>
  );
}
