import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { useDocumentTitle } from '../../ui/use-document-title';
import { safeNext } from './safe-next';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const next = useSearchParam('next');
  const reset = useSearchParam('reset');
  const accepted = useSearchParam('accepted');
  const [email, setEmail] = useState(useSearchParam('email') ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('signIn.title'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      navigate(safeNext(next), { replace: true });
    } catch (cause) {
      setBusy(false);
      if (cause instanceof ApiError && cause.code === 'unauthenticated') setError({ text: t('signIn.wrongCredentials') });
      else if (cause instanceof ApiError && cause.code === 'rate_limited') setError({ text: t('signIn.tooManyAttempts') });
      else setError(errorText(t, cause));
    }
  };

  return (
    <form className="auth-form" onSubmit={submit} noValidate>
      <h1 id="page-title">{t('signIn.title')}</h1>
      <p className="auth-form__lead">{t('signIn.lead')}</p>
      {reset ? <Banner tone="success">{t('resetPassword.done')}</Banner> : null}
      {accepted ? <Banner tone="success">{t('invitation.accepted')}</Banner> : null}
      {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
      <TextField
        label={t('fields.email')}
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onValue={setEmail}
        error={error?.field === 'email' ? error.text : undefined}
      />
      <TextField
        label={t('fields.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onValue={setPassword}
        error={error?.field === 'password' ? error.text : undefined}
      />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t('signIn.submitting') : t('signIn.submit')}
      </button>
      <p className="auth-form__links">
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
    </form>
  );
}
