import type { EventKind, RoadmapActionStatus, RoadmapLinkKind } from '../../db/schema';

export type LinkState = 'done' | 'planned' | 'cancelled';

export interface LinkView {
  id: string;
  kind: RoadmapLinkKind;
  recordId: string;
  /** The record's title as stored ({fr, de, …}, or {und: name} for a plain name). */
  title: Record<string, string>;
  at: string | null;
  eventKind: EventKind | null;
  state: LinkState;
}

export interface ActionTarget {
  status: RoadmapActionStatus;
  targetKind: RoadmapLinkKind | null;
  targetEventKind: EventKind | null;
  targetCount: number | null;
  dueOn: string | null;
}

export type ProgressState = 'not_started' | 'in_progress' | 'done' | 'late' | 'dropped';

/** "4 business corners planned, 3 held": computed from the linked records, never typed. */
export interface Progress {
  planned: number;
  done: number;
  /** done / planned, capped at 1. */
  ratio: number;
  state: ProgressState;
}

/** Links that count toward the action's target: those of its kind (and event kind), or all when it has none. */
export function countsToward(action: Pick<ActionTarget, 'targetKind' | 'targetEventKind'>, link: Pick<LinkView, 'kind' | 'eventKind'>): boolean {
  if (!action.targetKind) return true;
  if (link.kind !== action.targetKind) return false;
  return !action.targetEventKind || link.eventKind === action.targetEventKind;
}

/**
 * Planned is the target count, or the number of counting links not called off when they are more; done is the
 * number of counting links done. Late: the due date has passed and it is not done.
 */
export function actionProgress(action: ActionTarget, links: readonly LinkView[], today: string): Progress {
  const counting = links.filter((l) => countsToward(action, l));
  const live = counting.filter((l) => l.state !== 'cancelled').length;
  const done = counting.filter((l) => l.state === 'done').length;
  const planned = Math.max(action.targetCount ?? 0, live);
  const ratio = planned > 0 ? Math.min(1, done / planned) : 0;
  let state: ProgressState;
  if (action.status === 'dropped') state = 'dropped';
  else if (planned > 0 && done >= planned) state = 'done';
  else if (action.dueOn !== null && action.dueOn < today) state = 'late';
  else state = done > 0 || live > 0 ? 'in_progress' : 'not_started';
  return { planned, done, ratio: Math.round(ratio * 1000) / 1000, state };
}

/** Progress of an objective, an axis or the roadmap: the mean ratio of its adopted actions, and their states. */
export function combinedProgress(items: readonly { status: RoadmapActionStatus; progress: Progress }[]) {
  const adopted = items.filter((i) => i.status === 'adopted');
  const ratio = adopted.length ? adopted.reduce((s, i) => s + i.progress.ratio, 0) / adopted.length : 0;
  const count = (state: ProgressState) => adopted.filter((i) => i.progress.state === state).length;
  return {
    actions: adopted.length,
    ratio: Math.round(ratio * 1000) / 1000,
    done: count('done'),
    inProgress: count('in_progress'),
    late: count('late'),
    notStarted: count('not_started'),
  };
}
