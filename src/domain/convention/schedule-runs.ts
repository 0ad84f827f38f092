import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionScheduleRuns, conventionSettings, type ConventionScheduleStatus } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../policy/actor';
import type { Plan } from '../scheduling/problem-schema';
import { validatePlan } from '../scheduling/validate-plan';
import { queryRows } from '../../db/rows';
import { buildProblem } from './build-problem';
import { loadConventionToManage, lockConvention, refuse } from './convention-access';
import { listSlots } from './convention-settings';
import { loadSnapshot } from './load-snapshot';
import { solveInThread, warmSolver } from './solve-in-thread';

export const SCHEDULE_JOB = 'convention.schedule';

/** Why the engine left a meeting out, as a code the web app words ("cap_reached", "no_common_slot", "no_room"). */
export function reasonCode(reason: string): string {
  if (reason.startsWith('infeasible')) return 'no_common_slot';
  if (reason.includes('most meetings possible')) return 'cap_reached';
  return 'no_room';
}

/**
 * Starts the engine in the background: 'full' plans the whole day again (keeping hand locks), 'keep-published'
 * only fits what is not placed yet around the published meetings, which do not move.
 */
export async function requestScheduleRun({ db, actor, eventId, mode, seed }: { db: Db; actor: Actor; eventId: string; mode: 'full' | 'keep-published'; seed?: number }) {
  await loadConventionToManage(db, actor, eventId);
  if ((await listSlots(db, eventId)).length === 0) throw refuse('conflict', 'no_day_setup', 'Set the sessions, slots and tables of the day first');
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    if (settings.scheduleStatus === 'generating') throw refuse('conflict', 'generating', 'A schedule is already being generated');
    const [run] = await tx.insert(conventionScheduleRuns).values({ eventId, mode, seed: seed ?? 1, requestedBy: actor.userId }).returning();
    await tx.update(conventionSettings).set({ scheduleStatus: 'generating', updatedAt: new Date() }).where(eq(conventionSettings.eventId, eventId));
    // A coordinator is waiting for this one: it passes before the queued e-mails (e.g. the hundreds a publication has
    // just put in the outbox).
    await enqueueJob(tx, SCHEDULE_JOB, { runId: run!.id, previousStatus: settings.scheduleStatus }, { maxAttempts: 2, priority: 'interactive' });
    await recordAudit(tx, actor, 'generate', 'convention', eventId, { runId: run!.id, mode });
    // The job usually runs in this process: have the engine's thread code ready by the time the worker takes it.
    warmSolver();
    return run!;
  });
}

export async function listScheduleRuns(db: Db, eventId: string, limit = 5) {
  return db.select().from(conventionScheduleRuns).where(eq(conventionScheduleRuns.eventId, eventId)).orderBy(desc(conventionScheduleRuns.createdAt)).limit(limit);
}

/**
 * Writes a plan. Only meetings whose place changes are touched: those that move or drop out are cleared first, then
 * the new places are taken, so no intermediate state puts two meetings on one seat. The person-per-slot rule is
 * checked once for the whole convention after the writes (the row trigger steps aside for this transaction).
 */
async function writePlan(tx: Db, eventId: string, plan: Plan, current: Map<string, { slotId: string | null; table: number | null; status: string }>, locked: Set<string>) {
  const target = new Map(plan.assignments.map((a) => [a.meeting, a]));
  const reasons = new Map(plan.unscheduled.map((u) => [u.meeting, reasonCode(u.reason)]));
  const clear: string[] = [];
  const seat: { id: string; slot: string; t: number }[] = [];
  for (const [id, now] of current) {
    if (locked.has(id)) continue;
    const next = target.get(id);
    const same = next && now.status === 'scheduled' && now.slotId === next.slot && now.table === next.table;
    if (same) continue;
    if (now.status === 'scheduled') clear.push(id);
    if (next) seat.push({ id, slot: next.slot, t: next.table });
  }
  await tx.execute(sql`SELECT set_config('maillage.bulk_seating', 'on', true)`);
  if (clear.length)
    await tx.execute(sql`
      UPDATE convention_meetings SET status = 'unscheduled', slot_id = NULL, table_number = NULL, updated_at = now()
      WHERE event_id = ${eventId} AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(clear)}::jsonb)::uuid)`);
  if (seat.length)
    await tx.execute(sql`
      UPDATE convention_meetings m SET status = 'scheduled', slot_id = v.slot, table_number = v.t, unscheduled_reason = '', updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(seat)}::jsonb) AS v(id uuid, slot uuid, t integer)
      WHERE m.id = v.id AND m.event_id = ${eventId}`);
  const why = [...reasons].map(([id, r]) => ({ id, r }));
  if (why.length)
    await tx.execute(sql`
      UPDATE convention_meetings m SET unscheduled_reason = v.r, locked = false
      FROM jsonb_to_recordset(${JSON.stringify(why)}::jsonb) AS v(id uuid, r text)
      WHERE m.id = v.id AND m.event_id = ${eventId} AND m.unscheduled_reason IS DISTINCT FROM v.r`);
  const clash = await queryRows<{ slot_id: string }>(tx, sql`
    SELECT slot_id FROM (
      SELECT slot_id, participant_a AS p FROM convention_meetings WHERE event_id = ${eventId} AND status = 'scheduled'
      UNION ALL
      SELECT slot_id, participant_b FROM convention_meetings WHERE event_id = ${eventId} AND status = 'scheduled') x
    GROUP BY slot_id, p HAVING count(*) > 1 LIMIT 1`);
  if (clash.length) throw new Error('the plan puts a participant in two meetings at once; nothing was written');
  await tx.execute(sql`SELECT set_config('maillage.bulk_seating', 'off', true)`);
  return { cleared: clear.length, seated: seat.length };
}

/** The job: reads the convention, runs the engine in a worker thread, writes the plan and the run's quality. */
export async function runScheduleJob(db: Db, runId: string) {
  const [run] = await db.select().from(conventionScheduleRuns).where(eq(conventionScheduleRuns.id, runId));
  if (!run || run.status === 'done' || run.status === 'failed') return { skipped: true };
  await db.update(conventionScheduleRuns).set({ status: 'running', startedAt: new Date() }).where(eq(conventionScheduleRuns.id, runId));
  const [settings] = await db.select().from(conventionSettings).where(eq(conventionSettings.eventId, run.eventId));
  if (!settings) throw new Error('convention settings vanished');
  const { snapshot } = await loadSnapshot(db, run.eventId, settings);
  const built = buildProblem(snapshot, { mode: run.mode, notBefore: run.mode === 'keep-published' ? new Date() : undefined });
  const started = performance.now();
  let plan: Plan;
  if (built.problem.slots.length === 0 || built.problem.meetings.length === 0) {
    plan = {
      assignments: [],
      unscheduled: built.problem.meetings.map((m) => ({ meeting: m.id, reason: 'infeasible: no slot left' })),
      stats: { meetings: built.problem.meetings.length, scheduled: 0, weight: 0, upperBound: 0, boundMethod: 'none', ratioToBound: 1, breaks: 0, maxBreaks: 0, starved: 0, seconds: 0, minShare: 0 },
    };
  } else plan = await solveInThread(built.problem, { seed: run.seed, timeLimitSeconds: 120 });
  // The engine's output is checked by its independent validator before anything is written.
  const check = validatePlan(built.problem, plan);
  if (!check.valid) throw new Error(`the engine returned an invalid plan: ${check.violations[0]}`);
  const solveSeconds = (performance.now() - started) / 1000;
  const writeStarted = performance.now();
  const lockedSet = new Set(built.locked);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, run.eventId);
    const inProblem = new Set(built.problem.meetings.map((m) => m.id));
    const current = new Map(snapshot.meetings.filter((m) => inProblem.has(m.id)).map((m) => [m.id, { slotId: m.slotId, table: m.tableNumber, status: m.status }]));
    await writePlan(tx, run.eventId, plan, current, lockedSet);
    const stats = {
      ...plan.stats,
      locked: built.locked.length,
      untouched: built.untouched.length,
      unscheduled: plan.unscheduled.length,
      solveSeconds: Math.round(solveSeconds * 1000) / 1000,
      writeSeconds: Math.round(((performance.now() - writeStarted) / 1000) * 1000) / 1000,
    };
    await tx
      .update(conventionScheduleRuns)
      .set({ status: 'done', stats, released: built.released, finishedAt: new Date() })
      .where(eq(conventionScheduleRuns.id, runId));
    await tx.update(conventionSettings).set({ scheduleStatus: 'generated', updatedAt: new Date() }).where(eq(conventionSettings.eventId, run.eventId));
  });
  return { scheduled: plan.stats.scheduled, meetings: plan.stats.meetings };
}

/** After the last attempt failed: the run says why and the convention is usable again. */
export async function markScheduleRunFailed(db: Db, runId: string, previousStatus: ConventionScheduleStatus, error: string) {
  const [run] = await db
    .update(conventionScheduleRuns)
    .set({ status: 'failed', error: error.slice(0, 2000), finishedAt: new Date() })
    .where(eq(conventionScheduleRuns.id, runId))
    .returning();
  if (run)
    await db
      .update(conventionSettings)
      .set({ scheduleStatus: previousStatus === 'generating' ? 'draft' : previousStatus, updatedAt: new Date() })
      .where(and(eq(conventionSettings.eventId, run.eventId), eq(conventionSettings.scheduleStatus, 'generating')));
}
