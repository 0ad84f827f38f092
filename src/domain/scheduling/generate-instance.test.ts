import { describe, expect, it } from 'vitest';
import { generateInstance } from './generate-instance';
import { parseProblem } from './parse-problem';

describe('generateInstance', () => {
  it('is deterministic for a seed and different across seeds', () => {
    const a = generateInstance({ participants: 60, seed: 7 });
    const b = generateInstance({ participants: 60, seed: 7 });
    const c = generateInstance({ participants: 60, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('emits valid input with every feature switched on', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const problem = generateInstance({
        participants: 40 + seed * 3,
        seed,
        peerShare: 0.2,
        lockedShare: 0.05,
        fixedShare: 0.05,
        afterShare: 0.1,
        fixedTableShare: 0.2,
        maxMeetingsShare: 0.2,
        unavailableDensity: 0.15,
        sessionShare: 0.3,
      });
      expect(() => parseProblem(problem)).not.toThrow();
      const features = problem.meetings;
      expect(features.some((m) => m.locked)).toBe(true);
      expect(features.some((m) => m.after)).toBe(true);
      expect(features.some((m) => m.session)).toBe(true);
      expect(problem.participants.some((p) => p.fixedTable)).toBe(true);
    }
  });

  it('sizes tables from the capacity ratio and averages the requested meetings per participant', () => {
    const problem = generateInstance({ participants: 1000, meetingsPerParticipant: 5, capacityRatio: 0.8, slots: 16, seed: 3 });
    expect(problem.meetings.length).toBeGreaterThan(2400);
    expect(problem.meetings.length).toBeLessThanOrEqual(2500);
    expect(problem.tables).toBe(Math.ceil((0.8 * problem.meetings.length) / 16));
    expect(problem.slots).toHaveLength(16);
    expect(new Set(problem.slots.map((s) => s.session))).toEqual(new Set(['am', 'pm']));
  });
});
