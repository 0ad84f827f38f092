import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPlatform } from './start';

// A fresh start of the worker plans the jobs that re-plan themselves (daily committee reminders, weekly match
// digest) once, and a second start does not plan them again. Embedded engine in a scratch data directory, or the
// test PostgreSQL server when TEST_DATABASE_URL is set.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-start-'));
const env = {
  MAILLAGE_DATA_DIR: dataDir,
  MAILLAGE_DEMO: '0',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'https://maillage.example',
  ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
};

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function pending(platform: Awaited<ReturnType<typeof startPlatform>>) {
  const rows = await platform.runtime.database.query<{ name: string; n: number; run_at: Date | string; base_url: string }>(
    `SELECT name, count(*)::int AS n, min(run_at) AS run_at, min(payload->>'baseUrl') AS base_url FROM jobs
      WHERE name IN ('committee.remind-actions', 'matches.digest') AND status IN ('queued', 'running') GROUP BY name ORDER BY name`,
  );
  return rows.map((r) => ({ name: r.name, n: r.n, later: new Date(r.run_at).getTime() > Date.now(), baseUrl: r.base_url }));
}

describe('starting the worker', () => {
  it('plans the committee reminders and the match digest once, and not again on the next start', async () => {
    const first = await startPlatform({ env, services: ['worker'] });
    let afterFirst;
    try {
      afterFirst = await pending(first);
    } finally {
      await first.close();
    }
    expect(afterFirst.map(({ name, n }) => ({ name, n }))).toEqual([
      { name: 'committee.remind-actions', n: 1 },
      { name: 'matches.digest', n: 1 },
    ]);
    // On a fresh embedded database nothing else planned them: the start did, for later, with the public address.
    if (!process.env.TEST_DATABASE_URL) expect(afterFirst.every((j) => j.later && j.baseUrl === 'https://maillage.example')).toBe(true);
    const second = await startPlatform({ env, services: ['worker'] });
    try {
      const afterSecond = await pending(second);
      expect(afterSecond.map(({ name, n }) => ({ name, n }))).toEqual(afterFirst.map(({ name, n }) => ({ name, n })));
      // A server database is shared with other test files whose jobs this worker may run: compare the rest on ours.
      if (!process.env.TEST_DATABASE_URL) expect(afterSecond).toEqual(afterFirst);
    } finally {
      await second.close();
    }
  }, 120_000);
});
