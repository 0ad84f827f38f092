import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { jobs } from '../db/schema';

/**
 * A PostgreSQL-backed job queue (see docs/decisions/004-job-queue.md). Claiming uses FOR UPDATE SKIP LOCKED so
 * several worker processes share one queue; a job whose worker died is claimed again once its lease expires.
 */
export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
}

export async function enqueueJob(db: Db, name: string, payload: unknown, options: EnqueueOptions = {}) {
  const [row] = await db
    .insert(jobs)
    .values({ name, payload: payload ?? {}, runAt: options.runAt ?? new Date(), maxAttempts: options.maxAttempts ?? 5 })
    .returning({ id: jobs.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** Claims the oldest ready job among `names` (a worker only takes the jobs it knows how to run). */
export async function claimJob(db: Db, workerId: string, leaseSeconds: number, names: string[]): Promise<ClaimedJob | undefined> {
  const [r] = await queryRows<{ id: string; name: string; payload: unknown; attempts: number; max_attempts: number }>(db, sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = (
      SELECT id FROM jobs
      WHERE ((status = 'queued' AND run_at <= now()) OR (status = 'running' AND locked_until < now()))
        AND name IN (SELECT jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))
      ORDER BY run_at
      FOR UPDATE SKIP LOCKED
      LIMIT 1)
    RETURNING id, name, payload, attempts, max_attempts`);
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
