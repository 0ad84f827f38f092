import type { Database } from '../../src/db/client';

/**
 * Fills a network with `count` organisations of plausible names, sectors and places of the Grande Région, in SQL
 * batches (the import pipeline is measured separately). Deterministic: the same count gives the same rows.
 *
 * Each attribute is drawn from its own hash of the row number, so that they are independent where real data is
 * (country, commune, visibility) and correlated where real data is: the activity in the name ("Scierie …") gives
 * the NACE code seven times out of ten. Names combine 40 activities in four languages, 60 family names and a legal
 * form, so one activity word matches ~2.5 % of the directory (a broad query) and a name with a family name a few
 * dozen rows. Positions cluster around 12 communes (± ~15 km), as members of a territory do.
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
                      'Biotech','Elektrotechnik','Bouwbedrijf','Schreinerei','Bäckerei','Brouwerij','Drukkerij','Garage','Toiture',
                      'Charpente','Maçonnerie','Électricité','Plomberie','Traiteur','Fromagerie','Recyclage','Nettoyage','Conseil',
                      'Formation','Architecture','Paysagiste','Metzgerei','Zimmerei'] AS a,
                ARRAY['C16.11','C16.23','C25.62','F43.32','C25.62','C25.61','C25.62','C10.71','C11.05',
                      'H52.29','H49.41','M71.20','C18.12','C22.26','C24.51','C25.11','J62.10',
                      'M72.10','C27.12','F41.00','C16.23','C10.71','C11.05','C18.12','G45.20','F43.91',
                      'F43.91','F43.99','F43.21','F43.22','I56.21','C10.51','E38.32','N81.21','M70.20',
                      'P85.59','M71.11','N81.30','C10.13','F43.91'] AS nace,
                ARRAY['Lambert','Dewez','Schmitt','Muller','Peeters','Janssens','Weber','Wagner','Martin','Bernard','Dubois','Thomas',
                      'Hoffmann','Schneider','Fischer','Meyer','Becker','Schulz','Klein','Wolf','Maes','Jacobs','Mertens','Willems',
                      'Claes','Goossens','Wouters','De Smet','Leroy','Lefèvre','Renard','Simon','Laurent','Michel','Lejeune','Collignon',
                      'Gérard','François','Hansen','Reuter','Kieffer','Thill','Hoffmann-Reding','Schiltz','Weis','Kremer','Frisch',
                      'Ardennes','Semois','Famenne','Gaume','Moselle','Saar','Eifel','Vosges','Alzette','Meuse','Sûre','Pays-Haut','Our'] AS b,
                ARRAY['SA','SRL','SARL','GmbH','BV','asbl','Sàrl','','','','SCRL','& Fils'] AS forms,
                ARRAY['BE','BE','BE','BE','FR','FR','FR','LU','LU','DE','DE','FR'] AS countries,
                ARRAY['Liège','Arlon','Bastogne','Marche-en-Famenne','Haguenau','Longwy','Nancy','Esch-sur-Alzette','Luxembourg','Trier','Saarbrücken','Metz'] AS communes,
                ARRAY[50.633,49.683,50.003,50.227,48.816,49.519,48.692,49.496,49.611,49.750,49.234,49.119] AS lats,
                ARRAY[5.567,5.816,5.719,5.344,7.789,5.761,6.184,5.980,6.130,6.637,6.997,6.176] AS lons
       ), rows AS (
         SELECT i, words.*,
                abs(hashtext(i || ':a')) AS ha, abs(hashtext(i || ':b')) AS hb, abs(hashtext(i || ':c')) AS hc,
                abs(hashtext(i || ':n')) AS hn, abs(hashtext(i || ':x')) AS hx, abs(hashtext(i || ':y')) AS hy,
                abs(hashtext(i || ':v')) AS hv, abs(hashtext(i || ':f')) AS hf
         FROM generate_series($1::bigint, $2::bigint - 1) AS i, words
       ), inserted AS (
         INSERT INTO organisations (name, country, commune, latitude, longitude, nace_codes, kind, visibility, tags, description)
         SELECT trim(a[1 + ha % 40] || ' ' || b[1 + hb % 60] || ' ' || forms[1 + hf % 12]) || CASE WHEN hf % 7 = 0 THEN ' ' || (i % 100) ELSE '' END,
                countries[1 + hc % 12], communes[1 + hc % 12],
                lats[1 + hc % 12] + ((hx % 2001) - 1000) / 7500.0, lons[1 + hc % 12] + ((hy % 2001) - 1000) / 5000.0,
                ARRAY[CASE WHEN hn % 10 < 7 THEN nace[1 + ha % 40] ELSE nace[1 + hn % 40] END],
                CASE WHEN hv % 9 = 4 THEN 'sse' ELSE 'company' END,
                CASE WHEN hv % 10 = 3 THEN 'coordinators' ELSE 'network' END,
                ARRAY['bench'],
                jsonb_build_object('fr', 'Entreprise de la Grande Région : ' || a[1 + ha % 40], 'de', 'Unternehmen der Großregion')
         FROM rows
         RETURNING id)
       INSERT INTO network_organisations (network_id, organisation_id) SELECT $3, id FROM inserted`,
      [from, to, network!.id],
    );
  }
  await database.exec('ANALYZE');
  return { networkId: network!.id, ms: performance.now() - started };
}
