import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText, MIN_PASSWORD_LENGTH } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { checkNewPassword, emptyNewPassword, NewPasswordFields } from '../../ui/new-password-fields';
import { useDocumentTitle } from '../../ui/use-document-title';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParam('token');
  const navigate = useNavigate();
  const [password, setPassword] = useState(emptyNewPassword);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('resetPassword.title'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const invalid = checkNewPassword(t, password, 'password');
    if (invalid) return setError(invalid);
    setBusy(true);
    setError(null);
    try {
      await api.post('/auth/password-reset', { token, password: password.password });
      navigate('/sign-in?reset=1', { replace: true });
    } catch (cause) {
      setBusy(false);
      setError(errorText(t, cause));
    }
  };

  return (
    <form className="auth-form" onSubmit={submit} noValidate>
      <h1 id="page-title">{t('resetPassword.title')}</h1>
      {!token || error?.field === 'token' ? (
        <>
          <Banner tone="error">{t('errors.invalidLink')}</Banner>
          <p className="auth-form__links">
            <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="auth-form__lead">{t('resetPassword.lead', { min: MIN_PASSWORD_LENGTH })}</p>
          {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
          <NewPasswordFields value={password} onChange={setPassword} error={error} field="password" />
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {t('resetPassword.submit')}
          </button>
        </>
      )}
      <p className="auth-form__links">
        <Link to="/sign-in">{t('common.backToSignIn')}</Link>
      </p>
    </form>
  );
}
