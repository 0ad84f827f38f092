import type { Plan, Problem } from './problem-schema';
import { checkProblemReferences } from './check-problem-references';
import { ScheduleInputError } from './parse-problem';
import { compileProblem } from './compile-problem';
import { ScheduleState } from './schedule-state';
import { constructSchedule } from './construct-schedule';
import { repairSchedule } from './repair-schedule';
import { improveBreaks } from './improve-breaks';
import { computeUpperBound } from './upper-bound';
import { buildPlan } from './build-plan';
import { createRandom } from './prng';
import { solveSmallExactly } from './solve-small-exactly';
import { raiseMinShare } from './raise-min-share';
import { improveWeight } from './improve-weight';

const EXACT_MAX_MEETINGS = 30;
const EXACT_NODE_LIMIT = 100_000;

export interface SolveOptions {
  /** Safety stop; the search is budgeted by work, not time, so results only depend on the seed below it. */
  timeLimitSeconds?: number;
  seed?: number;
  /** Multiplies the search budget (1 by default); more effort, fewer breaks, more time. */
  effort?: number;
}

/**
 * Schedules meetings into slots and tables. Pure: plain data in, plan out. Deterministic for a given seed as
 * long as the time limit is not reached. Locked meetings keep their slot and table, which is what re-solves after
 * churn rely on. Throws ScheduleInputError for contradictory input.
 */
export function solveSchedule(problem: Problem, options: SolveOptions = {}): Plan {
  const started = performance.now();
  const issues = checkProblemReferences(problem);
  if (issues.length > 0) throw new ScheduleInputError(issues);
  const deadline = Date.now() + (options.timeLimitSeconds ?? 300) * 1000;
  const effort = options.effort ?? 1;
  const random = createRandom(options.seed ?? 1);

  const cp = compileProblem(problem);
  let bound = computeUpperBound(cp);
  const state = new ScheduleState(cp);
  constructSchedule(state);
  repairSchedule(state, deadline, effort);
  const belowBound = (): boolean => state.totalWeight < bound.value - 1e-9;
  if (belowBound()) {
    // Small instances get a generous fixed budget (they are cheap and often the tightest); large ones scale.
    const weightMoves = Math.round(effort * (cp.meetingCount <= 1000 ? Math.min(200_000, 3000 * cp.meetingCount) : Math.min(60 * cp.meetingCount, 3_000_000)));
    improveWeight(state, { iterations: weightMoves, deadline, random, stopAt: bound.value });
    if (belowBound()) repairSchedule(state, deadline, effort);
  }
  // About 300 annealing moves per meeting keeps 1,000 participants near one CPU second and 10,000 near fifteen.
  const iterations = Math.round(effort * Math.min(300 * cp.meetingCount, 12_000_000));
  improveBreaks(state, { iterations, deadline, random });
  if (state.scheduled < cp.meetingCount) {
    if (belowBound()) repairSchedule(state, deadline, effort);
    raiseMinShare(state, deadline);
  }
  // Small instances (a workshop, a test) are settled exactly; the search only ever replaces the plan by a better one.
  if (cp.meetingCount <= EXACT_MAX_MEETINGS && solveSmallExactly(state, Math.round(EXACT_NODE_LIMIT * effort))) {
    bound = { value: Math.min(bound.value, Math.round(state.totalWeight * 1e6) / 1e6), method: 'exact search (proven optimum)' };
  }
  return buildPlan(state, bound, (performance.now() - started) / 1000);
}
