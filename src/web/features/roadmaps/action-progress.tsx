import { useTranslation } from 'react-i18next';
import type { EventKind } from '../events/event-types';
import { ProgressBar } from '../dashboard/progress-bar';
import type { RoadmapAction } from '../reports/reporting-types';

/** "Business corner — planned: 5, held: 4", a bar and the state, computed from the linked records. */
export function ActionProgressLine({ action }: { action: Pick<RoadmapAction, 'progress' | 'targetKind' | 'targetEventKind'> }) {
  const { t } = useTranslation();
  const { planned, done, ratio, state } = action.progress;
  const what = action.targetEventKind
    ? t(`events.kinds.${action.targetEventKind as EventKind}`)
    : action.targetKind
      ? t(`reporting.roadmap.targetKinds.${action.targetKind}`)
      : t('reporting.roadmap.linkedRecords');
  const verb = action.targetKind === 'event' ? t('reporting.roadmap.held', { n: done }) : t('reporting.roadmap.done', { n: done });
  return (
    <span className="action-progress">
      <span className="action-progress__text">
        {what} — {t('reporting.roadmap.planned', { n: planned })}, {verb}
      </span>
      <ProgressBar ratio={ratio} label={what} tone={state === 'late' ? 'late' : state === 'done' ? 'done' : undefined} />
      <span className={`tag tag--state-${state}`}>{t(`reporting.roadmap.states.${state}`)}</span>
    </span>
  );
}
