import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField, TextField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNetwork } from '../networks/use-network';
import { newPostPath } from '../posts/post-paths';
import type { PostPageData } from '../posts/post-types';
import { taskforcePath, type NetworkPerson, type Taskforce, type TaskforceListItem } from './taskforce-types';
import '../posts/posts.css';

/** "Un problème, un projet": the taskforces and peer challenges of a network; coordinators open them here. */
export function TaskforcesPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { me } = useSession();
  const network = useNetwork(slug).data;
  const coordinates = !!me.user?.isAdmin || !!me.networks.find((n) => n.slug === slug)?.roles.includes('coordinator');
  const list = useApi<TaskforceListItem[]>(`/networks/${encodeURIComponent(slug)}/taskforces`);
  return (
    <>
      <PageHeader
        eyebrow={network?.name}
        title={t('taskforces.title')}
        lead={<p>{t('taskforces.lead')}</p>}
        actions={
          <Link to={newPostPath(slug, 'problem')} className="button button--ghost">
            {t('taskforces.postProblem')}
          </Link>
        }
      />
      {list.error ? <Banner tone="error">{errorText(t, list.error).text}</Banner> : null}
      {!list.data ? (
        list.error ? null : <Loading />
      ) : list.data.length ? (
        <ul className="post-list">
          {list.data.map((tf) => (
            <li key={tf.id}>
              <article className="post-card">
                <p className="post-card__kind">
                  <span className="tag tag--accent">{t(`taskforces.kinds.${tf.kind}`)}</span>
                  <span className={`tag taskforce-status taskforce-status--${tf.status}`}>{t(`taskforces.statuses.${tf.status}`)}</span>
                </p>
                <h3 className="post-card__title">
                  <Link to={taskforcePath(slug, tf.id)}>{pickTranslation(tf.title, locale)}</Link>
                </h3>
                <p className="post-card__meta">
                  {tf.leadName ? t('taskforces.ledBy', { name: tf.leadName }) : t('taskforces.noLead')} · {t('taskforces.membersCount', { n: tf.members })}
                  {tf.milestones ? ` · ${t('taskforces.progress', { done: tf.milestonesDone, total: tf.milestones })}` : ''}
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('taskforces.none')}</p>
      )}
      {coordinates ? <CreateTaskforce slug={slug} /> : null}
    </>
  );
}

function CreateTaskforce({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const problemParam = useSearchParam('problem');
  const [kind, setKind] = useState<'taskforce' | 'peer_challenge'>('taskforce');
  const [problem, setProblem] = useState(problemParam ?? '');
  const [lead, setLead] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [title, setTitle] = useState('');
  const [host, setHost] = useState('');
  const [session, setSession] = useState('');
  const [challengers, setChallengers] = useState<string[]>([]);
  const [error, setError] = useState<{ field?: string; text: string } | null>(null);
  const problems = useApi<PostPageData>(`/networks/${encodeURIComponent(slug)}/posts${query({ kind: 'problem', status: 'active', pageSize: 100 })}`);
  const people = useApi<NetworkPerson[]>(`/networks/${encodeURIComponent(slug)}/people`);
  const orgs = useApi<{ items: { id: string; name: string }[] }>(`/networks/${encodeURIComponent(slug)}/organisations${query({ pageSize: 200 })}`);
  const personOptions = (people.data ?? []).map((p) => ({ value: p.userId, label: [p.name, p.organisations[0]?.name].filter(Boolean).join(' · ') }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const input =
      kind === 'taskforce'
        ? { kind, problemPostId: problem || null, leadUserId: lead || null, dueOn: dueOn || null, ...(title ? { title: { [locale]: title } } : {}) }
        : {
            kind,
            title: { [locale]: title },
            hostOrganisationId: host || null,
            sessionAt: session ? new Date(session).toISOString() : null,
            leadUserId: lead || null,
            memberUserIds: challengers,
            visibility: 'members',
          };
    try {
      const created = await api.post<Taskforce>(`/networks/${encodeURIComponent(slug)}/taskforces`, input);
      navigate(taskforcePath(slug, created.id));
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  return (
    <Section title={t('taskforces.create.title')} id="create-taskforce">
      <form onSubmit={submit} className="stack">
        {error ? <Banner tone="error">{error.text}</Banner> : null}
        <div className="segmented" role="group" aria-label={t('taskforces.create.kind')}>
          {(['taskforce', 'peer_challenge'] as const).map((k) => (
            <button key={k} type="button" className={k === kind ? 'segmented__item segmented__item--on' : 'segmented__item'} aria-pressed={k === kind} onClick={() => setKind(k)}>
              {t(`taskforces.kinds.${k}`)}
            </button>
          ))}
        </div>
        {kind === 'taskforce' ? (
          <div className="form-grid">
            <SelectField
              label={t('taskforces.create.problem')}
              value={problem}
              onValue={setProblem}
              options={[{ value: '', label: t('taskforces.create.noProblem') }, ...(problems.data?.items ?? []).map((p) => ({ value: p.id, label: `${pickTranslation(p.title, locale)} — ${p.organisationName}` }))]}
            />
            <TextField label={t('taskforces.create.titleField')} hint={t('taskforces.create.titleHint')} value={title} onValue={setTitle} maxLength={300} />
            <SelectField label={t('taskforces.create.lead')} value={lead} onValue={setLead} options={[{ value: '', label: t('taskforces.create.chooseLater') }, ...personOptions]} />
            <TextField label={t('taskforces.create.dueOn')} type="date" value={dueOn} onValue={setDueOn} />
          </div>
        ) : (
          <>
            <div className="form-grid">
              <TextField label={t('taskforces.create.titleField')} value={title} onValue={setTitle} maxLength={300} required />
              <SelectField label={t('taskforces.create.host')} value={host} onValue={setHost} options={[{ value: '', label: t('taskforces.create.chooseHost') }, ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))]} />
              <TextField label={t('taskforces.create.session')} type="datetime-local" value={session} onValue={setSession} />
              <SelectField label={t('taskforces.create.lead')} value={lead} onValue={setLead} options={[{ value: '', label: t('taskforces.create.chooseLater') }, ...personOptions]} />
            </div>
            <SelectField
              label={t('taskforces.create.challengers')}
              value=""
              onValue={(v) => v && !challengers.includes(v) && setChallengers([...challengers, v])}
              options={[{ value: '', label: t('taskforces.create.addChallenger') }, ...personOptions.filter((o) => !challengers.includes(o.value))]}
            />
            {challengers.length ? (
              <ul className="chips__list">
                {challengers.map((c) => (
                  <li key={c}>
                    <button type="button" className="chip" onClick={() => setChallengers(challengers.filter((x) => x !== c))}>
                      <span className="chip__label">{personOptions.find((o) => o.value === c)?.label ?? c}</span>
                      <span className="chip__x" aria-hidden="true">
                        ×
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
        <p>
          <button type="submit" className="button button--primary">
            {t('taskforces.create.submit')}
          </button>
        </p>
      </form>
    </Section>
  );
}
