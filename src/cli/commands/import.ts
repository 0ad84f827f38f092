import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors';
import type { ImportReport } from '../../domain/import/import-report';
import type { CliEnv } from '../cli-env';

interface ImportOptions {
  network: string;
  dryRun: boolean;
  mapping?: string;
  sheet?: string;
  json: boolean;
}

function readMapping(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (error) {
    throw new AppError('validation', `Cannot read the mapping ${file}: ${error instanceof Error ? error.message : String(error)}`, 'mapping');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string'))
    throw new AppError('validation', 'The mapping must be a JSON object { "File heading": "field" }', 'mapping');
  return parsed as Record<string, string>;
}

/** Progress on stderr: a line every tenth of the file, so a forwarded command's captured output stays short. */
function progressPrinter(env: CliEnv, verb: string) {
  let lastTenth = -1;
  return (processed: number, total: number) => {
    const tenth = Math.floor((processed / Math.max(total, 1)) * 10);
    if (tenth === lastTenth && processed < total) return;
    lastTenth = tenth;
    env.io.err(`${verb}: ${processed}/${total} rows (${Math.round((processed / Math.max(total, 1)) * 100)} %)\n`);
  };
}

export function registerImportCommands(program: Command, env: CliEnv) {
  const command = program.command('import').description("Import the agency's spreadsheets");
  command
    .command('organisations')
    .description('Import organisations from a .csv or .xlsx file: all rows or none; non-zero exit when a row is rejected')
    .argument('<file>', 'the .csv or .xlsx file')
    .requiredOption('--network <slug>', 'network the organisations join (slug or id)')
    .option('--dry-run', 'analyse and report without writing', false)
    .option('--mapping <file>', 'JSON file { "File heading": "field" } overriding the recognised headings')
    .option('--sheet <name>', 'sheet of the workbook to read (default: the first)')
    .option('--json', 'print the report as JSON', false)
    .action(async (file: string, o: ImportOptions) => {
      const source = path.resolve(file);
      let content: Buffer;
      try {
        content = fs.readFileSync(source);
      } catch {
        throw new AppError('validation', `Cannot read ${source}`, 'file');
      }
      const mapping = o.mapping ? readMapping(o.mapping) : {};
      // Loaded on demand: every other command starts faster without the import machinery.
      const [{ createImport }, { formatReport }, { operatorActor, runImportAnalysis, runImportCommit }, { getNetwork }] = await Promise.all([
        import('../../domain/import/import-records'),
        import('../../domain/import/import-report'),
        import('../../domain/import/run-import'),
        import('../../domain/networks/networks'),
      ]);
      const report: ImportReport = await env.withDatabase(async ({ db }) => {
        const network = await getNetwork({ db, idOrSlug: o.network });
        const record = await createImport({ db, actor: operatorActor, networkId: network.id, fileName: path.basename(source), content, mapping, sheet: o.sheet ?? null });
        const run = { db, importId: record.id, userId: null, onProgress: progressPrinter(env, o.dryRun ? 'analysed' : 'checked') };
        return o.dryRun ? (await runImportAnalysis(run)).report : (await runImportCommit(run)).plan.report;
      });
      env.io.out(o.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      const rejected = report.counts.reject;
      if (rejected) throw new AppError('validation', `${rejected} rows are rejected: nothing was written`, 'file');
      if (!o.json) env.io.out(o.dryRun ? 'Dry run: nothing was written.\n' : 'Committed.\n');
    });
}

/**
 * Forwarded commands run in the server's process, whose working directory is not the caller's: file arguments of
 * `import` and `geo` become absolute before they travel.
 */
export function resolveFileArguments(args: string[]): string[] {
  if (args[0] !== 'import' && args[0] !== 'geo') return args;
  const valueOptions = new Set(['--network', '--sheet', '--country']);
  return args.map((arg, i) => {
    if (arg.startsWith('--mapping=')) return `--mapping=${path.resolve(arg.slice('--mapping='.length))}`;
    if (args[i - 1] === '--mapping') return path.resolve(arg);
    if (i < 2 || arg.startsWith('-') || valueOptions.has(args[i - 1] ?? '')) return arg;
    return fs.existsSync(arg) ? path.resolve(arg) : arg;
  });
}
