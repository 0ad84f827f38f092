import { describe, expect, it } from 'vitest';
import type { Problem } from './problem-schema';
import { solveSchedule } from './solve-schedule';
import { validatePlan } from './validate-plan';
import { generateInstance } from './generate-instance';
import { ScheduleInputError } from './parse-problem';

function slots(count: number, sessions: string[] = []): Problem['slots'] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    start: new Date(Date.UTC(2026, 5, 4, 7, i * 20)).toISOString(),
    end: new Date(Date.UTC(2026, 5, 4, 7, i * 20 + 20)).toISOString(),
    ...(sessions[i] ? { session: sessions[i] } : {}),
  }));
}

const people = (...ids: string[]) => ids.map((id) => ({ id }));

function solveValid(problem: Problem, seed = 1) {
  const plan = solveSchedule(problem, { seed });
  const check = validatePlan(problem, plan);
  expect(check.violations).toEqual([]);
  return plan;
}

describe('solveSchedule', () => {
  it('schedules a star without breaks and numbers tables from 1', () => {
    const problem: Problem = {
      slots: slots(5),
      tables: 1,
      participants: people('hub', 'a', 'b', 'c'),
      meetings: [
        { id: 'm1', participants: ['hub', 'a'] },
        { id: 'm2', participants: ['hub', 'b'] },
        { id: 'm3', participants: ['hub', 'c'] },
      ],
    };
    const plan = solveValid(problem);
    expect(plan.stats).toMatchObject({ scheduled: 3, weight: 3, upperBound: 3, ratioToBound: 1, breaks: 0, starved: 0 });
    expect(plan.assignments.every((a) => a.table === 1)).toBe(true);
  });

  it('keeps locked meetings, fixed slots, sessions, fixed tables and "after" order', () => {
    const problem: Problem = {
      slots: slots(6, ['am', 'am', 'am', 'pm', 'pm', 'pm']),
      tables: 3,
      participants: [{ id: 'stand', fixedTable: 2 }, ...people('a', 'b', 'c'), { id: 'd', unavailable: ['s1', 's2', 's3'] }],
      meetings: [
        { id: 'locked', participants: ['a', 'b'], locked: { slot: 's5', table: 3 } },
        { id: 'fixed', participants: ['stand', 'c'], fixedSlot: 's2' },
        { id: 'pm-only', participants: ['stand', 'a'], session: 'pm' },
        { id: 'first', participants: ['stand', 'b'] },
        { id: 'second', participants: ['stand', 'd'], after: ['first'] },
      ],
    };
    const plan = solveValid(problem);
    const at = new Map(plan.assignments.map((a) => [a.meeting, a]));
    expect(at.get('locked')).toEqual({ meeting: 'locked', slot: 's5', table: 3 });
    expect(at.get('fixed')).toMatchObject({ slot: 's2', table: 2 });
    expect(['s4', 's5', 's6']).toContain(at.get('pm-only')!.slot);
    expect(plan.assignments.filter((a) => a.meeting !== 'locked').every((a) => a.table === 2)).toBe(true);
    expect(plan.stats.scheduled).toBe(5);
  });

  it('reports infeasible meetings with a reason instead of dropping them silently', () => {
    const problem: Problem = {
      slots: slots(2),
      tables: 1,
      participants: [{ id: 'a', unavailable: ['s1'] }, { id: 'b', unavailable: ['s2'] }, { id: 'c', fixedTable: 1 }, { id: 'd', maxMeetings: 1 }],
      meetings: [
        { id: 'never', participants: ['a', 'b'] },
        { id: 'm1', participants: ['c', 'd'], priority: 3 },
        { id: 'm2', participants: ['d', 'a'] },
      ],
    };
    const plan = solveValid(problem);
    const reasons = new Map(plan.unscheduled.map((u) => [u.meeting, u.reason]));
    expect(reasons.get('never')).toMatch(/infeasible: "a" and "b" share no available slot/);
    expect(reasons.get('m2')).toMatch(/"d" already has the most meetings possible/);
    expect(plan.stats).toMatchObject({ scheduled: 1, weight: 3, upperBound: 3 });
  });

  it('reports a fixed meeting whose slot a locked meeting took (happens on re-solves) instead of failing', () => {
    const problem: Problem = {
      slots: slots(2),
      tables: 2,
      participants: people('a', 'b', 'c'),
      meetings: [
        { id: 'published', participants: ['a', 'b'], locked: { slot: 's1', table: 1 } },
        { id: 'wanted-s1', participants: ['a', 'c'], fixedSlot: 's1' },
      ],
    };
    const plan = solveValid(problem);
    expect(plan.unscheduled).toEqual([
      { meeting: 'wanted-s1', reason: 'infeasible: fixed slot "s1" is taken by locked meeting "published" of "a"' },
    ]);
  });

  it('prefers heavier meetings when capacity is short', () => {
    const problem: Problem = {
      slots: slots(1),
      tables: 1,
      participants: people('a', 'b', 'c', 'd'),
      meetings: [
        { id: 'light', participants: ['a', 'b'] },
        { id: 'heavy', participants: ['c', 'd'], priority: 2 },
      ],
    };
    const plan = solveValid(problem);
    expect(plan.assignments.map((a) => a.meeting)).toEqual(['heavy']);
    expect(plan.stats.upperBound).toBe(2);
  });

  it('throws a named input error on contradictory input', () => {
    const problem: Problem = {
      slots: slots(1),
      tables: 1,
      participants: people('a', 'b'),
      meetings: [{ id: 'm1', participants: ['a', 'ghost'] }],
    };
    expect(() => solveSchedule(problem)).toThrow(ScheduleInputError);
  });

  it('handles empty problems and days longer than 31 slots', () => {
    const empty = solveValid({ slots: slots(3), tables: 1, participants: [], meetings: [] });
    expect(empty.stats).toMatchObject({ meetings: 0, scheduled: 0, upperBound: 0, ratioToBound: 1, breaks: 0 });
    const long = generateInstance({ participants: 80, slots: 40, sessions: 4, seed: 2, afterShare: 0.05 });
    const plan = solveValid(long);
    expect(plan.stats.breaks).toBe(validatePlan(long, plan).stats.breaks);
    expect(plan.stats.ratioToBound).toBeGreaterThan(0.9);
  });

  it('is deterministic for a seed', () => {
    const problem = generateInstance({ participants: 120, seed: 4, afterShare: 0.05, lockedShare: 0.02 });
    const first = solveSchedule(problem, { seed: 9 });
    const second = solveSchedule(problem, { seed: 9 });
    expect(second.assignments).toEqual(first.assignments);
    expect({ ...second.stats, seconds: 0 }).toEqual({ ...first.stats, seconds: 0 });
  });

  it('re-solves after churn without moving locked meetings', () => {
    const problem = generateInstance({ participants: 150, seed: 5 });
    const plan = solveValid(problem);
    // Publish the plan: lock every scheduled meeting, then cancel some and add new requests.
    const byMeeting = new Map(plan.assignments.map((a) => [a.meeting, a]));
    const kept = problem.meetings.filter((_, i) => i % 20 !== 0);
    const churned: Problem = {
      ...problem,
      meetings: [
        ...kept.map((m) => {
          const at = byMeeting.get(m.id);
          return at ? { ...m, after: undefined, locked: { slot: at.slot, table: at.table } } : { ...m, after: undefined };
        }),
        ...Array.from({ length: 15 }, (_, i) => ({
          id: `new${i}`,
          participants: [problem.participants[i]!.id, problem.participants[problem.participants.length - 1 - i]!.id] as [string, string],
        })),
      ],
    };
    const replan = solveValid(churned);
    const after = new Map(replan.assignments.map((a) => [a.meeting, a]));
    for (const m of churned.meetings) if (m.locked) expect(after.get(m.id)).toEqual({ meeting: m.id, ...m.locked });
    expect(replan.assignments.some((a) => a.meeting.startsWith('new'))).toBe(true);
  });
});
