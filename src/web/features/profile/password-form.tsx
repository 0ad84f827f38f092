import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Banner } from '../../ui/banner';
import { errorText, MIN_PASSWORD_LENGTH } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';

export function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (next.length < MIN_PASSWORD_LENGTH) return setError({ field: 'newPassword', text: t('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) });
    if (next !== confirm) return setError({ field: 'confirm', text: t('errors.passwordsDiffer') });
    setBusy(true);
    setError(null);
    try {
      await api.patch('/me', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setSaved(true);
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error?.field === field ? error.text : undefined);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {saved ? <Banner tone="success">{t('profile.passwordChanged')}</Banner> : null}
      {error && !['currentPassword', 'newPassword', 'confirm'].includes(error.field ?? '') ? <Banner tone="error">{error.text}</Banner> : null}
      <TextField
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onValue={setCurrent}
        error={fieldError('currentPassword')}
      />
      <TextField
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        value={next}
        onValue={setNext}
        error={fieldError('newPassword')}
      />
      <TextField
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onValue={setConfirm}
        error={fieldError('confirm')}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
}
