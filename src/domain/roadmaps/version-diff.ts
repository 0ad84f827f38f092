// What changed in a roadmap since one of its adopted versions: the kept snapshot against the roadmap as it is now.
// Compared by id (an action renamed stays the same action); only what a coordinator reads in one glance.

type Titled = { id: string; title: Record<string, string> };

export interface ComparableAction extends Titled {
  status: string;
  dueOn: string | null;
  progress: { state: string; done: number; planned: number };
}

export interface ComparableTree {
  axes: (Titled & { objectives: (Titled & { actions: ComparableAction[] })[] })[];
  progress: { ratio: number; actions: number; done: number };
}

export interface ActionChange {
  id: string;
  title: Record<string, string>;
  /** Governance status (proposed, adopted, dropped) then → now. */
  status?: { then: string; now: string };
  /** Due date then → now. */
  dueOn?: { then: string | null; now: string | null };
  /** Progress state (not_started, in_progress, done, late, dropped) then → now. */
  state?: { then: string; now: string };
  retitled?: boolean;
}

export interface RoadmapChanges {
  progress: { then: ComparableTree['progress']; now: ComparableTree['progress'] };
  axes: { added: Titled[]; removed: Titled[] };
  objectives: { added: Titled[]; removed: Titled[] };
  actions: { added: Titled[]; removed: Titled[]; changed: ActionChange[] };
  /** Nothing in the structure, statuses, dates or progress states moved. */
  same: boolean;
}

const titled = ({ id, title }: Titled): Titled => ({ id, title });
const sameTitle = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
};

function addedRemoved<T extends Titled>(then: readonly T[], now: readonly T[]) {
  const before = new Set(then.map((x) => x.id));
  const after = new Set(now.map((x) => x.id));
  return { added: now.filter((x) => !before.has(x.id)).map(titled), removed: then.filter((x) => !after.has(x.id)).map(titled) };
}

export function compareRoadmaps(then: ComparableTree, now: ComparableTree): RoadmapChanges {
  const objectivesOf = (t: ComparableTree) => t.axes.flatMap((a) => a.objectives);
  const actionsOf = (t: ComparableTree) => objectivesOf(t).flatMap((o) => o.actions);
  const previous = new Map(actionsOf(then).map((a) => [a.id, a]));
  const changed: ActionChange[] = [];
  for (const a of actionsOf(now)) {
    const b = previous.get(a.id);
    if (!b) continue;
    const change: ActionChange = { id: a.id, title: a.title };
    if (b.status !== a.status) change.status = { then: b.status, now: a.status };
    if ((b.dueOn ?? null) !== (a.dueOn ?? null)) change.dueOn = { then: b.dueOn ?? null, now: a.dueOn ?? null };
    if (b.progress.state !== a.progress.state) change.state = { then: b.progress.state, now: a.progress.state };
    if (!sameTitle(b.title, a.title)) change.retitled = true;
    if (Object.keys(change).length > 2) changed.push(change);
  }
  const axes = addedRemoved(then.axes, now.axes);
  const objectives = addedRemoved(objectivesOf(then), objectivesOf(now));
  const actions = { ...addedRemoved(actionsOf(then), actionsOf(now)), changed };
  const pick = (p: ComparableTree['progress']) => ({ ratio: p.ratio, actions: p.actions, done: p.done });
  const same = [axes.added, axes.removed, objectives.added, objectives.removed, actions.added, actions.removed, changed].every((l) => l.length === 0);
  return { progress: { then: pick(then.progress), now: pick(now.progress) }, axes, objectives, actions, same };
}
