import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { makeOrganisation } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import { importEsco, importRome } from './import-concepts';
import { derivedBroader } from './concept-keys';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// Codes no real classification uses (ISCO 0999, ROME N9xxx), unique per run: the PostgreSQL pass shares its database.
const n = crypto.randomInt(10_000, 99_999);
const occ = `0999.${n}`;
const rome = `N9${String(n).slice(-3)}`;
const uuid = () => crypto.randomUUID();
const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));

describe('derived hierarchy of keys', () => {
  it('reads the ISCO group out of an ESCO code and the domains out of a ROME code', () => {
    expect(derivedBroader('esco:7212.3.3')).toEqual(['esco:7212.3', 'isco:7212', 'isco:721', 'isco:72']);
    expect(derivedBroader('rome:H2916', 'H2913')).toEqual(['rome:H2913', 'rome:H29', 'rome:H']);
    expect(derivedBroader('isco:7212')).toEqual(['isco:721', 'isco:72']);
    expect(derivedBroader('skill:abc')).toEqual([]);
  });
});

describe('importing ESCO and ROME files', () => {
  const occupationUri = `http://data.europa.eu/esco/occupation/${uuid()}`;
  const skillId = uuid();

  it('imports occupations, skills and relations, then merges a German one-language file into the same concepts', async () => {
    const occupations = csv([
      ['conceptUri', 'code', 'iscoGroup', 'preferredLabel_en', 'preferredLabel_fr', 'altLabels_en', 'altLabels_fr'],
      [occupationUri, occ, '0999', 'hydrogen welder', 'soudeur hydrogène/soudeuse hydrogène', 'H2 welder|hydrogen pipe welder', 'soudeur H2'],
    ]);
    const skills = csv([
      ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel_en', 'preferredLabel_fr', 'altLabels_en'],
      [`http://data.europa.eu/esco/skill/${skillId}`, 'skill/competence', 'sector-specific', 'weld hydrogen pipes', 'souder des conduites d’hydrogène', ''],
    ]);
    const relations = csv([
      ['occupationUri', 'relationType', 'skillType', 'skillUri'],
      [occupationUri, 'essential', 'skill/competence', `http://data.europa.eu/esco/skill/${skillId}`],
      [occupationUri, 'optional', 'knowledge', `http://data.europa.eu/esco/skill/${uuid()}`],
    ]);
    const report = await importEsco(database, [
      { name: 'occupations_en_fr.csv', content: occupations },
      { name: 'skills.csv', content: skills },
      { name: 'occupation_skill_relations.csv.gz', content: relations },
      { name: 'skill_groups.csv', content: csv([['conceptUri', 'code', 'preferredLabel_en'], ['http://data.europa.eu/esco/isced-f/00', '', 'generic']]) },
    ]);
    expect(report.files.map((f) => f.kind)).toEqual(['occupations', 'skills', 'relations', 'ignored']);
    expect(report.concepts).toEqual({ added: 2, updated: 0 });
    expect(report.relations).toEqual({ written: 1, unknown: 1 });

    // The official download has one file per language, labels in `preferredLabel`, alternatives one per line.
    const german = csv([
      ['conceptType', 'conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'code'],
      ['Occupation', occupationUri, '0999', 'Wasserstoffschweißer/Wasserstoffschweißerin', 'H2-Schweißer\nRohrschweißer Wasserstoff', occ],
    ]);
    const again = await importEsco(database, [{ name: 'occupations_de.csv', content: german }]);
    expect(again.concepts).toEqual({ added: 0, updated: 1 });
    const [row] = await database.query<{ labels: Record<string, string>; alt_labels: Record<string, string[]>; broader: string[]; search_text: string }>(
      'SELECT labels, alt_labels, broader, search_text FROM skill_concepts WHERE key = $1',
      [`esco:${occ}`],
    );
    expect(row!.labels).toEqual({ en: 'hydrogen welder', fr: 'soudeur hydrogène/soudeuse hydrogène', de: 'Wasserstoffschweißer/Wasserstoffschweißerin' });
    expect(row!.alt_labels.de).toEqual(['H2-Schweißer', 'Rohrschweißer Wasserstoff']);
    expect(row!.alt_labels.en).toEqual(['H2 welder', 'hydrogen pipe welder']);
    expect(row!.broader).toEqual(['isco:0999', 'isco:099', 'isco:09']);
    expect(row!.search_text).toContain('wasserstoffschweisser');
  });

  it('links a ROME fiche to the ESCO occupation of the same French name, and re-indexes coded posts', async () => {
    const fiches = csv([
      ['code_rome', 'code_fiche_metier', 'code_ogr', 'libelle_rome', 'code_rome_parent'],
      [rome, '1', '1', 'Soudeur hydrogène / Soudeuse hydrogène', rome],
    ]);
    const titles = csv([
      ['code_ogr', 'libelle_appellation_long', 'libelle_appellation_court', 'code_rome'],
      ['9', 'Soudeur / Soudeuse sur conduites H2', 'Soudeur / Soudeuse H2', rome],
    ]);
    const org = await makeOrganisation(database.db);
    const [post] = await database.query<{ id: string }>(
      "INSERT INTO posts (organisation_id, kind, title, occupation_codes) VALUES ($1, 'training_offer', '{\"fr\":\"Soudage H2\"}', $2) RETURNING id",
      [org.id, [`rome:${rome}`]],
    );
    const report = await importRome(database, [
      { name: 'unix_referentiel_code_rome_v460_utf8.csv', content: fiches },
      { name: 'unix_referentiel_appellation_v460_utf8.csv', content: titles },
    ]);
    expect(report.concepts).toEqual({ added: 1, updated: 0 });
    expect(report.titles).toBe(1);
    const rows = await database.query<{ key: string; related: string[]; alt_labels: Record<string, string[]> }>(
      'SELECT key, related, alt_labels FROM skill_concepts WHERE key = ANY($1::text[]) ORDER BY key',
      [[`esco:${occ}`, `rome:${rome}`]],
    );
    expect(rows.map((r) => [r.key, r.related])).toEqual([
      [`esco:${occ}`, [`rome:${rome}`]],
      [`rome:${rome}`, [`esco:${occ}`]],
    ]);
    expect(rows[1]!.alt_labels.fr).toEqual(['Soudeur / Soudeuse H2']);
    // The post coded in ROME now meets ESCO-coded posts: its index holds the ESCO occupation and its essential skill.
    const [indexed] = await database.query<{ match_codes: string[] }>('SELECT match_codes FROM posts WHERE id = $1', [post!.id]);
    expect(indexed!.match_codes).toEqual(expect.arrayContaining([`rome:${rome}`, `esco:${occ}`, 'isco:0999', `skill:${skillId}`]));
    expect(report.postsRefreshed).toBeGreaterThanOrEqual(1);
  });

  it('rejects a bad file naming the file and row, and writes nothing', async () => {
    const bad = csv([
      ['conceptUri', 'code', 'iscoGroup', 'preferredLabel_en'],
      [`http://data.europa.eu/esco/occupation/${uuid()}`, `0998.${n}`, '0998', 'fine'],
      [`http://data.europa.eu/esco/occupation/${uuid()}`, 'twelve', '0998', 'broken'],
    ]);
    await expect(importEsco(database, [{ name: 'occ.csv', content: bad }])).rejects.toThrow('occ.csv, row 3: "twelve" is not an ESCO occupation code');
    expect(await database.query('SELECT 1 FROM skill_concepts WHERE key = $1', [`esco:0998.${n}`])).toEqual([]);
    const noLanguage = csv([['conceptUri', 'iscoGroup', 'preferredLabel', 'code'], [`x/${uuid()}`, '0998', 'Label', `0998.${n}`]]);
    await expect(importEsco(database, [{ name: 'occupations.csv', content: noLanguage }])).rejects.toThrow(/which language/);
    await expect(importRome(database, [{ name: 'other.csv', content: csv([['a', 'b'], ['1', '2']]) }])).rejects.toThrow(/No ROME fiche file/);
  });
});
