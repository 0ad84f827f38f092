// Runs the schedule commands standalone (npx tsx bench/scheduling/cli.ts schedule ...), e.g. for the benchmark
// and manual checks, independently of the main CLI entry point.
import { Command } from 'commander';
import { registerScheduleCommands } from '../../src/cli/commands/schedule';

const program = new Command('maillage');
registerScheduleCommands(program);
await program.parseAsync(process.argv);
