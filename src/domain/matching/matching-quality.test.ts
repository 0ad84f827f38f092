import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { openTestDatabase } from '../../../tests/test-database';
import { makeGaneshNetwork } from '../posts/posts-test-setup';
import { seedStarterConcepts } from '../skills/starter-concepts';
import { runnerOf } from '../skills/sql-runner';
import { evaluateLabelledSet, loadLabelledSet, type LabelledResult } from './evaluate-labelled-set';
import type { SourcePost } from './find-matches';
import { rankCounterparts } from './find-matches';
import { labelledPosts, labelledQueries } from './labelled-set';

let database: Database;
let db: Db;
let loaded: Map<string, SourcePost>;
let result: LabelledResult;
let context: Awaited<ReturnType<typeof makeGaneshNetwork>>;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  await seedStarterConcepts(runnerOf(db));
  context = await makeGaneshNetwork(db);
  loaded = await loadLabelledSet(db, context.network.id);
  result = await evaluateLabelledSet(db, context.coordinator.actor, loaded, context.network.id);
});
afterAll(async () => {
  await database?.close();
});

describe('matching quality on the labelled set', () => {
  it('has consistent labels: every query and judgement names a labelled post', () => {
    const ids = new Set(labelledPosts.map((p) => p.id));
    expect(ids.size).toBe(labelledPosts.length);
    for (const q of labelledQueries) for (const id of [q.post, ...q.relevant]) expect(ids.has(id), id).toBe(true);
  });

  it('beats a plain keyword search at precision at 5, and comes close to the best possible', () => {
    console.log(
      `labelled set: ${result.queries} queries, precision at 5 — matching ${result.engine.toFixed(3)}, keyword search ${result.baseline.toFixed(3)}, best possible ${result.ideal.toFixed(3)}`,
    );
    expect(result.engine).toBeGreaterThan(result.baseline + 0.2);
    expect(result.engine).toBeGreaterThanOrEqual(0.8 * result.ideal);
  });

  it('finds the French welding course for the German need through the codes, and says so', async () => {
    const query = result.perQuery.find((q) => q.post === 'weld-need-esch')!;
    expect(query.engineTop).toContain('weld-training-longwy');
    // The words "Schweißer" and "soudeur" have nothing in common: the keyword search cannot see it.
    expect(query.baselineTop).not.toContain('weld-training-longwy');
    const ranked = await rankCounterparts({ db, actor: context.coordinator.actor, source: loaded.get('weld-need-esch')!, limit: 10, withinNetwork: context.network.id });
    const longwy = ranked.posts.find((m) => m.postId === loaded.get('weld-training-longwy')!.id)!;
    // Coded in ROME (H2916, TIG welding) on one side and ESCO (welder) on the other: the same job, and the TIG skill.
    expect(longwy.reasons[0]).toMatchObject({ kind: 'occupation', level: 'same', codes: ['rome:H2916'] });
    expect(longwy.reasons).toContainEqual(expect.objectContaining({ kind: 'skills', via: 'stated', codes: ['skill:a51adea8-bf02-488a-a0d8-b0961caca5b0'] }));
    expect(longwy.reasons).toContainEqual(expect.objectContaining({ kind: 'distance', km: 16 }));
    expect(longwy.reasons).toContainEqual(expect.objectContaining({ kind: 'network', networkIds: [context.network.id] }));
    // Organisations are suggested too: the training centres whose trade fits.
    expect(ranked.organisations.length).toBeGreaterThan(0);
  });
});
