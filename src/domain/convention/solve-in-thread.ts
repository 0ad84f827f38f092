import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../config/paths';
import { ScheduleInputError } from '../scheduling/parse-problem';
import type { Plan, Problem } from '../scheduling/problem-schema';
import type { SolveOptions } from '../scheduling/solve-schedule';

/**
 * The engine is synchronous CPU work (seconds for a large convention). Run in the server's own thread it would
 * freeze every request meanwhile, so it runs in a worker thread. The thread's code is the engine bundled once per
 * process with esbuild (already a dependency), which works the same whether the server runs from the TypeScript
 * sources or from its bundle (decision 008).
 */
let bundled: Promise<string> | undefined;

function solverBundle(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents: `
          import { parentPort, workerData } from 'node:worker_threads';
          import { solveSchedule } from './src/domain/scheduling/solve-schedule.ts';
          try {
            parentPort.postMessage({ plan: solveSchedule(workerData.problem, workerData.options) });
          } catch (error) {
            parentPort.postMessage({ error: error instanceof Error ? error.message : String(error), issues: error && error.issues });
          }`,
        resolveDir: projectRoot,
        sourcefile: 'solve-worker.ts',
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      absWorkingDir: path.resolve(projectRoot),
    });
    return result.outputFiles[0]!.text;
  })().catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}

/** Starts bundling the engine ahead of the job (e.g. when a run is requested), so the job does not wait for it. */
export function warmSolver(): void {
  solverBundle().catch(() => undefined);
}

export async function solveInThread(problem: Problem, options: SolveOptions): Promise<Plan> {
  const code = await solverBundle();
  return new Promise<Plan>((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { problem, options } });
    let settled = false;
    worker.once('message', (message: { plan?: Plan; error?: string; issues?: string[] }) => {
      settled = true;
      if (message.plan) resolve(message.plan);
      else if (message.issues) reject(new ScheduleInputError(message.issues));
      else reject(new Error(message.error ?? 'the scheduling thread failed'));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the scheduling thread stopped (exit code ${code})`));
    });
  });
}
