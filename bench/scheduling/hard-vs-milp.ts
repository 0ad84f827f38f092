// Tight mid-size conventions (few slots, many fixed stands and maxMeetings, peer meetings) where the MILP is still
// solvable: how often does the engine reach the exact optimum weight, and by how much does it miss otherwise?
// Usage: npx tsx bench/scheduling/hard-vs-milp.ts [count=15]
import { generateInstance } from '../../src/domain/scheduling/generate-instance';
import { solveSchedule } from '../../src/domain/scheduling/solve-schedule';
import { validatePlan } from '../../src/domain/scheduling/validate-plan';
import { createRandom } from '../../src/domain/scheduling/prng';
import { solveExact } from './exact-milp';

const count = Number(process.argv[2] ?? 15);
let optimal = 0;
let proven = 0;
const gaps: number[] = [];
process.stdout.write('| seed | meetings | engine weight | MILP optimum | bound | engine s | MILP s |\n|---|---|---|---|---|---|---|\n');
for (let seed = 2000; seed < 2000 + count; seed++) {
  const r = createRandom(seed);
  const problem = generateInstance({
    participants: 30 + r.int(60),
    meetingsPerParticipant: 3 + r.int(5),
    slots: 6 + r.int(8),
    capacityRatio: 0.6 + r.next() * 0.7,
    peerShare: r.next() * 0.4,
    unavailableDensity: r.next() * 0.2,
    sessionShare: r.next() * 0.3,
    priorityShare: r.next() * 0.5,
    fixedShare: 0.05,
    lockedShare: 0.03,
    afterShare: 0.1,
    fixedTableShare: 0.2,
    maxMeetingsShare: 0.2,
    seed,
  });
  const plan = solveSchedule(problem, { seed });
  if (!validatePlan(problem, plan).valid) throw new Error(`invalid plan for seed ${seed}`);
  const exact = await solveExact(problem, { timeLimitSeconds: 60 });
  if (exact.status === 'Optimal') proven++;
  if (Math.abs(plan.stats.weight - exact.weight) < 1e-6) optimal++;
  else gaps.push(1 - plan.stats.weight / exact.weight);
  process.stdout.write(
    `| ${seed} | ${problem.meetings.length} | ${plan.stats.weight} | ${exact.weight}${exact.status === 'Optimal' ? '' : ` (${exact.status})`} | ${plan.stats.upperBound} | ${plan.stats.seconds.toFixed(2)} | ${exact.seconds.toFixed(2)} |\n`,
  );
}
const worst = gaps.length === 0 ? 0 : Math.max(...gaps);
process.stdout.write(`\nengine = MILP optimum on ${optimal}/${count} (MILP proven optimal on ${proven}); worst gap ${(worst * 100).toFixed(1)} %\n`);
