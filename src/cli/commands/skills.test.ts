import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/paths';
import { openPglite } from '../../db/client';

/** `maillage import esco|rome` on the official files kept in ../shared/data, as an operator runs them. */
const bin = path.join(projectRoot, 'bin', 'maillage.js');
const shared = path.resolve(projectRoot, '..', 'shared', 'data');
const esco = path.join(shared, 'esco');
const rome = path.join(shared, 'rome');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-skills-cli-'));
const env = { ...process.env, MAILLAGE_DATA_DIR: dataDir, MAILLAGE_DEMO: '0', MAILLAGE_WEB_BUILD: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' };

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env, cwd: projectRoot, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(!fs.existsSync(esco) || !fs.existsSync(rome))('maillage import esco|rome with the official files (skipped without ../shared/data)', () => {
  it('imports ESCO v1.1.1 (EN+FR) and ROME v4.60, links them, and finds the welder in both', async () => {
    const escoRun = run(['import', 'esco', esco]);
    expect(escoRun.code, escoRun.err).toBe(0);
    expect(escoRun.out).toMatch(/^concepts: 17522 added, 0 updated$/m);
    expect(escoRun.out).toMatch(/^occupation–skill relations: 1237\d\d written/m);
    expect(escoRun.err).toContain('skill_groups_en_fr.csv: not an occupation, skill, ISCO or relation file, left out');

    const romeRun = run(['import', 'rome', rome]);
    expect(romeRun.code, romeRun.err).toBe(0);
    expect(romeRun.out).toMatch(/^ROME fiches: 1584 added, 0 updated; job titles: 13120$/m);
    expect(romeRun.out).toMatch(/^ROME–ESCO links: [1-9]\d+;/m);

    const bad = run(['import', 'rome', path.join(esco, 'isco_groups_en_fr.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('No ROME fiche file');

    const database = await openPglite(path.join(dataDir, 'pgdata'));
    try {
      const rows = await database.query<{ key: string; labels: Record<string, string>; related: string[] }>(
        "SELECT key, labels, related FROM skill_concepts WHERE key IN ('esco:7212.3', 'rome:H2913') ORDER BY key",
      );
      expect(rows[0]).toMatchObject({ key: 'esco:7212.3', labels: { en: 'welder', fr: 'soudeur/soudeuse' } });
      expect(rows[0]!.related).toContain('rome:H2913');
      expect(rows[1]).toMatchObject({ key: 'rome:H2913', labels: { fr: 'Soudeur / Soudeuse' } });
      const [found] = await database.query<{ key: string }>(
        "SELECT key FROM skill_concepts WHERE search_text LIKE '%soudeur%' AND scheme = 'esco' ORDER BY similarity(search_text, 'soudeur') DESC LIMIT 1",
      );
      expect(found?.key).toMatch(/^esco:7212/);
      const [essential] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM skill_concept_relations WHERE occupation_key = 'esco:7212.3' AND essential");
      expect(essential!.n).toBeGreaterThan(5);
    } finally {
      await database.close();
    }
  });
});
