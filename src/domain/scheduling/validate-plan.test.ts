import { describe, expect, it } from 'vitest';
import type { Problem } from './problem-schema';
import { validatePlan } from './validate-plan';

const slots = [0, 1, 2, 3].map((i) => ({
  id: `s${i + 1}`,
  start: new Date(Date.UTC(2026, 5, 4, 7, i * 20)).toISOString(),
  end: new Date(Date.UTC(2026, 5, 4, 7, i * 20 + 20)).toISOString(),
  session: i < 2 ? 'am' : 'pm',
}));

const problem: Problem = {
  slots,
  tables: 2,
  participants: [{ id: 'a', unavailable: ['s4'], maxMeetings: 2 }, { id: 'b', fixedTable: 1 }, { id: 'c' }, { id: 'd' }],
  meetings: [
    { id: 'ab', participants: ['a', 'b'], locked: { slot: 's1', table: 1 } },
    { id: 'ac', participants: ['a', 'c'], session: 'pm' },
    { id: 'cd', participants: ['c', 'd'], fixedSlot: 's2', priority: 2 },
    { id: 'ad', participants: ['a', 'd'], after: ['cd'] },
  ],
};

describe('validatePlan', () => {
  it('accepts a valid plan and recomputes its stats', () => {
    const result = validatePlan(problem, {
      assignments: [
        { meeting: 'ab', slot: 's1', table: 1 },
        { meeting: 'cd', slot: 's2', table: 2 },
        { meeting: 'ac', slot: 's3', table: 1 },
      ],
      unscheduled: [{ meeting: 'ad', reason: 'a is full' }],
      stats: { scheduled: 3, weight: 4, breaks: 1, upperBound: 5 },
    });
    expect(result.violations).toEqual([]);
    expect(result.stats).toEqual({ meetings: 4, scheduled: 3, weight: 4, breaks: 1, maxBreaks: 1, starved: 0, minShare: 0.5 });
  });

  it('reports every broken hard constraint by name', () => {
    const result = validatePlan(problem, {
      assignments: [
        { meeting: 'ab', slot: 's2', table: 2 },
        { meeting: 'cd', slot: 's3', table: 2 },
        { meeting: 'ac', slot: 's2', table: 3 },
        { meeting: 'ad', slot: 's4', table: 1 },
        { meeting: 'ad', slot: 's1', table: 1 },
        { meeting: 'zz', slot: 's1', table: 1 },
      ],
      unscheduled: [],
    });
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual(
      expect.arrayContaining([
        'meeting "ab": "b" must sit at table 1, not 2',
        'meeting "ac": table 3 is not between 1 and 2',
        'participant "a" in two meetings in slot "s2": "ab" and "ac"',
        'meeting "ac": slot "s2" is outside session "pm"',
        'meeting "cd": fixed to slot "s2" but placed in "s3"',
        'meeting "ad": "a" is unavailable in slot "s4"',
        'meeting "ad": assigned more than once',
        'assignment of unknown meeting "zz"',
        'meeting "ab": locked to slot "s1" table 1 but placed in "s2" table 2',
        'participant "a": 3 meetings exceed maxMeetings 2',
      ]),
    );
  });

  it('flags double-booked tables, missing meetings and stats that do not match', () => {
    const result = validatePlan(problem, {
      assignments: [
        { meeting: 'ab', slot: 's1', table: 1 },
        { meeting: 'cd', slot: 's1', table: 1 },
        { meeting: 'ad', slot: 's1', table: 2 },
      ],
      unscheduled: [{ meeting: 'ab', reason: '?' }],
      stats: { scheduled: 5, breaks: 1, upperBound: 2 },
    });
    expect(result.violations).toEqual(
      expect.arrayContaining([
        'slot "s1" table 1: both "ab" and "cd"',
        'meeting "ad" in "s1" must come after "cd" in "s1"',
        'meeting "ab": both assigned and unscheduled',
        'meeting "ac": neither assigned nor listed as unscheduled',
        'stats.scheduled is reported as 5 but the plan gives 3',
        'stats.breaks is reported as 1 but the plan gives 0',
        "stats.upperBound 2 is below the plan's weight 4",
      ]),
    );
  });

  it('counts a break per idle run between meetings, not per idle slot', () => {
    const open: Problem = { ...problem, participants: problem.participants.map((p) => ({ id: p.id })), meetings: [
      { id: 'x1', participants: ['a', 'b'] },
      { id: 'x2', participants: ['a', 'c'] },
      { id: 'x3', participants: ['a', 'd'] },
    ] };
    const result = validatePlan(open, {
      assignments: [
        { meeting: 'x1', slot: 's1', table: 1 },
        { meeting: 'x2', slot: 's2', table: 1 },
        { meeting: 'x3', slot: 's4', table: 1 },
      ],
    });
    expect(result.stats).toMatchObject({ breaks: 1, maxBreaks: 1 });
  });
});
