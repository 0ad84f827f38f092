import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { jobs } from '../db/schema';
import { createLogger } from '../logger';
import { uniq } from '../../tests/factories';
import { openTestDatabase, testConfig } from '../../tests/test-database';
import type { JobDefinition } from './definitions';
import { claimJob, completeJob, enqueueJob, pruneFinishedJobs } from './queue';
import { createWorker } from './worker';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const ctx = () => ({ db: database.db, config: testConfig(), log: createLogger('silent') });

describe('job queue', () => {
  it('runs a job once, validates its payload, and keeps the result', async () => {
    const name = uniq('job');
    const seen: number[] = [];
    const def: JobDefinition = {
      name,
      payload: z.object({ n: z.number() }),
      handler: async (p: { n: number }) => {
        seen.push(p.n);
        return { doubled: p.n * 2 };
      },
    };
    const ok = await enqueueJob(database.db, name, { n: 21 });
    const bad = await enqueueJob(database.db, name, { n: 'x' }, { maxAttempts: 1 });
    const worker = createWorker({ ...ctx(), definitions: [def], pollMs: 0 });
    await worker.drain();
    expect(seen).toEqual([21]);
    const [done] = await database.db.select().from(jobs).where(eq(jobs.id, ok));
    expect(done).toMatchObject({ status: 'done', result: { doubled: 42 } });
    const [failed] = await database.db.select().from(jobs).where(eq(jobs.id, bad));
    expect(failed?.status).toBe('failed');
    expect(failed?.lastError).toContain('n');
  });

  it('takes back a job whose worker died once its lease expired', async () => {
    const name = uniq('lease');
    const id = await enqueueJob(database.db, name, {});
    const first = await claimJob(database.db, 'dead-worker', 60, [name]);
    expect(first?.id).toBe(id);
    expect(await claimJob(database.db, 'other', 60, [name])).toBeUndefined();
    await database.db.update(jobs).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(jobs.id, id));
    const again = await claimJob(database.db, 'other', 60, [name]);
    expect(again).toMatchObject({ id, attempts: 2 });
  });

  it('never gives one job to two concurrent claimers', async () => {
    const name = uniq('race');
    const ids = new Set<string>();
    for (let i = 0; i < 10; i++) ids.add(await enqueueJob(database.db, name, { i }));
    const claims = await Promise.all(Array.from({ length: 16 }, (_, i) => claimJob(database.db, `w${i}`, 60, [name])));
    const got = claims.filter((c) => c !== undefined).map((c) => c.id);
    expect(got.every((id) => ids.has(id))).toBe(true);
    expect(new Set(got).size).toBe(got.length);
    expect(got.length).toBe(10);
  });

  it('hands out the most urgent due job first: priority, then the earliest run time; never a job not due yet', async () => {
    const name = uniq('prio');
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const oldMail = await enqueueJob(database.db, name, { n: 'old mail' }, { runAt: minutesAgo(30) });
    const newMail = await enqueueJob(database.db, name, { n: 'new mail' }, { runAt: minutesAgo(1) });
    const cleanUp = await enqueueJob(database.db, name, { n: 'clean-up' }, { runAt: minutesAgo(60), priority: 'background' });
    await enqueueJob(database.db, name, { n: 'later' }, { runAt: new Date(Date.now() + 3_600_000), priority: 'interactive' });
    const schedule = await enqueueJob(database.db, name, { n: 'schedule' }, { priority: 'interactive' });
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) order.push((await claimJob(database.db, 'w', 60, [name]))?.id);
    expect(order).toEqual([schedule, oldMail, newMail, cleanUp, undefined]);
  });

  it('takes a job whose worker died before the queued ones', async () => {
    const name = uniq('orphan');
    const queued = await enqueueJob(database.db, name, {}, { priority: 'interactive' });
    const orphan = await enqueueJob(database.db, name, {}, { runAt: new Date(Date.now() - 60_000) });
    await database.db.update(jobs).set({ status: 'running', lockedUntil: new Date(Date.now() - 1000), attempts: 1 }).where(eq(jobs.id, orphan));
    expect((await claimJob(database.db, 'w', 60, [name]))?.id).toBe(orphan);
    expect((await claimJob(database.db, 'w', 60, [name]))?.id).toBe(queued);
  });

  it('deletes old finished jobs and keeps recent ones, queued ones and failures for longer', async () => {
    const name = uniq('prune');
    const ids: Record<string, string> = {};
    for (const k of ['oldDone', 'recentDone', 'oldFailed', 'olderFailed', 'queued']) ids[k] = await enqueueJob(database.db, name, { k });
    for (const k of ['oldDone', 'recentDone']) await completeJob(database.db, ids[k]!, null);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    await database.db.update(jobs).set({ finishedAt: daysAgo(20) }).where(eq(jobs.id, ids.oldDone!));
    await database.db.update(jobs).set({ status: 'failed', finishedAt: daysAgo(20) }).where(eq(jobs.id, ids.oldFailed!));
    await database.db.update(jobs).set({ status: 'failed', finishedAt: daysAgo(90) }).where(eq(jobs.id, ids.olderFailed!));
    await database.db.update(jobs).set({ runAt: daysAgo(100) }).where(eq(jobs.id, ids.queued!));
    expect(await pruneFinishedJobs(database.db, { doneDays: 14, failedDays: 60, batch: 1000 })).toBeGreaterThanOrEqual(2);
    const left = await database.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.name, name));
    const kept = Object.entries(ids).filter(([, id]) => left.some((r) => r.id === id)).map(([k]) => k);
    expect(kept.sort()).toEqual(['oldFailed', 'queued', 'recentDone']);
  });
});
