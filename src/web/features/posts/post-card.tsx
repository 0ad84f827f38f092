import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { formatDateTime } from '../../ui/format';
import { postPath } from './post-paths';
import type { PostListItem } from './post-types';

export const statusClass = (status: string) => `tag post-status post-status--${status}`;

/** Past its expiry date (the server hides such posts from lists and suggestions until the owner renews them). */
export const isExpired = (expiresOn: string | null, today = new Date().toISOString().slice(0, 10)) => expiresOn !== null && expiresOn < today;

/** One post in a list: its kind, title, organisation, place, status and how many are interested. */
export function PostCard({ slug, post }: { slug: string; post: PostListItem }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <article className="post-card">
      <p className="post-card__kind">
        <span className={`post-kind post-kind--${post.kind}`}>{t(`posts.kinds.${post.kind}`)}</span>
        <span className={statusClass(post.status)}>{t(`posts.statuses.${post.status}`)}</span>
        {isExpired(post.expiresOn) ? <span className="tag post-status post-status--expired">{t('posts.expiry.tag')}</span> : null}
      </p>
      <h3 className="post-card__title">
        <Link to={postPath(slug, post.id)}>{pickTranslation(post.title, locale)}</Link>
      </h3>
      <p className="post-card__meta">
        {post.organisationName}
        {post.commune ? ` · ${post.commune}` : ''}
        {post.country ? ` (${post.country})` : ''}
        {' · '}
        {formatDateTime(post.createdAt, locale)}
      </p>
      {post.interests ? <p className="post-card__interests muted">{t('posts.interestsCount', { n: post.interests })}</p> : null}
    </article>
  );
}
