import { describe, expect, it } from 'vitest';
import { generateInstance, type GenerateOptions } from './generate-instance';
import { solveSchedule } from './solve-schedule';
import { validatePlan } from './validate-plan';
import { createRandom } from './prng';
import { solveExact } from '../../../bench/scheduling/exact-milp';

// Random small conventions with every feature; options drawn from a seeded PRNG so failures reproduce.
function randomOptions(seed: number, size: 'tiny' | 'small'): GenerateOptions {
  const r = createRandom(seed * 7919);
  const tiny = size === 'tiny';
  return {
    participants: tiny ? 5 + r.int(4) : 10 + r.int(14),
    meetingsPerParticipant: tiny ? 2 + r.int(2) : 3 + r.int(4),
    slots: tiny ? 3 + r.int(3) : 4 + r.int(6),
    sessions: 1 + r.int(2),
    capacityRatio: 0.6 + r.next() * 0.8,
    peerShare: r.next() < 0.5 ? 0 : 0.3,
    unavailableDensity: r.next() * 0.2,
    sessionShare: r.next() * 0.3,
    priorityShare: r.next() * 0.5,
    fixedShare: r.next() * 0.1,
    lockedShare: r.next() * 0.1,
    afterShare: r.next() * 0.2,
    fixedTableShare: r.next() * 0.3,
    maxMeetingsShare: r.next() * 0.3,
    seed,
  };
}

describe('solveSchedule properties', () => {
  it('always returns a plan the independent validator accepts, with matching stats', () => {
    for (let seed = 1; seed <= 45; seed++) {
      const problem = generateInstance(randomOptions(seed, seed % 3 === 0 ? 'tiny' : 'small'));
      const plan = solveSchedule(problem, { seed });
      const check = validatePlan(problem, plan);
      expect(check.violations, `seed ${seed}`).toEqual([]);
      expect(plan.stats.scheduled + plan.unscheduled.length).toBe(problem.meetings.length);
      expect(check.stats.minShare).toBeCloseTo(plan.stats.minShare, 6);
    }
  });

  it('reports an upper bound no valid plan can beat (checked against the exact MILP optimum)', async () => {
    for (let seed = 100; seed < 130; seed++) {
      const problem = generateInstance(randomOptions(seed, 'small'));
      const plan = solveSchedule(problem, { seed });
      const exact = await solveExact(problem, { timeLimitSeconds: 20 });
      expect(exact.status, `seed ${seed}`).toBe('Optimal');
      expect(plan.stats.upperBound, `seed ${seed}`).toBeGreaterThanOrEqual(exact.weight - 1e-6);
      expect(plan.stats.weight, `seed ${seed}`).toBeLessThanOrEqual(exact.weight + 1e-6);
    }
  });

  it('finds the optimum on tiny instances: same weight, same smallest share, same breaks', async () => {
    const misses: string[] = [];
    for (let seed = 200; seed < 240; seed++) {
      const problem = generateInstance(randomOptions(seed, 'tiny'));
      const plan = solveSchedule(problem, { seed });
      const exact = await solveExact(problem, { lexicographic: true, timeLimitSeconds: 20 });
      expect(exact.status).toBe('Optimal');
      const got = `${plan.stats.weight}/${plan.stats.minShare.toFixed(4)}/${plan.stats.breaks}`;
      const best = `${exact.weight}/${(exact.minShare ?? 0).toFixed(4)}/${exact.breaks}`;
      if (got !== best) misses.push(`seed ${seed}: engine ${got}, optimum ${best}`);
    }
    expect(misses).toEqual([]);
  });
});
