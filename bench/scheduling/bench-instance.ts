import { generateInstance } from '../../src/domain/scheduling/generate-instance';
import type { Problem } from '../../src/domain/scheduling/problem-schema';

/** The benchmark's conventions: ~5 meetings per participant, 16 slots in two sessions, unavailability, pins. */
export function benchInstance(participants: number, capacityRatio: number, seed: number, meetingsPerParticipant = 5): Problem {
  return generateInstance({
    participants,
    capacityRatio,
    seed,
    meetingsPerParticipant,
    slots: 16,
    sessions: 2,
    unavailableDensity: 0.05,
    sessionShare: 0.1,
    priorityShare: 0.2,
    fixedShare: 0.01,
    afterShare: 0.01,
    fixedTableShare: 0.02,
    maxMeetingsShare: 0.05,
  });
}

/**
 * Churn after publication: every scheduled meeting is locked where it is, then 5 % of meetings are cancelled and
 * as many new requests arrive between random participants.
 */
export function churnedInstance(problem: Problem, plan: { assignments: { meeting: string; slot: string; table: number }[] }, seed: number): Problem {
  let state = seed * 2654435761;
  const rand = (n: number): number => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
  const at = new Map(plan.assignments.map((a) => [a.meeting, a]));
  const cancelled = new Set<string>();
  const count = Math.round(problem.meetings.length * 0.05);
  while (cancelled.size < count) cancelled.add(problem.meetings[rand(problem.meetings.length)]!.id);
  const meetings: Problem['meetings'] = problem.meetings
    .filter((m) => !cancelled.has(m.id))
    .map((m) => {
      const a = at.get(m.id);
      const after = m.after?.filter((x) => !cancelled.has(x));
      return { ...m, after, ...(a ? { locked: { slot: a.slot, table: a.table } } : {}) };
    });
  const pairs = new Set(problem.meetings.map((m) => [...m.participants].sort().join('|')));
  const P = problem.participants.length;
  for (let i = 0; i < count; ) {
    const a = problem.participants[rand(P)]!.id;
    const b = problem.participants[rand(P)]!.id;
    const key = [a, b].sort().join('|');
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    meetings.push({ id: `new${i}`, participants: [a, b] });
    i++;
  }
  return { ...problem, meetings };
}
