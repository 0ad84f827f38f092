import { describe, expect, it } from 'vitest';
import type { Problem } from './problem-schema';
import { compileProblem } from './compile-problem';
import { ScheduleState } from './schedule-state';
import { raiseMinShare } from './raise-min-share';

const slots = [0, 1].map((i) => ({
  id: `s${i + 1}`,
  start: new Date(Date.UTC(2026, 5, 4, 7, i * 20)).toISOString(),
  end: new Date(Date.UTC(2026, 5, 4, 7, i * 20 + 20)).toISOString(),
}));

describe('raiseMinShare', () => {
  it('trades a meeting of a participant at capacity so that nobody is left without meetings', () => {
    const problem: Problem = {
      slots,
      tables: 2,
      participants: [{ id: 'q', maxMeetings: 1 }, { id: 'a' }, { id: 'b' }, { id: 'c' }],
      meetings: [
        { id: 'qa', participants: ['q', 'a'] },
        { id: 'qb', participants: ['q', 'b'] },
        { id: 'ac', participants: ['a', 'c'] },
      ],
    };
    const state = new ScheduleState(compileProblem(problem));
    state.place(0, 0); // qa: b is starved
    state.place(2, 1); // ac
    raiseMinShare(state, Date.now() + 10_000);
    expect(state.slotOf[0]).toBe(-1);
    expect(state.slotOf[1]).not.toBe(-1);
    expect(state.totalWeight).toBe(2);
  });

  it('never trades a heavier meeting for a lighter one', () => {
    const problem: Problem = {
      slots,
      tables: 2,
      participants: [{ id: 'q', maxMeetings: 1 }, { id: 'a' }, { id: 'b' }, { id: 'c' }],
      meetings: [
        { id: 'qa', participants: ['q', 'a'], priority: 2 },
        { id: 'qb', participants: ['q', 'b'] },
        { id: 'ac', participants: ['a', 'c'] },
      ],
    };
    const state = new ScheduleState(compileProblem(problem));
    state.place(0, 0);
    state.place(2, 1);
    raiseMinShare(state, Date.now() + 10_000);
    expect(state.slotOf[0]).toBe(0);
    expect(state.totalWeight).toBe(3);
  });
});
