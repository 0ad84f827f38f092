import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { referralStatuses, type ReferralStatus, type ReferralWithHistory } from '../posts/post-types';

const order: Record<ReferralStatus, number> = { sent: 0, acknowledged: 1, candidates_proposed: 2, filled: 3, closed_unfilled: 3 };
const closed = (s: ReferralStatus) => s === 'filled' || s === 'closed_unfilled';

/**
 * A referral of a need to an operator: its status, deadline and history, and the steps the reader may take (the
 * operator moves it forward, the company may close it, coordinators may do both).
 */
export function ReferralPanel({ referral, slug, companyOrganisationId, onChange }: { referral: ReferralWithHistory; slug: string; companyOrganisationId: string; onChange: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [note, setNote] = useState('');
  const [candidates, setCandidates] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mine = new Set(me.organisations.map((o) => o.id));
  const isOperator = mine.has(referral.operatorOrganisationId);
  const isCompany = mine.has(companyOrganisationId);
  const coordinates = !!me.user?.isAdmin || !!me.networks.find((n) => n.slug === slug)?.roles.includes('coordinator');
  const next = referralStatuses.filter((s) => order[s] > order[referral.status] && (isOperator || coordinates || (isCompany && closed(s))));
  const overdue = !!referral.dueAt && !referral.closedAt && new Date(referral.dueAt).getTime() < Date.now();

  const move = async (status: ReferralStatus) => {
    setBusy(true);
    setError(null);
    try {
      const count = Number.parseInt(candidates, 10);
      await api.patch(`/referrals/${referral.id}`, { status, note, ...(Number.isFinite(count) ? { candidatesCount: count } : {}) });
      setNote('');
      onChange();
    } catch (err) {
      setError(errorText(t, err).text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="referral" aria-label={t('skills.referral.label', { operator: referral.operatorName })}>
      <p className="referral__head">
        <strong>{referral.operatorName}</strong>
        <span className={`tag referral-status referral-status--${referral.status}`}>{t(`skills.referral.statuses.${referral.status}`)}</span>
        {overdue ? <span className="tag referral-status--overdue">{t('skills.referral.overdue')}</span> : null}
      </p>
      {referral.dueAt && !referral.closedAt ? <p className="muted">{t('skills.referral.due', { date: formatDateTime(referral.dueAt, locale) })}</p> : null}
      {referral.candidatesCount !== null ? <p className="muted">{t('skills.referral.candidatesCount', { n: referral.candidatesCount })}</p> : null}
      <ol className="referral__history" aria-label={t('skills.referral.history')}>
        {referral.events.map((e) => (
          <li key={e.id}>
            <span className="table__date">{formatDateTime(e.at, locale)}</span> {t(`skills.referral.events.${e.status as 'sent'}`)}
            {e.note && e.status !== 'sent' && e.status !== 'reminded' ? <span className="muted"> — {e.note}</span> : null}
          </li>
        ))}
      </ol>
      {next.length && !closed(referral.status) ? (
        <div className="referral__actions">
          {error ? <Banner tone="error">{error}</Banner> : null}
          <div className="form-grid">
            <TextField label={t('skills.referral.note')} value={note} onValue={setNote} maxLength={2000} />
            {isOperator || coordinates ? <TextField label={t('skills.referral.candidates')} type="number" min={0} value={candidates} onValue={setCandidates} /> : null}
          </div>
          <div className="button-row">
            {next.map((s) => (
              <button key={s} type="button" className={s === 'closed_unfilled' ? 'button button--ghost' : 'button button--primary'} disabled={busy} onClick={() => void move(s)}>
                {t(`skills.referral.actions.${s}`)}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </article>
  );
}
