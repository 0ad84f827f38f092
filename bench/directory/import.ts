/**
 * Import benchmark: a spreadsheet of N organisations (default 100,000; French headings, valid SIRETs for most rows,
 * name and commune only for the others, NACE codes, tags, a description) read, analysed (dry run) and committed
 * through the same functions as the API and CLI, on the embedded engine and (when reachable) a PostgreSQL server.
 *
 * Each engine runs in its own process, so its peak memory is its own. The embedded engine works in a data directory
 * on disk, as the platform does, created beforehand by another process (creating one costs ~700 MB once; the
 * platform then reopens it). Baseline in the same run: the same rows written with raw SQL (jsonb_to_recordset in
 * batches of 1,000: organisation, network membership and audit row), without validation, duplicate search or
 * geocoding. The CLI's `maillage import` reads and commits (the commit checks every row again); the web asks for a
 * dry run first: both sums are printed. Optionally (--reimport) the same file is imported again with a changed tag and description on every
 * row: a commit of N updates.
 *
 * CPU seconds are printed beside wall seconds because the machines these run on are shared: for PGlite the process's
 * CPU time (the database runs in it), for PostgreSQL the client's plus the server backends' (read from /proc when the
 * server is local, "–" otherwise).
 *
 *   npm run bench:import -- [--rows 100000] [--engine pglite|postgresql|both] [--reimport]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { createImport, getImportContent } from '../../src/domain/import/import-records';
import { csvFile, randomSiren, randomSiret } from '../../src/domain/import/import-test-files';
import { readSpreadsheet } from '../../src/domain/import/read-spreadsheet';
import { operatorActor, runImportAnalysis, runImportCommit } from '../../src/domain/import/run-import';
import { onEachEngine } from './on-each-engine';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const rowCount = Number(arg('rows', '100000'));
const engines = arg('engine', 'both');
const reimport = process.argv.includes('--reimport');

// Real communes of Lorraine and Alsace, and trades in the words firms use: names share few trigrams with most others,
// as in an agency's file (a few words repeated on every row would make each name lookup walk thousands of firms).
// 60 communes and 41 trades (prime to 60): each trade appears in every commune.
const communes = [
  'Haguenau', 'Wissembourg', 'Reichshoffen', 'Bischwiller', 'Saverne', 'Niederbronn-les-Bains', 'Soufflenheim', 'Brumath',
  'Strasbourg', 'Sélestat', 'Obernai', 'Molsheim', 'Colmar', 'Mulhouse', 'Metz', 'Nancy', 'Thionville', 'Longwy',
  'Sarreguemines', 'Forbach', 'Saint-Avold', 'Épinal', 'Verdun', 'Bar-le-Duc', 'Lunéville', 'Toul', 'Pont-à-Mousson',
  'Hayange', 'Creutzwald', 'Sarrebourg', 'Phalsbourg', 'Bitche', 'Boulay-Moselle', 'Hagondange', 'Yutz', 'Villerupt',
  'Briey', 'Jarny', 'Commercy', 'Saint-Dié-des-Vosges', 'Remiremont', 'Gérardmer', 'Neufchâteau', 'Vittel', 'Mirecourt',
  'Rambervillers', 'Baccarat', 'Dieuze', 'Château-Salins', 'Morhange', 'Faulquemont', 'Sierck-les-Bains',
  'Audun-le-Tiche', 'Fameck', 'Florange', 'Amnéville', 'Maizières-lès-Metz', 'Woippy', 'Montigny-lès-Metz', 'Vandœuvre-lès-Nancy',
];
const trades = [
  'Usinage', 'Menuiserie', 'Chaudronnerie', 'Transports', 'Peinture industrielle', 'Boulangerie', 'Imprimerie', 'Scierie',
  'Fonderie', 'Plasturgie', 'Brasserie', 'Fromagerie', 'Laboratoire', 'Électricité', 'Plomberie', 'Garage', 'Carrosserie',
  'Maçonnerie', 'Charpente', 'Couverture', 'Serrurerie', 'Mécanique', 'Informatique', 'Conseil', 'Logistique', 'Emballage',
  'Traiteur', 'Pâtisserie', 'Ébénisterie', 'Tôlerie', 'Décolletage', 'Métallerie', 'Vitrerie', 'Isolation', 'Paysagiste',
  'Nettoyage', 'Sécurité', 'Textile', 'Verrerie', 'Céramique', 'Horlogerie',
];
const syllables = ['ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'se', 'ti', 'vo', 'za', 'bre', 'dri', 'fla', 'gro', 'klu', 'pla', 'sto', 'tri', 'vel', 'wan', 'mar', 'dor', 'lin', 'sch'];
const nace = ['25.62', '16.23', '10.71', '22.26', '28.41', '33.12', '49.41', '62.10', '71.12', '38.32'];

/** A made-up family name, a different one for each i below 24^4 (7919 is prime to 24^4). */
function familyName(i: number): string {
  let n = (i * 7919) % syllables.length ** 4;
  let word = '';
  for (let k = 0; k < 4; k++) {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}
const headings = ['Raison sociale', 'SIRET', 'Code postal', 'Commune', 'Pays', 'Code NACE', 'Étiquettes', 'Description'];

interface Phase {
  wallMs: number;
  cpuMs: number | null;
}

interface EngineResult {
  label: string;
  rows: number;
  loadBefore: number[];
  read: Phase;
  dryRun: Phase;
  commit: Phase;
  /** Commit time after the re-check of the file, i.e. the writes. */
  writesMs: number;
  counts: Record<string, number>;
  rssBeforeMb: number;
  peakMb: number;
  raw: Phase;
  reimport?: { commit: Phase; counts: Record<string, number>; peakMb: number };
}

/** Row `i` of the file: four in five carry a SIRET, the others are matched by name and commune. */
function fileRow(i: number, siret: string, tag: string, description: string): string[] {
  const name = `${trades[i % trades.length]} ${familyName(i)}${i % 7 === 0 ? ' SARL' : ''}`;
  return [name, i % 5 === 4 ? '' : siret, '57000', communes[i % communes.length]!, 'France', nace[i % nace.length]!, `usinage; ${tag}`, description];
}

function spreadsheet(sirets: string[], tag: string, description: string): Buffer {
  return csvFile([headings, ...sirets.map((siret, i) => fileRow(i, siret, tag, description))]);
}

function distinctSirets(n: number): string[] {
  const sirens = new Set<string>();
  while (sirens.size < n) sirens.add(randomSiren());
  return [...sirens].map((siren) => randomSiret(siren));
}

/**
 * Peak resident memory from now on (Linux): the kernel's high-water mark is reset, so the figure is the import's and
 * not that of generating the test file. Elsewhere, the process's peak since it started.
 */
function peakTracker() {
  let reset = false;
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    reset = true;
  } catch {
    // not Linux, or not allowed
  }
  return () => {
    const hwm = reset ? /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] : undefined;
    return hwm ? Number(hwm) / 1024 : process.resourceUsage().maxRSS / 1024;
  };
}

// --- CPU accounting ---------------------------------------------------------------------------------------------

const ticksPerSecond = 100;

/** CPU milliseconds of PostgreSQL backends serving `dbName`, when the server runs on this machine. */
async function serverCpuMs(database: Database, dbName: string): Promise<number | null> {
  const pids = await database.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [dbName]);
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (ticks / ticksPerSecond) * 1000;
}

async function timed<T>(database: Database, work: () => Promise<T>): Promise<{ result: T; phase: Phase }> {
  const dbName = database.engine === 'postgresql' ? (await database.query<{ db: string }>('SELECT current_database() AS db'))[0]!.db : '';
  const server0 = database.engine === 'postgresql' ? await serverCpuMs(database, dbName) : 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const server1 = database.engine === 'postgresql' ? await serverCpuMs(database, dbName) : 0;
  const server = server0 === null || server1 === null ? null : server1 - server0;
  return { result, phase: { wallMs, cpuMs: server === null ? null : (cpu.user + cpu.system) / 1000 + server } };
}

// --- the measured run, one engine per process -----------------------------------------------------------------

async function rawBaseline(database: Database, count: number) {
  const [network] = await database.query<{ id: string }>(`INSERT INTO networks (slug, name) VALUES ('bench-raw-' || substr(md5(random()::text), 1, 8), 'Raw') RETURNING id`);
  await database.transaction(async (tx) => {
    for (let from = 0; from < count; from += 1000) {
      const batch = Array.from({ length: Math.min(1000, count - from) }, (_, k) => {
        // No identifiers: the imported rows hold them already.
        const [name, , postcode, commune, , code, tags, description] = fileRow(from + k, '', 'soudure', 'Sous-traitance industrielle, Grand Est');
        return { name, postcode, commune, country: 'FR', nace_codes: [`C${code}`], tags: tags!.split('; '), description: { fr: description }, line: from + k + 2 };
      });
      await tx.query(
        `WITH input AS (SELECT gen_random_uuid() AS id, * FROM jsonb_to_recordset($1::jsonb)
                          AS r(name text, postcode text, commune text, country text, nace_codes text[], tags text[], description jsonb, line int)),
         created AS (INSERT INTO organisations (id, name, postcode, commune, country, nace_codes, tags, description)
                     SELECT id, name, postcode, commune, country, nace_codes, tags, description FROM input RETURNING id),
         joined AS (INSERT INTO network_organisations (network_id, organisation_id) SELECT $2, id FROM created)
         INSERT INTO audit_log (action, entity, entity_id, data) SELECT 'create', 'organisation', id::text, jsonb_build_object('via', 'raw', 'row', line) FROM input`,
        [JSON.stringify(batch), network!.id],
      );
    }
  });
}

async function run(database: Database, label: string): Promise<EngineResult> {
  const files = arg('files', '');
  const [network] = await database.query<{ id: string }>(`INSERT INTO networks (slug, name) VALUES ('bench-import-' || substr(md5(random()::text), 1, 8), 'Bench') RETURNING id`);
  // The bench keeps no copy of the file, the sheet or the plans: the peak is the import's own.
  const record = await createImport({ db: database.db, actor: operatorActor, networkId: network!.id, fileName: 'bench.csv', content: fs.readFileSync(path.join(files, 'bench.csv')) });
  (globalThis as { gc?: () => void }).gc?.();
  const rssBeforeMb = process.memoryUsage().rss / 1048576;
  const loadBefore = os.loadavg();
  const peak = peakTracker();

  const read = await timed(database, async () => (await readSpreadsheet(await getImportContent(database.db, record.id).then((r) => r.content), 'csv')).rows.length);
  const dryRun = await timed(database, async () => (await runImportAnalysis({ db: database.db, importId: record.id, userId: null })).report.counts);
  let checkedAt = 0;
  const commit = await timed(database, async () => {
    const { plan } = await runImportCommit({
      db: database.db,
      importId: record.id,
      userId: null,
      liveCommitProgress: database.engine === 'postgresql',
      onProgress: (processed, total) => {
        if (processed === total) checkedAt = performance.now();
      },
    });
    return { committed: plan.report.committed, counts: plan.report.counts };
  });
  const writesMs = performance.now() - checkedAt;
  if (!commit.result.committed) throw new Error(`the import was not committed: ${JSON.stringify(commit.result.counts)}`);
  const peakMb = peak();

  let again: EngineResult['reimport'];
  if (reimport) {
    const changed = fs.readFileSync(path.join(files, 'bench-2.csv'));
    const second = await createImport({ db: database.db, actor: operatorActor, networkId: network!.id, fileName: 'bench-2.csv', content: changed });
    const { result, phase } = await timed(database, async () => (await runImportCommit({ db: database.db, importId: second.id, userId: null })).plan.report.counts);
    again = { commit: phase, counts: result, peakMb: peak() };
  }
  const raw = await timed(database, () => rawBaseline(database, rowCount));
  return {
    label,
    rows: read.result,
    loadBefore,
    read: read.phase,
    dryRun: dryRun.phase,
    commit: commit.phase,
    writesMs,
    counts: commit.result.counts,
    rssBeforeMb,
    peakMb,
    raw: raw.phase,
    ...(again ? { reimport: again } : {}),
  };
}

async function runEmbedded(dataDir: string): Promise<EngineResult> {
  const database = await openPglite(dataDir);
  try {
    return await run(database, 'embedded (PGlite)');
  } finally {
    await database.close();
  }
}

// --- orchestration ------------------------------------------------------------------------------------------------

function child(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1]!, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`bench child ${args.join(' ')} exited with ${code}`))));
  });
}

const resultLine = (r: unknown) => `RESULT ${JSON.stringify(r)}\n`;

async function main() {
  const mode = arg('child', '');
  if (mode === 'prepare') {
    const database = await openPglite(arg('dir', ''));
    await migrate(database);
    await database.close();
    return;
  }
  if (mode === 'pglite') {
    process.stdout.write(resultLine(await runEmbedded(arg('dir', ''))));
    return;
  }
  if (mode === 'postgresql') {
    for (const r of await onEachEngine('postgresql', 'maillage_bench_imp', run)) process.stdout.write(resultLine(r));
    return;
  }

  const results: EngineResult[] = [];
  const collect = (out: string) => {
    for (const line of out.split('\n')) if (line.startsWith('RESULT ')) results.push(JSON.parse(line.slice(7)) as EngineResult);
    if (!out.includes('RESULT ')) process.stdout.write(out);
  };
  // The files are written once, here: generating them in the measuring process would count in its memory.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-import-'));
  try {
    const sirets = distinctSirets(rowCount);
    fs.writeFileSync(path.join(dir, 'bench.csv'), spreadsheet(sirets, 'soudure', 'Sous-traitance industrielle, Grand Est'));
    if (reimport) fs.writeFileSync(path.join(dir, 'bench-2.csv'), spreadsheet(sirets, 'peinture', 'Sous-traitance industrielle, Alsace du Nord'));
    const common = ['--rows', String(rowCount), '--files', dir, ...(reimport ? ['--reimport'] : [])];
    if (engines !== 'postgresql') {
      await child(['--child', 'prepare', '--dir', path.join(dir, 'pgdata')]);
      collect(await child(['--child', 'pglite', '--dir', path.join(dir, 'pgdata'), ...common]));
    }
    if (engines !== 'pglite') collect(await child(['--child', 'postgresql', ...common]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const s = (ms: number) => (ms / 1000).toFixed(1);
  const both = (p: Phase) => `${s(p.wallMs)} (${p.cpuMs === null ? '–' : s(p.cpuMs)})`;
  process.stdout.write(`\nImport of ${rowCount} rows (CSV, French headings; ${new Date().toISOString()}, ${os.cpus().length} cores)\n`);
  process.stdout.write('Seconds wall (CPU). Commit = the file checked again + every write, in one transaction.\n\n');
  process.stdout.write(
    '| engine | load avg | read | dry run | commit | of which writes | read + commit (CLI import) | read + dry run + commit (web) | commit rows/s | RSS before / peak MB | raw SQL writes (baseline) | commit ÷ raw |\n' +
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n',
  );
  for (const r of results) {
    const cli: Phase = { wallMs: r.read.wallMs + r.commit.wallMs, cpuMs: r.read.cpuMs === null || r.commit.cpuMs === null ? null : r.read.cpuMs + r.commit.cpuMs };
    const total: Phase = {
      wallMs: r.read.wallMs + r.dryRun.wallMs + r.commit.wallMs,
      cpuMs: r.read.cpuMs === null || r.dryRun.cpuMs === null || r.commit.cpuMs === null ? null : r.read.cpuMs + r.dryRun.cpuMs + r.commit.cpuMs,
    };
    process.stdout.write(
      `| ${r.label} | ${r.loadBefore.map((l) => l.toFixed(1)).join(' ')} | ${both(r.read)} | ${both(r.dryRun)} | ${both(r.commit)} | ${s(r.writesMs)} | ${both(cli)} | ${both(total)} | ` +
        `${Math.round(r.rows / (r.commit.wallMs / 1000))} | ${Math.round(r.rssBeforeMb)} / ${Math.round(r.peakMb)} | ${both(r.raw)} | ${(r.commit.wallMs / r.raw.wallMs).toFixed(1)} |\n`,
    );
  }
  process.stdout.write(`\nCounts: ${results.map((r) => `${r.label}: ${JSON.stringify(r.counts)}`).join('; ')}\n`);
  for (const r of results)
    if (r.reimport)
      process.stdout.write(
        `Re-import with a changed tag and description on every row, ${r.label}: commit ${both(r.reimport.commit)} s, ${JSON.stringify(r.reimport.counts)}, peak RSS ${Math.round(r.reimport.peakMb)} MB\n`,
      );
  process.stdout.write(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
}

await main();
