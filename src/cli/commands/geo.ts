import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors';
import type { PostalCodeEntry } from '../../domain/geo/read-postal-code-file';
import type { CliEnv } from '../cli-env';

export function registerGeoCommands(program: Command, env: CliEnv) {
  const geo = program.command('geo').description('Reference geography for offline geocoding');
  geo
    .command('import')
    .description('Load GeoNames postal codes (official .txt or .zip from download.geonames.org/export/zip, or the same as CSV with headings)')
    .argument('<files...>', 'one or more postal-code files')
    .action(async (files: string[]) => {
      // Loaded on demand: every other command starts faster without them.
      const [{ importPostalCodes }, { readPostalCodeFile }] = await Promise.all([
        import('../../domain/geo/import-postal-codes'),
        import('../../domain/geo/read-postal-code-file'),
      ]);
      const entries: PostalCodeEntry[] = [];
      for (const file of files) {
        const source = path.resolve(file);
        if (!fs.existsSync(source)) throw new AppError('validation', `Cannot read ${source}`, 'file');
        const parsed = readPostalCodeFile(fs.readFileSync(source), source);
        env.io.err(`${path.basename(source)}: ${parsed.entries.length} places` +
          `${parsed.skipped.corporate ? `, ${parsed.skipped.corporate} company postcodes left out` : ''}` +
          `${parsed.skipped.invalid ? `, ${parsed.skipped.invalid} unreadable lines left out` : ''}\n`);
        entries.push(...parsed.entries);
      }
      if (!entries.length) throw new AppError('validation', 'No postal code found in the given files', 'file');
      const result = await env.withDatabase((d) => importPostalCodes(d.db, entries));
      for (const [country, c] of Object.entries(result.countries).sort())
        env.io.out(`${country}: ${c.inserted} postal codes added, ${c.updated} updated\n`);
      if (result.duplicates) env.io.out(`${result.duplicates} repeated lines counted once\n`);
    });
}
