import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNetwork } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import type { Database } from '../../db/client';
import { auditLog, imports, networkOrganisations, networks, organisations } from '../../db/schema';
import { createImport } from './import-records';
import { csvFile, randomCommune, randomName, randomSiren, randomSiret, xlsxFile } from './import-test-files';
import { readSpreadsheet } from './read-spreadsheet';
import { operatorActor, runImportAnalysis, runImportCommit } from './run-import';

/** 50,000 rows, the size of a large agency file: timed and printed, not asserted (shared machines are noisy). */
const ROWS = 50_000;

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

function bigRows(): string[][] {
  const communes = Array.from({ length: 200 }, randomCommune);
  const rows = [['Raison sociale', 'SIRET', 'Code postal', 'Commune', 'Pays', 'Code NACE', 'Tags']];
  // Random SIRENs collide at this size (birthday paradox): the file must hold distinct firms.
  const sirens = new Set<string>();
  while (sirens.size < ROWS) sirens.add(randomSiren());
  for (const siren of sirens) rows.push([randomName('Firme'), randomSiret(siren), '57000', communes[rows.length % communes.length]!, 'France', '25.62', 'usinage; soudure']);
  return rows;
}

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')} rows/s`;

describe(`an import of ${ROWS.toLocaleString('en')} rows`, () => {
  it('analyses with progress saved as it goes, then commits every row in one transaction', { timeout: 600_000 }, async () => {
    const { db } = database;
    const net = await makeNetwork(db);
    const file = csvFile(bigRows());
    let t = performance.now();
    const sheet = await readSpreadsheet(file, 'csv');
    const parseMs = performance.now() - t;
    expect(sheet.rows).toHaveLength(ROWS);

    const record = await createImport({ db, actor: operatorActor, networkId: net.id, fileName: 'grand-est.csv', content: file });
    const seen: { processed: number; stored: number }[] = [];
    t = performance.now();
    const { report } = await runImportAnalysis({
      db,
      importId: record.id,
      userId: null,
      onProgress: async (processed) => {
        const [row] = await db.select({ processed: imports.processed }).from(imports).where(eq(imports.id, record.id));
        seen.push({ processed, stored: row!.processed });
      },
    });
    const analyseMs = performance.now() - t;
    // The shared PostgreSQL test database keeps earlier runs' firms: a random SIREN may already be there.
    expect(report.counts.reject).toBe(0);
    expect(report.counts.create + report.counts.update).toBe(ROWS);
    expect(report.rows.length).toBeLessThanOrEqual(2000);
    expect(report.rowsTruncated).toBe(true);
    expect(seen.length).toBe(ROWS / 1000);
    expect(seen.every((s) => s.stored === s.processed)).toBe(true);
    expect(seen.at(-1)?.processed).toBe(ROWS);

    t = performance.now();
    const { plan, applied } = await runImportCommit({ db, importId: record.id, userId: null });
    const commitMs = performance.now() - t;
    expect(plan.report.committed).toBe(true);
    expect(applied?.created).toBe(plan.report.counts.create);
    expect(plan.report.counts.create).toBeGreaterThan(ROWS * 0.99);
    const [members] = await db.select({ n: sql<number>`count(*)::int` }).from(networkOrganisations).where(eq(networkOrganisations.networkId, net.id));
    expect(members?.n).toBe(ROWS);

    // Leave the shared database as we found it: these firms exist for this test only.
    const created = (
      await db
        .select({ id: auditLog.entityId })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'create'), eq(auditLog.entity, 'organisation'), sql`${auditLog.data}->>'importId' = ${record.id}`))
    ).map((a) => a.id!);
    expect(created).toHaveLength(plan.report.counts.create);
    for (let i = 0; i < created.length; i += 5000) await db.delete(organisations).where(inArray(organisations.id, created.slice(i, i + 5000)));
    await db.delete(networks).where(eq(networks.id, net.id));

    const xlsx = await xlsxFile([{ name: 'Membres', rows: bigRows() }]);
    t = performance.now();
    const workbook = await readSpreadsheet(xlsx, 'xlsx');
    const xlsxMs = performance.now() - t;
    expect(workbook.rows).toHaveLength(ROWS);

    console.log(
      [
        `import of ${ROWS} rows on ${database.engine}:`,
        `  parse CSV (${(file.length / 1048576).toFixed(1)} MB): ${Math.round(parseMs)} ms (${rate(ROWS, parseMs)})`,
        `  parse XLSX (${(xlsx.length / 1048576).toFixed(1)} MB): ${Math.round(xlsxMs)} ms (${rate(ROWS, xlsxMs)})`,
        `  dry run: ${Math.round(analyseMs)} ms (${rate(ROWS, analyseMs)})`,
        `  commit (analysis again + writes, one transaction): ${Math.round(commitMs)} ms (${rate(ROWS, commitMs)})`,
      ].join('\n'),
    );
  });
});
