import { readFile, writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { parseProblem } from '../../domain/scheduling/parse-problem';
import { solveSchedule } from '../../domain/scheduling/solve-schedule';
import { validatePlan } from '../../domain/scheduling/validate-plan';
import { generateInstance, type GenerateOptions } from '../../domain/scheduling/generate-instance';
import { planSchema } from '../../domain/scheduling/problem-schema';

/**
 * `schedule` (solve), `schedule validate` and `schedule generate`: thin adapters over the scheduling module.
 * Failures go to stderr and set process.exitCode; the process is never exited from here.
 */
export function registerScheduleCommands(program: Command): void {
  const schedule = program
    .command('schedule')
    .description('B2B meeting scheduler: solve a problem file into a plan file')
    .option('--input <file>', 'problem JSON')
    .option('--output <file>', 'plan JSON to write')
    .option('--time-limit <seconds>', 'safety time limit in seconds', positiveNumber)
    .option('--seed <n>', 'random seed (same seed, same plan)', integer)
    .action(async (options: { input?: string; output?: string; timeLimit?: number; seed?: number }) => {
      await run(async () => {
        const input = required(options.input, '--input');
        const output = required(options.output, '--output');
        const problem = parseProblem(await readJson(input));
        const plan = solveSchedule(problem, { timeLimitSeconds: options.timeLimit, seed: options.seed });
        await writeFile(output, `${JSON.stringify(plan, null, 2)}\n`);
        const s = plan.stats;
        process.stdout.write(
          `scheduled ${s.scheduled}/${s.meetings} meetings, weight ${s.weight} of bound ${s.upperBound} (${s.boundMethod}), ` +
            `${s.breaks} breaks (max ${s.maxBreaks}), ${s.seconds} s -> ${output}\n`,
        );
      });
    });

  schedule
    .command('validate')
    .description('check every hard constraint of a plan and recompute its stats; non-zero exit on any violation')
    .option('--input <file>', 'problem JSON')
    .option('--plan <file>', 'plan JSON')
    .action(async (_local: unknown, command: Command) => {
      await run(async () => {
        const options = withParentOptions<{ input?: string; plan?: string }>(command);
        const problem = parseProblem(await readJson(required(options.input, '--input')));
        const planFile = required(options.plan, '--plan');
        const parsed = planSchema.safeParse(await readJson(planFile));
        if (!parsed.success) {
          throw new Error(`${planFile} is not a plan: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        }
        const result = validatePlan(problem, parsed.data);
        process.stdout.write(`${JSON.stringify({ valid: result.valid, stats: result.stats })}\n`);
        if (!result.valid) {
          process.stderr.write(`${result.violations.length} violation(s):\n${result.violations.map((v) => `- ${v}`).join('\n')}\n`);
          process.exitCode = 1;
        }
      });
    });

  schedule
    .command('generate')
    .description('write a realistic random convention problem')
    .option('--participants <n>', 'number of participants', integer)
    .option('--meetings-per-participant <n>', 'average meetings per participant (5)', positiveNumber)
    .option('--buyer-share <x>', 'share of buyers (0.4)', share)
    .option('--peer-share <x>', 'share of supplier-supplier meetings (0)', share)
    .option('--popularity <x>', 'Zipf exponent of supplier popularity (1)', nonNegativeNumber)
    .option('--slots <n>', 'number of slots (16)', integer)
    .option('--sessions <n>', 'number of sessions (2)', integer)
    .option('--tables <n>', 'tables per slot (default from --capacity-ratio)', integer)
    .option('--capacity-ratio <x>', 'tables × slots / meetings (1)', positiveNumber)
    .option('--unavailable <x>', 'unavailable participant-slot density (0.05)', share)
    .option('--session-share <x>', 'share of meetings bound to a session (0.1)', share)
    .option('--priority-share <x>', 'share of meetings with priority above 1 (0.2)', share)
    .option('--fixed-share <x>', 'share of meetings with a fixed slot (0.01)', share)
    .option('--locked-share <x>', 'share of locked meetings (0)', share)
    .option('--after-share <x>', 'share of meetings that follow another (0.01)', share)
    .option('--fixed-table-share <x>', 'share of suppliers with a fixed table (0)', share)
    .option('--max-meetings-share <x>', 'share of participants with maxMeetings (0.05)', share)
    .option('--seed <n>', 'random seed (1)', integer)
    .option('--output <file>', 'problem JSON to write')
    .action(async (_local: unknown, command: Command) => {
      await run(async () => {
        const options = withParentOptions<Record<string, number | string | undefined>>(command);
        const output = required(options.output as string | undefined, '--output');
        const participants = required(options.participants as number | undefined, '--participants');
        const { output: _output, ...rest } = options;
        const problem = generateInstance({ ...(rest as Partial<GenerateOptions>), participants, unavailableDensity: options.unavailable as number | undefined });
        await writeFile(output, `${JSON.stringify(problem, null, 2)}\n`);
        process.stdout.write(
          `${problem.participants.length} participants, ${problem.meetings.length} meetings, ${problem.slots.length} slots, ${problem.tables} tables -> ${output}\n`,
        );
      });
    });
}

/**
 * Unless the root program enables positional options, the parent `schedule` command consumes --input, --output
 * and --seed even when they follow a subcommand; merging both levels makes either placement work.
 */
function withParentOptions<T>(command: Command): T {
  return command.optsWithGlobals<T & Record<string, unknown>>();
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined) throw new Error(`missing required option ${flag}`);
  return value;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a non-negative number');
  return n;
}

function share(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
}
