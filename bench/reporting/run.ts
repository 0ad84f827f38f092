/**
 * Indicators and the network graph for a network of 5,000 organisations with two years of activity (~1,000 events,
 * ~50,000 participations, ~20,000 convention meetings), on the embedded engine and a PostgreSQL server. Measured
 * side by side in the same run:
 *   indicators — all 22 counting rules for one year (computeIndicators, what the dashboard calls: one query per
 *                rule, sent together to a server, one after the other on the embedded engine)
 *   baseline   — the same rules in one statement (one round trip), and one after the other (22 round trips)
 *   graph      — interactions loaded and the graph built with sampled betweenness (getNetworkGraph's work)
 *   baseline   — the same graph with exact Brandes betweenness over every organisation
 *   drill-down — the records behind RCO87 (one per organisation)
 * Medians of --rounds runs after one warm-up.
 *
 *   npm run bench:reporting -- [--rounds 5] [--engine pglite|postgresql|both] [--orgs 5000]
 */
import os from 'node:os';
import type { Database } from '../../src/db/client';
import { computeIndicators, computeIndicatorsInOneQuery, drillDown } from '../../src/domain/indicators/compute-indicators';
import { toPeriod } from '../../src/domain/indicators/period';
import { indicatorIds } from '../../src/domain/indicators/registry';
import { buildGraph } from '../../src/domain/graph/build-graph';
import { loadGraphOrganisations, loadInteractions } from '../../src/domain/graph/load-interactions';
import { onEachEngine } from '../directory/on-each-engine';
import { defaultSize, fillActivity } from './fill-activity';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const rounds = Number(arg('rounds', '5'));
const engines = arg('engine', 'both');
const organisations = Number(arg('orgs', String(defaultSize.organisations)));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}
async function measure<T>(fn: () => Promise<T> | T) {
  await fn();
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < rounds; i++) {
    const r = await time(fn);
    times.push(r.ms);
    value = r.value;
  }
  return { ms: median(times), value: value! };
}

const year = toPeriod({ from: '2025-01-01', to: '2025-12-31' });

async function run(database: Database, label: string) {
  const db = database.db;
  const fill = await time(() => fillActivity(database, { ...defaultSize, organisations }));
  const { networkId, counts } = fill.value;
  process.stdout.write(`\n${label}: filled in ${(fill.ms / 1000).toFixed(1)} s — ${JSON.stringify(counts)}\n`);
  const scope = { networkIds: [networkId] };

  const indicators = await measure(() => computeIndicators(db, scope, year));
  const oneStatement = await measure(() => computeIndicatorsInOneQuery(db, scope, year));
  const naive = await measure(async () => {
    const out: Record<string, number> = {};
    for (const id of indicatorIds) Object.assign(out, await computeIndicators(db, scope, year, [id]));
    return out;
  });
  const same = indicatorIds.every((id) => naive.value[id] === indicators.value[id] && oneStatement.value[id] === indicators.value[id]);

  const loadAndBuild = async (exact: boolean) => {
    const loaded = await loadInteractions(db, [networkId], year.to);
    const orgs = await loadGraphOrganisations(db, [networkId], year.to, loaded);
    // The baseline computes betweenness exactly, from every one of the 5,000 organisations.
    return buildGraph({ organisations: orgs, ...loaded, from: year.from.getTime(), to: year.to.getTime(), ...(exact ? { exactBetweennessUpTo: Number.MAX_SAFE_INTEGER } : {}) });
  };
  const graph = await measure(() => loadAndBuild(false));
  const exactRounds = Math.min(rounds, 3);
  const exactTimes: number[] = [];
  for (let i = 0; i < exactRounds; i++) exactTimes.push((await time(() => loadAndBuild(true))).ms);
  const drill = await measure(() => drillDown(db, scope, year, 'rco87', 'fr'));

  const m = graph.value.metrics;
  process.stdout.write(
    `  figures 2025: participations ${indicators.value.participations}, meetings held ${indicators.value.meetings_held}, active ${indicators.value.active_members}, ` +
      `RCO81 ${indicators.value.rco81}, RCO115 ${indicators.value.rco115}, RCO87 ${indicators.value.rco87} (same figures by every method: ${same})\n` +
      `  graph 2025: ${m.nodes} organisations, ${m.ties} ties (${m.newTies} new, ${m.crossBorderTies} cross-border), density ${m.density}, isolated ${m.isolatedMembers}, exact betweenness: ${m.betweennessExact}\n`,
  );
  return {
    label,
    rows: [
      ['indicators (22 rules, one query each: in turn on PGlite, together on a server)', indicators.ms],
      ['baseline: 22 rules in one statement', oneStatement.ms],
      ['baseline: 22 rules one after the other', naive.ms],
      ['graph (load + build, sampled betweenness)', graph.ms],
      ['baseline: graph with exact betweenness', median(exactTimes)],
      ['indicators + graph (the dashboard’s work)', indicators.ms + graph.ms],
      ['drill-down RCO87 (one row per organisation)', drill.ms],
    ] as [string, number][],
  };
}

const results = await onEachEngine(engines, 'maillage_bench_reporting', run);
process.stdout.write(`\nMedians of ${rounds} runs (after a warm-up); ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n`);
process.stdout.write(`| what | ${results.map((r) => r.label).join(' | ')} |\n|---|${results.map(() => '---:').join('|')}|\n`);
for (let i = 0; i < (results[0]?.rows.length ?? 0); i++)
  process.stdout.write(`| ${results[0]!.rows[i]![0]} | ${results.map((r) => `${Math.round(r.rows[i]![1])} ms`).join(' | ')} |\n`);
