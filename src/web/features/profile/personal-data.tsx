import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useNavigate } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { TextField } from '../../ui/fields';

/** GDPR: download everything held about oneself; erase one's account after confirming with the password. */
export function PersonalData() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const erase = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError(t('personalData.passwordNeeded'));
    setBusy(true);
    setError(null);
    try {
      await api.post('/me/erase', { password });
      // The server has ended the session with the account; forget it here too.
      await signOut().catch(() => undefined);
      navigate('/sign-in', { replace: true });
    } catch (cause) {
      const found = errorText(t, cause);
      setError(found.field === 'password' ? t('personalData.wrongPassword') : found.text);
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p>{t('personalData.lead')}</p>
      <div>
        <a className="button button--ghost" href="/api/me/personal-data" download="maillage-personal-data.json">
          {t('personalData.download')}
        </a>
      </div>
      <h3 className="subhead">{t('personalData.eraseTitle')}</h3>
      <p className="muted">{t('personalData.eraseLead')}</p>
      {confirming ? (
        <form className="stack erase-confirm" onSubmit={(e) => void erase(e)} noValidate>
          <Banner tone="error">{t('personalData.eraseWarning')}</Banner>
          <TextField
            label={t('personalData.confirmPassword')}
            type="password"
            autoComplete="current-password"
            value={password}
            onValue={setPassword}
            error={error ?? undefined}
            name="erase-password"
          />
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              {t('personalData.eraseForGood')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setConfirming(false);
                setPassword('');
                setError(null);
              }}
            >
              {t('organisation.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            {t('personalData.erase')}
          </button>
        </div>
      )}
    </div>
  );
}
