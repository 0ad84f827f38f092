import { describe, expect, it } from 'vitest';
import { compareRoadmaps, normaliseSnapshot, type ComparableAction, type ComparableTree } from './version-diff';

const action = (id: string, over: Partial<ComparableAction> = {}): ComparableAction => ({
  id,
  title: { fr: id },
  status: 'adopted',
  dueOn: '2025-06-30',
  progress: { state: 'not_started', done: 0, planned: 2 },
  ...over,
});

const tree = (actions: ComparableAction[], extraAxis = false, ratio = 0): ComparableTree => ({
  axes: [
    { id: 'ax1', title: { fr: 'Lean' }, objectives: [{ id: 'o1', title: { fr: 'Pratiques' }, actions }] },
    ...(extraAxis ? [{ id: 'ax2', title: { fr: 'Export' }, objectives: [{ id: 'o2', title: { fr: 'Salons' }, actions: [] }] }] : []),
  ],
  progress: { ratio, actions: actions.filter((a) => a.status === 'adopted').length, done: actions.filter((a) => a.progress?.state === 'done').length },
});

describe('what changed in a roadmap since an adopted version', () => {
  it('finds nothing when the roadmap is as it was adopted', () => {
    const then = tree([action('a'), action('b')]);
    const changes = compareRoadmaps(then, structuredClone(then));
    expect(changes.same).toBe(true);
    expect(changes.actions.changed).toEqual([]);
  });

  it('lists added and removed axes, objectives and actions, and what moved on the kept ones', () => {
    const then = tree([action('a'), action('b'), action('c', { status: 'proposed' })], false, 0);
    const now = tree(
      [
        action('a', { progress: { state: 'done', done: 2, planned: 2 } }), // held both events
        action('c', { status: 'dropped', title: { fr: 'c renamed' } }), // dropped at a later adoption, renamed
        action('d'), // new
      ],
      true,
      0.5,
    );
    const changes = compareRoadmaps(then, now);
    expect(changes.same).toBe(false);
    expect(changes.axes).toEqual({ added: [{ id: 'ax2', title: { fr: 'Export' } }], removed: [] });
    expect(changes.objectives.added.map((o) => o.id)).toEqual(['o2']);
    expect(changes.actions.added.map((a) => a.id)).toEqual(['d']);
    expect(changes.actions.removed.map((a) => a.id)).toEqual(['b']);
    expect(changes.actions.changed).toEqual([
      { id: 'a', title: { fr: 'a' }, state: { then: 'not_started', now: 'done' } },
      { id: 'c', title: { fr: 'c renamed' }, status: { then: 'proposed', now: 'dropped' }, retitled: true },
    ]);
    expect(changes.progress).toEqual({ then: { ratio: 0, actions: 2, done: 0, late: 0 }, now: { ratio: 0.5, actions: 2, done: 1, late: 0 } });
  });

  it('notices a moved due date, and a date removed', () => {
    const changes = compareRoadmaps(tree([action('a'), action('b')]), tree([action('a', { dueOn: '2025-09-30' }), action('b', { dueOn: null })]));
    expect(changes.actions.changed.map((c) => c.dueOn)).toEqual([
      { then: '2025-06-30', now: '2025-09-30' },
      { then: '2025-06-30', now: null },
    ]);
  });

  it('reads a version kept without ids or progress by matching titles to the current items', () => {
    const now = tree([action('a'), action('b')]);
    const kept = normaliseSnapshot({ axes: [{ title: { fr: 'Lean' }, objectives: [{ title: { fr: 'Pratiques' }, actions: [{ title: { fr: 'a' } }, { title: { fr: 'gone' } }] }] }] }, now);
    expect(kept.progress).toBeNull();
    const changes = compareRoadmaps(kept, now);
    expect(changes.axes).toEqual({ added: [], removed: [] });
    expect(changes.actions.added.map((a) => a.id)).toEqual(['b']);
    expect(changes.actions.removed.map((a) => a.title.fr)).toEqual(['gone']);
    expect(changes.actions.changed).toEqual([]);
    expect(changes.progress.then).toBeNull();
  });
});
