import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Locale } from '../../db/schema';
import { AppError } from '../../domain/errors';
import type { CliEnv } from '../cli-env';

/** The CSV files named, or found in the folders named (not recursively). */
function collectFiles(paths: string[]): { name: string; content: Buffer }[] {
  const files: string[] = [];
  for (const p of paths) {
    const source = path.resolve(p);
    if (!fs.existsSync(source)) throw new AppError('validation', `Cannot read ${source}`, 'file');
    if (fs.statSync(source).isDirectory())
      files.push(...fs.readdirSync(source).filter((f) => /\.csv(\.gz)?$/i.test(f)).sort().map((f) => path.join(source, f)));
    else files.push(source);
  }
  if (!files.length) throw new AppError('validation', 'No .csv or .csv.gz file in the paths given', 'file');
  return files.map((f) => ({ name: f, content: fs.readFileSync(f) }));
}

/** `maillage import esco|rome`: the official occupation and skill classifications, for coding needs and offers. */
export function registerSkillImportCommands(program: Command, env: CliEnv) {
  const command = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  command
    .command('esco')
    .description('Import ESCO occupations, skills, ISCO groups and occupation–skill relations (CSV files from the ESCO download, or a folder of them); all files or nothing')
    .argument('<paths...>', 'CSV files (.csv or .csv.gz) or folders holding them')
    .option('--language <code>', 'language of the labels of one-language files whose name does not say it (fr, de, en, nl)')
    .action(async (paths: string[], o: { language?: string }) => {
      if (o.language && !['fr', 'de', 'en', 'nl'].includes(o.language)) throw new AppError('validation', 'The language must be fr, de, en or nl', 'language');
      const files = collectFiles(paths);
      const { importEsco } = await import('../../domain/skills/import-concepts');
      const report = await env.withDatabase((d) => importEsco(d, files, { language: o.language as Locale | undefined }));
      for (const f of report.files) env.io.err(`${path.basename(f.name)}: ${f.kind === 'ignored' ? 'not an occupation, skill, ISCO or relation file, left out' : `${f.rows} ${f.kind} rows`}\n`);
      env.io.out(`concepts: ${report.concepts.added} added, ${report.concepts.updated} updated\n`);
      env.io.out(`occupation–skill relations: ${report.relations.written} written${report.relations.unknown ? `, ${report.relations.unknown} naming an unknown occupation or skill left out` : ''}\n`);
      env.io.out(`ROME–ESCO links: ${report.romeLinks}; posts re-indexed: ${report.postsRefreshed}\n`);
    });
  command
    .command('rome')
    .description('Import the ROME fiches and job titles of France Travail (unix_referentiel_code_rome_*.csv, unix_referentiel_appellation_*.csv, or their folder)')
    .argument('<paths...>', 'CSV files or folders holding them')
    .action(async (paths: string[]) => {
      const files = collectFiles(paths);
      const { importRome } = await import('../../domain/skills/import-concepts');
      const report = await env.withDatabase((d) => importRome(d, files));
      for (const f of report.files) env.io.err(`${path.basename(f.name)}: ${f.kind === 'ignored' ? 'not a ROME fiche or job-title file, left out' : `${f.rows} ${f.kind}`}\n`);
      env.io.out(`ROME fiches: ${report.concepts.added} added, ${report.concepts.updated} updated; job titles: ${report.titles}${report.unknownTitles ? ` (${report.unknownTitles} of unknown fiches left out)` : ''}\n`);
      env.io.out(`ROME–ESCO links: ${report.escoLinks}; posts re-indexed: ${report.postsRefreshed}\n`);
    });
}
