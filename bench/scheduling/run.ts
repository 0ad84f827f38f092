// Scheduling benchmark: engine vs greedy first-free-slot (and exact MILP on the small suite), medians over seeds.
// Usage: npm run bench:scheduling -- [--quick] [--suite 100,1000] [--seeds 3] [--write]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const quick = args.includes('--quick');
// A suite is "participants" or "participantsxmeetings" (meetings per participant, 5 by default), e.g. 10000x10.
const sizes = (flag('--suite') ?? (quick ? '100,1000' : '100,500,1000,2000,10000')).split(',').map((token) => {
  const [participants, perParticipant] = token.split('x').map(Number);
  return { participants: participants!, perParticipant: perParticipant ?? 5 };
});
const seeds = Number(flag('--seeds') ?? (quick ? 1 : 3));
const ratios = (flag('--ratios') ?? '0.8,1,1.2').split(',').map(Number);
const milpUpTo = Number(flag('--milp-up-to') ?? 100);
const NOTES_MARKER = '<!-- scheduling notes: kept by --write -->';
const here = fileURLToPath(new URL('.', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

interface Result {
  method: string;
  valid: boolean;
  status: string;
  meetings: number;
  scheduled: number;
  ratio: number;
  breaksPerParticipant: number;
  maxBreaks: number;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  lockedMoved: number;
}

function runOne(method: string, participants: number, ratio: number, seed: number, perParticipant = 5): Result {
  const job = { method, participants, ratio, seed, perParticipant };
  const out = execFileSync(tsx, [`${here}solve-one.ts`, JSON.stringify(job)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const result = JSON.parse(out.trim().split('\n').pop()!) as Result;
  if (!result.valid) process.stderr.write(`INVALID ${method} ${participants} ${ratio} ${seed}: ${JSON.stringify(result)}\n`);
  return result;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const f = (x: number, digits: number): string => x.toFixed(digits);

const rows: string[] = [];
const header =
  '| participants | capacity | meetings | engine weight/bound | engine breaks/p | engine s (CPU s) | engine peak MB | greedy weight/bound | greedy breaks/p | greedy s | MILP weight/bound | MILP s | valid |';
rows.push(header, `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`);
process.stdout.write(`${rows.join('\n')}\n`);
for (const { participants, perParticipant } of sizes) {
  for (const ratio of ratios) {
    const engine: Result[] = [];
    const greedy: Result[] = [];
    const milp: Result[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      engine.push(runOne('engine', participants, ratio, seed, perParticipant));
      greedy.push(runOne('greedy', participants, ratio, seed, perParticipant));
      if (participants <= milpUpTo) milp.push(runOne('milp', participants, ratio, seed, perParticipant));
    }
    const valid = [...engine, ...greedy, ...milp].every((r) => r.valid);
    const m = (list: Result[], key: keyof Result, digits: number): string =>
      list.length === 0 ? '–' : f(median(list.map((r) => r[key] as number)), digits);
    const milpStatus = milp.some((r) => r.status !== 'Optimal') ? ` (${milp.map((r) => r.status).join(',')})` : '';
    const label = perParticipant === 5 ? `${participants}` : `${participants} (${perParticipant} meetings each)`;
    const row = `| ${label} | ${ratio} | ${m(engine, 'meetings', 0)} | ${m(engine, 'ratio', 4)} | ${m(engine, 'breaksPerParticipant', 3)} | ${m(engine, 'seconds', 2)} (${m(engine, 'cpuSeconds', 2)}) | ${m(engine, 'peakMB', 0)} | ${m(greedy, 'ratio', 4)} | ${m(greedy, 'breaksPerParticipant', 3)} | ${m(greedy, 'seconds', 2)} | ${m(milp, 'ratio', 4)}${milpStatus} | ${m(milp, 'seconds', 2)} | ${valid ? 'yes' : 'NO'} |`;
    rows.push(row);
    process.stdout.write(`${row}\n`);
  }
}

// Re-solve after 5 % churn at 1,000 participants (every scheduled meeting locked first).
const churnSize = Number(flag('--churn-size') ?? 1000);
const churn: Result[] = [];
if (!args.includes('--no-churn')) {
  for (let seed = 1; seed <= seeds; seed++) churn.push(runOne('churn', churnSize, 1, seed));
}
const churnLine =
  churn.length === 0
    ? ''
    : `Re-solve after 5 % churn at ${churnSize} participants (capacity 1.0, all scheduled meetings locked): median ` +
      `${f(median(churn.map((r) => r.seconds)), 2)} s (CPU ${f(median(churn.map((r) => r.cpuSeconds)), 2)} s), weight/bound ${f(median(churn.map((r) => r.ratio)), 4)}, ` +
      `locked meetings moved: ${churn.reduce((s, r) => s + r.lockedMoved, 0)}, valid: ${churn.every((r) => r.valid) ? 'yes' : 'NO'}.`;
process.stdout.write(`\n${churnLine}\n`);

if (args.includes('--write')) {
  const file = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
  const command = `npm run bench:scheduling -- ${args.filter((a) => a !== '--write').join(' ')}`.trim();
  const section = [
    '## Scheduling',
    '',
    `Command: \`${command} --write\` (medians over ${seeds} seed(s); ${new Date().toISOString().slice(0, 10)}, ` +
      `this machine: 2 cores). Instances: \`bench/scheduling/bench-instance.ts\` (~5 meetings per participant, 16 slots in ` +
      `two sessions, 5 % unavailable participant-slots, 10 % session-bound meetings, priorities, 1 % fixed, 1 % "after", ` +
      `2 % of suppliers on fixed stands, 5 % with maxMeetings). "weight/bound" is scheduled priority weight over ` +
      `\`stats.upperBound\`; breaks/p is breaks per participant; peak MB is the solving process's max RSS.`,
    '',
    ...rows,
    '',
    churnLine,
    '',
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = current.indexOf('## Scheduling');
  let next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  if (next !== -1) next += 1;
  const old = start === -1 ? '' : current.slice(start, next === -1 ? undefined : next);
  // Hand-written reading notes below this marker survive a rewrite of the table.
  const marker = old.indexOf(NOTES_MARKER);
  const notes = marker === -1 ? '' : `${old.slice(marker).trimEnd()}\n`;
  const body = `${section}${notes ? `\n${notes}` : ''}`;
  const updated =
    start === -1
      ? `${current.trimEnd()}\n\n${body}`
      : `${current.slice(0, start)}${body}${next === -1 ? '' : `\n${current.slice(next)}`}`;
  writeFileSync(file, updated.endsWith('\n') ? updated : `${updated}\n`);
  process.stdout.write(`updated ${file}\n`);
}
