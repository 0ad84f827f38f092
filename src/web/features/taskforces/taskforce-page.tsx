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
import { TaskforceAxes } from '../indicators/event-tags';
import { postPath } from '../posts/post-paths';
import { taskforcesPath, type NetworkPerson, type TaskforceDetail } from './taskforce-types';
import '../posts/posts.css';

/** A taskforce or a peer challenge: its people, milestones, deliverables, documents, recommendations and closure. */
export function TaskforcePage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error, reload } = useApi<TaskforceDetail>(`/taskforces/${encodeURIComponent(id)}`);
  const [failure, setFailure] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await fn();
      reload();
      return true;
    } catch (err) {
      setFailure(errorText(t, err).text);
      return false;
    }
  };
  if (error)
    return (
      <>
        <PageHeader title={t('taskforces.title')} />
        <Banner tone="error">{errorText(t, error).text}</Banner>
      </>
    );
  if (!data) return <Loading />;
  const { taskforce: tf, rights } = data;
  const active = tf.status === 'active';
  const base = `/taskforces/${tf.id}`;
  const goal = pickTranslation(tf.goal, locale);
  return (
    <>
      <p className="breadcrumb">
        <Link to={taskforcesPath(slug)}>{t('taskforces.back')}</Link>
      </p>
      <PageHeader
        eyebrow={
          <>
            <span className="tag tag--accent">{t(`taskforces.kinds.${tf.kind}`)}</span>{' '}
            <span className={`tag taskforce-status taskforce-status--${tf.status}`}>{t(`taskforces.statuses.${tf.status}`)}</span>
          </>
        }
        title={pickTranslation(tf.title, locale)}
        lead={
          <>
            {goal ? <p>{goal}</p> : null}
            {data.problem ? (
              <p>
                {t('taskforces.detail.fromProblem')} <Link to={postPath(slug, data.problem.id)}>{pickTranslation(data.problem.title, locale)}</Link>
              </p>
            ) : null}
            {data.host ? <p>{t('taskforces.detail.host', { name: data.host.name })}</p> : null}
            {tf.sessionAt ? <p>{t('taskforces.detail.session', { when: formatDateTime(tf.sessionAt, locale) })}</p> : null}
          </>
        }
        actions={
          rights.join ? (
            <button type="button" className="button button--primary" onClick={() => void act(() => api.post(`${base}/join`))}>
              {t('taskforces.detail.join')}
            </button>
          ) : undefined
        }
      />
      {failure ? <Banner tone="error">{failure}</Banner> : null}
      {!active ? (
        <Section title={t('taskforces.close.closedTitle')} id="tf-closure">
          {tf.closureSummary ? <p>{tf.closureSummary}</p> : null}
          <h3 className="subhead">{t('taskforces.close.lessons')}</h3>
          <p className="lessons">{tf.lessonsLearned || '—'}</p>
        </Section>
      ) : null}
      <div className="post-layout">
        <div className="post-layout__main">
          {tf.kind === 'peer_challenge' ? <Recommendations data={data} base={base} act={act} /> : null}
          <Section title={t('taskforces.milestones.title')} id="tf-milestones">
            {data.milestones.length ? (
              <ul className="check-items">
                {data.milestones.map((m) => (
                  <li key={m.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={!!m.doneAt}
                        disabled={!rights.contribute || !active}
                        onChange={(e) => void act(() => api.patch(`${base}/milestones/${m.id}`, { done: e.target.checked }))}
                      />
                      <span>
                        {m.title}
                        {m.dueOn ? <span className="muted"> · {m.dueOn}</span> : null}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('taskforces.milestones.none')}</p>
            )}
            {rights.manage && active ? <AddItem label={t('taskforces.milestones.add')} withDate onAdd={(title, dueOn) => act(() => api.post(`${base}/milestones`, { title, dueOn: dueOn || null }))} /> : null}
          </Section>
          <Section title={t('taskforces.deliverables.title')} id="tf-deliverables">
            {data.deliverables.length ? (
              <ul className="item-list">
                {data.deliverables.map((d) => (
                  <li key={d.id} className="item-row">
                    <span>
                      {d.title}
                      {d.dueOn ? <span className="muted"> · {d.dueOn}</span> : null}
                    </span>
                    {rights.contribute && active ? (
                      <SelectField
                        label={t('taskforces.deliverables.status')}
                        value={d.status}
                        onValue={(v) => void act(() => api.patch(`${base}/deliverables/${d.id}`, { status: v }))}
                        options={(['planned', 'in_progress', 'delivered'] as const).map((s) => ({ value: s, label: t(`taskforces.deliverables.statuses.${s}`) }))}
                      />
                    ) : (
                      <span className="tag">{t(`taskforces.deliverables.statuses.${d.status}`)}</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('taskforces.deliverables.none')}</p>
            )}
            {rights.manage && active ? <AddItem label={t('taskforces.deliverables.add')} withDate onAdd={(title, dueOn) => act(() => api.post(`${base}/deliverables`, { title, dueOn: dueOn || null }))} /> : null}
          </Section>
          <Section title={t('taskforces.documents.title')} id="tf-documents">
            {data.documents.length ? (
              <ul className="item-list">
                {data.documents.map((d) => (
                  <li key={d.id}>
                    <a href={d.url} target="_blank" rel="noopener noreferrer">
                      {d.title}
                    </a>{' '}
                    <span className="muted">{formatDateTime(d.createdAt, locale)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('taskforces.documents.none')}</p>
            )}
            {rights.contribute ? <AddDocument onAdd={(title, url) => act(() => api.post(`${base}/documents`, { title, url }))} /> : null}
          </Section>
          {rights.manage && active ? <CloseForm onClose={(input) => act(() => api.post(`${base}/close`, input))} /> : null}
        </div>
        <aside className="post-layout__side">
          <TaskforceAxes slug={slug} taskforceId={tf.id} />
          <Section title={t('taskforces.members.title')} id="tf-members">
            <ul className="item-list">
              {data.members.map((m) => (
                <li key={m.userId}>
                  {m.name}
                  {m.organisationName ? <span className="muted"> · {m.organisationName}</span> : null} <span className="tag">{t(`taskforces.roles.${m.role as 'member'}`)}</span>
                </li>
              ))}
            </ul>
            {rights.manage && active ? <AddMember slug={slug} members={data.members.map((m) => m.userId)} onAdd={(userId) => act(() => api.post(`${base}/members`, { userId }))} /> : null}
          </Section>
          <Section title={t('taskforces.detail.facts')} id="tf-facts">
            <dl className="facts-list">
              <div className="facts-list__row">
                <dt>{t('taskforces.detail.dueOn')}</dt>
                <dd>{tf.dueOn ?? '—'}</dd>
              </div>
              <div className="facts-list__row">
                <dt>{t('taskforces.detail.visibility')}</dt>
                <dd>{t(`taskforces.visibilities.${tf.visibility}`)}</dd>
              </div>
              <div className="facts-list__row">
                <dt>{t('taskforces.detail.opened')}</dt>
                <dd>{formatDateTime(tf.createdAt, locale)}</dd>
              </div>
            </dl>
          </Section>
        </aside>
      </div>
    </>
  );
}

function Recommendations({ data, base, act }: { data: TaskforceDetail; base: string; act: (fn: () => Promise<unknown>) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const active = data.taskforce.status === 'active';
  return (
    <Section title={t('taskforces.recommendations.title')} id="tf-recommendations">
      <p className="muted">{t('taskforces.recommendations.lead')}</p>
      {data.recommendations.length ? (
        <ol className="item-list">
          {data.recommendations.map((r) => (
            <li key={r.id} className="item-row">
              <span>{r.body}</span>
              {data.rights.contribute ? (
                <SelectField
                  label={t('taskforces.recommendations.status')}
                  value={r.status}
                  onValue={(v) => void act(() => api.patch(`${base}/recommendations/${r.id}`, { status: v }))}
                  options={(['proposed', 'adopted', 'declined', 'done'] as const).map((s) => ({ value: s, label: t(`taskforces.recommendations.statuses.${s}`) }))}
                />
              ) : (
                <span className="tag">{t(`taskforces.recommendations.statuses.${r.status}`)}</span>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('taskforces.recommendations.none')}</p>
      )}
      {data.rights.contribute && active ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => api.post(`${base}/recommendations`, { body })).then((ok) => ok && setBody(''));
          }}
        >
          <TextArea label={t('taskforces.recommendations.add')} value={body} onValue={setBody} rows={2} maxLength={2000} />
          <p>
            <button type="submit" className="button button--primary" disabled={!body.trim()}>
              {t('taskforces.recommendations.record')}
            </button>
          </p>
        </form>
      ) : null}
    </Section>
  );
}

function AddItem({ label, withDate, onAdd }: { label: string; withDate?: boolean; onAdd: (title: string, dueOn: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onAdd(title, dueOn).then((ok) => {
      if (ok) {
        setTitle('');
        setDueOn('');
      }
    });
  };
  return (
    <form onSubmit={submit} className="inline-add">
      <TextField label={label} value={title} onValue={setTitle} maxLength={300} />
      {withDate ? <TextField label={t('taskforces.dueOn')} type="date" value={dueOn} onValue={setDueOn} /> : null}
      <button type="submit" className="button button--ghost" disabled={!title.trim()}>
        {t('taskforces.add')}
      </button>
    </form>
  );
}

function AddDocument({ onAdd }: { onAdd: (title: string, url: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  return (
    <form
      className="inline-add"
      onSubmit={(e) => {
        e.preventDefault();
        void onAdd(title, url).then((ok) => {
          if (ok) {
            setTitle('');
            setUrl('');
          }
        });
      }}
    >
      <TextField label={t('taskforces.documents.name')} value={title} onValue={setTitle} maxLength={300} />
      <TextField label={t('taskforces.documents.url')} type="url" value={url} onValue={setUrl} placeholder="https://" />
      <button type="submit" className="button button--ghost" disabled={!title.trim() || !url.trim()}>
        {t('taskforces.add')}
      </button>
    </form>
  );
}

function AddMember({ slug, members, onAdd }: { slug: string; members: string[]; onAdd: (userId: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const people = useApi<NetworkPerson[]>(`/networks/${encodeURIComponent(slug)}/people`);
  const options = (people.data ?? []).filter((p) => !members.includes(p.userId));
  return (
    <SelectField
      label={t('taskforces.members.add')}
      value=""
      onValue={(v) => v && void onAdd(v)}
      options={[{ value: '', label: t('taskforces.members.choose') }, ...options.map((p) => ({ value: p.userId, label: [p.name, p.organisations[0]?.name].filter(Boolean).join(' · ') }))]}
    />
  );
}

function CloseForm({ onClose }: { onClose: (input: { outcome: string; closureSummary: string; lessonsLearned: string }) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  const [lessons, setLessons] = useState('');
  return (
    <Section title={t('taskforces.close.title')} id="tf-close">
      <p className="muted">{t('taskforces.close.lead')}</p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void onClose({ outcome: 'closed', closureSummary: summary, lessonsLearned: lessons });
        }}
      >
        <TextArea label={t('taskforces.close.summary')} value={summary} onValue={setSummary} rows={3} maxLength={5000} />
        <TextArea label={t('taskforces.close.lessons')} value={lessons} onValue={setLessons} rows={3} maxLength={5000} required />
        <p className="button-row">
          <button type="submit" className="button button--primary" disabled={!lessons.trim()}>
            {t('taskforces.close.submit')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => void onClose({ outcome: 'abandoned', closureSummary: summary, lessonsLearned: lessons })}>
            {t('taskforces.close.abandon')}
          </button>
        </p>
      </form>
    </Section>
  );
}
