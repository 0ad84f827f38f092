import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/paths';
import { csvFile, randomBeEnterprise, randomName, xlsxFile } from '../../domain/import/import-test-files';

/** `maillage import` and `maillage geo` as a user runs them: child processes on an embedded data directory. */
const bin = path.join(projectRoot, 'bin', 'maillage.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-import-cli-'));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-import-files-'));
const geonames = path.resolve(projectRoot, '..', 'shared', 'data', 'geo', 'postal_codes_geonames');
const baseEnv = { ...process.env, MAILLAGE_DATA_DIR: dataDir, MAILLAGE_DEMO: '0', MAILLAGE_WEB_BUILD: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' };

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: baseEnv, cwd: workDir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  expect(run(['network', 'create', '--slug', 'food-club', '--name', 'Food Club']).code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('maillage import organisations', () => {
  it('dry run and commit exit 0, a rejected row exits 1 and writes nothing, a second run changes nothing', async () => {
    const good = [['Dénomination', 'Numéro BCE', 'Code postal', 'Commune', 'Pays'], [randomName('Laiterie'), randomBeEnterprise(), '6900', 'Marche-en-Famenne', 'Belgique']];
    fs.writeFileSync(path.join(workDir, 'good.xlsx'), await xlsxFile([{ name: 'Membres', rows: good }]));
    fs.writeFileSync(path.join(workDir, 'bad.csv'), csvFile([...good, [randomName('Faux'), '0123.456.789', '6900', 'Marche', 'Belgique']], { encoding: 'windows-1252' }));
    fs.writeFileSync(path.join(workDir, 'mapping.json'), JSON.stringify({ 'Numéro BCE': 'beEnterprise' }));

    const dry = run(['import', 'organisations', 'good.xlsx', '--network', 'food-club', '--dry-run', '--mapping', 'mapping.json', '--sheet', 'Membres']);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('created: 1');
    expect(dry.out).toContain('Dry run: nothing was written.');
    expect(dry.err).toContain('analysed: 1/1 rows (100 %)');

    const bad = run(['import', 'organisations', 'bad.csv', '--network', 'food-club']);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/row 3 REJECTED "Faux \w+": row 3, Numéro BCE: "0123\.456\.789" is not a valid Belgian enterprise number/);
    expect(bad.out).toContain('row 3 REJECTED');
    expect(bad.err).toContain('1 rows are rejected: nothing was written');
    expect(run(['network', 'list']).out).toMatch(/food-club\s+0 /);

    const commit = run(['import', 'organisations', 'good.xlsx', '--network', 'food-club']);
    expect(commit.code, commit.err).toBe(0);
    expect(commit.out).toContain('Committed.');
    expect(run(['network', 'list']).out).toMatch(/food-club\s+1 /);
    const again = run(['import', 'organisations', 'good.xlsx', '--network', 'food-club', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).counts).toEqual({ create: 0, update: 0, merge: 0, unchanged: 1, reject: 0 });

    expect(run(['import', 'organisations', 'missing.csv', '--network', 'food-club']).code).toBe(1);
    expect(run(['import', 'organisations', 'good.xlsx', '--network', 'nope']).err).toContain('Network "nope" not found');
  });

  it.skipIf(!fs.existsSync(geonames))('loads GeoNames postal codes and reports them per country (skipped without ../shared/data/geo)', () => {
    const r = run(['geo', 'import', path.join(geonames, 'LU_all.csv'), path.join(geonames, 'DE_saarland_rheinland-pfalz.csv')]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^DE: \d+ postal codes added, 0 updated$/m);
    expect(r.out).toMatch(/^LU: \d+ postal codes added, 0 updated$/m);
    expect(r.err).toMatch(/company postcodes left out/);
  });

  it('goes through the running server with file paths relative to the caller', async () => {
    const server = spawn(process.execPath, [bin, 'serve', '--services', 'web,worker'], { env: { ...baseEnv, PORT: '0', HOST: '127.0.0.1' } });
    let output = '';
    server.stdout.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
        const check = () => (/Open http:\/\/localhost:\d+/.test(output) ? (clearTimeout(timer), resolve()) : setTimeout(check, 100));
        check();
      });
      fs.writeFileSync(path.join(workDir, 'served.csv'), csvFile([['Company', 'Country', 'City'], [randomName('Served'), 'LU', 'Bettange-sur-Mess']], { delimiter: ',' }));
      const r = run(['import', 'organisations', 'served.csv', '--network', 'food-club']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('created: 1');
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  });
});
