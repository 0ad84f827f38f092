import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNaceLabels } from '../directory/use-nace-labels';
import { organisationPath } from '../directory/paths';
import { postPath } from './post-paths';
import type { Matches } from './post-types';
import { reasonText } from './reason-text';

/** The counterparts of a post, ranked, each with why: what makes the matching explain itself. */
export function MatchesPanel({ slug, postId }: { slug: string; postId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error } = useApi<Matches>(`/posts/${postId}/matches?limit=8`);
  const nace = useNaceLabels(data ? [...data.posts, ...data.organisations].flatMap((m) => m.reasons.flatMap((r) => (r.kind === 'sector' ? (r.codes ?? []) : []))) : []);
  if (error) return <Banner tone="error">{errorText(t, error).text}</Banner>;
  if (!data) return <Loading />;
  const context = { concepts: data.concepts, networks: data.networks, nace, locale };
  const reasons = (list: Matches['posts'][number]['reasons']) => (
    <ul className="reasons-list">
      {list.map((r, i) => (
        <li key={i} className={`reason reason--${r.kind}`}>
          {reasonText(t, r, context)}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="matches">
      <h3 className="subhead">{t('posts.matches.posts')}</h3>
      {data.posts.length ? (
        <ol className="match-list" aria-label={t('posts.matches.posts')}>
          {data.posts.map((m) => (
            <li key={m.postId} className="match">
              <p className="match__head">
                <span className={`post-kind post-kind--${m.kind}`}>{t(`posts.kinds.${m.kind}`)}</span>
                <span className="match__score">{t('posts.matches.score', { score: m.score })}</span>
              </p>
              <p className="match__title">
                <Link to={postPath(slug, m.postId)}>{pickTranslation(m.title, locale)}</Link>
                <span className="muted"> · {m.organisationName}</span>
              </p>
              {reasons(m.reasons)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">{t('posts.matches.none')}</p>
      )}
      <h3 className="subhead">{t('posts.matches.organisations')}</h3>
      {data.organisations.length ? (
        <ol className="match-list" aria-label={t('posts.matches.organisations')}>
          {data.organisations.map((m) => (
            <li key={m.organisationId} className="match">
              <p className="match__head">
                <span className="tag">{t(`organisationKinds.${m.kind as 'company'}`)}</span>
                <span className="match__score">{t('posts.matches.score', { score: m.score })}</span>
              </p>
              <p className="match__title">
                <Link to={organisationPath(slug, m.organisationId)}>{m.name}</Link>
                <span className="muted">
                  {' '}
                  · {m.commune} ({m.country})
                </span>
              </p>
              {reasons(m.reasons)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">{t('posts.matches.none')}</p>
      )}
    </div>
  );
}
