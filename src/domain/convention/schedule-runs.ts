import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionScheduleRuns, conventionSettings, type ConventionScheduleStatus } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../policy/actor';
import type { Plan } from '../scheduling/problem-schema';
import { buildProblem } from './build-problem';
import { loadConventionToManage, lockConvention, refuse } from './convention-access';
import { listSlots } from './convention-settings';
import { loadSnapshot } from './load-snapshot';
import { solveInThread } from './solve-in-thread';

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
    await enqueueJob(tx, SCHEDULE_JOB, { runId: run!.id, previousStatus: settings.scheduleStatus }, { maxAttempts: 2 });
    await recordAudit(tx, actor, 'generate', 'convention', eventId, { runId: run!.id, mode });
    return run!;
  });
}

export async function listScheduleRuns(db: Db, eventId: string, limit = 5) {
  return db.select().from(conventionScheduleRuns).where(eq(conventionScheduleRuns.eventId, eventId)).orderBy(desc(conventionScheduleRuns.createdAt)).limit(limit);
}

/** Writes a plan: the problem's meetings are cleared first, then placed, so no intermediate state breaks a guard. */
async function writePlan(tx: Db, eventId: string, plan: Plan, planned: string[], locked: Set<string>) {
  const movable = planned.filter((id) => !locked.has(id));
  const now = new Date();
  for (let i = 0; i < movable.length; i += 5000) {
    const ids = movable.slice(i, i + 5000);
    await tx
      .update(conventionMeetings)
      .set({ status: 'unscheduled', slotId: null, tableNumber: null, unscheduledReason: '', updatedAt: now })
      .where(and(eq(conventionMeetings.eventId, eventId), inArray(conventionMeetings.id, ids)));
  }
  const placed = plan.assignments.filter((a) => !locked.has(a.meeting)).map((a) => ({ id: a.meeting, slot: a.slot, t: a.table }));
  if (placed.length)
    await tx.execute(sql`
      UPDATE convention_meetings m SET status = 'scheduled', slot_id = v.slot, table_number = v.t, unscheduled_reason = '', updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(placed)}::jsonb) AS v(id uuid, slot uuid, t integer)
      WHERE m.id = v.id AND m.event_id = ${eventId}`);
  const reasons = plan.unscheduled.map((u) => ({ id: u.meeting, r: reasonCode(u.reason) }));
  if (reasons.length)
    await tx.execute(sql`
      UPDATE convention_meetings m SET unscheduled_reason = v.r, locked = false
      FROM jsonb_to_recordset(${JSON.stringify(reasons)}::jsonb) AS v(id uuid, r text)
      WHERE m.id = v.id AND m.event_id = ${eventId}`);
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
  const solveSeconds = (performance.now() - started) / 1000;
  const writeStarted = performance.now();
  const lockedSet = new Set(built.locked);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, run.eventId);
    await writePlan(tx, run.eventId, plan, built.problem.meetings.map((m) => m.id), lockedSet);
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
