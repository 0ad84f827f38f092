import crypto from 'node:crypto';
import type { JobContext, JobDefinition } from './definitions';
import { claimJob, completeJob, failJob, pruneFinishedJobs } from './queue';

export interface WorkerOptions extends JobContext {
  definitions: JobDefinition[];
  pollMs?: number;
  leaseSeconds?: number;
  /** How often the polling loop deletes old finished jobs (`pruneFinishedJobs`); an hour by default. */
  pruneEveryMs?: number;
}

export interface Worker {
  /** Runs every job that is ready now, then resolves with how many ran (used by tests and the CLI). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function createWorker(options: WorkerOptions): Worker {
  const workerId = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  const byName = new Map(options.definitions.map((d) => [d.name, d]));
  const lease = options.leaseSeconds ?? 300;
  const { db, log } = options;

  async function runOne(): Promise<boolean> {
    const job = await claimJob(db, workerId, lease, [...byName.keys()]);
    if (!job) return false;
    const def = byName.get(job.name);
    const jobLog = log.child({ job: job.name, jobId: job.id, attempt: job.attempts });
    try {
      if (!def) throw new Error(`No handler for job "${job.name}"`); // cannot happen: claims are filtered by name
      const payload = def.payload.parse(job.payload);
      const result = await def.handler(payload, options);
      await completeJob(db, job.id, result);
      jobLog.debug({ result }, 'job done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const outcome = await failJob(db, job, message);
      jobLog.warn({ err: message, outcome }, 'job failed');
      if (outcome === 'failed' && def?.onFinalFailure) await def.onFinalFailure(job.payload, options, message);
    }
    return true;
  }

  async function drain(): Promise<number> {
    let n = 0;
    while (await runOne()) {
      n++;
      // On the embedded engine a query never waits for I/O: its promise settles as a microtask, so a queue of jobs
      // (the hundreds of e-mails a publication queues) would run back to back without the event loop ever taking
      // the HTTP requests waiting meanwhile (seconds of stall in bench/convention). One turn of the loop per job lets
      // them in; on PostgreSQL every query already yields.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return n;
  }

  // The jobs table stays bounded: done jobs are kept two weeks for the admin page, failed ones two months.
  const pruneEvery = options.pruneEveryMs ?? 3_600_000;
  let prunedAt = 0;
  async function pruneNowAndThen() {
    if (Date.now() - prunedAt < pruneEvery) return;
    prunedAt = Date.now();
    const n = await pruneFinishedJobs(db);
    if (n > 0) log.info({ pruned: n }, 'old finished jobs deleted');
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = pruneNowAndThen()
      .then(drain)
      .catch((error: unknown) => log.error({ err: error }, 'worker loop error'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs ?? 1000);
      });
  };
  if (options.pollMs !== 0) timer = setTimeout(tick, 0);

  return {
    drain,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
