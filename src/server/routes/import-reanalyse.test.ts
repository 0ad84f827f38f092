import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makeNetwork, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp, testConfig } from '../../../tests/test-database';
import type { Database } from '../../db/client';
import { csvFile, randomCommune, randomName } from '../../domain/import/import-test-files';
import { jobDefinitions } from '../../jobs/definitions';
import { createWorker } from '../../jobs/worker';
import { createLogger } from '../../logger';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

async function runImportJobs() {
  const worker = createWorker({ db: database.db, config: testConfig(), log: createLogger('silent'), definitions: jobDefinitions.filter((d) => d.name.startsWith('import.')), pollMs: 0 });
  await worker.drain();
  await worker.stop();
}

type Report = { counts: Record<string, number>; columns: { heading: string; field: string | null; source: string | null }[]; rows: { row: number; reasons: string[] }[] };
type ImportBody = { id: string; status: string; mapping: Record<string, string>; report: Report | null };

describe('POST /api/imports/{id}/reanalyse', () => {
  it('runs the dry run again on the stored file with another mapping, then refuses once committed', async () => {
    const app = testApp(database);
    const net = await makeNetwork(database.db);
    const coordinator = await makeUser(database.db);
    const outsider = await makeUser(database.db);
    await grantRole(database.db, coordinator.id, net.id, 'coordinator');
    const as = await signInAs(app, coordinator.email);
    const other = await signInAs(app, outsider.email);
    const commune = randomCommune();
    // "Firme" is no heading the importer knows: without a mapping every row lacks its name.
    const file = csvFile([
      ['Firme', 'Code postal', 'Commune', 'Pays'],
      [randomName('Atelier'), '6700', commune, 'BE'],
      [randomName('Scierie'), '6700', commune, 'BE'],
    ]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'membres.csv');
    const uploaded = await app.request(`/api/networks/${net.slug}/imports`, { method: 'POST', body: form, headers: { cookie: as.cookie, 'x-csrf-token': as.csrfToken } });
    const { id } = (await uploaded.json()) as ImportBody;
    await runImportJobs();
    const first = (await (await as.request(`/api/imports/${id}`)).json()) as ImportBody;
    expect(first.report?.counts).toMatchObject({ create: 0, reject: 2 });

    // Not while it is someone else's, nor with a bad body.
    expect((await other.request(`/api/imports/${id}/reanalyse`, { method: 'POST', body: { mapping: { Firme: 'name' } } })).status).toBe(404);
    const bad = await as.request(`/api/imports/${id}/reanalyse`, { method: 'POST', body: { mapping: 'Firme=name' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('mapping');

    const again = await as.request(`/api/imports/${id}/reanalyse`, { method: 'POST', body: { mapping: { Firme: 'name' } } });
    expect(again.status, await again.clone().text()).toBe(202);
    expect((await again.json()) as ImportBody).toMatchObject({ id, status: 'uploaded', mapping: { Firme: 'name' }, report: null });
    // Twice in a row: the second one finds it queued, not analysed.
    expect((await as.request(`/api/imports/${id}/reanalyse`, { method: 'POST', body: { mapping: { Firme: 'name' } } })).status).toBe(409);
    await runImportJobs();
    const second = (await (await as.request(`/api/imports/${id}`)).json()) as ImportBody;
    expect(second.status).toBe('analysed');
    expect(second.report?.counts).toMatchObject({ create: 2, reject: 0 });
    expect(second.report?.columns.find((c) => c.heading === 'Firme')).toEqual({ heading: 'Firme', field: 'name', source: 'mapping' });

    expect((await as.request(`/api/imports/${id}/commit`, { method: 'POST' })).status).toBe(202);
    await runImportJobs();
    const late = await as.request(`/api/imports/${id}/reanalyse`, { method: 'POST', body: { mapping: {} } });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { field: string } }).error.field).toBe('status');
  });
});
