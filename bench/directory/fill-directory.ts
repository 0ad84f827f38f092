import type { Database } from '../../src/db/client';

/**
 * Fills a network with `count` organisations of plausible names, sectors and places of the Grande Région, in SQL
 * batches (the import pipeline is measured separately). Deterministic: the same count gives the same rows.
 */
export async function fillDirectory(database: Database, count: number) {
  const started = performance.now();
  const [network] = await database.query<{ id: string }>(
    `INSERT INTO networks (slug, name) VALUES ('bench-' || substr(md5(random()::text), 1, 8), 'Bench network') RETURNING id`,
  );
  const batch = 5000;
  for (let from = 0; from < count; from += batch) {
    const to = Math.min(count, from + batch);
    await database.query(
      `WITH words AS (
         SELECT ARRAY['Scierie','Menuiserie','Atelier','Holzbau','Metaalbewerking','Peinture','Usinage','Boulangerie','Brasserie',
                      'Logistique','Transports','Laboratoire','Imprimerie','Plasturgie','Fonderie','Chaudronnerie','Informatique',
                      'Biotech','Elektrotechnik','Bouwbedrijf'] AS a,
                ARRAY['du Val','des Ardennes','Lorraine','Mosel','Saar','Semois','Alzette','Meuse','Sûre','Eifel','Vosges','Famenne',
                      'Gaume','Pays-Haut','Outre-Forêt'] AS b,
                ARRAY['C16.11','C16.23','C25.61','C25.62','C10.71','C11.05','H49.41','M71.20','C18.12','C22.26','C24.51','C25.11',
                      'J62.10','M72.10','C27.12','F41.00','C28.41','C20.30','I56.11','E38.32'] AS nace,
                ARRAY['BE','BE','BE','FR','FR','LU','DE'] AS countries,
                ARRAY['Liège','Arlon','Bastogne','Marche-en-Famenne','Haguenau','Longwy','Nancy','Esch-sur-Alzette','Luxembourg','Trier','Saarbrücken','Metz'] AS communes
       ), rows AS (
         SELECT i, words.* FROM generate_series($1::bigint, $2::bigint - 1) AS i, words
       ), inserted AS (
         INSERT INTO organisations (name, country, commune, latitude, longitude, nace_codes, kind, visibility, tags, description)
         SELECT a[1 + (i * 7) % 20] || ' ' || b[1 + (i * 11) % 15] || ' ' || i,
                countries[1 + (i * 3) % 7], communes[1 + (i * 5) % 12],
                48.5 + ((i * 7919) % 2000) / 1000.0, 5.0 + ((i * 104729) % 2500) / 1000.0,
                ARRAY[nace[1 + (i * 13) % 20]],
                CASE WHEN i % 9 = 4 THEN 'sse' ELSE 'company' END,
                CASE WHEN i % 10 = 3 THEN 'coordinators' ELSE 'network' END,
                ARRAY['bench'],
                jsonb_build_object('fr', 'Entreprise de la Grande Région', 'de', 'Unternehmen der Großregion')
         FROM rows
         RETURNING id)
       INSERT INTO network_organisations (network_id, organisation_id) SELECT $3, id FROM inserted`,
      [from, to, network!.id],
    );
  }
  await database.exec('ANALYZE');
  return { networkId: network!.id, ms: performance.now() - started };
}
