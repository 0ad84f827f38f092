import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale, User } from '../../api/types';
import { currentLocale, isLocale, locales } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { errorText, MIN_PASSWORD_LENGTH } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { Checkbox, SelectField, TextField } from '../../ui/fields';

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const [isAdmin, setIsAdmin] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    if (password.length < MIN_PASSWORD_LENGTH) return setError({ field: 'password', text: t('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) });
    setBusy(true);
    setError(null);
    try {
      const user = await api.post<User>('/admin/users', { email, name, password, locale, isAdmin });
      setCreated(user.email);
      setEmail('');
      setName('');
      setPassword('');
      setIsAdmin(false);
      onCreated();
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error?.field === field ? error.text : undefined);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {created ? <Banner tone="success">{t('admin.users.created', { email: created })}</Banner> : null}
      {error && !['email', 'name', 'password', 'locale'].includes(error.field ?? '') ? <Banner tone="error">{error.text}</Banner> : null}
      <div className="form-grid">
        <TextField label={t('fields.email')} type="email" required autoComplete="off" value={email} onValue={setEmail} error={fieldError('email')} />
        <TextField label={t('fields.name')} autoComplete="off" value={name} onValue={setName} error={fieldError('name')} />
        <TextField
          label={t('fields.password')}
          type="password"
          required
          autoComplete="new-password"
          hint={t('fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          value={password}
          onValue={setPassword}
          error={fieldError('password')}
        />
        <SelectField
          label={t('language.label')}
          value={locale}
          onValue={(v) => isLocale(v) && setLocale(v)}
          options={locales.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
          error={fieldError('locale')}
        />
      </div>
      <Checkbox label={t('admin.users.makeAdmin')} checked={isAdmin} onChecked={setIsAdmin} />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('admin.users.submit')}
        </button>
      </div>
    </form>
  );
}
