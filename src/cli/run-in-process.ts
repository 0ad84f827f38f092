import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { AppError } from '../domain/errors';
import type { AppDeps } from '../server/context';
import type { CliEnv } from './cli-env';
import { buildProgram } from './program';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function describeError(error: unknown): string {
  if (error instanceof AppError) return `Error: ${error.message}${error.field ? ` (field: ${error.field})` : ''}`;
  if (error instanceof ZodError)
    return `Error: ${error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`;
  return `Error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs a command against an already open database and captures its output (used by the server's control route). */
export async function runCliCommand(args: string[], deps: AppDeps): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const env: CliEnv = {
    io: { out: (s) => (stdout += s), err: (s) => (stderr += s) },
    config: deps.config,
    log: deps.log,
    withDatabase: (fn) => fn(deps.database),
  };
  try {
    await buildProgram(env, { local: false }).parseAsync(args, { from: 'user' });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof CommanderError) return { exitCode: error.exitCode, stdout, stderr };
    return { exitCode: 1, stdout, stderr: stderr + describeError(error) + '\n' };
  }
}
