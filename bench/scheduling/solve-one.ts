// One measured run in its own process, so peak memory (maxRSS) belongs to that run only.
// Usage: tsx bench/scheduling/solve-one.ts '{"method":"engine","participants":1000,"ratio":1,"seed":1}'
import { solveSchedule } from '../../src/domain/scheduling/solve-schedule';
import { validatePlan } from '../../src/domain/scheduling/validate-plan';
import { compileProblem } from '../../src/domain/scheduling/compile-problem';
import { computeUpperBound } from '../../src/domain/scheduling/upper-bound';
import type { Plan, Problem } from '../../src/domain/scheduling/problem-schema';
import { benchInstance, churnedInstance } from './bench-instance';
import { greedyFirstFreeSlot } from './greedy-baseline';
import { solveExact } from './exact-milp';

interface Job {
  method: 'engine' | 'greedy' | 'milp' | 'churn';
  participants: number;
  ratio: number;
  seed: number;
  perParticipant?: number;
  milpSeconds?: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const problem = benchInstance(job.participants, job.ratio, job.seed, job.perParticipant);
const bound = computeUpperBound(compileProblem(problem));
let plan: Pick<Plan, 'assignments' | 'unscheduled'>;
let seconds: number;
let status = 'ok';
let cpuSecondsOverride: number | undefined;
let lockedMoved = 0;
const cpuStart = process.cpuUsage();
if (job.method === 'engine') {
  const result = solveSchedule(problem, { seed: job.seed });
  plan = result;
  seconds = result.stats.seconds;
} else if (job.method === 'greedy') {
  const result = greedyFirstFreeSlot(problem);
  plan = result;
  seconds = result.stats.seconds;
} else if (job.method === 'milp') {
  const exact = await solveExact(problem, { timeLimitSeconds: job.milpSeconds ?? 120 });
  status = exact.status;
  seconds = exact.seconds;
  plan = seatExact(exact.slotOf);
} else {
  const first = solveSchedule(problem, { seed: job.seed });
  const churned = churnedInstance(problem, first, job.seed);
  const churnCpu = process.cpuUsage();
  const result = solveSchedule(churned, { seed: job.seed });
  cpuSecondsOverride = cpuSecondsSince(churnCpu);
  const before = new Map(churned.meetings.filter((m) => m.locked).map((m) => [m.id, m.locked!]));
  for (const a of result.assignments) {
    const lock = before.get(a.meeting);
    if (lock && (lock.slot !== a.slot || lock.table !== a.table)) lockedMoved++;
  }
  plan = result;
  seconds = result.stats.seconds;
  const check = validatePlan(churned, result);
  const churnBound = computeUpperBound(compileProblem(churned));
  process.stdout.write(`${JSON.stringify(report(check, churnBound.value))}\n`);
  process.exit(0);
}
const cpuSeconds = cpuSecondsSince(cpuStart);
const peakMB = process.resourceUsage().maxRSS / 1024;
const check = validatePlan(problem, { assignments: plan.assignments, unscheduled: plan.unscheduled });
process.stdout.write(`${JSON.stringify({ ...report(check, bound.value), peakMB, cpuSeconds })}\n`);

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** The MILP decides slots only; seat fixed and locked tables first, then the lowest free ones. */
function seatExact(slotOf: Map<string, string>): Pick<Plan, 'assignments' | 'unscheduled'> {
  const fixed = new Map(problem.participants.map((p) => [p.id, p.fixedTable]));
  const bySlot = new Map<string, Problem['meetings']>();
  for (const m of problem.meetings) {
    const slot = slotOf.get(m.id);
    if (slot !== undefined) bySlot.set(slot, [...(bySlot.get(slot) ?? []), m]);
  }
  const assignments: Plan['assignments'] = [];
  for (const [slot, meetings] of bySlot) {
    const required = (m: Problem['meetings'][number]) => m.locked?.table ?? fixed.get(m.participants[0]) ?? fixed.get(m.participants[1]);
    const taken = new Set(meetings.map(required).filter((t) => t !== undefined));
    let next = 1;
    for (const m of meetings) {
      let table = required(m);
      if (table === undefined) {
        while (taken.has(next)) next++;
        table = next;
        taken.add(table);
      }
      assignments.push({ meeting: m.id, slot, table });
    }
  }
  const unscheduled = problem.meetings.filter((m) => !slotOf.has(m.id)).map((m) => ({ meeting: m.id, reason: 'not chosen by the MILP' }));
  return { assignments, unscheduled };
}

function report(check: ReturnType<typeof validatePlan>, boundValue: number) {
  return {
    method: job.method,
    participants: job.participants,
    capacity: job.ratio,
    seed: job.seed,
    status,
    valid: job.method === 'milp' ? true : check.valid,
    violations: check.violations.slice(0, 3),
    meetings: check.stats.meetings,
    scheduled: check.stats.scheduled,
    weight: check.stats.weight,
    bound: boundValue,
    ratio: check.stats.weight / boundValue,
    breaksPerParticipant: check.stats.breaks / job.participants,
    maxBreaks: check.stats.maxBreaks,
    seconds,
    peakMB: process.resourceUsage().maxRSS / 1024,
    lockedMoved,
    cpuSeconds: cpuSecondsOverride,
  };
}
