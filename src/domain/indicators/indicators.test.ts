import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { openTestDatabase } from '../../../tests/test-database';
import { computeIndicators, computeSeries, drillDown } from './compute-indicators';
import { toPeriod } from './period';
import { indicatorIds, indicators } from './registry';
import { makeReportingWorld, type ReportingWorld } from './reporting-test-world';
import { isEmbedded } from './run-sql';

let database: Database;
let world: ReportingWorld;
const year2024 = toPeriod({ from: '2024-01-01', to: '2024-12-31' });

beforeAll(async () => {
  database = await openTestDatabase();
  world = await makeReportingWorld(database);
});

afterAll(async () => {
  await database?.close();
});

describe('counting rules against the hand-counted 2024 of the test network', () => {
  it('knows the engine: rules go one after the other on the embedded one, together to a server', () => {
    expect(isEmbedded(database.db)).toBe(database.engine === 'pglite');
  });

  it('gives every figure as counted by hand', async () => {
    const figures = await computeIndicators(database.db, { networkIds: [world.networkId] }, year2024);
    expect(figures).toEqual({
      members: 7, // A B C D E F G
      new_members: 1, // E joined in March 2024
      active_members: 6, // all but G
      events: 5, // ev1 ev2 ev3 ev4 ev6; ev5 was cancelled, ev7 is in 2025
      participations: 13, // 3 + 3 + 2 + 3 + 2, no-shows and unknown attendance left out
      meetings_held: 1,
      meeting_agreements: 1,
      bookings: 2, // the owner's own use and the pending request do not count
      hours_shared: 16, // 4 h + 2 units × 6 h
      needs_posted: 2, // the offer is not a need; p4 was posted in 2023
      needs_fulfilled: 2, // p1, and p4 fulfilled in January 2024
      referrals: 2,
      referrals_filled: 1,
      taskforces_opened: 2,
      taskforces_closed: 1,
      rco81: 3, // ev1 only: ev2 is public (RCO115), ev3 a committee, ev4 organised in one country
      rco115: 1,
      rco87: 5, // A B C D E; F only met its own country, G did nothing
      rco83: 1, // rm1 (BE + LU); rm2 was drafted in one country
      rco116: 1,
      rcr79: 1, // rm1 taken up when ev4 was held
      rcr84: 1, // C met E after t1 closed; A did nothing across borders after
    });
  });

  it('counts an event in RCO81 or RCO115, never both, and never a committee', async () => {
    const scope = { networkIds: [world.networkId] };
    const rco81 = await drillDown(database.db, scope, year2024, 'rco81', 'fr');
    const rco115 = await drillDown(database.db, scope, year2024, 'rco115', 'fr');
    const participations = await drillDown(database.db, scope, year2024, 'participations', 'fr');
    const eventOf = new Map(participations.records.map((r) => [r.id, r.title]));
    const rco81Events = new Set(rco81.records.map((r) => eventOf.get(r.id)));
    expect(rco81Events).toEqual(new Set(['business_corner 2024-02-10']));
    expect(rco115.records.map((r) => r.id)).toEqual([world.event.ev2]);
    expect(rco81.records.every((r) => r.detail !== 'committee')).toBe(true);
  });

  it('counts an organisation once in RCO87, whatever the countries and occasions', async () => {
    const drill = await drillDown(database.db, { networkIds: [world.networkId] }, year2024, 'rco87', 'fr');
    expect(drill.records.map((r) => r.organisationId).sort()).toEqual([world.org.A, world.org.B, world.org.C, world.org.D, world.org.E].sort());
    const a = drill.records.find((r) => r.organisationId === world.org.A)!;
    expect(a.detail).toBe('booking, event, taskforce');
    expect(drill.total).toBe(drill.count);
  });

  it('drills down to records whose weights add up to the figure, titles in the reader’s language', async () => {
    const scope = { networkIds: [world.networkId] };
    const figures = await computeIndicators(database.db, scope, year2024);
    for (const id of indicatorIds) {
      const drill = await drillDown(database.db, scope, year2024, id, 'de');
      expect(drill.total, id).toBe(figures[id]);
    }
    const events = await drillDown(database.db, scope, year2024, 'events', 'de');
    expect(events.records.map((r) => r.title)).toContain('conference 2024-05-15 (de)');
    const hours = await drillDown(database.db, scope, year2024, 'hours_shared', 'fr');
    expect(hours.records.map((r) => r.weight).sort()).toEqual([12, 4]);
  });

  it('keeps to the period and the networks asked for, and counts an organisation of two networks once', async () => {
    const in2025 = await computeIndicators(database.db, { networkIds: [world.networkId] }, toPeriod({ from: '2025-01-01', to: '2025-12-31' }), ['members', 'new_members', 'events', 'participations']);
    expect(in2025).toEqual({ members: 7, new_members: 0, events: 1, participations: 1 });
    const agency = await computeIndicators(database.db, { networkIds: [world.networkId, world.otherNetworkId] }, year2024, ['members', 'participations']);
    expect(agency).toEqual({ members: 8, participations: 14 }); // X added; A is in both networks and counts once
  });

  it('gives monthly series whose additive figures add up to the year', async () => {
    const ids = indicators.filter((i) => i.additive).map((i) => i.id);
    const series = await computeSeries(database.db, { networkIds: [world.networkId] }, year2024, ids, 'month');
    expect(series.map((p) => p.label)).toHaveLength(12);
    const year = await computeIndicators(database.db, { networkIds: [world.networkId] }, year2024, ids);
    for (const id of ids) expect(series.reduce((sum, p) => sum + p.values[id], 0), id).toBeCloseTo(year[id], 5);
    expect(series.find((p) => p.label === '2024-02')!.values.participations).toBe(3);
  });
});
