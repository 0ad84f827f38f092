import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { extractPdfText } from '../../domain/convention/extract-pdf-text';
import { makeReportingWorld, type ReportingWorld } from '../../domain/indicators/reporting-test-world';
import { grantRole, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
let world: ReportingWorld;
let app: ReturnType<typeof testApp>;
let coordinator: Awaited<ReturnType<typeof signInAs>>;
let member: Awaited<ReturnType<typeof signInAs>>;
const period = 'from=2024-01-01&to=2024-12-31';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makeReportingWorld(database);
  app = testApp(database);
  const [c, m] = [await makeUser(database.db), await makeUser(database.db)];
  await grantRole(database.db, c.id, world.networkId, 'coordinator');
  await grantRole(database.db, m.id, world.networkId, 'member');
  coordinator = await signInAs(app, c.email);
  member = await signInAs(app, m.email);
});

afterAll(async () => {
  await database?.close();
});

describe('roadmap routes', () => {
  it('builds a roadmap over HTTP, computes its progress and keeps the adopted version', async () => {
    const created = await coordinator.request(`/api/networks/${world.networkId}/roadmaps`, { method: 'POST', body: { title: { fr: 'Feuille de route' } } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const axis = (await (await coordinator.request(`/api/roadmaps/${id}/axes`, { method: 'POST', body: { title: { fr: 'Lean' } } })).json()) as { id: string };
    const objective = (await (await coordinator.request(`/api/roadmaps/${id}/objectives`, { method: 'POST', body: { axisId: axis.id, title: { fr: 'Pratiques' } } })).json()) as { id: string };
    const action = (await (
      await coordinator.request(`/api/roadmaps/${id}/actions`, { method: 'POST', body: { objectiveId: objective.id, title: { fr: 'Deux business corners' }, targetKind: 'event', targetEventKind: 'business_corner', targetCount: 2 } })
    ).json()) as { id: string };
    expect((await coordinator.request(`/api/roadmap-actions/${action.id}/links`, { method: 'POST', body: { kind: 'event', recordId: world.event.ev1 } })).status).toBe(201);
    const bad = await coordinator.request(`/api/roadmaps/${id}/actions`, { method: 'POST', body: { objectiveId: objective.id, title: {} } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('title');
    expect((await member.request(`/api/roadmaps/${id}/adopt`, { method: 'POST', body: {} })).status).toBe(403);
    const adopted = await coordinator.request(`/api/roadmaps/${id}/adopt`, { method: 'POST', body: { note: 'Comité' } });
    expect(((await adopted.json()) as { version: number }).version).toBe(1);
    const view = (await (await member.request(`/api/roadmaps/${id}`)).json()) as { axes: { objectives: { actions: { progress: { planned: number; done: number } }[] }[] }[] };
    expect(view.axes[0]!.objectives[0]!.actions[0]!.progress).toMatchObject({ planned: 2, done: 1 });
    const kept = await member.request(`/api/roadmaps/${id}/versions/1`);
    expect(kept.status).toBe(200);
    const v1 = (await kept.json()) as { adoptedByName: string | null; note: string; changes: { same: boolean; actions: { added: { title: Record<string, string> }[] } } };
    expect(v1).toMatchObject({ note: 'Comité', changes: { same: true } });
    expect(v1.adoptedByName).toBeTruthy();
    await coordinator.request(`/api/roadmaps/${id}/actions`, { method: 'POST', body: { objectiveId: objective.id, title: { fr: 'Un atelier' } } });
    const since = (await (await member.request(`/api/roadmaps/${id}/versions/1`)).json()) as typeof v1;
    expect(since.changes.same).toBe(false);
    expect(since.changes.actions.added.map((a) => a.title.fr)).toEqual(['Un atelier']);
    expect((await member.request(`/api/roadmaps/${id}/versions/2`)).status).toBe(404);
    const candidates = (await (await coordinator.request(`/api/networks/${world.networkId}/roadmap-candidates?kind=event`)).json()) as { id: string }[];
    expect(candidates.map((x) => x.id)).toContain(world.event.ev6);
    const committee = await member.request(`/api/networks/${world.networkId}/committee`);
    expect(committee.status).toBe(200);
  });
});

describe('reports', () => {
  it('exports the period in French and in German, PDF and XLSX, for coordinators only', async () => {
    const pdf = await coordinator.request(`/api/networks/${world.networkId}/report?${period}&format=pdf&locale=de`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('-de.pdf');
    const text = extractPdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Ergebnisse');
    expect(text).toContain('RCO87 — Grenzübergreifend kooperierende Organisationen');
    const fr = extractPdfText(Buffer.from(await (await coordinator.request(`/api/networks/${world.networkId}/report?${period}&format=pdf&locale=fr`)).arrayBuffer()));
    expect(fr).toContain('Réalisations');
    expect(fr).toContain('Organisations coopérant par-delà les frontières');

    const xlsx = await coordinator.request(`/api/networks/${world.networkId}/report?${period}&format=xlsx&locale=de`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indikatoren', 'Entwicklung', 'Fahrpläne', 'Netzwerk', 'Interreg-Einzelheiten']);
    const rows: unknown[][] = [];
    book.getWorksheet('Indikatoren')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => String(r[0]).startsWith('RCO87'))?.[1]).toBe(5);
    expect(rows.find((r) => r[0] === 'Teilnahmen')?.[1]).toBe(13);
    expect((await member.request(`/api/networks/${world.networkId}/report?${period}&format=pdf`)).status).toBe(403);
  });
});

describe('sponsors and event annotations', () => {
  it('records a sponsor with promises and reports its fallout', async () => {
    const created = await coordinator.request(`/api/events/${world.event.ev6}/sponsors`, {
      method: 'POST',
      body: { name: 'Brasserie C', organisationId: world.org.C, package: 'gold', amountCents: 200000, reportedReach: 5000, promises: [{ kind: 'logo' }, { kind: 'stand', status: 'delivered' }] },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const twice = await coordinator.request(`/api/events/${world.event.ev6}/sponsors`, { method: 'POST', body: { name: 'Again', organisationId: world.org.C } });
    expect(twice.status).toBe(409);
    const fallout = (await (await coordinator.request(`/api/sponsors/${id}/fallout`)).json()) as Record<string, unknown>;
    expect(fallout).toMatchObject({
      attendance: { attended: 2, organisations: 2, countries: ['DE', 'LU'] },
      reach: { registrations: 3, reported: 5000, total: 5003 },
      meetings: { heldAtEvent: 1, heldBySponsor: 1, agreementsBySponsor: 1 },
      promises: { delivered: 1, total: 2 },
      costPerAttendee: 100000,
      sponsorAttended: 1,
    });
    expect((await member.request(`/api/sponsors/${id}/fallout`)).status).toBe(403);
    expect(((await (await coordinator.request(`/api/networks/${world.networkId}/sponsors`)).json()) as unknown[]).length).toBe(1);
  });

  it('sets the organisers that make an event jointly organised, and refuses strangers', async () => {
    const res = await coordinator.request(`/api/events/${world.event.ev4}/organisers`, { method: 'POST', body: { organisationIds: [world.org.A, world.org.E] } });
    expect(((await res.json()) as { jointlyOrganised: boolean; countries: string[] })).toMatchObject({ jointlyOrganised: true, countries: ['BE', 'DE'] });
    const figures = (await (await coordinator.request(`/api/networks/${world.networkId}/indicators?${period}`)).json()) as { figures: Record<string, number> };
    expect(figures.figures.rco81).toBe(6); // ev1 (3) and now ev4 (3)
    expect((await member.request(`/api/events/${world.event.ev4}/organisers`, { method: 'POST', body: { organisationIds: [] } })).status).toBe(403);
    await coordinator.request(`/api/events/${world.event.ev4}/organisers`, { method: 'POST', body: { organisationIds: [world.org.A] } });
  });

  it('tags events and taskforces with the network’s axes, shows them, and counts activity per axis', async () => {
    const created = await coordinator.request(`/api/networks/${world.networkId}/categories`, { method: 'POST', body: { kind: 'axis', slug: 'lean-tag', name: { fr: 'Lean', de: 'Lean' } } });
    expect(created.status).toBe(201);
    const axis = (await created.json()) as { id: string };
    const tagged = await coordinator.request(`/api/events/${world.event.ev1}/categories`, { method: 'POST', body: { categoryIds: [axis.id] } });
    expect(((await tagged.json()) as { categories: { id: string; kind: string; name: Record<string, string> }[] }).categories).toEqual([{ id: axis.id, kind: 'axis', slug: 'lean-tag', name: { fr: 'Lean', de: 'Lean' } }]);
    const tf = await coordinator.request(`/api/taskforces/${world.taskforce.t1}/categories`, { method: 'POST', body: { categoryIds: [axis.id] } });
    expect(((await tf.json()) as { categoryIds: string[] }).categoryIds).toEqual([axis.id]);
    const read = (await (await member.request(`/api/taskforces/${world.taskforce.t1}/categories`)).json()) as { categories: { slug: string }[] };
    expect(read.categories.map((c) => c.slug)).toEqual(['lean-tag']);
    expect((await member.request(`/api/taskforces/${world.taskforce.t1}/categories`, { method: 'POST', body: { categoryIds: [] } })).status).toBe(403);
    const activity = (await (await coordinator.request(`/api/networks/${world.networkId}/axes/activity?${period}`)).json()) as { slug: string; events: number; participations: number; taskforces: number }[];
    // ev1 (2024, three attended) and t1 (open from January to June 2024) are tagged.
    expect(activity.find((a) => a.slug === 'lean-tag')).toMatchObject({ events: 1, participations: 3, taskforces: 1 });
    const event = (await (await member.request(`/api/events/${world.event.ev1}/organisers`)).json()) as { categoryIds: string[] };
    expect(event.categoryIds).toEqual([axis.id]);
  });
});
