import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { SearchBox } from '../../ui/search-box';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { useNetwork } from '../networks/use-network';
import { DigestToggle } from './digest-preference';
import { PostCard } from './post-card';
import { conversationPath, needsPath, newPostPath } from './post-paths';
import { postKinds, type ConversationItem, type PostPageData } from './post-types';
import './posts.css';

const PAGE_SIZE = 20;

/** The needs and offers of a network: every post one may see, one's own, and one's conversations. */
export function NeedsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const network = useNetwork(slug).data;
  const mine = useSearchParam('mine') === '1';
  const organisation = useSearchParam('organisation') ?? undefined;
  const tab = useSearchParam('tab') === 'conversations' ? 'conversations' : mine ? 'mine' : 'all';
  return (
    <>
      <PageHeader
        eyebrow={network?.name}
        title={t('posts.title')}
        lead={<p>{t('posts.lead')}</p>}
        actions={
          <Link to={newPostPath(slug)} className="button button--primary">
            {t('posts.newPost')}
          </Link>
        }
      />
      <nav className="tabs" aria-label={t('posts.title')}>
        {(['all', 'mine', 'conversations'] as const).map((k) => (
          <Link key={k} to={needsPath(slug, k === 'all' ? undefined : k)} aria-current={k === tab ? 'page' : undefined}>
            {t(`posts.tabs.${k}`)}
          </Link>
        ))}
      </nav>
      {tab === 'mine' ? <DigestToggle /> : null}
      {tab === 'conversations' ? <ConversationList slug={slug} /> : <PostList key={`${tab}-${organisation ?? ''}`} slug={slug} mine={tab === 'mine'} organisation={organisation} />}
    </>
  );
}

function PostList({ slug, mine, organisation }: { slug: string; mine: boolean; organisation?: string | undefined }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState(mine || organisation ? 'all' : 'active');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const words = useDebounced(q, 300);
  const list = useApi<PostPageData>(`/networks/${encodeURIComponent(slug)}/posts${query({ kind, status, q: words, page, pageSize: PAGE_SIZE, mine: mine ? '1' : undefined, organisation })}`);
  return (
    <>
      <div className="posts-toolbar">
        <SearchBox
          label={t('posts.filters.q')}
          value={q}
          placeholder={t('posts.filters.qPlaceholder')}
          onValue={(v) => {
            setQ(v);
            setPage(1);
          }}
        />
        <SelectField
          label={t('posts.filters.kind')}
          value={kind}
          onValue={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={[{ value: '', label: t('posts.filters.allKinds') }, ...postKinds.map((k) => ({ value: k, label: t(`posts.kinds.${k}`) }))]}
        />
        <SelectField
          label={t('posts.filters.status')}
          value={status}
          onValue={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={(['active', 'open', 'in_discussion', 'expired', 'fulfilled', 'closed', 'all'] as const).map((s) => ({ value: s, label: t(`posts.statuses.${s}`) }))}
        />
      </div>
      {list.error ? <Banner tone="error">{errorText(t, list.error).text}</Banner> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('posts.count', { n: list.data.total })}
          </p>
          {list.data.items.length ? (
            <ul className="post-list">
              {list.data.items.map((p) => (
                <li key={p.id}>
                  <PostCard slug={slug} post={p} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('posts.empty')}</p>
          )}
          <Pagination total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      ) : list.error ? null : (
        <Loading />
      )}
    </>
  );
}

function ConversationList({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const list = useApi<ConversationItem[]>(`/conversations${query({ network: slug })}`);
  if (list.error) return <Banner tone="error">{errorText(t, list.error).text}</Banner>;
  if (!list.data) return <Loading />;
  if (!list.data.length) return <p className="empty">{t('posts.conversations.none')}</p>;
  const mineIds = new Set(me.organisations.map((o) => o.id));
  return (
    <ul className="post-list">
      {list.data.map((c) => {
        const other = mineIds.has(c.postOrganisationId) ? c.organisationName : c.postOrganisationName;
        return (
          <li key={c.id}>
            <article className="post-card">
              <p className="post-card__kind">
                <span className={`post-kind post-kind--${c.postKind}`}>{t(`posts.kinds.${c.postKind}`)}</span>
                <span className="tag">{c.outcome ? t(`posts.conversation.outcomes.${c.outcome}`) : t(`posts.conversation.statuses.${c.status}`)}</span>
              </p>
              <h3 className="post-card__title">
                <Link to={conversationPath(slug, c.id)}>{t('posts.conversations.with', { name: other })}</Link>
              </h3>
              <p className="post-card__meta">
                {pickTranslation(c.postTitle, locale)} · {t('posts.conversations.messages', { n: c.messages })} · {formatDateTime(c.updatedAt, locale)}
              </p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
