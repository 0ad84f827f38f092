import { Command } from 'commander';
import type { CliEnv } from './cli-env';
import { registerAccountCommands } from './commands/accounts';
import { registerDataCommands } from './commands/data';
import { registerGeoCommands } from './commands/geo';
import { registerImportCommands } from './commands/import';
import { registerNetworkCommands } from './commands/networks';
import { registerScheduleCommands } from './commands/schedule';
import { registerServeCommand } from './commands/serve';
import { registerSkillImportCommands } from './commands/skills';

export function buildProgram(env: CliEnv, options: { local: boolean }): Command {
  const program = new Command('maillage')
    .description('Maillage: the platform of territorial business networks')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => env.io.out(s), writeErr: (s) => env.io.err(s) });
  if (options.local) registerServeCommand(program, env);
  registerDataCommands(program, env);
  registerNetworkCommands(program, env);
  registerAccountCommands(program, env);
  registerImportCommands(program, env);
  registerSkillImportCommands(program, env);
  registerGeoCommands(program, env);
  if (options.local) registerScheduleCommands(program);
  // Every subcommand reports errors through the same output and throws instead of exiting.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput({ writeOut: (s) => env.io.out(s), writeErr: (s) => env.io.err(s) }).showHelpAfterError();
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}
