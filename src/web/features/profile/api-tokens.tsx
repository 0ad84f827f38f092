import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiToken } from '../../api/types';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';

/** Tokens for integrations: the secret is shown once, right after creation; revoking is immediate. */
export function ApiTokens() {
  const { t, i18n } = useTranslation();
  const tokens = useApi<ApiToken[]>('/me/tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError({ field: 'name', text: t('tokens.nameRequired') });
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const result = await api.post<{ id: string; name: string; token: string }>('/me/tokens', { name: name.trim() });
      setCreated(result);
      setName('');
      tokens.reload();
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
    try {
      await api.delete(`/me/tokens/${token.id}`);
      if (created?.name === token.name) setCreated(null);
      tokens.reload();
    } catch (cause) {
      setError(errorText(t, cause));
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="stack">
      <p className="muted">{t('tokens.lead')}</p>
      {created ? (
        <div className="secret" role="status">
          <p>
            <strong>{t('tokens.createdTitle', { name: created.name })}</strong> {t('tokens.createdOnce')}
          </p>
          <div className="secret__row">
            <code className="secret__value">{created.token}</code>
            <button type="button" className="button button--ghost" onClick={() => void copy()}>
              {copied ? t('tokens.copied') : t('tokens.copy')}
            </button>
          </div>
          <p className="muted">{t('tokens.usage')}</p>
        </div>
      ) : null}
      {error && error.field !== 'name' ? <Banner tone="error">{error.text}</Banner> : null}
      <form className="inline-form" onSubmit={create} noValidate>
        <TextField label={t('tokens.name')} hint={t('tokens.nameHint')} value={name} onValue={setName} maxLength={100} error={error?.field === 'name' ? error.text : undefined} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('tokens.create')}
        </button>
      </form>
      {tokens.data ? (
        tokens.data.length === 0 ? (
          <p className="empty">{t('tokens.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">{t('tokens.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tokens.name')}</th>
                  <th scope="col">{t('tokens.createdAt')}</th>
                  <th scope="col">{t('tokens.lastUsedAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((token) => (
                  <tr key={token.id}>
                    <td data-label={t('tokens.name')} className="table__primary">{token.name}</td>
                    <td data-label={t('tokens.createdAt')} className="table__date">
                      {formatDateTime(token.createdAt, i18n.language)}
                    </td>
                    <td data-label={t('tokens.lastUsedAt')} className="table__date">
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt, i18n.language) : t('tokens.never')}
                    </td>
                    <td className="table__actions">
                      <button type="button" className="button button--danger button--small" onClick={() => void revoke(token)}>
                        {t('tokens.revoke')}
                        <span className="visually-hidden"> {token.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : tokens.error ? (
        <Banner tone="error">{errorText(t, tokens.error).text}</Banner>
      ) : (
        <Loading />
      )}
    </div>
  );
}
