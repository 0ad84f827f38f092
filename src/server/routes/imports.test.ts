import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makeNetwork, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp, testConfig } from '../../../tests/test-database';
import type { Database } from '../../db/client';
import { networkOrganisations } from '../../db/schema';
import { csvFile, randomCommune, randomName } from '../../domain/import/import-test-files';
import { jobDefinitions } from '../../jobs/definitions';
import { createWorker } from '../../jobs/worker';
import { createLogger } from '../../logger';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Runs the queued import jobs the way the server's worker does. */
async function runImportJobs() {
  const worker = createWorker({
    db: database.db,
    config: testConfig(),
    log: createLogger('silent'),
    definitions: jobDefinitions.filter((d) => d.name.startsWith('import.')),
    pollMs: 0,
  });
  await worker.drain();
  await worker.stop();
}

type Client = Awaited<ReturnType<typeof signInAs>>;
type ImportBody = { id: string; status: string; processed: number; total: number; error: string | null; report: { counts: Record<string, number>; rows: { row: number; reasons: string[] }[] } | null };

function upload(app: ReturnType<typeof testApp>, client: Client, network: string, content: Buffer, fileName: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), fileName);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return app.request(`/api/networks/${network}/imports`, { method: 'POST', body: form, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
}

async function setUp() {
  const app = testApp(database);
  const net = await makeNetwork(database.db);
  const other = await makeNetwork(database.db);
  const coordinator = await makeUser(database.db);
  const stranger = await makeUser(database.db);
  const member = await makeUser(database.db);
  await grantRole(database.db, coordinator.id, net.id, 'coordinator');
  await grantRole(database.db, stranger.id, other.id, 'coordinator');
  await grantRole(database.db, member.id, net.id, 'member');
  return { app, net, other, coordinator: await signInAs(app, coordinator.email), stranger: await signInAs(app, stranger.email), member: await signInAs(app, member.email) };
}

describe('imports API', () => {
  it('uploads, analyses in a job with progress, then commits on request', async () => {
    const { app, net, coordinator } = await setUp();
    const commune = randomCommune();
    // No identifiers: random ones may meet earlier runs' firms in the shared PostgreSQL test database.
    const rows = [['Raison sociale', 'Code postal', 'Commune', 'Pays']];
    for (let i = 0; i < 1500; i++) rows.push([randomName('Firme'), '57000', commune, 'France']);
    const res = await upload(app, coordinator, net.slug, csvFile(rows), 'membres.csv');
    expect(res.status, await res.clone().text()).toBe(202);
    const created = (await res.json()) as ImportBody;
    expect(created.status).toBe('uploaded');

    await runImportJobs();
    const analysed = (await (await coordinator.request(`/api/imports/${created.id}`)).json()) as ImportBody;
    expect(analysed).toMatchObject({ status: 'analysed', processed: 1500, total: 1500 });
    expect(analysed.report?.counts).toMatchObject({ create: 1500, reject: 0 });
    expect(await database.db.select().from(networkOrganisations).where(eq(networkOrganisations.networkId, net.id))).toHaveLength(0);

    const commit = await coordinator.request(`/api/imports/${created.id}/commit`, { method: 'POST' });
    expect(commit.status).toBe(202);
    expect(((await commit.json()) as ImportBody).status).toBe('committing');
    expect((await coordinator.request(`/api/imports/${created.id}/commit`, { method: 'POST' })).status).toBe(409);
    await runImportJobs();
    const done = (await (await coordinator.request(`/api/imports/${created.id}`)).json()) as ImportBody;
    expect(done.status).toBe('committed');
    expect(await database.db.select().from(networkOrganisations).where(eq(networkOrganisations.networkId, net.id))).toHaveLength(1500);

    const history = (await (await coordinator.request(`/api/networks/${net.slug}/imports`)).json()) as ImportBody[];
    expect(history.map((h) => h.id)).toEqual([created.id]);
    expect(history[0]?.report?.counts.create).toBe(1500);
  });

  it('refuses to commit a file with rejected rows, and says which', async () => {
    const { app, net, coordinator } = await setUp();
    const file = csvFile([['Firmenname', 'PLZ', 'Ort', 'Land'], [randomName('Gut'), '66111', randomCommune(), 'DE'], [randomName('Schlecht'), '66111', 'Saarbrücken', 'Mars']]);
    const created = (await (await upload(app, coordinator, net.id, file, 'liste.csv', { mapping: JSON.stringify({ Ort: 'commune' }) })).json()) as ImportBody;
    await runImportJobs();
    const analysed = (await (await coordinator.request(`/api/imports/${created.id}`)).json()) as ImportBody;
    expect(analysed.report?.counts.reject).toBe(1);
    expect(analysed.report?.rows.find((r) => r.row === 3)?.reasons).toEqual(['row 3, Land: "Mars" is not a country (BE, LU, FR, DE or NL)']);
    const commit = await coordinator.request(`/api/imports/${created.id}/commit`, { method: 'POST' });
    expect(commit.status).toBe(409);
    expect(((await commit.json()) as { error: { message: string } }).error.message).toMatch(/1 rows are rejected/);
  });

  it('commits straight away with dryRun=false, and marks a bad file failed without retrying', async () => {
    const { app, net, coordinator } = await setUp();
    const file = csvFile([['Name', 'Country', 'City'], [randomName('Direct'), 'LU', randomCommune()]], { delimiter: ',' });
    const direct = (await (await upload(app, coordinator, net.slug, file, 'direct.csv', { dryRun: 'false' })).json()) as ImportBody;
    const broken = (await (await upload(app, coordinator, net.slug, Buffer.from('not a workbook'), 'broken.xlsx')).json()) as ImportBody;
    await runImportJobs();
    expect(((await (await coordinator.request(`/api/imports/${direct.id}`)).json()) as ImportBody).status).toBe('committed');
    const failed = (await (await coordinator.request(`/api/imports/${broken.id}`)).json()) as ImportBody;
    expect(failed).toMatchObject({ status: 'failed', error: 'The file is not a readable .xlsx workbook (file)' });
  });

  it('lets only the coordinators of the network upload, see and commit its imports', async () => {
    const { app, net, coordinator, stranger, member } = await setUp();
    const file = csvFile([['Name', 'Country'], [randomName('Secret'), 'BE']]);
    expect((await upload(app, member, net.slug, file, 'x.csv')).status).toBe(403);
    expect((await upload(app, stranger, net.slug, file, 'x.csv')).status).toBe(403);
    const anonymous = new FormData();
    anonymous.append('file', new Blob([new Uint8Array(file)]), 'x.csv');
    expect((await app.request(`/api/networks/${net.slug}/imports`, { method: 'POST', body: anonymous })).status).toBe(401);
    const created = (await (await upload(app, coordinator, net.slug, file, 'x.csv')).json()) as ImportBody;
    await runImportJobs();
    expect((await stranger.request(`/api/imports/${created.id}`)).status).toBe(404);
    expect((await stranger.request(`/api/imports/${created.id}/commit`, { method: 'POST' })).status).toBe(404);
    expect((await stranger.request(`/api/networks/${net.slug}/imports`)).status).toBe(403);
    expect((await member.request(`/api/imports/${created.id}`)).status).toBe(404);
    expect((await coordinator.request(`/api/imports/${created.id}`)).status).toBe(200);
  });

  it('takes files above the 1 MiB JSON limit, refuses those above 20 MB, and only .csv or .xlsx', async () => {
    const { app, net, coordinator } = await setUp();
    const commune = randomCommune();
    const rows = [['Name', 'Country', 'Commune', 'Description']];
    for (let i = 0; i < 3000; i++) rows.push([randomName('Gross'), 'DE', commune, 'x'.repeat(600)]);
    const big = csvFile(rows);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect((await upload(app, coordinator, net.slug, big, 'gross.csv')).status).toBe(202);
    const huge = await upload(app, coordinator, net.slug, Buffer.alloc(21 * 1024 * 1024, 'a'), 'huge.csv');
    expect(huge.status).toBe(413);
    const wrong = await upload(app, coordinator, net.slug, Buffer.from('x'), 'liste.xls');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { field: string } }).error.field).toBe('file');
    const badMapping = await upload(app, coordinator, net.slug, Buffer.from('Name\nx\n'), 'a.csv', { mapping: '{not json' });
    expect(((await badMapping.json()) as { error: { field: string } }).error.field).toBe('mapping');
    await runImportJobs();
  });
});
