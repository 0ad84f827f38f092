import { useTranslation } from 'react-i18next';
import type { Locale, Translated } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { formatDay, formatPercent } from '../dashboard/format';
import { ProgressBar } from '../dashboard/progress-bar';
import { roadmapPath, roadmapVersionPath } from '../reports/reporting-paths';
import { reportingErrorText } from '../reports/reporting-errors';
import type { RoadmapAction, RoadmapView } from '../reports/reporting-types';
import { ActionProgressLine } from './action-progress';
import '../reports/reporting.css';

type Titled = { id: string; title: Translated };
type Status = RoadmapAction['status'];
type State = RoadmapAction['progress']['state'];

interface VersionView {
  version: number;
  note: string;
  adoptedAt: string;
  adoptedByName: string | null;
  contributorCountries: string[];
  /** Versions kept by older code may lack progress (null). */
  snapshot: {
    axes: (Omit<RoadmapView['axes'][number], 'progress' | 'objectives'> & {
      progress: RoadmapView['progress'] | null;
      objectives: (Omit<RoadmapView['axes'][number]['objectives'][number], 'actions'> & { actions: (Omit<RoadmapAction, 'progress' | 'status' | 'dueOn'> & { progress: RoadmapAction['progress'] | null; status?: RoadmapAction['status']; dueOn?: string | null })[] })[];
    })[];
    progress: RoadmapView['progress'] | null;
  };
  roadmap: { id: string; title: Translated; status: RoadmapView['roadmap']['status']; version: number };
  versions: number[];
  changes: {
    progress: { then: { ratio: number; actions: number; done: number } | null; now: { ratio: number; actions: number; done: number; late: number } };
    axes: { added: Titled[]; removed: Titled[] };
    objectives: { added: Titled[]; removed: Titled[] };
    actions: {
      added: Titled[];
      removed: Titled[];
      changed: { id: string; title: Translated; status?: { then: Status; now: Status }; state?: { then: State; now: State }; dueOn?: { then: string | null; now: string | null }; retitled?: boolean }[];
    };
    same: boolean;
  };
}

/** What changed in the roadmap since this version: structure, statuses, due dates, progress. */
function Changes({ v }: { v: VersionView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const names = (list: Titled[]) => list.map((x) => pickTranslation(x.title, locale) || '—').join(' · ');
  const day = (d: string | null) => (d ? formatDay(d, locale) : t('reporting.version.noDate'));
  const c = v.changes;
  const lists: [string, Titled[]][] = [
    ['axesAdded', c.axes.added],
    ['axesRemoved', c.axes.removed],
    ['objectivesAdded', c.objectives.added],
    ['objectivesRemoved', c.objectives.removed],
    ['actionsAdded', c.actions.added],
    ['actionsRemoved', c.actions.removed],
  ];
  return (
    <Section title={t('reporting.version.changesTitle')} id="changes-title">
      <p>
        {c.progress.then
          ? t('reporting.version.progressThenNow', {
              then: formatPercent(c.progress.then.ratio, locale),
              now: formatPercent(c.progress.now.ratio, locale),
              doneThen: c.progress.then.done,
              actionsThen: c.progress.then.actions,
              doneNow: c.progress.now.done,
              actionsNow: c.progress.now.actions,
            })
          : t('reporting.roadmap.overall', { pct: formatPercent(c.progress.now.ratio, locale), done: c.progress.now.done, actions: c.progress.now.actions, late: c.progress.now.late })}
      </p>
      {c.same ? <p className="muted">{t('reporting.version.noChange')}</p> : null}
      <ul className="version-changes" data-testid="version-changes">
        {lists
          .filter(([, list]) => list.length > 0)
          .map(([key, list]) => (
            <li key={key}>{t(`reporting.version.${key as 'axesAdded'}`, { n: list.length, names: names(list) })}</li>
          ))}
        {c.actions.changed.map((a) => (
          <li key={a.id}>
            <strong>{pickTranslation(a.title, locale)}</strong> —{' '}
            {[
              a.status ? t('reporting.version.statusPart', { then: t(`reporting.roadmap.actionStatus.${a.status.then}`), now: t(`reporting.roadmap.actionStatus.${a.status.now}`) }) : null,
              a.state ? t('reporting.version.statePart', { then: t(`reporting.roadmap.states.${a.state.then}`), now: t(`reporting.roadmap.states.${a.state.now}`) }) : null,
              a.dueOn ? t('reporting.version.duePart', { then: day(a.dueOn.then), now: day(a.dueOn.now) }) : null,
              a.retitled ? t('reporting.version.retitled') : null,
            ]
              .filter(Boolean)
              .join(' ; ')}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** An adopted version of a roadmap as it was kept: read-only, with its date, who adopted it and what changed since. */
export function RoadmapVersionPage({ slug, id, version }: { slug: string; id: string; version: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data: v, error } = useApi<VersionView>(`/roadmaps/${encodeURIComponent(id)}/versions/${version}`);
  if (error) return <Banner tone="error">{reportingErrorText(t, error).text}</Banner>;
  if (!v) return <Loading />;
  const snapshot = v.snapshot;
  const when = formatDay(v.adoptedAt, locale);
  return (
    <>
      <PageHeader
        eyebrow={<Link to={roadmapPath(slug, id)}>{t('reporting.version.back')}</Link>}
        title={t('reporting.version.title', { n: v.version, title: pickTranslation(v.roadmap.title, locale) })}
        lead={
          <>
            <p>{v.adoptedByName ? t('reporting.version.adoptedBy', { date: when, name: v.adoptedByName }) : t('reporting.version.adopted', { date: when })}</p>
            {v.note ? <p>{t('reporting.version.note', { note: v.note })}</p> : null}
            <p className="muted">{t('reporting.roadmap.contributors', { countries: v.contributorCountries.join(', ') || '—' })}</p>
          </>
        }
      />
      <Banner tone="info">{t('reporting.version.readOnly')}</Banner>
      {v.versions.length > 1 ? (
        <nav className="version-nav" aria-label={t('reporting.version.others')}>
          <span className="muted">{t('reporting.version.others')} </span>
          {v.versions
            .slice()
            .sort((a, b) => a - b)
            .map((n) =>
              n === v.version ? (
                <span key={n} className="tag tag--accent" aria-current="page">
                  {n}
                </span>
              ) : (
                <Link key={n} to={roadmapVersionPath(slug, id, n)} className="tag">
                  {n}
                </Link>
              ),
            )}
        </nav>
      ) : null}
      <Changes v={v} />
      {snapshot.progress ? (
        <section className="card" aria-labelledby="kept-title">
          <h2 id="kept-title" className="card__title">
            {t('reporting.version.keptTitle')}
          </h2>
          <p>{t('reporting.roadmap.overall', { pct: formatPercent(snapshot.progress.ratio, locale), done: snapshot.progress.done, actions: snapshot.progress.actions, late: snapshot.progress.late })}</p>
          <ProgressBar ratio={snapshot.progress.ratio} label={t('reporting.roadmap.progressTitle')} />
        </section>
      ) : null}
      {snapshot.axes.map((axis) => (
        <section key={axis.id} className="card roadmap-axis" aria-labelledby={`kept-axis-${axis.id}`}>
          <h2 id={`kept-axis-${axis.id}`} className="card__title">
            {pickTranslation(axis.title, locale)} {axis.progress ? <span className="muted roadmap-axis__pct">{formatPercent(axis.progress.ratio, locale)}</span> : null}
          </h2>
          {axis.objectives.map((o) => (
            <div key={o.id} className="roadmap-objective">
              <h3>{pickTranslation(o.title, locale)}</h3>
              {o.actions.length === 0 ? <p className="muted">{t('reporting.roadmap.noActions')}</p> : null}
              <ul className="actions-list">
                {o.actions.map((a) => (
                  <li key={a.id} className={`action-card action-card--${a.status}`}>
                    <div className="action-card__head">
                      <h4 className="action-card__title">{pickTranslation(a.title, locale)}</h4>
                      {a.status && a.status !== 'adopted' ? <span className={`tag tag--action-${a.status}`}>{t(`reporting.roadmap.actionStatus.${a.status}`)}</span> : null}
                    </div>
                    <p className="action-card__meta muted">
                      {[
                        a.ownerOrganisationName ?? a.ownerName ? t('reporting.roadmap.owner', { name: [a.ownerName, a.ownerOrganisationName].filter(Boolean).join(' — ') }) : null,
                        a.dueOn ? t('reporting.roadmap.due', { date: formatDay(a.dueOn, locale) }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {a.progress ? <ActionProgressLine action={{ ...a, progress: a.progress }} /> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
