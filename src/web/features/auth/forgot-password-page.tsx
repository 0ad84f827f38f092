import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { useDocumentTitle } from '../../ui/use-document-title';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('forgotPassword.title'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post('/auth/password-reset/request', { email });
      setSent(true);
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="auth-form" onSubmit={submit} noValidate>
      <h1 id="page-title">{t('forgotPassword.title')}</h1>
      {sent ? (
        <Banner tone="success">{t('forgotPassword.sent', { email })}</Banner>
      ) : (
        <>
          <p className="auth-form__lead">{t('forgotPassword.lead')}</p>
          {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
          <TextField
            label={t('fields.email')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onValue={setEmail}
            error={error?.field === 'email' ? error.text : undefined}
          />
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {t('forgotPassword.submit')}
          </button>
        </>
      )}
      <p className="auth-form__links">
        <Link to="/sign-in">{t('common.backToSignIn')}</Link>
      </p>
    </form>
  );
}
