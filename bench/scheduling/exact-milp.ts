import loadHighs from 'highs';
import type { Problem } from '../../src/domain/scheduling/problem-schema';
import { chronologicalSlotIds } from '../../src/domain/scheduling/slot-order';

/**
 * Exact reference solver (HiGHS MILP) for tests and benchmarks only: x[m,s] = 1 when meeting m is in slot s.
 * Written from the raw problem, not the engine's compiled form, so the two cannot share a modelling mistake.
 * Tables are implied: a slot is seatable iff it holds at most `tables` meetings and fixed tables are distinct.
 */
export interface ExactResult {
  status: string;
  weight: number;
  minShare?: number;
  breaks?: number;
  slotOf: Map<string, string>;
  seconds: number;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | undefined;
function highs(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

interface Model {
  vars: { name: string; meeting: number; slot: number }[];
  constraints: string[];
  byMeeting: string[][];
  byParticipantSlot: Map<string, string[]>;
  participants: string[];
  degree: Map<string, number>;
  slots: string[];
}

function buildModel(problem: Problem): Model {
  const slots = chronologicalSlotIds(problem.slots);
  const sessionOf = new Map(problem.slots.map((s) => [s.id, s.session]));
  const people = new Map(problem.participants.map((p) => [p.id, p]));
  const vars: Model['vars'] = [];
  const byMeeting: string[][] = problem.meetings.map(() => []);
  const bySlot = new Map<string, string[]>();
  const byParticipantSlot = new Map<string, string[]>();
  const byTableSlot = new Map<string, string[]>();
  const degree = new Map<string, number>();
  const constraints: string[] = [];
  problem.meetings.forEach((meeting, mi) => {
    const [a, b] = meeting.participants.map((id) => people.get(id)!);
    for (const p of [a!, b!]) degree.set(p.id, (degree.get(p.id) ?? 0) + 1);
    const tables = [meeting.locked?.table, a!.fixedTable, b!.fixedTable].filter((t) => t !== undefined);
    if (new Set(tables).size > 1) return;
    const table = tables[0];
    const pinned = meeting.locked?.slot ?? meeting.fixedSlot;
    slots.forEach((slot, si) => {
      if (pinned !== undefined && pinned !== slot) return;
      if (meeting.session !== undefined && sessionOf.get(slot) !== meeting.session) return;
      if (a!.unavailable?.includes(slot) || b!.unavailable?.includes(slot)) return;
      const name = `x${mi}_${si}`;
      vars.push({ name, meeting: mi, slot: si });
      byMeeting[mi]!.push(name);
      push(bySlot, slot, name);
      for (const p of [a!, b!]) push(byParticipantSlot, `${p.id}\u0000${slot}`, name);
      if (table !== undefined) push(byTableSlot, `${table}\u0000${slot}`, name);
    });
    if (meeting.locked !== undefined) constraints.push(`${sum(byMeeting[mi]!)} = 1`);
    else if (byMeeting[mi]!.length > 1) constraints.push(`${sum(byMeeting[mi]!)} <= 1`);
  });
  for (const names of bySlot.values()) if (names.length > problem.tables) constraints.push(`${sum(names)} <= ${problem.tables}`);
  for (const names of byParticipantSlot.values()) if (names.length > 1) constraints.push(`${sum(names)} <= 1`);
  for (const names of byTableSlot.values()) if (names.length > 1) constraints.push(`${sum(names)} <= 1`);
  for (const p of problem.participants) {
    if (p.maxMeetings === undefined) continue;
    const names = problem.meetings.flatMap((m, mi) => (m.participants.includes(p.id) ? byMeeting[mi]! : []));
    if (names.length > p.maxMeetings) constraints.push(`${sum(names)} <= ${p.maxMeetings}`);
  }
  const index = new Map(problem.meetings.map((m, mi) => [m.id, mi]));
  problem.meetings.forEach((meeting, mi) => {
    for (const predId of meeting.after ?? []) {
      const pi = index.get(predId)!;
      // If both are scheduled, the predecessor is strictly earlier: x[m,s] + sum_{s' >= s} x[pred,s'] <= 1.
      for (const v of vars.filter((x) => x.meeting === mi)) {
        const later = vars.filter((x) => x.meeting === pi && x.slot >= v.slot).map((x) => x.name);
        if (later.length > 0) constraints.push(`${v.name} + ${sum(later)} <= 1`);
      }
    }
  });
  return { vars, constraints, byMeeting, byParticipantSlot, participants: problem.participants.map((p) => p.id), degree, slots };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// HiGHS reads long LP lines, but wrapping keeps the model readable when dumped for debugging.
function sum(names: readonly string[], coefficients?: readonly number[]): string {
  const terms = names.map((n, i) => `${i === 0 ? '' : '+ '}${coefficients ? `${coefficients[i]} ` : ''}${n}`);
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 12) lines.push(terms.slice(i, i + 12).join(' '));
  return lines.join('\n ');
}

function lpText(sense: 'Maximize' | 'Minimize', objective: string, constraints: string[], binaries: string[], continuous: string[] = []): string {
  const body = constraints.map((c, i) => ` c${i}: ${c}`).join('\n');
  const bounds = continuous.map((v) => ` 0 <= ${v} <= 1`).join('\n');
  return `${sense}\n obj: ${objective}\nSubject To\n${body}\nBounds\n${bounds}\nBinaries\n ${binaries.join(' ')}\nEnd\n`;
}

/**
 * Maximum weight; with `lexicographic`, then the best smallest share at that weight, then the fewest breaks at
 * both (objectives 1–3 of the issue).
 */
export async function solveExact(problem: Problem, options: { lexicographic?: boolean; timeLimitSeconds?: number } = {}): Promise<ExactResult> {
  const started = performance.now();
  const solver = await highs();
  const model = buildModel(problem);
  const binaries = model.vars.map((v) => v.name);
  const solverOptions = { output_flag: false, time_limit: options.timeLimitSeconds ?? 60, mip_rel_gap: 0 } as never;
  if (binaries.length === 0) return { status: 'Optimal', weight: 0, minShare: 0, breaks: 0, slotOf: new Map(), seconds: 0 };
  const weights = model.vars.map((v) => problem.meetings[v.meeting]!.priority ?? 1);
  const weightExpr = sum(binaries, weights);
  const first = solver.solve(lpText('Maximize', weightExpr, model.constraints, binaries), solverOptions);
  let result = first;
  const weight = first.ObjectiveValue ?? 0;
  let minShare: number | undefined;
  let breaks: number | undefined;
  if (options.lexicographic && first.Status === 'Optimal') {
    const keepWeight = [...model.constraints, `${weightExpr} >= ${weight - 1e-6}`];
    const shareRows = [...model.degree.entries()].map(([pid, deg]) => {
      const names = model.slots.flatMap((slot) => model.byParticipantSlot.get(`${pid}\u0000${slot}`) ?? []);
      return names.length === 0 ? `t <= 0` : `${deg} t - ${sum(names).replace(/\+ /g, '- ')} <= 0`;
    });
    const second = solver.solve(lpText('Maximize', 't', [...keepWeight, ...shareRows], binaries, ['t']), solverOptions);
    minShare = second.ObjectiveValue ?? 0;
    const keepShare = [...keepWeight, ...shareRows, `t >= ${minShare - 1e-6}`];
    const breakRows: string[] = [];
    const extra: string[] = ['t'];
    const objective: string[] = [];
    for (const pid of model.participants) {
      const y = model.slots.map((slot) => model.byParticipantSlot.get(`${pid}\u0000${slot}`) ?? []);
      if (y.every((list) => list.length === 0)) continue;
      const z = `z_${extra.length}`;
      extra.push(z);
      breakRows.push(`${z} - ${sum(y.flat()).replace(/\+ /g, '- ')} <= 0`);
      objective.push(`- ${z}`);
      y.forEach((list, s) => {
        const r = `r_${extra.length}`;
        extra.push(r);
        objective.push(`+ ${r}`);
        const here = list.length > 0 ? ` - ${sum(list).replace(/\+ /g, '- ')}` : '';
        const before = s > 0 && y[s - 1]!.length > 0 ? ` + ${sum(y[s - 1]!)}` : '';
        breakRows.push(`${r}${here}${before} >= 0`);
      });
    }
    const third = solver.solve(
      lpText('Minimize', objective.join(' ').replace(/^\+ /, ''), [...keepShare, ...breakRows], binaries, extra),
      solverOptions,
    );
    breaks = Math.round(third.ObjectiveValue ?? 0);
    result = third;
  }
  const slotOf = new Map<string, string>();
  for (const v of model.vars) {
    if (((result.Columns[v.name] as { Primal?: number } | undefined)?.Primal ?? 0) > 0.5) slotOf.set(problem.meetings[v.meeting]!.id, model.slots[v.slot]!);
  }
  return { status: result.Status, weight: Math.round(weight * 1e6) / 1e6, minShare, breaks, slotOf, seconds: (performance.now() - started) / 1000 };
}
