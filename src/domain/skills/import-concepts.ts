import type { Database, Executor } from '../../db/client';
import type { Locale } from '../../db/schema';
import { AppError } from '../errors';
import { readEscoFile, relationKeys, type ConceptRecord, type EscoFileKind } from './read-esco-files';
import { readRomeFiles } from './read-rome-files';
import { refreshPostCodes } from './refresh-post-codes';
import type { SqlRunner } from './sql-runner';

const BATCH = 2000;

/**
 * Upserts concepts; labels merge per language with what is there, so an official German file adds German labels
 * to the English and French ones instead of replacing them. Returns how many keys were new.
 */
export async function upsertConcepts(tx: SqlRunner, concepts: ConceptRecord[], options: { keepExistingLabels?: boolean } = {}): Promise<{ added: number; updated: number }> {
  // Official files win over the starter set; the starter set only fills the languages an import did not bring.
  const merge = (column: string) => (options.keepExistingLabels ? `EXCLUDED.${column} || s.${column}` : `s.${column} || EXCLUDED.${column}`);
  let added = 0;
  // Building the trigram index once is several times faster than updating it row by row (ESCO's alternative labels
  // make long texts); the transaction keeps the drop invisible to others and undoes it on failure.
  const rebuildIndex = concepts.length > 5000;
  if (rebuildIndex) await tx.query('DROP INDEX IF EXISTS skill_concepts_search_trgm');
  for (let i = 0; i < concepts.length; i += BATCH) {
    const batch = concepts.slice(i, i + BATCH).map((c) => ({
      key: c.key,
      scheme: c.key.split(':')[0],
      uri: c.uri,
      kind: c.kind,
      labels: c.labels,
      alt_labels: c.altLabels,
      broader: c.broader,
    }));
    const [row] = await tx.query<{ added: number }>(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(key text, scheme text, uri text, kind text, labels jsonb, alt_labels jsonb, broader text[])
       ), written AS (
         INSERT INTO skill_concepts AS s (key, scheme, uri, kind, labels, alt_labels, broader)
         SELECT key, scheme, uri, kind, labels, alt_labels, broader FROM input
         ON CONFLICT (key) DO UPDATE SET
           uri = CASE WHEN EXCLUDED.uri <> '' THEN EXCLUDED.uri ELSE s.uri END,
           kind = EXCLUDED.kind,
           labels = ${merge('labels')},
           alt_labels = ${merge('alt_labels')},
           broader = EXCLUDED.broader,
           updated_at = now()
         RETURNING (xmax = 0) AS inserted
       )
       SELECT count(*) FILTER (WHERE inserted)::int AS added FROM written`,
      [JSON.stringify(batch)],
    );
    added += row?.added ?? 0;
  }
  if (rebuildIndex) await tx.query('CREATE INDEX skill_concepts_search_trgm ON skill_concepts USING gin (search_text gin_trgm_ops) WITH (fastupdate = off)');
  return { added, updated: concepts.length - added };
}

/**
 * Links each ROME fiche to the ESCO occupations with the same French name: the first form of the label
 * ("Soudeur / Soudeuse" and "soudeur/soudeuse" both give "soudeur"), compared without accents or case, over the
 * fiche's label and job titles and the ESCO preferred label. A rough bridge, but it lets a need coded in ROME meet
 * an offer coded in ESCO; it is recomputed after every import of either.
 */
export async function linkRomeToEsco(tx: Executor): Promise<number> {
  await tx.query(`UPDATE skill_concepts SET related = '{}' WHERE scheme IN ('rome', 'esco') AND related <> '{}'`);
  // A job title shared by several fiches ("soudeur" appears under boilermaking too) links an ESCO occupation only
  // when no fiche is named like it.
  const [row] = await tx.query<{ pairs: number }>(`
    WITH rome_forms AS (
      SELECT s.key, l.fiche, f_unaccent(lower(trim(split_part(l.label, '/', 1)))) AS form
      FROM skill_concepts s,
        LATERAL (SELECT s.labels->>'fr' AS label, true AS fiche
                 UNION ALL SELECT jsonb_array_elements_text(coalesce(s.alt_labels->'fr', '[]'::jsonb)), false) AS l
      WHERE s.scheme = 'rome' AND l.label IS NOT NULL
    ), esco_forms AS (
      SELECT key, f_unaccent(lower(trim(split_part(labels->>'fr', '/', 1)))) AS form
      FROM skill_concepts WHERE scheme = 'esco' AND labels ? 'fr'
    ), by_fiche AS (
      SELECT DISTINCT r.key AS rome_key, e.key AS esco_key FROM rome_forms r JOIN esco_forms e ON e.form = r.form WHERE r.fiche AND r.form <> ''
    ), pairs AS (
      SELECT * FROM by_fiche
      UNION
      SELECT DISTINCT r.key, e.key FROM rome_forms r JOIN esco_forms e ON e.form = r.form
      WHERE NOT r.fiche AND r.form <> '' AND NOT EXISTS (SELECT 1 FROM by_fiche b WHERE b.esco_key = e.key)
    ), rome_side AS (
      UPDATE skill_concepts s SET related = p.keys
      FROM (SELECT rome_key, array_agg(esco_key ORDER BY esco_key) AS keys FROM pairs GROUP BY rome_key) p
      WHERE s.key = p.rome_key RETURNING 1
    ), esco_side AS (
      UPDATE skill_concepts s SET related = p.keys
      FROM (SELECT esco_key, array_agg(rome_key ORDER BY rome_key) AS keys FROM pairs GROUP BY esco_key) p
      WHERE s.key = p.esco_key RETURNING 1
    )
    SELECT (SELECT count(*) FROM pairs)::int AS pairs, (SELECT count(*) FROM rome_side) + (SELECT count(*) FROM esco_side) AS touched`);
  return row?.pairs ?? 0;
}

export interface EscoImportReport {
  files: { name: string; kind: EscoFileKind; rows: number }[];
  concepts: { added: number; updated: number };
  relations: { written: number; unknown: number };
  romeLinks: number;
  postsRefreshed: number;
}

/**
 * Imports ESCO CSV files (occupations, skills, ISCO groups, occupation–skill relations) in one transaction: all of
 * them or nothing. Relations are replaced for the occupations they name.
 */
export async function importEsco(database: Database, files: { name: string; content: Buffer }[], options: { language?: Locale } = {}): Promise<EscoImportReport> {
  const read = files.map((f) => readEscoFile(f.content, f.name, options.language));
  const concepts = read.flatMap((f) => f.concepts);
  const relations = read.flatMap((f) => f.relations);
  if (!concepts.length && !relations.length) throw new AppError('validation', 'No ESCO occupation, skill, ISCO group or relation file among the files given', 'file');
  return database.transaction(async (tx) => {
    const written = await upsertConcepts(tx, concepts);
    // Occupations are keyed by code; relations name them by URI: from this import first, else from the database.
    const byUri = new Map(concepts.filter((c) => c.key.startsWith('esco:')).map((c) => [c.uri, c.key]));
    if (relations.length) {
      const known = await tx.query<{ uri: string; key: string }>(`SELECT uri, key FROM skill_concepts WHERE scheme = 'esco' AND uri <> ''`);
      for (const k of known) if (!byUri.has(k.uri)) byUri.set(k.uri, k.key);
    }
    const { relations: keyed, unknown } = relationKeys(relations, byUri);
    let relationRows = 0;
    let missingSkill = 0;
    const occupations = [...new Set(keyed.map((r) => r.occupationKey))];
    for (let i = 0; i < occupations.length; i += BATCH)
      await tx.query('DELETE FROM skill_concept_relations WHERE occupation_key = ANY($1::text[])', [occupations.slice(i, i + BATCH)]);
    for (let i = 0; i < keyed.length; i += BATCH * 2) {
      const batch = keyed.slice(i, i + BATCH * 2).map((r) => ({ o: r.occupationKey, s: r.skillKey, e: r.essential }));
      const [row] = await tx.query<{ n: number }>(
        `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(o text, s text, e boolean)),
         written AS (
           INSERT INTO skill_concept_relations (occupation_key, skill_key, essential)
           SELECT DISTINCT ON (o, s) o, s, e FROM input
           WHERE EXISTS (SELECT 1 FROM skill_concepts WHERE key = o) AND EXISTS (SELECT 1 FROM skill_concepts WHERE key = s)
           ORDER BY o, s, e DESC
           ON CONFLICT (occupation_key, skill_key) DO UPDATE SET essential = EXCLUDED.essential
           RETURNING 1)
         SELECT count(*)::int AS n FROM written`,
        [JSON.stringify(batch)],
      );
      relationRows += row?.n ?? 0;
      missingSkill += batch.length - (row?.n ?? 0);
    }
    const romeLinks = await linkRomeToEsco(tx);
    const postsRefreshed = await refreshPostCodes(tx);
    return {
      files: read.map((f) => ({ name: f.name, kind: f.kind, rows: f.concepts.length + f.relations.length })),
      concepts: written,
      relations: { written: relationRows, unknown: unknown + missingSkill },
      romeLinks,
      postsRefreshed,
    };
  });
}

export interface RomeImportReport {
  files: { name: string; kind: string; rows: number }[];
  concepts: { added: number; updated: number };
  titles: number;
  unknownTitles: number;
  escoLinks: number;
  postsRefreshed: number;
}

/** Imports the ROME fiches and their job titles in one transaction, then links them to ESCO occupations. */
export async function importRome(database: Database, files: { name: string; content: Buffer }[]): Promise<RomeImportReport> {
  const read = readRomeFiles(files);
  return database.transaction(async (tx) => {
    const written = await upsertConcepts(tx, read.concepts);
    const escoLinks = await linkRomeToEsco(tx);
    const postsRefreshed = await refreshPostCodes(tx);
    return { files: read.files, concepts: written, titles: read.titles, unknownTitles: read.unknownTitles, escoLinks, postsRefreshed };
  });
}
