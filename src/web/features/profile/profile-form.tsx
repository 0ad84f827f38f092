import i18next from 'i18next';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale, User } from '../../api/types';
import { isLocale, locales, storeLocale } from '../../i18n/i18n';
import { useSession, useUser } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { SelectField, TextField } from '../../ui/fields';

export function ProfileForm() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  // The header's language switch also changes the profile: keep the field in step.
  useEffect(() => setLocale(user.locale), [user.locale]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const updated = await api.patch<User>('/me', { name, locale });
      if (updated.locale !== i18next.language) await i18next.changeLanguage(updated.locale);
      storeLocale(updated.locale);
      await refresh();
      setSaved(true);
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {saved ? <Banner tone="success">{t('profile.saved')}</Banner> : null}
      {error && error.field !== 'name' && error.field !== 'locale' ? <Banner tone="error">{error.text}</Banner> : null}
      <TextField label={t('fields.email')} value={user.email} onValue={() => undefined} readOnly hint={t('profile.emailHint')} />
      <TextField label={t('fields.name')} autoComplete="name" value={name} onValue={setName} error={error?.field === 'name' ? error.text : undefined} />
      <SelectField
        label={t('language.label')}
        value={locale}
        onValue={(v) => isLocale(v) && setLocale(v)}
        options={locales.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
        error={error?.field === 'locale' ? error.text : undefined}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
