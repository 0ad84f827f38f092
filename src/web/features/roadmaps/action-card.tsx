import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Checkbox, TextArea } from '../../ui/fields';
import { formatDay } from '../dashboard/format';
import { eventPath } from '../events/event-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { RoadmapAction, RoadmapView } from '../reports/reporting-types';
import { ActionProgressLine } from './action-progress';
import { LinkPicker } from './link-picker';

interface Props {
  slug: string;
  action: RoadmapAction;
  view: RoadmapView;
  keep: boolean;
  onKeep: (keep: boolean) => void;
  onChange: () => void;
}

/** One action: owner, dates, computed progress, the records that implement it, votes and comments. */
export function ActionCard({ slug, action, view, keep, onKeep, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const consultation = view.roadmap.status === 'consultation';
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      onChange();
    } catch (cause) {
      setError(cause);
    }
  };
  const vote = (value: -1 | 0 | 1) => run(() => api.post(`/roadmap-actions/${encodeURIComponent(action.id)}/vote`, { value }));
  const title = pickTranslation(action.title, locale);
  return (
    <li className={`action-card action-card--${action.status}`} data-action={title}>
      <div className="action-card__head">
        <h4 className="action-card__title">{title}</h4>
        {action.status !== 'adopted' ? <span className={`tag tag--action-${action.status}`}>{t(`reporting.roadmap.actionStatus.${action.status}`)}</span> : null}
      </div>
      <p className="action-card__meta muted">
        {[action.ownerOrganisationName ?? action.ownerName ? t('reporting.roadmap.owner', { name: [action.ownerName, action.ownerOrganisationName].filter(Boolean).join(' — ') }) : null, action.dueOn ? t('reporting.roadmap.due', { date: formatDay(action.dueOn, locale) }) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {pickTranslation(action.description, locale) ? <p>{pickTranslation(action.description, locale)}</p> : null}
      <ActionProgressLine action={action} />
      {action.links.length > 0 ? (
        <details className="action-card__links">
          <summary>{t('reporting.roadmap.links', { n: action.links.length })}</summary>
          <ul>
            {action.links.map((l) => (
              <li key={l.id}>
                <span className={`tag tag--link-${l.state}`}>{t(`reporting.roadmap.linkStates.${l.state}`)}</span>{' '}
                {l.kind === 'event' ? <Link to={eventPath(slug, l.recordId)}>{pickTranslation(l.title, locale)}</Link> : pickTranslation(l.title, locale)}
                {l.at ? <span className="muted"> — {formatDay(l.at, locale)}</span> : null}
                {view.canManage ? (
                  <button type="button" className="link-button action-card__unlink" onClick={() => void run(() => api.delete(`/roadmap-links/${encodeURIComponent(l.id)}`))}>
                    {t('reporting.roadmap.unlink')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {view.canManage && action.status !== 'dropped' ? (
        <details className="link-picker-toggle">
          <summary>{t('reporting.roadmap.linkSomething')}</summary>
          <LinkPicker slug={slug} actionId={action.id} defaultKind={action.targetKind} onLinked={onChange} />
        </details>
      ) : null}
      {consultation && view.canVote ? (
        <div className="action-card__votes" role="group" aria-label={t('reporting.roadmap.voteLabel')}>
          <button type="button" className="button button--small button--ghost" aria-pressed={action.votes.mine === 1} onClick={() => void vote(action.votes.mine === 1 ? 0 : 1)}>
            {t('reporting.roadmap.voteFor', { n: action.votes.for })}
          </button>
          <button type="button" className="button button--small button--ghost" aria-pressed={action.votes.mine === -1} onClick={() => void vote(action.votes.mine === -1 ? 0 : -1)}>
            {t('reporting.roadmap.voteAgainst', { n: action.votes.against })}
          </button>
        </div>
      ) : action.votes.for + action.votes.against > 0 ? (
        <p className="muted">{t('reporting.roadmap.votes', { pro: action.votes.for, contra: action.votes.against })}</p>
      ) : null}
      {view.canManage && consultation && action.status === 'proposed' ? <Checkbox label={t('reporting.roadmap.keep')} checked={keep} onChecked={onKeep} /> : null}
      {action.comments.length > 0 || view.canComment ? (
        <details className="action-card__comments" open={consultation && action.comments.length > 0}>
          <summary>{t('reporting.roadmap.comments', { n: action.comments.length })}</summary>
          <ul>
            {action.comments.map((c) => (
              <li key={c.id}>
                <strong>{c.author || t('reporting.roadmap.someone')}</strong>
                {c.organisation ? <span className="muted"> — {c.organisation}</span> : null}
                <span className="muted"> · {formatDay(c.createdAt, locale)}</span>
                <p>{c.body}</p>
              </li>
            ))}
          </ul>
          {view.canComment && view.roadmap.status !== 'archived' ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (comment.trim()) void run(() => api.post(`/roadmap-actions/${encodeURIComponent(action.id)}/comments`, { body: comment })).then(() => setComment(''));
              }}
            >
              <TextArea label={t('reporting.roadmap.comment')} value={comment} onValue={setComment} maxLength={4000} rows={2} />
              <button type="submit" className="button button--small button--ghost" disabled={!comment.trim()}>
                {t('reporting.roadmap.send')}
              </button>
            </form>
          ) : null}
        </details>
      ) : null}
      {error ? <Banner tone="error">{reportingErrorText(t, error).text}</Banner> : null}
    </li>
  );
}
