import { describe, expect, it } from 'vitest';
import { actionProgress, combinedProgress, type LinkView } from './progress';

const link = (state: LinkView['state'], eventKind: LinkView['eventKind'] = 'business_corner', kind: LinkView['kind'] = 'event'): LinkView => ({
  id: Math.random().toString(36),
  kind,
  recordId: 'r',
  title: {},
  at: null,
  eventKind,
  state,
});
const corners = { status: 'adopted' as const, targetKind: 'event' as const, targetEventKind: 'business_corner' as const, targetCount: 4, dueOn: '2026-12-31' };

describe('roadmap progress', () => {
  it('says "4 business corners planned, 3 held" from the links', () => {
    const links = [link('done'), link('done'), link('done'), link('planned'), link('done', 'conference')];
    expect(actionProgress(corners, links, '2026-06-01')).toEqual({ planned: 4, done: 3, ratio: 0.75, state: 'in_progress' });
  });

  it('plans more than the target when more are linked, ignores cancelled ones, and is done when all are held', () => {
    expect(actionProgress(corners, [link('done'), link('done'), link('done'), link('done'), link('planned')], '2026-06-01')).toMatchObject({ planned: 5, done: 4 });
    expect(actionProgress(corners, [link('done'), link('done'), link('done'), link('done'), link('cancelled')], '2026-06-01')).toMatchObject({ planned: 4, done: 4, ratio: 1, state: 'done' });
  });

  it('is late after its due date, not started without links, and counts every link without a target', () => {
    expect(actionProgress(corners, [link('done')], '2027-01-01').state).toBe('late');
    expect(actionProgress({ ...corners, targetCount: null }, [], '2026-01-01')).toEqual({ planned: 0, done: 0, ratio: 0, state: 'not_started' });
    const any = { status: 'adopted' as const, targetKind: null, targetEventKind: null, targetCount: null, dueOn: null };
    expect(actionProgress(any, [link('done', null, 'taskforce'), link('planned', null, 'booking')], '2026-01-01')).toEqual({ planned: 2, done: 1, ratio: 0.5, state: 'in_progress' });
  });

  it('combines adopted actions only', () => {
    const p = (ratio: number, state: 'done' | 'late') => ({ planned: 1, done: 0, ratio, state });
    expect(combinedProgress([{ status: 'adopted', progress: p(1, 'done') }, { status: 'adopted', progress: p(0.5, 'late') }, { status: 'proposed', progress: p(0, 'late') }])).toEqual({
      actions: 2, ratio: 0.75, done: 1, inProgress: 0, late: 1, notStarted: 0,
    });
  });
});
