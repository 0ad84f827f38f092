import { useTranslation } from 'react-i18next';
import { pickTranslation } from '../../i18n/pick-translation';
import type { Locale } from '../../api/types';
import { Link } from '../../router/router';
import { useApi } from '../../ui/use-api';
import { roadmapPath } from '../reports/reporting-paths';
import type { RoadmapView } from '../reports/reporting-types';
import { ActionProgressLine } from '../roadmaps/action-progress';
import { formatPercent } from './format';
import { ProgressBar } from './progress-bar';

/** One roadmap's computed progress on the dashboard: overall, then each adopted action's line. */
export function RoadmapSummary({ slug, id }: { slug: string; id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data } = useApi<RoadmapView>(`/roadmaps/${encodeURIComponent(id)}`);
  if (!data) return null;
  const actions = data.axes.flatMap((a) => a.objectives.flatMap((o) => o.actions)).filter((a) => a.status === 'adopted');
  const title = pickTranslation(data.roadmap.title, locale);
  return (
    <article className="roadmap-summary">
      <h3 className="roadmap-summary__title">
        <Link to={roadmapPath(slug, id)}>{title}</Link>
      </h3>
      <p className="roadmap-summary__overall">
        {t('reporting.roadmap.overall', { pct: formatPercent(data.progress.ratio, locale), done: data.progress.done, actions: data.progress.actions, late: data.progress.late })}
      </p>
      <ProgressBar ratio={data.progress.ratio} label={title} />
      <ul className="roadmap-summary__actions">
        {actions.map((a) => (
          <li key={a.id}>
            <span className="roadmap-summary__action">{pickTranslation(a.title, locale)}</span>
            <ActionProgressLine action={a} />
          </li>
        ))}
      </ul>
    </article>
  );
}
