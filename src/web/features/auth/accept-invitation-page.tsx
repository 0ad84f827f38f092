import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import type { Invitation } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { checkNewPassword, emptyNewPassword, NewPasswordFields } from '../../ui/new-password-fields';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = useSearchParam('token');
  const invitation = useApi<Invitation>(token ? `/auth/invitations/${encodeURIComponent(token)}` : null);
  useDocumentTitle(t('invitation.title'));

  return (
    <div className="auth-form">
      <h1 id="page-title">{t('invitation.title')}</h1>
      {!token || invitation.error ? (
        <>
          <Banner tone="error">{t('invitation.invalid')}</Banner>
          <p className="auth-form__links">
            <Link to="/sign-in">{t('common.backToSignIn')}</Link>
          </p>
        </>
      ) : invitation.data ? (
        <AcceptForm token={token} invitation={invitation.data} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState(emptyNewPassword);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const needsAccount = !invitation.hasAccount;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const invalid = needsAccount ? checkNewPassword(t, password, 'password') : null;
    if (invalid) return setError(invalid);
    setBusy(true);
    setError(null);
    try {
      await api.post('/auth/invitations/accept', needsAccount ? { token, name, password: password.password, locale: currentLocale() } : { token });
      if (me.user) {
        await refresh();
        navigate('/', { replace: true });
      } else navigate(`/sign-in${query({ email: invitation.email, accepted: '1' })}`, { replace: true });
    } catch (cause) {
      setBusy(false);
      setError(errorText(t, cause));
    }
  };

  const role = invitation.role ? t(`roles.${invitation.role}`) : t('roles.none');
  return (
    <form onSubmit={submit} noValidate className="stack">
      <p className="auth-form__lead">{t('invitation.lead', { network: invitation.network, role })}</p>
      <dl className="facts">
        <div>
          <dt>{t('invitation.network')}</dt>
          <dd>{invitation.network}</dd>
        </div>
        <div>
          <dt>{t('invitation.role')}</dt>
          <dd>{role}</dd>
        </div>
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      {error && (!error.field || error.field === 'token') ? <Banner tone="error">{error.text}</Banner> : null}
      {needsAccount ? (
        <>
          <p>{t('invitation.createAccount')}</p>
          <TextField label={t('fields.name')} autoComplete="name" value={name} onValue={setName} error={error?.field === 'name' ? error.text : undefined} />
          <NewPasswordFields value={password} onChange={setPassword} error={error} field="password" label={t('fields.password')} />
        </>
      ) : (
        <p>{t('invitation.hasAccount')}</p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {t('invitation.accept')}
      </button>
    </form>
  );
}
