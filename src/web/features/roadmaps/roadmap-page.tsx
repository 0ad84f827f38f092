import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { TextField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { formatDay, formatPercent } from '../dashboard/format';
import { ProgressBar } from '../dashboard/progress-bar';
import { roadmapVersionPath, roadmapsPath } from '../reports/reporting-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { RoadmapView } from '../reports/reporting-types';
import { ActionCard } from './action-card';
import { ActionForm } from './action-form';
import '../reports/reporting.css';

function AddTitled({ label, button, onAdd }: { label: string; button: string; onAdd: (title: string) => Promise<void> }) {
  const [title, setTitle] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) void onAdd(title).then(() => setTitle(''));
      }}
    >
      <TextField label={label} value={title} onValue={setTitle} maxLength={300} />
      <button type="submit" className="button button--small button--ghost" disabled={!title.trim()}>
        {button}
      </button>
    </form>
  );
}

/** A roadmap: axes → objectives → actions with computed progress; consultation, adoption and versions. */
export function RoadmapPage({ slug, id }: { slug: string; id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const view = useApi<RoadmapView>(`/roadmaps/${encodeURIComponent(id)}`);
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const v = view.data;
  if (view.error) return <Banner tone="error">{reportingErrorText(t, view.error).text}</Banner>;
  if (!v) return <Loading />;
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    setDone(null);
    try {
      await fn();
      view.reload();
    } catch (cause) {
      setError(cause);
    }
  };
  const status = v.roadmap.status;
  const proposed = v.axes.flatMap((a) => a.objectives.flatMap((o) => o.actions)).filter((a) => a.status === 'proposed');
  const adopt = () =>
    run(async () => {
      const result = await api.post<{ version: number }>(`/roadmaps/${encodeURIComponent(id)}/adopt`, { note, acceptActionIds: proposed.filter((a) => !dropped.has(a.id)).map((a) => a.id) });
      setDone(t('reporting.roadmap.adopted', { n: result.version }));
      setNote('');
    });
  const canPropose = v.canVote && status === 'consultation';
  return (
    <>
      <PageHeader
        eyebrow={<Link to={roadmapsPath(slug)}>{t('reporting.nav.roadmaps')}</Link>}
        title={pickTranslation(v.roadmap.title, locale)}
        lead={
          <>
            <p>
              <span className={`tag tag--roadmap-${status}`}>{t(`reporting.roadmaps.status.${status}`)}</span>{' '}
              {v.roadmap.version > 0 ? t('reporting.roadmaps.version', { n: v.roadmap.version }) : null}
            </p>
            {pickTranslation(v.roadmap.summary, locale) ? <p>{pickTranslation(v.roadmap.summary, locale)}</p> : null}
          </>
        }
      />
      {done ? <Banner tone="success">{done}</Banner> : null}
      {error ? <Banner tone="error">{reportingErrorText(t, error).text}</Banner> : null}
      {status === 'consultation' ? <Banner tone="info">{t('reporting.roadmap.consultationOpen')}</Banner> : null}
      <section className="card" aria-labelledby="overall-title">
        <h2 id="overall-title" className="card__title">
          {t('reporting.roadmap.progressTitle')}
        </h2>
        <p>{t('reporting.roadmap.overall', { pct: formatPercent(v.progress.ratio, locale), done: v.progress.done, actions: v.progress.actions, late: v.progress.late })}</p>
        <ProgressBar ratio={v.progress.ratio} label={t('reporting.roadmap.progressTitle')} />
        <p className="muted">{t('reporting.roadmap.computed')}</p>
      </section>
      {v.axes.map((axis) => (
        <section key={axis.id} className="card roadmap-axis" aria-labelledby={`axis-${axis.id}`}>
          <h2 id={`axis-${axis.id}`} className="card__title">
            {pickTranslation(axis.title, locale)} <span className="muted roadmap-axis__pct">{formatPercent(axis.progress.ratio, locale)}</span>
          </h2>
          {axis.objectives.map((o) => (
            <div key={o.id} className="roadmap-objective">
              <h3>{pickTranslation(o.title, locale)}</h3>
              {o.actions.length === 0 ? <p className="muted">{t('reporting.roadmap.noActions')}</p> : null}
              <ul className="actions-list">
                {o.actions.map((a) => (
                  <ActionCard
                    key={a.id}
                    slug={slug}
                    action={a}
                    view={v}
                    keep={!dropped.has(a.id)}
                    onKeep={(keep) => {
                      const next = new Set(dropped);
                      if (keep) next.delete(a.id);
                      else next.add(a.id);
                      setDropped(next);
                    }}
                    onChange={view.reload}
                  />
                ))}
              </ul>
              {(v.canManage || canPropose) && status !== 'archived' ? (
                <details className="roadmap-objective__add">
                  <summary>{v.canManage ? t('reporting.roadmap.addAction') : t('reporting.roadmap.proposeButton')}</summary>
                  <ActionForm slug={slug} roadmapId={id} objectiveId={o.id} canManage={v.canManage} onDone={view.reload} />
                </details>
              ) : null}
            </div>
          ))}
          {v.canManage && status !== 'archived' ? (
            <details className="roadmap-axis__add">
              <summary>{t('reporting.roadmap.addObjective')}</summary>
              <AddTitled label={t('reporting.roadmap.newObjective')} button={t('reporting.roadmap.addObjective')} onAdd={(title) => run(() => api.post(`/roadmaps/${encodeURIComponent(id)}/objectives`, { axisId: axis.id, title: { [locale]: title } }))} />
            </details>
          ) : null}
        </section>
      ))}
      {v.canManage && status !== 'archived' ? (
        <Section title={t('reporting.roadmap.manage')} id="manage-title">
          <AddTitled label={t('reporting.roadmap.newAxis')} button={t('reporting.roadmap.addAxis')} onAdd={(title) => run(() => api.post(`/roadmaps/${encodeURIComponent(id)}/axes`, { title: { [locale]: title } }))} />
          {status === 'draft' ? (
            <p>
              <button type="button" className="button button--ghost" onClick={() => void run(() => api.post(`/roadmaps/${encodeURIComponent(id)}/consultation`))}>
                {t('reporting.roadmap.openConsultation')}
              </button>
            </p>
          ) : null}
          <p className="muted">{t('reporting.roadmap.adoptLead', { n: proposed.length - proposed.filter((a) => dropped.has(a.id)).length, dropped: proposed.filter((a) => dropped.has(a.id)).length })}</p>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void adopt();
            }}
          >
            <TextField label={t('reporting.roadmap.adoptNote')} value={note} onValue={setNote} maxLength={2000} />
            <button type="submit" className="button button--primary">
              {status === 'adopted' ? t('reporting.roadmap.adoptAgain') : t('reporting.roadmap.adopt')}
            </button>
          </form>
        </Section>
      ) : null}
      <Section title={t('reporting.roadmap.versions')} id="versions-title">
        {v.versions.length === 0 ? <p className="muted">{t('reporting.roadmap.noVersion')}</p> : null}
        <ul className="items">
          {v.versions.map((x) => (
            <li key={x.version} className="item">
              <span className="item__body">
                <Link to={roadmapVersionPath(slug, id, x.version)}>{t('reporting.roadmap.versionLine', { n: x.version, date: formatDay(x.adoptedAt, locale) })}</Link>
              </span>
              <span className="item__meta muted">
                {x.note ? `${x.note} · ` : ''}
                {t('reporting.roadmap.contributors', { countries: x.contributorCountries.join(', ') || '—' })}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
