import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makeNetwork, makeOrganisation, makeUser } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import type { Database } from '../../db/client';
import { networkCategories, organisations } from '../../db/schema';
import { loadActor } from '../policy/actor';
import { analyseImport } from './analyse-import';
import { csvFile, randomBeEnterprise, randomCommune, randomName, randomSiren, randomSiret } from './import-test-files';
import { codeImportError, withReasonCodes, type ReasonCode } from './reason-codes';
import { readSpreadsheet } from './read-spreadsheet';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const headings = ['Nom', 'Type', 'Pays', 'Code postal', 'Commune', 'Latitude', 'Longitude', 'NACE', 'Site', 'Courriel', 'Taille', 'Visibilité', 'Consentement', 'BCE', 'SIREN', 'SIRET', 'RCS', 'Registre', 'Écosystèmes', 'Axes', 'Mots-clés'];
const mapping: Record<string, string> = {
  Consentement: 'publicConsent',
  BCE: 'beEnterprise',
  SIREN: 'frSiren',
  SIRET: 'frSiret',
  RCS: 'luRcs',
  Registre: 'deRegister',
  'Écosystèmes': 'ecosystems',
  Axes: 'axes',
  'Mots-clés': 'tags',
  Taille: 'sizeBand',
  'Visibilité': 'visibility',
};
const row = (values: Partial<Record<(typeof headings)[number], string>>) => headings.map((h) => values[h] ?? '');

describe('import reasons as codes', () => {
  it('gives every sentence the analysis writes a code (fails when a sentence changes)', async () => {
    const db = database.db;
    const net = await makeNetwork(db);
    const elsewhere = await makeNetwork(db);
    await db.insert(networkCategories).values({ networkId: net.id, kind: 'ecosystem', slug: 'food', name: { fr: 'Alimentation' } });
    const user = await makeUser(db);
    await grantRole(db, user.id, net.id, 'coordinator');
    const actor = await loadActor(db, user.id);

    // Existing organisations: one of another network (filled only), one with a SIREN, one of this network.
    const commune = randomCommune();
    const [be1, beA, siren2] = [randomBeEnterprise(), randomBeEnterprise(), randomSiren()];
    const theirs = await makeOrganisation(db, { networkIds: [elsewhere.id], name: randomName('Brasserie') });
    await db.update(organisations).set({ beEnterprise: be1.replace(/\D/g, ''), commune, country: 'BE' }).where(eq(organisations.id, theirs.id));
    const conflictA = await makeOrganisation(db, { networkIds: [elsewhere.id] });
    await db.update(organisations).set({ beEnterprise: beA.replace(/\D/g, '') }).where(eq(organisations.id, conflictA.id));
    const sirenOrg = await makeOrganisation(db, { networkIds: [elsewhere.id] });
    await db.update(organisations).set({ frSiren: siren2, country: 'FR' }).where(eq(organisations.id, sirenOrg.id));
    const ours = await makeOrganisation(db, { networkIds: [net.id], name: randomName('Fromagerie') });
    const oursCommune = randomCommune();
    await db.update(organisations).set({ commune: oursCommune }).where(eq(organisations.id, ours.id));

    const twinBe = randomBeEnterprise();
    const twinName = randomName('Jumeau');
    const tags = Array.from({ length: 101 }, (_, i) => (i === 0 ? 'x'.repeat(120) : `tag${i}`)).join(';');
    const file = csvFile([
      headings,
      row({ Nom: 'N'.repeat(301), Type: 'alien', Pays: 'Atlantis', Latitude: '95', NACE: '99.99', Site: 'javascript:x', Courriel: 'nope', Taille: 'huge', 'Visibilité': 'secret', Consentement: 'maybe', BCE: '0123.456.789', 'Écosystèmes': 'Nope', Axes: 'Nope', 'Mots-clés': tags }),
      row({ Nom: randomName('Sarl'), Pays: 'FR', SIREN: randomSiren(), SIRET: randomSiret(), RCS: 'Z1', Registre: 'XYZ' }),
      row({ 'Code postal': '6700', Commune: commune }),
      row({ Nom: randomName('Demi'), Pays: 'BE', Latitude: '49.5' }),
      row({ Nom: '=HYPERLINK("x")', Pays: 'BE', Commune: randomCommune() }),
      row({ Nom: randomName('Un'), Pays: 'BE', BCE: twinBe }),
      row({ Nom: randomName('Deux'), Pays: 'BE', BCE: twinBe }),
      row({ Nom: twinName, Pays: 'BE', Commune: commune }),
      row({ Nom: twinName, Pays: 'BE', Commune: commune }),
      row({ Nom: randomName('Conflit'), BCE: beA, SIREN: siren2 }),
      row({ Nom: randomName('Autre'), Pays: 'BE', BCE: be1 }),
      row({ Nom: `${theirs.name} SA`, Pays: 'BE', Commune: commune }),
      row({ Nom: `${ours.name} SRL`, Pays: 'BE', Commune: oursCommune }),
    ]);
    const sheet = await readSpreadsheet(file, 'csv');
    const { report } = await analyseImport({ db, actor, networkId: net.id, sheet, fileName: 'x.csv', format: 'csv', mapping });
    const coded = withReasonCodes(report) as unknown as { rows: { reasons: string[]; codes: (ReasonCode | null)[] }[] };
    const uncoded = coded.rows.flatMap((r) => r.reasons.filter((_, i) => r.codes[i] === null));
    expect(uncoded).toEqual([]);
    const codes = new Set(coded.rows.flatMap((r) => r.codes.map((c) => c!.code)));
    expect([...codes].sort()).toEqual(
      [
        'alreadyImported', 'coordinatesPair', 'countryMissing', 'fillOnly', 'formula', 'identifierConflict', 'invalidValue', 'itemTooLong', 'joinsNetwork',
        'nameMissing', 'sameAsRow', 'sameIdentifier', 'similarName', 'sirenMismatch', 'tooLong', 'tooManyValues',
      ].sort(),
    );
    const fields = new Set(coded.rows.flatMap((r) => r.codes.filter((c) => c?.code === 'invalidValue').map((c) => String(c!.params.field))));
    expect([...fields].sort()).toEqual(
      ['axes', 'beEnterprise', 'country', 'deRegister', 'ecosystems', 'email', 'kind', 'latitude', 'luRcs', 'naceCodes', 'publicConsent', 'sizeBand', 'visibility', 'website'].sort(),
    );
  });

  it('keeps the values and the file heading, even one holding ": "', async () => {
    const db = database.db;
    const net = await makeNetwork(db);
    const user = await makeUser(db);
    await grantRole(db, user.id, net.id, 'coordinator');
    const actor = await loadActor(db, user.id);
    const be = randomBeEnterprise();
    const file = csvFile([
      ['Nom', 'Pays', 'Code: NACE', 'BCE'],
      [randomName('Code'), 'BE', '99.99', ''],
      [randomName('Un'), 'BE', '', be],
      [randomName('Deux'), 'BE', '', be],
    ]);
    const sheet = await readSpreadsheet(file, 'csv');
    const { report } = await analyseImport({ db, actor, networkId: net.id, sheet, fileName: 'x.csv', format: 'csv', mapping: { 'Code: NACE': 'naceCodes', BCE: 'beEnterprise' } });
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)!.reasons).toEqual(['row 2, Code: NACE: "99.99" is not a NACE Rev. 2.1 code']);
    expect(byRow.get(2)!.codes).toEqual([{ code: 'invalidValue', params: { row: 2, column: 'Code: NACE', field: 'naceCodes', value: '99.99' } }]);
    expect(byRow.get(4)!.codes).toEqual([{ code: 'sameAsRow', params: { row: 4, other: 3, by: 'beEnterprise', value: be.replace(/\D/g, '') } }]);
  });

  it('gives a report stored before the codes existed null codes, so the web shows its sentences', () => {
    const old = { rows: [{ row: 2, reasons: ['row 2, NACE: "x" is not a NACE Rev. 2.1 code', 'something'] }] };
    expect(withReasonCodes(old).rows[0]).toMatchObject({ codes: [null, null] });
    const current = { rows: [{ row: 2, reasons: ['joins the network'], codes: [{ code: 'joinsNetwork', params: {} }] }] };
    expect(withReasonCodes(current).rows[0]!.codes).toEqual([{ code: 'joinsNetwork', params: {} }]);
  });

  it('codes the failures of a whole import', () => {
    expect(codeImportError('2 rows are rejected: nothing was written. Fix them and upload the file again.')).toEqual({ code: 'rowsRejected', params: { n: 2 } });
    expect(codeImportError('The file has no heading row (file)')).toEqual({ code: 'noHeading', params: {} });
    expect(codeImportError('No sheet named "Membres" (sheets: Feuil1, Feuil2) (sheet)')).toEqual({ code: 'unknownSheet', params: { sheet: 'Membres', sheets: 'Feuil1, Feuil2' } });
    expect(codeImportError('The mapping names "Nom", which is not a column of the file (mapping.Nom)')).toEqual({ code: 'mappingNotColumn', params: { heading: 'Nom' } });
    expect(codeImportError('Something else')).toBeNull();
    expect(codeImportError(null)).toBeNull();
  });
});
