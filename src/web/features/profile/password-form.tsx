import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { checkNewPassword, emptyNewPassword, NewPasswordFields } from '../../ui/new-password-fields';

export function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(emptyNewPassword);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const invalid = checkNewPassword(t, next, 'newPassword');
    if (invalid) return setError(invalid);
    setBusy(true);
    setError(null);
    try {
      await api.patch('/me', { currentPassword: current, newPassword: next.password });
      setCurrent('');
      setNext(emptyNewPassword);
      setSaved(true);
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

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
        error={error?.field === 'currentPassword' ? error.text : undefined}
      />
      <NewPasswordFields value={next} onChange={setNext} error={error} field="newPassword" />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
}
