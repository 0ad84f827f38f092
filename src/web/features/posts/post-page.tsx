import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField, TextArea } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { organisationPath } from '../directory/paths';
import { useNaceLabels } from '../directory/use-nace-labels';
import { eventPath } from '../events/event-paths';
import { resourcePath } from '../resources/resource-paths';
import { ReferralPanel } from '../skills/referral-panel';
import { MatchesPanel } from './matches-panel';
import { isExpired, statusClass } from './post-card';
import { conversationPath, needsPath } from './post-paths';
import { postStatuses, type Interest, type PostDetail } from './post-types';
import { conceptName, useConceptLabels } from './use-concepts';
import './posts.css';

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return (
    <dl className="facts-list">
      {shown.map(([label, value]) => (
        <div key={label} className="facts-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One need or offer: what it says, its codes, its referral to an operator, the interests, and suggested counterparts. */
export function PostPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { me } = useSession();
  const conversationParam = useSearchParam('conversation');
  const { data, error, reload } = useApi<PostDetail>(`/posts/${encodeURIComponent(id)}`);
  const labels = useConceptLabels(data ? [...data.post.occupationCodes, ...data.post.skillCodes] : []);
  const nace = useNaceLabels(data?.post.naceCodes ?? []);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [renewing, setRenewing] = useState(false);

  if (error)
    return (
      <>
        <PageHeader title={t('posts.detail.notFound')} />
        <Banner tone="error">{errorText(t, error).text}</Banner>
        <p>
          <Link to={needsPath(slug)}>{t('posts.detail.back')}</Link>
        </p>
      </>
    );
  if (!data) return <Loading />;
  const { post } = data;
  const title = pickTranslation(post.title, locale);
  const body = pickTranslation(post.body, locale);
  const shownIn = (Object.keys(post.title) as Locale[]).find((l) => post.title[l] === title);
  const mineIds = new Set(me.organisations.map((o) => o.id));
  const myInterest = data.interests.find((i) => mineIds.has(i.organisationId));
  const concepts = (keys: string[]) =>
    keys.length ? (
      <ul className="code-list">
        {keys.map((k) => (
          <li key={k}>{conceptName(k, labels, locale)}</li>
        ))}
      </ul>
    ) : null;

  const setStatus = async (status: string) => {
    setStatusError(null);
    try {
      await api.post(`/posts/${post.id}/status`, { status });
      reload();
    } catch (err) {
      setStatusError(errorText(t, err).text);
    }
  };

  const renew = async () => {
    setStatusError(null);
    setRenewing(true);
    try {
      await api.post(`/posts/${post.id}/renew`);
      reload();
    } catch (err) {
      setStatusError(errorText(t, err).text);
    }
    setRenewing(false);
  };
  const expired = isExpired(post.expiresOn);

  return (
    <>
      <p className="breadcrumb">
        <Link to={needsPath(slug)}>{t('posts.detail.back')}</Link>
      </p>
      <PageHeader
        eyebrow={
          <>
            <span className={`post-kind post-kind--${post.kind}`}>{t(`posts.kinds.${post.kind}`)}</span>{' '}
            <span className={statusClass(post.status)}>{t(`posts.statuses.${post.status}`)}</span>
            {expired ? <span className="tag post-status post-status--expired">{t('posts.expiry.tag')}</span> : null}
          </>
        }
        title={title}
        lead={
          <p>
            <Link to={organisationPath(slug, data.organisation.id)}>{data.organisation.name}</Link>
            {post.commune ? ` · ${[post.postcode, post.commune].filter(Boolean).join(' ')}` : ''}
            {post.country ? ` (${post.country})` : ''}
            {' · '}
            <Link to={`${needsPath(slug)}?organisation=${encodeURIComponent(data.organisation.id)}`}>{t('posts.detail.otherPosts')}</Link>
          </p>
        }
        actions={
          data.canEdit ? (
            <SelectField
              label={t('posts.detail.changeStatus')}
              value={post.status}
              onValue={(v) => void setStatus(v)}
              options={postStatuses.map((s) => ({ value: s, label: t(`posts.statuses.${s}`) }))}
            />
          ) : undefined
        }
      />
      {statusError ? <Banner tone="error">{statusError}</Banner> : null}
      {expired ? (
        <div className="post-expired" role="status">
          <p>{t(data.canEdit ? 'posts.expiry.ownerLead' : 'posts.expiry.lead', { date: post.expiresOn })}</p>
          {data.canEdit ? (
            <button type="button" className="button button--primary" disabled={renewing} onClick={() => void renew()}>
              {t('posts.expiry.renew')}
            </button>
          ) : null}
        </div>
      ) : null}
      {conversationParam ? (
        <Banner tone="info">
          <Link to={conversationPath(slug, conversationParam)}>{t('posts.interests.openConversation')}</Link>
        </Banner>
      ) : null}
      <div className="post-layout">
        <div className="post-layout__main">
          <Section title={t('posts.detail.about')} id="post-about">
            {body ? <p className="post-body">{body}</p> : <p className="muted">{t('posts.detail.noText')}</p>}
            {shownIn && shownIn !== locale ? <p className="muted">{t('posts.detail.shownIn', { language: t(`languageNames.${shownIn}`) })}</p> : null}
            <Facts
              rows={[
                [t('posts.detail.occupations'), concepts(post.occupationCodes)],
                [t('posts.detail.skills'), concepts(post.skillCodes)],
                [
                  t('posts.detail.sector'),
                  post.naceCodes.length ? (
                    <ul className="code-list">
                      {post.naceCodes.map((c) => (
                        <li key={c}>
                          <span className="code">{c}</span> {nace(c)}
                        </li>
                      ))}
                    </ul>
                  ) : null,
                ],
                [t('posts.detail.keywords'), post.keywords.join(', ')],
              ]}
            />
          </Section>
          {data.recruitment || data.training || post.kind === 'purchase_request' ? (
            <Section title={t('posts.detail.need')} id="post-need">
              <Facts
                rows={[
                  ...(data.recruitment
                    ? ([
                        [t('posts.recruitment.occupation'), conceptName(data.recruitment.occupationCode, labels, locale)],
                        [t('posts.recruitment.headcount'), String(data.recruitment.headcount)],
                        [t('posts.recruitment.contract'), t(`posts.recruitment.contracts.${data.recruitment.contract as 'permanent'}`)],
                        [t('posts.recruitment.urgency'), t(`posts.recruitment.urgencies.${data.recruitment.urgency as 'normal'}`)],
                        [t('posts.recruitment.startOn'), data.recruitment.startOn ?? ''],
                      ] as [string, ReactNode][])
                    : []),
                  ...(data.training
                    ? ([
                        [t('posts.training.topic'), data.training.topic],
                        [t('posts.recruitment.headcount'), String(data.training.headcount)],
                        [t('posts.training.format'), t(`posts.training.formats.${data.training.format as 'any'}`)],
                        [t('posts.training.period'), [data.training.periodStart, data.training.periodEnd].filter(Boolean).join(' → ')],
                        [t('posts.training.session'), data.training.eventId ? <Link to={eventPath(slug, data.training.eventId)}>{t('posts.training.sessionLink')}</Link> : ''],
                      ] as [string, ReactNode][])
                    : []),
                  ...(post.kind === 'purchase_request'
                    ? ([
                        [t('posts.purchase.volume'), post.details.volume ?? ''],
                        [t('posts.purchase.deadline'), post.details.deadline ?? ''],
                        [t('posts.purchase.criteria'), (post.details.criteria ?? []).map((c) => t(`posts.criteria.${c as 'sse_supplier'}`)).join(', ')],
                      ] as [string, ReactNode][])
                    : []),
                ]}
              />
            </Section>
          ) : null}
          {data.referrals.length || post.kind === 'recruitment' || post.kind === 'training_need' ? (
            <Section title={t('skills.referral.title')} id="post-referrals">
              {data.referrals.length ? (
                data.referrals.map((r) => <ReferralPanel key={r.id} referral={r} slug={slug} companyOrganisationId={post.organisationId} onChange={reload} />)
              ) : (
                <p className="muted">{t('skills.referral.none')}</p>
              )}
            </Section>
          ) : null}
          <Section title={t('posts.matches.title')} id="post-matches">
            <p className="muted">{t('posts.matches.lead')}</p>
            <MatchesPanel slug={slug} postId={post.id} />
          </Section>
        </div>
        <aside className="post-layout__side">
          <Section title={data.canEdit ? t('posts.interests.title') : t('posts.interest.title')} id="post-interests">
            {data.canEdit ? (
              <InterestList slug={slug} interests={data.interests} />
            ) : myInterest ? (
              <p>
                <Link to={conversationPath(slug, myInterest.id)} className="button button--primary">
                  {t('posts.interests.openConversation')}
                </Link>
              </p>
            ) : post.status === 'fulfilled' || post.status === 'closed' || expired ? (
              <p className="muted">{t('posts.interest.closed')}</p>
            ) : (
              <InterestForm slug={slug} postId={post.id} ownerId={post.organisationId} />
            )}
          </Section>
          <Section title={t('posts.detail.facts')} id="post-facts">
            <Facts
              rows={[
                [t('posts.form.startsOn'), post.startsOn ?? ''],
                [t('posts.form.endsOn'), post.endsOn ?? ''],
                [
                  t('posts.form.expiresOn'),
                  post.expiresOn && data.canEdit && !expired ? (
                    <>
                      {post.expiresOn}{' '}
                      <button type="button" className="button button--small" disabled={renewing} onClick={() => void renew()}>
                        {t('posts.expiry.renew')}
                      </button>
                    </>
                  ) : (
                    (post.expiresOn ?? '')
                  ),
                ],
                [t('posts.form.visibility'), t(`visibilities.${post.visibility as 'network'}`)],
                [t('posts.detail.networks'), data.networks.map((n) => n.name).join(', ')],
                [t('posts.detail.resource'), data.resource ? <Link to={resourcePath(slug, data.resource.id)}>{data.resource.name}</Link> : ''],
                [t('posts.detail.published'), formatDateTime(post.createdAt, locale)],
              ]}
            />
          </Section>
        </aside>
      </div>
    </>
  );
}

function InterestList({ slug, interests }: { slug: string; interests: (Interest & { organisationName: string })[] }) {
  const { t } = useTranslation();
  if (!interests.length) return <p className="muted">{t('posts.interests.none')}</p>;
  return (
    <ul className="interest-list">
      {interests.map((i) => (
        <li key={i.id}>
          <Link to={conversationPath(slug, i.id)}>{i.organisationName}</Link>{' '}
          <span className="tag">{i.outcome ? t(`posts.conversation.outcomes.${i.outcome}`) : t(`posts.conversation.statuses.${i.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}

function InterestForm({ slug, postId, ownerId }: { slug: string; postId: string; ownerId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const choices = me.organisations.filter((o) => o.id !== ownerId);
  const [organisationId, setOrganisationId] = useState(choices[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!choices.length) return <p className="muted">{t('posts.interest.noOrganisation')}</p>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const interest = await api.post<Interest>(`/posts/${postId}/interests`, { organisationId, message });
      navigate(conversationPath(slug, interest.id));
    } catch (err) {
      setError(errorText(t, err).text);
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="stack">
      <p className="muted">{t('posts.interest.lead')}</p>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {choices.length > 1 ? <SelectField label={t('posts.interest.organisation')} value={organisationId} onValue={setOrganisationId} options={choices.map((o) => ({ value: o.id, label: o.name }))} /> : null}
      <TextArea label={t('posts.interest.message')} value={message} onValue={setMessage} rows={4} maxLength={5000} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('posts.interest.send')}
      </button>
    </form>
  );
}
