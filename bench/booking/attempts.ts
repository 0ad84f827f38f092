import type { Database } from '../../src/db/client';
import { createRandom, shuffleInPlace } from '../../src/domain/scheduling/prng';

export interface Range {
  index: number;
  group: 'isolated' | 'chain';
  start: string;
  end: string;
}

export interface Outcome {
  range: Range;
  status: number;
  ms: number;
  conflicts: { start: string; end: string }[];
  code?: string;
}

const HOUR = 3_600_000;

/**
 * `ranges` ranges, half of them isolated (one morning each, so exactly one attempt per range must win) and half a
 * chain of 90-minute ranges starting every hour (each overlaps its two neighbours, so the winners must form a
 * maximal set of non-adjacent ranges), each attempted `copies` times, in a seeded random order.
 */
export function makeAttempts(ranges: number, copies: number, seed = 6): { ranges: Range[]; attempts: Range[] } {
  const day0 = Math.ceil(Date.now() / 86_400_000 + 10) * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString();
  const half = Math.floor(ranges / 2);
  const list: Range[] = [];
  for (let i = 0; i < half; i++) list.push({ index: i, group: 'isolated', start: iso(day0 + i * 86_400_000 + 8 * HOUR), end: iso(day0 + i * 86_400_000 + 10 * HOUR) });
  const chainStart = day0 + (half + 5) * 86_400_000;
  for (let k = 0; k < ranges - half; k++) list.push({ index: half + k, group: 'chain', start: iso(chainStart + k * HOUR), end: iso(chainStart + k * HOUR + 1.5 * HOUR) });
  const attempts = shuffleInPlace(
    list.flatMap((r) => Array.from({ length: copies }, () => r)),
    createRandom(seed),
  );
  return { ranges: list, attempts };
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) => Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

/** Fires every attempt at once through `send` and records status, latency and the conflicts a 409 names. */
export async function fire(attempts: Range[], send: (range: Range) => Promise<{ status: number; body: unknown }>): Promise<{ outcomes: Outcome[]; wallMs: number }> {
  const started = performance.now();
  const outcomes = await Promise.all(
    attempts.map(async (range) => {
      const t = performance.now();
      const { status, body } = await send(range).catch((error: unknown) => ({ status: 0, body: { error: { code: String(error) } } }));
      const error = (body as { error?: { code?: string; details?: { conflicts?: { start: string; end: string }[] } } } | null)?.error;
      return { range, status, ms: performance.now() - t, conflicts: error?.details?.conflicts ?? [], ...(error?.code ? { code: error.code } : {}) };
    }),
  );
  return { outcomes, wallMs: performance.now() - started };
}

export interface Verdict {
  approved: number;
  refused: number;
  other: number;
  overlapsInDb: number;
  approvedInDb: number;
  exactIsolated: boolean;
  chainValid: boolean;
  refusalsJustified: boolean;
  ok: boolean;
}

/**
 * Checks the run against the database: no two holds overlap on the unit, the database has exactly the approvals
 * the API answered, each isolated range won once, the chain's winners are non-adjacent and maximal, and every 409
 * named an approved booking that really collides with it.
 */
export async function verify(database: Database, resourceId: string, ranges: Range[], outcomes: Outcome[], holdsTable = 'resource_booking_units'): Promise<Verdict> {
  const approved = outcomes.filter((o) => o.status === 201);
  const refused = outcomes.filter((o) => o.status === 409);
  const other = outcomes.length - approved.length - refused.length;
  const [pairs] = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${holdsTable} a JOIN ${holdsTable} b ON a.resource_id = b.resource_id AND a.ctid < b.ctid AND a.period && b.period
     WHERE a.resource_id = $1 ${holdsTable === 'resource_booking_units' ? 'AND a.unit = b.unit AND NOT a.released AND NOT b.released' : ''}`,
    [resourceId],
  );
  const [held] = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${holdsTable} WHERE resource_id = $1 ${holdsTable === 'resource_booking_units' ? 'AND NOT released' : ''}`,
    [resourceId],
  );
  const wins = new Map<number, number>();
  for (const o of approved) wins.set(o.range.index, (wins.get(o.range.index) ?? 0) + 1);
  const isolated = ranges.filter((r) => r.group === 'isolated');
  const chain = ranges.filter((r) => r.group === 'chain');
  const exactIsolated = isolated.every((r) => wins.get(r.index) === 1);
  const won = (r: Range | undefined) => !!r && (wins.get(r.index) ?? 0) > 0;
  const chainValid = chain.every((r, k) => (wins.get(r.index) ?? 0) <= 1 && !(won(r) && won(chain[k + 1])) && (won(r) || won(chain[k - 1]) || won(chain[k + 1])));
  const winners = ranges.filter((r) => won(r));
  const refusalsJustified =
    refused.every((o) => o.code === 'conflict' && o.conflicts.length > 0 && o.conflicts.every((c) => overlaps(c, o.range))) &&
    refused.every((o) => winners.some((w) => overlaps(w, o.range)));
  const verdict = {
    approved: approved.length,
    refused: refused.length,
    other,
    overlapsInDb: pairs?.n ?? -1,
    approvedInDb: held?.n ?? -1,
    exactIsolated,
    chainValid,
    refusalsJustified,
    ok: false,
  };
  verdict.ok = other === 0 && verdict.overlapsInDb === 0 && verdict.approvedInDb === approved.length && exactIsolated && chainValid && refusalsJustified;
  return verdict;
}

/**
 * The baseline: the check done in code only — look for an overlapping hold, insert if there is none — in a
 * read-committed transaction, on a table without the exclusion constraint. Concurrent attempts both see "free".
 */
export async function naiveAttempt(database: Database, resourceId: string, range: Range): Promise<{ status: number; body: unknown }> {
  return database.transaction(async (tx) => {
    const clash = await tx.query<{ start: string; end: string }>(
      `SELECT lower(period) AS start, upper(period) AS end FROM bench_naive_holds WHERE resource_id = $1 AND period && tstzrange($2::timestamptz, $3::timestamptz, '[)') LIMIT 1`,
      [resourceId, range.start, range.end],
    );
    if (clash.length) return { status: 409, body: { error: { code: 'conflict', details: { conflicts: clash.map((c) => ({ start: new Date(c.start).toISOString(), end: new Date(c.end).toISOString() })) } } } };
    await tx.query(`INSERT INTO bench_naive_holds (resource_id, period) VALUES ($1, tstzrange($2::timestamptz, $3::timestamptz, '[)'))`, [resourceId, range.start, range.end]);
    return { status: 201, body: {} };
  });
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
