// What changed in a roadmap since one of its adopted versions: the kept snapshot against the roadmap as it is now.
// Compared by id (an action renamed stays the same action); only what a coordinator reads in one glance.

type Titled = { id: string; title: Record<string, string> };

export interface ComparableAction extends Titled {
  /** Absent (undefined) in versions kept without it: then it compares as unchanged. */
  status?: string;
  dueOn?: string | null;
  /** null in versions kept without progress. */
  progress: { state: string; done: number; planned: number } | null;
}

export interface ComparableTree {
  axes: (Titled & { objectives: (Titled & { actions: ComparableAction[] })[] })[];
  progress: { ratio: number; actions: number; done: number; late?: number };
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
  /** then is null when the kept version holds no progress (versions written before progress was kept). */
  progress: { then: ComparableTree['progress'] | null; now: ComparableTree['progress'] };
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

export function compareRoadmaps(then: Omit<ComparableTree, 'progress'> & { progress: ComparableTree['progress'] | null }, now: ComparableTree): RoadmapChanges {
  const objectivesOf = (t: Pick<ComparableTree, 'axes'>) => t.axes.flatMap((a) => a.objectives);
  const actionsOf = (t: Pick<ComparableTree, 'axes'>) => objectivesOf(t).flatMap((o) => o.actions);
  const previous = new Map(actionsOf(then).map((a) => [a.id, a]));
  const changed: ActionChange[] = [];
  for (const a of actionsOf(now)) {
    const b = previous.get(a.id);
    if (!b) continue;
    const change: ActionChange = { id: a.id, title: a.title };
    if (b.status !== undefined && a.status !== undefined && b.status !== a.status) change.status = { then: b.status, now: a.status };
    if (b.dueOn !== undefined && (b.dueOn ?? null) !== (a.dueOn ?? null)) change.dueOn = { then: b.dueOn ?? null, now: a.dueOn ?? null };
    if (b.progress && a.progress && b.progress.state !== a.progress.state) change.state = { then: b.progress.state, now: a.progress.state };
    if (!sameTitle(b.title, a.title)) change.retitled = true;
    if (Object.keys(change).length > 2) changed.push(change);
  }
  const axes = addedRemoved(then.axes, now.axes);
  const objectives = addedRemoved(objectivesOf(then), objectivesOf(now));
  const actions = { ...addedRemoved(actionsOf(then), actionsOf(now)), changed };
  const pick = (p: ComparableTree['progress']) => ({ ratio: p.ratio, actions: p.actions, done: p.done, late: p.late ?? 0 });
  const same = [axes.added, axes.removed, objectives.added, objectives.removed, actions.added, actions.removed, changed].every((l) => l.length === 0);
  return { progress: { then: then.progress ? pick(then.progress) : null, now: pick(now.progress) }, axes, objectives, actions, same };
}

type Loose = { id?: string; title?: Record<string, string>; status?: string; dueOn?: string | null; progress?: Record<string, unknown>; objectives?: Loose[]; actions?: Loose[] } & Record<string, unknown>;

/**
 * A kept snapshot in the shape of today's: versions written by older code (or seeded) may lack ids, statuses or
 * progress. Items without an id take the id of the current item with the same title, so they compare as the same.
 */
export function normaliseSnapshot(raw: unknown, now: Pick<ComparableTree, 'axes'>) {
  const snap = (raw ?? {}) as { axes?: Loose[]; progress?: ComparableTree['progress'] & Record<string, unknown> };
  const key = (t: Record<string, string> | undefined) => JSON.stringify(Object.entries(t ?? {}).sort());
  const ids = new Map<string, string>();
  for (const a of now.axes) {
    ids.set(`a${key(a.title)}`, a.id);
    for (const o of a.objectives) {
      ids.set(`o${key(o.title)}`, o.id);
      for (const x of o.actions) ids.set(`x${key(x.title)}`, x.id);
    }
  }
  const idOf = (prefix: string, item: Loose, fallback: string) => item.id ?? ids.get(`${prefix}${key(item.title)}`) ?? fallback;
  const axes = (snap.axes ?? []).map((a, i) => ({
    ...a,
    id: idOf('a', a, `kept-axis-${i}`),
    title: a.title ?? {},
    progress: a.progress ?? null,
    objectives: (a.objectives ?? []).map((o, j) => ({
      ...o,
      id: idOf('o', o, `kept-objective-${i}-${j}`),
      title: o.title ?? {},
      progress: o.progress ?? null,
      actions: (o.actions ?? []).map((x, k) => ({
        ...x,
        id: idOf('x', x, `kept-action-${i}-${j}-${k}`),
        title: x.title ?? {},
        status: x.status,
        dueOn: x.dueOn,
        // Without kept progress, the state compares as unchanged.
        progress: (x.progress as ComparableAction['progress'] | undefined) ?? null,
      })),
    })),
  }));
  return { axes, progress: snap.progress ?? null };
}
