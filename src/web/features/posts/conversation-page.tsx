import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { needsPath, postPath } from './post-paths';
import { outcomes, type Conversation } from './post-types';
import './posts.css';

/** The private conversation between the two organisations (and the coordinators when the network wants them in). */
export function ConversationPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error, reload } = useApi<Conversation>(`/conversations/${encodeURIComponent(id)}`);
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState<string>('deal');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (error)
    return (
      <>
        <PageHeader title={t('posts.conversation.title')} />
        <Banner tone="error">{errorText(t, error).text}</Banner>
      </>
    );
  if (!data) return <Loading />;
  const other = data.side === 'owner' ? data.organisationName : data.post.organisationName;
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await fn();
      reload();
    } catch (err) {
      setFailure(errorText(t, err).text);
    } finally {
      setBusy(false);
    }
  };
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    void act(async () => {
      await api.post(`/conversations/${id}/messages`, { body });
      setBody('');
    });
  };
  const record = (e: FormEvent) => {
    e.preventDefault();
    void act(() => api.post(`/conversations/${id}/outcome`, { outcome, note }));
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={needsPath(slug, 'conversations')}>{t('posts.conversations.back')}</Link>
      </p>
      <PageHeader
        eyebrow={t(`posts.kinds.${data.post.kind}`)}
        title={t('posts.conversations.with', { name: other })}
        lead={
          <p>
            {t('posts.conversation.about')} <Link to={postPath(slug, data.post.id)}>{pickTranslation(data.post.title, locale)}</Link>
          </p>
        }
      />
      {data.interest.coordinatorIncluded ? <Banner tone="info">{t('posts.conversation.coordinatorIncluded')}</Banner> : null}
      {failure ? <Banner tone="error">{failure}</Banner> : null}
      <Section title={t('posts.conversation.messages')} id="conversation-messages">
        {data.messages.length ? (
          <ol className="messages">
            {data.messages.map((m) => (
              <li key={m.id} className={m.mine ? 'message message--mine' : 'message'}>
                <p className="message__who">
                  {m.mine ? t('posts.conversation.you') : [m.authorName, m.organisationName].filter(Boolean).join(' · ') || t('posts.conversation.coordination')}
                  <span className="muted"> · {formatDateTime(m.createdAt, locale)}</span>
                </p>
                <p className="message__body">{m.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('posts.conversation.none')}</p>
        )}
        {data.canWrite ? (
          <form onSubmit={send} className="stack">
            <TextArea label={t('posts.conversation.message')} value={body} onValue={setBody} rows={3} maxLength={5000} />
            <p>
              <button type="submit" className="button button--primary" disabled={busy || !body.trim()}>
                {t('posts.conversation.send')}
              </button>
            </p>
          </form>
        ) : (
          <p className="muted">{t('posts.conversation.closed')}</p>
        )}
      </Section>
      <Section title={t('posts.conversation.outcomeTitle')} id="conversation-outcome">
        {data.interest.outcome ? (
          <p>
            <strong>{t('posts.conversation.recorded', { outcome: t(`posts.conversation.outcomes.${data.interest.outcome}`) })}</strong>
            {data.interest.outcomeNote ? ` — ${data.interest.outcomeNote}` : ''}
          </p>
        ) : data.interest.status === 'withdrawn' ? (
          <p className="muted">{t('posts.conversation.statuses.withdrawn')}</p>
        ) : (
          <>
            <form onSubmit={record} className="form-grid">
              <SelectField label={t('posts.conversation.outcome')} value={outcome} onValue={setOutcome} options={outcomes.map((o) => ({ value: o, label: t(`posts.conversation.outcomes.${o}`) }))} />
              <TextField label={t('posts.conversation.note')} value={note} onValue={setNote} maxLength={2000} />
              <p>
                <button type="submit" className="button button--primary" disabled={busy}>
                  {t('posts.conversation.record')}
                </button>
              </p>
            </form>
            {data.side === 'interested' ? (
              <p>
                <button type="button" className="button button--ghost" disabled={busy} onClick={() => void act(() => api.post(`/conversations/${id}/withdraw`))}>
                  {t('posts.conversation.withdraw')}
                </button>
              </p>
            ) : null}
          </>
        )}
      </Section>
    </>
  );
}
