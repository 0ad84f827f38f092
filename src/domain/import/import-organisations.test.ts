import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNetwork, makeUser, grantRole } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import type { Database, Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { auditLog, networkCategories, networkOrganisations, organisationCategories, organisations, postalCodes } from '../../db/schema';
import { AppError } from '../errors';
import { loadActor } from '../policy/actor';
import { analyseImport } from './analyse-import';
import { applyImportPlan } from './apply-import-plan';
import { createImport } from './import-records';
import { csvFile, randomBeEnterprise, randomCommune, randomDeRegister, randomLuRcs, randomName, randomSiren, randomSiret, xlsxFile } from './import-test-files';
import { readSpreadsheet } from './read-spreadsheet';
import { operatorActor, runImportAnalysis, runImportCommit } from './run-import';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

async function importFile(networkId: string, content: Buffer, fileName: string, options: { commit?: boolean; mapping?: Record<string, string>; userId?: string } = {}) {
  const actor = options.userId ? await loadActor(db, options.userId) : operatorActor;
  const record = await createImport({ db, actor, networkId, fileName, content, mapping: options.mapping });
  const run = { db, importId: record.id, userId: options.userId ?? null };
  return options.commit ? (await runImportCommit(run)).plan.report : (await runImportAnalysis(run)).report;
}

const membersOf = async (networkId: string) =>
  db.select().from(organisations).innerJoin(networkOrganisations, eq(networkOrganisations.organisationId, organisations.id)).where(eq(networkOrganisations.networkId, networkId));

/**
 * SIRETs whose firm (SIREN) is in nobody's database yet. On PostgreSQL every test file shares one database, where the
 * large-file test alone leaves 50,000 firms: among 1,000 random SIRENs one then often finds an existing firm by its
 * SIREN (rightly an update, not a create), which is not what these tests are about.
 */
async function unusedSirets(count: number): Promise<string[]> {
  const chosen = new Map<string, string>();
  while (chosen.size < count) {
    const batch = new Map<string, string>();
    while (batch.size < count - chosen.size) {
      const siret = randomSiret();
      const siren = siret.slice(0, 9);
      if (!chosen.has(siren)) batch.set(siren, siret);
    }
    const sirens = JSON.stringify([...batch.keys()]);
    const taken = await queryRows<{ siren: string }>(
      db,
      sql`SELECT s.siren FROM jsonb_array_elements_text(${sirens}::jsonb) AS s(siren)
          WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.fr_siren = s.siren OR left(o.fr_siret, 9) = s.siren)`,
    );
    for (const { siren } of taken) batch.delete(siren);
    for (const [siren, siret] of batch) chosen.set(siren, siret);
  }
  return [...chosen.values()];
}

describe('import of organisations', () => {
  it('reports row errors that name the spreadsheet row and the column', async () => {
    const net = await makeNetwork(db);
    const file = csvFile([
      ['Raison sociale', 'SIRET', 'Code postal', 'Commune', 'Pays', 'Code NACE', 'E-mail', 'Site web'],
      [randomName('Alpha'), '123', '67000', 'Strasbourg', 'France', '16.11', 'contact@alpha.fr', 'alpha.fr'],
      ['', '', '', '', '', '', '', ''],
      [randomName('Beta'), randomSiret(), '67000', 'Strasbourg', 'Frankreich', '16.11; 99.99', 'not-an-email', 'javascript:alert(1)'],
      ['', randomSiret(), '67000', 'Strasbourg', 'FR', '', '', ''],
      [randomName('Gamma'), '', '', randomCommune(), 'Atlantis', '', '', ''],
    ]);
    const report = await importFile(net.id, file, 'membres.csv');
    expect(report.counts).toMatchObject({ create: 0, reject: 4 });
    const reasons = report.rows.flatMap((r) => r.reasons);
    expect(reasons).toContain('row 2, SIRET: "123" is not a valid SIRET (14 digits)');
    // Row 3 is empty: it is skipped but the numbering stays the spreadsheet's.
    expect(reasons).toContain('row 4, Code NACE: "99.99" is not a NACE Rev. 2.1 code');
    expect(reasons).toContain('row 4, E-mail: "not-an-email" is not an e-mail address');
    expect(reasons).toContain('row 4, Site web: "javascript:alert(1)" is not a web address');
    expect(reasons).toContain('row 5, Raison sociale: the name is missing');
    expect(reasons).toContain('row 6, Pays: "Atlantis" is not a country (BE, LU, FR, DE or NL)');
    expect(report.rows.map((r) => r.row)).toEqual([2, 4, 5, 6]);
  });

  it('dry run writes nothing; a clean file commits; importing it again changes nothing', async () => {
    const net = await makeNetwork(db);
    const commune = randomCommune();
    const [food] = await db.insert(networkCategories).values({ networkId: net.id, kind: 'ecosystem', slug: 'food', name: { fr: 'Agroalimentaire', de: 'Lebensmittel' } }).returning();
    const [axis] = await db.insert(networkCategories).values({ networkId: net.id, kind: 'axis', slug: 'energie', name: { fr: 'Efficacité énergétique' } }).returning();
    const be = randomBeEnterprise();
    const rows = [
      ['Dénomination', "N° d'entreprise", 'Code postal', 'Commune', 'Pays', 'Code NACE', 'Écosystème', 'Axe', 'Taille', 'Tags', 'Capacités', 'Description'],
      [randomName('Fromagerie'), be, '6900', commune, 'Belgique', 'C10.51 | 1052', 'Lebensmittel', 'efficacite energetique', '10 à 49', 'bio, circuit court', 'cabine de peinture', '<b>Fromages</b> affinés'],
      [randomName('Scierie'), randomBeEnterprise(), '6900', commune, 'België', '1611', 'food', '', '7', '', '', ''],
      [randomName('Brasserie'), '', '6900', commune, 'BE', '11.05', '', '', '250-999', '', '', ''],
    ];
    const file = csvFile(rows, { bom: true });
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(organisations))[0]!.n;
    const dry = await importFile(net.id, file, 'membres.csv');
    expect(dry.rows.flatMap((r) => r.reasons)).toEqual([]);
    expect(dry.counts).toEqual({ create: 3, update: 0, merge: 0, unchanged: 0, reject: 0 });
    expect(dry.sample.creates[0]?.values).toMatchObject({ naceCodes: ['C10.51', 'C10.52'], sizeBand: '10-49', tags: ['bio', 'circuit court'] });
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(organisations))[0]!.n).toBe(before);

    const committed = await importFile(net.id, file, 'membres.csv', { commit: true });
    expect(committed.committed).toBe(true);
    const members = await membersOf(net.id);
    expect(members).toHaveLength(3);
    const cheese = members.find((m) => m.organisations.beEnterprise === be.replace(/\./g, ''))!.organisations;
    expect(cheese).toMatchObject({ country: 'BE', sizeBand: '10-49', capabilities: ['cabine de peinture'], description: { fr: '<b>Fromages</b> affinés' } });
    const cats = await db.select().from(organisationCategories).where(eq(organisationCategories.organisationId, cheese.id));
    expect(cats.map((c) => c.categoryId).sort()).toEqual([food!.id, axis!.id].sort());
    const audits = await db.select().from(auditLog).where(inArray(auditLog.entityId, members.map((m) => m.organisations.id)));
    expect(audits.filter((a) => a.action === 'create')).toHaveLength(3);

    const again = await importFile(net.id, file, 'membres.csv', { commit: true });
    expect(again.counts).toEqual({ create: 0, update: 0, merge: 0, unchanged: 3, reject: 0 });
    expect(await membersOf(net.id)).toHaveLength(3);
  });

  it('commits updates and merges in batches: lists grow, empty fields fill, each change is audited', async () => {
    const first = await makeNetwork(db);
    const second = await makeNetwork(db);
    const commune = randomCommune();
    const siren = randomSiren();
    const mergedName = randomName('Tonnellerie');
    const firstFile = csvFile([
      ['Nom', 'SIREN', 'Code postal', 'Commune', 'Pays', 'Code NACE', 'Tags', 'Description', 'Latitude', 'Longitude'],
      [randomName('Forge'), siren, '57000', commune, 'France', '25.62', 'forge', 'Forge à façon', '49.1', '6.2'],
      [mergedName, '', '57000', commune, 'France', '', '', '', '', ''],
    ]);
    const created = await importFile(first.id, firstFile, 'premier.csv', { commit: true });
    expect(created.counts).toMatchObject({ create: 2, reject: 0 });
    const [food] = await db.insert(networkCategories).values({ networkId: second.id, kind: 'ecosystem', slug: 'bois', name: { fr: 'Bois' } }).returning();
    const be = randomBeEnterprise();
    const siret = randomSiret(siren);
    const secondFile = csvFile([
      ['Nom', 'SIRET', "N° d'entreprise", 'Code postal', 'Commune', 'Pays', 'Code NACE', 'Tags', 'Description EN', 'Écosystème', 'Latitude', 'Longitude'],
      ['Forge renommée', siret, '', '57000', commune, 'France', '28.41', 'forge; soudure', 'Contract forging', 'bois', '49.2', '6.3'],
      [`${mergedName} SARL`, '', be, '57000', commune, 'France', '16.23', 'tonneaux', '', '', '', ''],
    ]);
    const report = await importFile(second.id, secondFile, 'second.csv', { commit: true });
    expect(report.committed).toBe(true);
    expect(report.counts).toEqual({ create: 0, update: 1, merge: 1, unchanged: 0, reject: 0 });
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    const forgeId = byRow.get(2)!.organisationId!;
    const barrelId = byRow.get(3)!.organisationId!;
    const [forge] = await db.select().from(organisations).where(eq(organisations.id, forgeId));
    expect(forge).toMatchObject({
      name: 'Forge renommée',
      naceCodes: ['C25.62', 'C28.41'],
      tags: ['forge', 'soudure'],
      description: { fr: 'Forge à façon', en: 'Contract forging' },
      frSiren: siren,
      frSiret: siret,
      latitude: 49.2,
      longitude: 6.3,
    });
    const [barrel] = await db.select().from(organisations).where(eq(organisations.id, barrelId));
    // Matched by name: the name stays, the identifier and the list are filled in.
    expect(barrel).toMatchObject({ name: mergedName, beEnterprise: be.replace(/\./g, ''), tags: ['tonneaux'], naceCodes: ['C16.23'] });
    const [searchable] = await queryRows<{ search_doc: string }>(db, sql`SELECT search_doc::text FROM organisations WHERE id = ${barrelId}`);
    expect(searchable?.search_doc).toContain('tonneaux');
    expect((await membersOf(second.id)).map((m) => m.organisations.id).sort()).toEqual([forgeId, barrelId].sort());
    expect(await db.select().from(organisationCategories).where(eq(organisationCategories.organisationId, forgeId))).toEqual([{ organisationId: forgeId, categoryId: food!.id }]);
    const audits = await db.select().from(auditLog).where(and(inArray(auditLog.entityId, [forgeId, barrelId]), eq(auditLog.action, 'update')));
    const forgeAudit = audits.find((a) => a.entityId === forgeId)!.data;
    expect(forgeAudit).toMatchObject({ via: 'import', row: 2 });
    expect(forgeAudit.merged).toBeUndefined();
    expect((forgeAudit.fields as string[]).sort()).toEqual(['categories', 'description', 'frSiret', 'latitude', 'longitude', 'naceCodes', 'name', 'tags'].sort());
    expect(audits.find((a) => a.entityId === barrelId)!.data).toMatchObject({ via: 'import', row: 3, merged: true });
  });

  it('stops the whole commit when an organisation to update was deleted after the analysis', async () => {
    const net = await makeNetwork(db);
    const be = randomBeEnterprise();
    const [org] = await db.insert(organisations).values({ name: randomName('Partie'), country: 'BE', beEnterprise: be.replace(/\./g, '') }).returning();
    const sheet = await readSpreadsheet(csvFile([['Name', 'Enterprise number', 'Phone'], [org!.name, be, '+32 61 00 00 00']]), 'csv');
    const plan = await analyseImport({ db, actor: operatorActor, networkId: net.id, sheet, fileName: 'x.csv', format: 'csv' });
    expect(plan.report.counts.update).toBe(1);
    await db.delete(organisations).where(eq(organisations.id, org!.id));
    const error = await db
      .transaction((tx) => applyImportPlan({ db: tx as unknown as Db, actor: operatorActor, networkId: net.id, importId: null, plan }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(`row 2: "${org!.name}" was deleted meanwhile; analyse the file again`);
  });

  it('commits a long file with the same outcome as its dry run, and writes nothing when a row of a late chunk is rejected', async () => {
    const net = await makeNetwork(db);
    const commune = randomCommune();
    const bakery = randomName('Boulangerie');
    const rows = [['Nom', 'SIRET', 'Code postal', 'Commune', 'Pays']];
    rows.push([bakery, '', '57000', commune, 'France']);
    for (const siret of await unusedSirets(1200)) rows.push([randomName('Firme'), siret, '57000', commune, 'France']);
    // Close to row 2's name in the same commune, in a later chunk: the dry run sees no such firm in the database, and
    // the commit must not merge it into the one it creates from row 2 either.
    rows.push([`${bakery}s`, '', '57000', commune, 'France']);
    const dry = await importFile(net.id, csvFile(rows), 'long.csv');
    expect(dry.counts).toEqual({ create: 1202, update: 0, merge: 0, unchanged: 0, reject: 0 });
    const committed = await importFile(net.id, csvFile(rows), 'long.csv', { commit: true });
    expect(committed.counts).toEqual(dry.counts);
    expect(committed.committed).toBe(true);
    expect(await membersOf(net.id)).toHaveLength(1202);

    const other = await makeNetwork(db);
    const late = [['Nom', 'SIRET', 'Code postal', 'Commune', 'Pays'], ...(await unusedSirets(1100)).map((siret) => [randomName('Neue'), siret, '57000', randomCommune(), 'France'])];
    late.push([randomName('Faux'), '123', '57000', commune, 'France']);
    const report = await importFile(other.id, csvFile(late), 'late.csv', { commit: true });
    expect(report.committed).toBe(false);
    expect(report.counts).toMatchObject({ create: 1100, reject: 1 });
    expect(await membersOf(other.id)).toHaveLength(0);
    const [left] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(inArray(organisations.name, late.slice(1, 50).map((r) => r[0]!)));
    expect(left?.n).toBe(0);
  });

  it('writes nothing at all when one row is rejected', async () => {
    const net = await makeNetwork(db);
    const commune = randomCommune();
    const file = csvFile([
      ['Firmenname', 'Handelsregister', 'Registergericht', 'PLZ', 'Ort', 'Land'],
      [randomName('Gut'), randomDeRegister(), 'Amtsgericht Saarbrücken', '66111', commune, 'Deutschland'],
      [randomName('Schlecht'), 'XYZ 1', '', '66111', commune, 'Deutschland'],
    ]);
    const report = await importFile(net.id, file, 'mitglieder.csv', { commit: true });
    expect(report.committed).toBe(false);
    expect(report.counts.reject).toBe(1);
    expect(report.rows.find((r) => r.outcome === 'reject')?.reasons[0]).toMatch(/^row 3, Handelsregister: "XYZ 1" is not a valid German register number/);
    expect(await membersOf(net.id)).toHaveLength(0);
  });

  it('finds duplicates by identifier across countries’ files, by SIREN of a SIRET, and by similar name in the same commune', async () => {
    const first = await makeNetwork(db);
    const second = await makeNetwork(db);
    const commune = randomCommune();
    const siren = randomSiren();
    const be = randomBeEnterprise();
    const rcs = randomLuRcs();
    const woodName = randomName('Menuiserie');
    await importFile(
      first.id,
      csvFile([
        ['Raison sociale', 'SIREN', 'N° BCE', 'RCS', 'Code postal', 'Commune', 'Pays'],
        [randomName('Usine'), siren, '', '', '57000', commune, 'France'],
        [randomName('Bois'), '', be, '', '6700', commune, 'Belgique'],
        [woodName, '', '', '', '6700', commune, 'Belgique'],
        [randomName('Banque'), '', '', rcs, 'L-1234', commune, 'Luxembourg'],
      ]),
      'fr.csv',
      { commit: true },
    );
    // The German agency's file names the same firms with other headings and other spellings.
    const report = await importFile(
      second.id,
      csvFile(
        [
          ['Firmenname', 'SIRET', 'Unternehmensnummer', 'RCS', 'PLZ', 'Ort', 'Land', 'Website'],
          ['Usine (établissement de Metz)', randomSiret(siren), '', '', '57000', commune, 'Frankreich', 'usine.example.fr'],
          ['Bois SA', '', be.replace(/\./g, ' '), '', '6700', commune, 'Belgien', ''],
          [`${woodName} SPRL`, '', '', '', '6700', commune.toUpperCase(), 'Belgien', 'menuiserie.example.be'],
          ['Banque', '', '', `RCS Luxembourg ${rcs}`, '1234', commune, 'Luxemburg', ''],
          [randomName('Neu'), '', '', '', '6700', commune, 'Belgien', ''],
          ['Doppelt', randomSiret(siren), '', '', '57000', commune, 'Frankreich', ''],
        ],
        { delimiter: '\t' },
      ),
      'de.tsv',
      { commit: true },
    );
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)?.outcome).toBe('update');
    expect(byRow.get(2)?.reasons[0]).toMatch(/^same SIREN as/);
    expect(byRow.get(3)?.outcome).toBe('update');
    expect(byRow.get(3)?.reasons[0]).toMatch(/^same enterprise number as/);
    expect(byRow.get(4)?.outcome).toBe('merge');
    expect(byRow.get(4)?.reasons[0]).toMatch(/similar name/);
    expect(byRow.get(5)?.outcome).toBe('update');
    expect(byRow.get(6)?.outcome).toBe('create');
    // Two establishments of one firm in one file are one organisation.
    expect(byRow.get(7)?.outcome).toBe('reject');
    expect(byRow.get(7)?.reasons[0]).toContain(`same organisation as row 2 (SIREN ${siren})`);
    expect(report.committed).toBe(false);
  });

  it("fills only the empty fields of another network's organisation when a coordinator imports it", async () => {
    const mine = await makeNetwork(db);
    const theirs = await makeNetwork(db);
    const coordinator = await makeUser(db);
    await grantRole(db, coordinator.id, mine.id, 'coordinator');
    const be = randomBeEnterprise();
    const [org] = await db
      .insert(organisations)
      .values({ name: randomName('Theirs'), country: 'BE', commune: randomCommune(), website: 'https://theirs.example', beEnterprise: be.replace(/\./g, '') })
      .returning();
    await db.insert(networkOrganisations).values({ networkId: theirs.id, organisationId: org!.id });
    const file = csvFile([['Name', 'Enterprise number', 'Website', 'Phone', 'Country'], ['Renamed', be, 'https://mine.example', '+32 84 00 00 00', 'BE']]);
    const report = await importFile(mine.id, file, 'mine.csv', { commit: true, userId: coordinator.id });
    expect(report.rows[0]).toMatchObject({ outcome: 'update', organisationId: org!.id });
    expect(report.rows[0]?.reasons).toContain('it belongs to another network: only its empty fields are filled');
    const [after] = await db.select().from(organisations).where(eq(organisations.id, org!.id));
    expect(after).toMatchObject({ name: org!.name, website: 'https://theirs.example', phone: '+32 84 00 00 00' });
    expect((await membersOf(mine.id)).map((m) => m.organisations.id)).toEqual([org!.id]);
  });

  it('merges into the existing organisation and fills coordinates from the postcode', async () => {
    const net = await makeNetwork(db);
    // Real GeoNames values: the shared PostgreSQL test database may hold the whole file already.
    await db
      .insert(postalCodes)
      .values([
        { country: 'BE', postcode: '6900', place: 'Marche-En-Famenne', placeKey: 'marcheenfamenne', region: 'Wallonie', latitude: 50.2268, longitude: 5.3442 },
        { country: 'BE', postcode: '6900', place: 'Aye', placeKey: 'aye', region: 'Wallonie', latitude: 50.2247, longitude: 5.3006 },
        { country: 'LU', postcode: '4970', place: 'Bettange-sur-Mess', placeKey: 'bettangesurmess', region: 'Capellen', latitude: 49.5764, longitude: 5.9949 },
      ])
      .onConflictDoNothing();
    const places6900 = await db.select().from(postalCodes).where(and(eq(postalCodes.country, 'BE'), eq(postalCodes.postcode, '6900')));
    const middle = places6900.reduce((s, p) => s + p.latitude, 0) / places6900.length;
    const name = randomName('Atelier');
    const report = await importFile(
      net.id,
      csvFile([
        ['Bedrijfsnaam', 'Postcode', 'Gemeente', 'Land', 'Breedtegraad', 'Lengtegraad'],
        [name, '6900', 'Aye', 'België', '', ''],
        [randomName('Bakkerij'), 'L-4970', 'Bettange-sur-Mess', 'Luxemburg', '', ''],
        [randomName('Garage'), '6900', 'Nergens', 'België', '', ''],
        [randomName('Precies'), '6900', 'Aye', 'België', '50,1', '5,2'],
      ]),
      'leden.csv',
      { commit: true },
    );
    expect(report.geocoded).toBe(3);
    const members = (await membersOf(net.id)).map((m) => m.organisations);
    const coords = (n: string) => members.find((m) => m.name.startsWith(n));
    expect(coords('Atelier')).toMatchObject({ latitude: 50.2247, longitude: 5.3006 });
    expect(coords('Bakkerij')).toMatchObject({ latitude: 49.5764, longitude: 5.9949, postcode: '4970' });
    // A postcode shared by several places and no matching commune: the middle of them.
    expect(coords('Garage')?.latitude).toBeCloseTo(middle, 4);
    expect(coords('Precies')).toMatchObject({ latitude: 50.1, longitude: 5.2 });
  });

  it('reads an XLSX with Dutch headings and a chosen mapping, and warns about hostile cells', async () => {
    const net = await makeNetwork(db);
    const coordinator = await makeUser(db);
    await grantRole(db, coordinator.id, net.id, 'coordinator');
    const commune = randomCommune();
    const file = await xlsxFile([
      { name: 'Uitleg', rows: [['Dit blad is geen lijst']] },
      {
        name: 'Leden',
        rows: [
          ['Bedrijfsnaam', 'Ondernemingsnummer', 'Plaats', 'Land', 'Opgericht', 'Omschrijving', 'Interne code'],
          [{ richText: [{ text: randomName('Rijk') }, { text: ' bv', font: { bold: true } }] }, randomBeEnterprise(), commune, 'BE', new Date('2001-05-04'), '=CMD()', 'x1'],
          [randomName('Lang'), randomBeEnterprise(), commune, { formula: '"B"&"E"', result: 'BE' }, 1999, 'x'.repeat(6000), 'x2'],
        ],
      },
    ]);
    const actor = await loadActor(db, coordinator.id);
    const record = await createImport({ db, actor, networkId: net.id, fileName: 'leden.xlsx', content: file, sheet: 'Leden', mapping: { 'Interne code': 'tags', Plaats: 'commune' } });
    const { report } = await runImportAnalysis({ db, importId: record.id, userId: coordinator.id });
    expect(report.detected.sheet).toBe('Leden');
    expect(report.columns.find((c) => c.heading === 'Interne code')).toMatchObject({ field: 'tags', source: 'mapping' });
    expect(report.columns.find((c) => c.heading === 'Opgericht')?.field).toBeNull();
    const rows = new Map(report.rows.map((r) => [r.row, r]));
    expect(rows.get(2)?.outcome).toBe('create');
    expect(rows.get(2)?.reasons.join()).toMatch(/looks like a formula; kept as plain text/);
    expect(rows.get(3)?.outcome).toBe('reject');
    expect(rows.get(3)?.reasons[0]).toBe('row 3, Omschrijving: is 6000 characters long; the limit is 5000');
  });
});
