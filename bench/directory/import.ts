/**
 * Import benchmark: a spreadsheet of N organisations (default 100,000; French headings, valid SIRETs, real-looking
 * communes and NACE codes) read, analysed (dry run) and committed through the same functions as the API and CLI,
 * on the embedded engine and (when reachable) a PostgreSQL server. Baseline in the same run: the same rows inserted
 * with raw SQL (json_populate_recordset in batches), no validation, duplicate search or geocoding.
 * Prints seconds per phase, rows/s and the peak resident memory of this process (cumulative: use --engine to
 * measure one engine per process).
 *
 *   npm run bench:import -- [--rows 100000] [--engine pglite|postgresql|both]
 */
import type { Database } from '../../src/db/client';
import { onEachEngine } from './on-each-engine';
import { createImport } from '../../src/domain/import/import-records';
import { csvFile, randomSiren, randomSiret } from '../../src/domain/import/import-test-files';
import { readSpreadsheet } from '../../src/domain/import/read-spreadsheet';
import { operatorActor, runImportAnalysis, runImportCommit } from '../../src/domain/import/run-import';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const rowCount = Number(arg('rows', '100000'));
const engines = arg('engine', 'both');


const communes = ['Haguenau', 'Wissembourg', 'Reichshoffen', 'Bischwiller', 'Saverne', 'Longwy', 'Nancy', 'Metz', 'Thionville', 'Sarreguemines'];
const nace = ['25.62', '16.23', '10.71', '22.26', '28.41', '33.12', '49.41', '62.10', '71.12', '38.32'];

function spreadsheet(): Buffer {
  const rows = [['Raison sociale', 'SIRET', 'Code postal', 'Commune', 'Pays', 'Code NACE', 'Étiquettes', 'Description']];
  const sirens = new Set<string>();
  while (sirens.size < rowCount) sirens.add(randomSiren());
  let i = 0;
  for (const siren of sirens) {
    rows.push([`Établissements Bench ${i}`, randomSiret(siren), '67500', communes[i % 10]!, 'France', nace[i % 10]!, 'usinage; soudure', 'Sous-traitance industrielle, Grand Est']);
    i++;
  }
  return csvFile(rows);
}

async function rawBaseline(database: Database, file: Buffer) {
  const lines = file.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter(Boolean);
  const started = performance.now();
  for (let from = 0; from < lines.length; from += 2000) {
    const batch = lines.slice(from, from + 2000).map((l) => {
      const [name, siret, postcode, commune, , code] = l.split(';');
      return { name, fr_siret: null as string | null, siret, postcode, commune, country: 'FR', nace_codes: [`C${code}`] };
    });
    await database.query(
      `INSERT INTO organisations (name, fr_siret, postcode, commune, country, nace_codes)
       SELECT name, fr_siret, postcode, commune, country, nace_codes FROM json_populate_recordset(NULL::organisations, $1::json)`,
      [JSON.stringify(batch)],
    );
  }
  return performance.now() - started;
}

async function run(database: Database, label: string) {
  const file = spreadsheet();
  const [network] = await database.query<{ id: string }>(`INSERT INTO networks (slug, name) VALUES ('bench-import-' || substr(md5(random()::text), 1, 8), 'Bench') RETURNING id`);
  let t = performance.now();
  const sheet = await readSpreadsheet(file, 'csv');
  const readMs = performance.now() - t;
  const record = await createImport({ db: database.db, actor: operatorActor, networkId: network!.id, fileName: 'bench.csv', content: file });
  t = performance.now();
  const analysis = await runImportAnalysis({ db: database.db, importId: record.id, userId: null });
  const analyseMs = performance.now() - t;
  t = performance.now();
  await runImportCommit({ db: database.db, importId: record.id, userId: null, liveCommitProgress: database.engine === 'postgresql' });
  const commitMs = performance.now() - t;
  // Peak resident memory of the whole process so far (run one engine per process for a per-engine figure).
  const importPeak = process.resourceUsage().maxRSS * 1024;
  const rawMs = await rawBaseline(database, file);
  return { label, rows: sheet.rows.length, readMs, analyseMs, commitMs, rawMs, peakMb: importPeak / 1048576, created: analysis.report.counts.create };
}

const results = await onEachEngine(engines, 'maillage_bench_imp', run);

process.stdout.write(`\nImport of ${rowCount} rows (CSV, French headings)\n\n`);
process.stdout.write('| engine | read s | dry run s | commit s | total s | rows/s | peak RSS MB | raw SQL insert s (baseline) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n');
for (const r of results) {
  const total = (r.readMs + r.analyseMs + r.commitMs) / 1000;
  process.stdout.write(
    `| ${r.label} | ${(r.readMs / 1000).toFixed(1)} | ${(r.analyseMs / 1000).toFixed(1)} | ${(r.commitMs / 1000).toFixed(1)} | ${total.toFixed(1)} | ${Math.round(r.rows / total)} | ${Math.round(r.peakMb)} | ${(r.rawMs / 1000).toFixed(1)} |\n`,
  );
}
