import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Link, useSearchParam } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Checkbox } from '../../ui/fields';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';

interface DigestPreference {
  matchDigest: boolean;
}

/** On "my posts": whether the weekly e-mail of new matches comes, changed in one click (shown at once, undone if the save fails). */
export function DigestToggle() {
  const { t } = useTranslation();
  const { data, error } = useApi<DigestPreference>('/me/match-digest');
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  if (error) return <Banner tone="error">{errorText(t, error).text}</Banner>;
  if (!data) return null;
  const on = chosen ?? data.matchDigest;
  const change = async (next: boolean) => {
    setChosen(next);
    setSaveError(null);
    try {
      await api.patch('/me/match-digest', { matchDigest: next });
    } catch (err) {
      setChosen(!next);
      setSaveError(errorText(t, err).text);
    }
  };
  return (
    <div className="digest-toggle">
      <Checkbox label={t('posts.digest.toggle')} checked={on} onChecked={(next) => void change(next)} />
      <p className="muted">{t('posts.digest.hint')}</p>
      {saveError ? <Banner tone="error">{saveError}</Banner> : null}
    </div>
  );
}

/** Where the link at the foot of a digest leads: one button, so that a mail scanner following links unsubscribes no one. */
export function DigestUnsubscribePage() {
  const { t } = useTranslation();
  const token = useSearchParam('token');
  const [state, setState] = useState<'ask' | 'busy' | 'done' | 'invalid'>(token ? 'ask' : 'invalid');
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(t('posts.digest.unsubscribeTitle'));
  const confirm = async () => {
    setState('busy');
    setError(null);
    try {
      await api.post('/match-digest/unsubscribe', { token });
      setState('done');
    } catch (err) {
      const shown = errorText(t, err);
      if (shown.field === 'token') setState('invalid');
      else {
        setError(shown.text);
        setState('ask');
      }
    }
  };
  return (
    <div className="auth-form">
      <h1 id="page-title">{t('posts.digest.unsubscribeTitle')}</h1>
      {state === 'invalid' ? (
        <Banner tone="error">{t('errors.invalidLink')}</Banner>
      ) : state === 'done' ? (
        <Banner tone="success">{t('posts.digest.unsubscribed')}</Banner>
      ) : (
        <>
          <p className="auth-form__lead">{t('posts.digest.unsubscribeLead')}</p>
          {error ? <Banner tone="error">{error}</Banner> : null}
          <button type="button" className="button button--primary button--block" disabled={state === 'busy'} onClick={() => void confirm()}>
            {t('posts.digest.unsubscribe')}
          </button>
        </>
      )}
      <p className="auth-form__links">
        <Link to="/">{t('posts.digest.home')}</Link>
      </p>
    </div>
  );
}
