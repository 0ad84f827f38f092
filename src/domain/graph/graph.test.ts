import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { openTestDatabase } from '../../../tests/test-database';
import { makeReportingWorld, type ReportingWorld } from '../indicators/reporting-test-world';
import type { Actor } from '../policy/actor';
import { buildGraph } from './build-graph';
import { getNetworkGraph } from './get-network-graph';

let database: Database;
let world: ReportingWorld;
let coordinator: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makeReportingWorld(database);
  coordinator = { userId: world.coordinatorId, isAdmin: false, roles: new Map([[world.networkId, new Set(['coordinator'] as const)]]), organisationIds: new Set() };
});

afterAll(async () => {
  await database?.close();
});

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

describe('the network graph of the test network', () => {
  it('ties who worked together in 2024, with the figures a cluster manager reports', async () => {
    const g = await getNetworkGraph({ db: database.db, actor: coordinator, networkId: world.networkId, query: { from: '2024-01-01', to: '2024-12-31' } });
    const { A, B, C, D, E, F, G, OP } = world.org;
    const name = new Map(Object.entries(world.org).map(([k, v]) => [v, k]));
    const ties = g.edges.map((e) => [name.get(e.a), name.get(e.b)].sort().join('-')).sort();
    // co-attendance at ev1 (A B C), ev2 (A D E), ev3 (A C), ev4 (B D F), ev6 (C E); the C–E meeting and deal; bookings
    // A–D and B–D; referrals of A and C to the operator; taskforces A–C and D–E.
    expect(ties).toEqual(['A-B', 'A-C', 'A-D', 'A-E', 'A-OP', 'B-C', 'B-D', 'B-F', 'C-E', 'C-OP', 'D-E', 'D-F']);
    expect(g.metrics).toMatchObject({ nodes: 8, members: 7, ties: 12, newTies: 12, crossBorderTies: 9, isolatedMembers: 1, components: 1, largestComponent: 7 });
    expect(g.metrics.density).toBe(0.4286); // 2 × 12 / (8 × 7)
    expect(g.isolated.map((x) => x.id)).toEqual([G]);
    const ce = g.edges.find((e) => pairKey(e.a, e.b) === pairKey(C, E))!;
    expect(ce).toMatchObject({ weight: 3, vias: ['co_attendance', 'meeting', 'matched_post'], crossBorder: true, isNew: true });
    const score = new Map(g.nodes.map((x) => [x.id, x.betweenness]));
    // F's and the operator's neighbours know each other; E carries one of the three shortest D–C paths: 1/3 over 21 pairs.
    expect([score.get(F), score.get(OP), score.get(E)]).toEqual([0, 0, 0.0159]);
    expect(g.brokers[0]!.id).toBe(A);
    expect(g.brokers.map((x) => x.id)).not.toContain(F);
    expect(score.get(B)).toBeGreaterThan(0);
    expect(score.get(D)).toBeGreaterThan(0);
  });

  it('keeps old ties apart from new ones, and lasting taskforces in later periods', async () => {
    const g = await getNetworkGraph({ db: database.db, actor: coordinator, networkId: world.networkId, query: { from: '2025-01-01', to: '2025-12-31' } });
    expect(g.edges.map((e) => pairKey(e.a, e.b))).toEqual([pairKey(world.org.D, world.org.E)]); // t3 still active
    expect(g.metrics).toMatchObject({ ties: 1, newTies: 0, isolatedMembers: 5 });
  });

  it('filters by country (metrics of the subset) and refuses members who are not coordinators', async () => {
    const g = await getNetworkGraph({ db: database.db, actor: coordinator, networkId: world.networkId, query: { from: '2024-01-01', to: '2024-12-31', country: 'BE' } });
    expect(g.metrics).toMatchObject({ nodes: 4, ties: 3, crossBorderTies: 0, isolatedMembers: 0 });
    const member: Actor = { ...coordinator, roles: new Map([[world.networkId, new Set(['member'] as const)]]) };
    await expect(getNetworkGraph({ db: database.db, actor: member, networkId: world.networkId, query: { from: '2024-01-01', to: '2024-12-31' } })).rejects.toThrow(/coordinators/);
  });

  it('draws at most maxNodes organisations, brokers first, while the metrics cover all', () => {
    const organisations = new Map(Array.from({ length: 30 }, (_, i) => [`o${i}`, { id: `o${i}`, name: `O${i}`, country: i % 2 ? 'BE' : 'LU', member: true, categories: [] }]));
    const interactions = Array.from({ length: 29 }, (_, i) => ({ a: 'o0', b: `o${i + 1}`, at: 10, via: 'meeting' as const }));
    const g = buildGraph({ organisations, interactions, from: 0, to: 100, maxNodes: 10 });
    expect(g.metrics.ties).toBe(29);
    expect(g.nodes).toHaveLength(10);
    expect(g.hiddenNodes).toBe(20);
    expect(g.nodes.map((n) => n.id)).toContain('o0');
    expect(g.edges).toHaveLength(9);
  });
});
