import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { jobs } from '../db/schema';
import { createLogger } from '../logger';
import { uniq } from '../../tests/factories';
import { openTestDatabase, testConfig } from '../../tests/test-database';
import type { JobDefinition } from './definitions';
import { claimJob, enqueueJob } from './queue';
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
});
