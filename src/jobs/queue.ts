import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { jobs } from '../db/schema';

/**
 * A PostgreSQL-backed job queue (see docs/decisions/004-job-queue.md). Claiming uses FOR UPDATE SKIP LOCKED so
 * several worker processes share one queue; a job whose worker died is claimed again once its lease expires.
 */

/** Among due jobs the higher priority goes first, then the earlier `runAt`. */
export const JOB_PRIORITIES = {
  /** Someone is watching a page for the result (a convention schedule run). */
  interactive: 10,
  normal: 0,
  /** Nobody waits: clean-ups, digests. */
  background: -10,
} as const;

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  priority?: keyof typeof JOB_PRIORITIES;
}

export async function enqueueJob(db: Db, name: string, payload: unknown, options: EnqueueOptions = {}) {
  const [row] = await db
    .insert(jobs)
    .values({
      name,
      payload: payload ?? {},
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 5,
      priority: JOB_PRIORITIES[options.priority ?? 'normal'],
    })
    .returning({ id: jobs.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/**
 * Queues a job unless one of the same name is already queued or running: how a job that plans its own next run keeps
 * exactly one pending (each worker start makes sure of it, see recurring.ts). Returns whether it queued one.
 */
export async function enqueueUnlessPending(db: Db, name: string, payload: unknown, options: EnqueueOptions = {}) {
  const [pending] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM jobs WHERE name = ${name} AND status IN ('queued', 'running')`);
  if ((pending?.n ?? 0) > 0) return false;
  await enqueueJob(db, name, payload, options);
  return true;
}

export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

type ClaimRow = { id: string; name: string; payload: unknown; attempts: number; max_attempts: number };

/**
 * Claims a ready job among `names` (a worker only takes the jobs it knows how to run): first one whose worker died
 * (its lease expired), else the most urgent due queued job — highest priority, then earliest `run_at`. Each step
 * reads a partial index (jobs_lease_idx, jobs_due_idx) in order and stops at the first row it may lock, so neither
 * reads finished jobs nor future ones of a lower priority.
 */
export async function claimJob(db: Db, workerId: string, leaseSeconds: number, names: string[]): Promise<ClaimedJob | undefined> {
  const known = sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))`;
  const claim = async (candidate: SQL) =>
    (
      await queryRows<ClaimRow>(db, sql`
        UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${workerId},
          locked_until = now() + make_interval(secs => ${leaseSeconds})
        WHERE id = (${candidate})
        RETURNING id, name, payload, attempts, max_attempts`)
    )[0];
  const r =
    (await claim(sql`SELECT id FROM jobs WHERE status = 'running' AND locked_until < now() AND name = ANY(${known})
                     ORDER BY locked_until FOR UPDATE SKIP LOCKED LIMIT 1`)) ??
    (await claim(sql`SELECT id FROM jobs WHERE status = 'queued' AND run_at <= now() AND name = ANY(${known})
                     ORDER BY priority DESC, run_at FOR UPDATE SKIP LOCKED LIMIT 1`));
  if (!r) return undefined;
  return { id: r.id, name: r.name, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts };
}

export async function completeJob(db: Db, id: string, result: unknown) {
  await db.execute(
    sql`UPDATE jobs SET status = 'done', finished_at = now(), locked_until = NULL, result = ${JSON.stringify(result ?? null)}::jsonb WHERE id = ${id}`,
  );
}

/** Records a failure: retried later with exponential backoff, or failed for good after the last attempt. */
export async function failJob(db: Db, job: ClaimedJob, error: string): Promise<'retry' | 'failed'> {
  const final = job.attempts >= job.maxAttempts;
  const delaySeconds = Math.min(3600, 2 ** job.attempts * 5);
  await db.execute(sql`
    UPDATE jobs SET last_error = ${error}, locked_until = NULL,
      status = ${final ? 'failed' : 'queued'},
      finished_at = ${final ? sql`now()` : sql`NULL`},
      run_at = now() + make_interval(secs => ${delaySeconds})
    WHERE id = ${job.id}`);
  return final ? 'failed' : 'retry';
}

/**
 * Deletes finished jobs: done ones after `doneDays`, failed ones (which an administrator may want to read) after
 * `failedDays`, in batches so no statement holds many rows. The worker calls it now and then; returns how many went.
 */
export async function pruneFinishedJobs(db: Db, options: { doneDays?: number; failedDays?: number; batch?: number } = {}): Promise<number> {
  const { doneDays = 14, failedDays = 60, batch = 5000 } = options;
  let total = 0;
  for (;;) {
    const rows = await queryRows<{ id: string }>(db, sql`
      DELETE FROM jobs WHERE id IN (
        SELECT id FROM jobs
        WHERE status IN ('done', 'failed')
          AND finished_at < now() - make_interval(days => CASE WHEN status = 'done' THEN ${doneDays}::int ELSE ${failedDays}::int END)
        LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING id`);
    total += rows.length;
    if (rows.length < batch) return total;
  }
}
