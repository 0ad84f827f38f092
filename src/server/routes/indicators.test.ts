import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { makeReportingWorld, type ReportingWorld } from '../../domain/indicators/reporting-test-world';
import { grantRole, makeUser } from '../../../tests/factories';
import { signInAs } from '../../../tests/http';
import { openTestDatabase, testApp } from '../../../tests/test-database';

let database: Database;
let world: ReportingWorld;
let app: ReturnType<typeof testApp>;
let coordinator: Awaited<ReturnType<typeof signInAs>>;
let member: Awaited<ReturnType<typeof signInAs>>;
let outsider: Awaited<ReturnType<typeof signInAs>>;
const period = 'from=2024-01-01&to=2024-12-31';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makeReportingWorld(database);
  app = testApp(database);
  const [c, m, o] = [await makeUser(database.db), await makeUser(database.db), await makeUser(database.db)];
  await grantRole(database.db, c.id, world.networkId, 'coordinator');
  await grantRole(database.db, m.id, world.networkId, 'member');
  await grantRole(database.db, o.id, world.otherNetworkId, 'member');
  coordinator = await signInAs(app, c.email);
  member = await signInAs(app, m.email);
  outsider = await signInAs(app, o.email);
});

afterAll(async () => {
  await database?.close();
});

describe('indicator routes', () => {
  it('gives the figures to the people of the network, with the previous period beside them', async () => {
    const res = await member.request(`/api/networks/${world.networkId}/indicators?${period}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { figures: Record<string, number>; previous: Record<string, number> };
    expect(body.figures.participations).toBe(13);
    expect(body.figures.rco87).toBe(5);
    expect(body.previous.members).toBe(6); // 2023: all but E
    expect((await outsider.request(`/api/networks/${world.networkId}/indicators?${period}`)).status).toBe(403);
    expect((await app.request(`/api/networks/${world.networkId}/indicators?${period}`)).status).toBe(401);
  });

  it('drills down for coordinators only, in the language asked', async () => {
    const res = await coordinator.request(`/api/networks/${world.networkId}/indicators/rco115/records?${period}&locale=de`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; records: { id: string; title: string }[] };
    expect(body.total).toBe(1);
    expect(body.records[0]).toMatchObject({ id: world.event.ev2, title: 'conference 2024-05-15 (de)' });
    expect((await member.request(`/api/networks/${world.networkId}/indicators/rco115/records?${period}`)).status).toBe(403);
    expect((await coordinator.request(`/api/networks/${world.networkId}/indicators/rco999/records?${period}`)).status).toBe(404);
  });

  it('names the field of a bad period', async () => {
    const res = await coordinator.request(`/api/networks/${world.networkId}/indicators?from=2024-12-31&to=2024-01-01`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('to');
    const missing = await coordinator.request(`/api/networks/${world.networkId}/indicators?from=2024-01-01`);
    expect(missing.status).toBe(400);
    const unknown = await coordinator.request(`/api/networks/${world.networkId}/indicators/series?${period}&indicators=members,nope`);
    expect(((await unknown.json()) as { error: { field: string } }).error.field).toBe('indicators');
  });

  it('gives series and the catalogue of rules', async () => {
    const res = await member.request(`/api/networks/${world.networkId}/indicators/series?${period}&indicators=participations,rco81&granularity=quarter`);
    const body = (await res.json()) as { points: { label: string; values: Record<string, number> }[] };
    expect(body.points.map((p) => p.values.participations)).toEqual([3, 5, 3, 2]);
    const catalogue = (await (await app.request('/api/indicators?locale=nl')).json()) as { id: string; label: string }[];
    expect(catalogue.find((i) => i.id === 'rco87')?.label).toMatch(/^RCO87 — Grensoverschrijdend/);
  });

  it('shows the agency view to a coordinator, over the networks coordinated', async () => {
    const res = await coordinator.request(`/api/agency/indicators?${period}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { networks: { network: { id: string } }[]; total: Record<string, number> };
    expect(body.networks.map((n) => n.network.id)).toEqual([world.networkId]);
    expect(body.total.members).toBe(7);
    expect((await member.request(`/api/agency/indicators?${period}`)).status).toBe(403);
    const series = (await (await coordinator.request(`/api/agency/indicators/series?${period}&indicators=participations&granularity=year`)).json()) as { points: { values: Record<string, number> }[] };
    expect(series.points.map((p) => p.values.participations)).toEqual([13]);
  });
});

describe('graph route', () => {
  it('draws the graph for coordinators, names a bad filter, and refuses members', async () => {
    const res = await coordinator.request(`/api/networks/${world.networkId}/graph?${period}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { metrics: { ties: number }; brokers: { id: string }[] };
    expect(body.metrics.ties).toBe(12);
    expect(body.brokers[0]!.id).toBe(world.org.A);
    const bad = await coordinator.request(`/api/networks/${world.networkId}/graph?${period}&country=XX`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('country');
    expect((await member.request(`/api/networks/${world.networkId}/graph?${period}`)).status).toBe(403);
  });
});
