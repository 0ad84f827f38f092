// CLI adapter test, kept under bench/scheduling because this work stream owns only the command file in src/cli.
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { registerScheduleCommands } from '../../src/cli/commands/schedule';

let dir: string;
let stdout: string[];
let stderr: string[];

async function run(...args: string[]): Promise<number> {
  process.exitCode = undefined;
  const program = new Command('maillage').exitOverride();
  registerScheduleCommands(program);
  await program.parseAsync(['node', 'maillage', ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return code;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schedule-cli-'));
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('maillage schedule', () => {
  it('generates, solves and validates a convention', async () => {
    const problem = join(dir, 'problem.json');
    const plan = join(dir, 'plan.json');
    expect(await run('schedule', 'generate', '--participants', '40', '--seed', '3', '--locked-share', '0.05', '--output', problem)).toBe(0);
    expect(await run('schedule', '--input', problem, '--output', plan, '--seed', '2', '--time-limit', '30')).toBe(0);
    const written = JSON.parse(await readFile(plan, 'utf8')) as { stats: { scheduled: number; meetings: number } };
    expect(written.stats.scheduled).toBeGreaterThan(0);
    expect(await run('schedule', 'validate', '--input', problem, '--plan', plan)).toBe(0);
    expect(stdout.join('')).toContain('"valid":true');
    expect(stderr).toEqual([]);
  });

  it('exits non-zero and lists violations for a broken plan', async () => {
    const problem = join(dir, 'problem.json');
    const plan = join(dir, 'plan.json');
    await run('schedule', 'generate', '--participants', '20', '--output', problem);
    await run('schedule', '--input', problem, '--output', plan);
    const parsed = JSON.parse(await readFile(plan, 'utf8')) as { assignments: { table: number }[] };
    parsed.assignments[0]!.table = 999;
    await writeFile(plan, JSON.stringify(parsed));
    expect(await run('schedule', 'validate', '--input', problem, '--plan', plan)).toBe(1);
    expect(stderr.join('')).toMatch(/table 999 is not between 1 and/);
  });

  it('reports bad input on stderr with the item named', async () => {
    const problem = join(dir, 'bad.json');
    await writeFile(problem, JSON.stringify({ slots: [{ id: 's1', start: '2026-06-04T09:00:00Z', end: '2026-06-04T09:20:00Z' }], tables: 1, participants: [{ id: 'p1' }], meetings: [{ id: 'm1', participants: ['p1', 'p2'] }] }));
    expect(await run('schedule', '--input', problem, '--output', join(dir, 'out.json'))).toBe(1);
    expect(stderr.join('')).toContain('meeting "m1": participant "p2" is unknown');
    expect(await run('schedule', '--input', join(dir, 'missing.json'), '--output', join(dir, 'out.json'))).toBe(1);
    expect(stderr.join('')).toContain('cannot read');
    expect(await run('schedule', 'validate', '--input', problem)).toBe(1);
  });
});
