import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../../db/client';
import { migrate } from '../../db/migrate';
import { computeIndicators } from '../indicators/compute-indicators';
import { toPeriod } from '../indicators/period';
import { getNetworkGraph } from '../graph/get-network-graph';
import { getRoadmap } from '../roadmaps/get-roadmap';
import type { Actor } from '../policy/actor';
import { seedDemo } from './seed-demo';

let database: Database;
const admin: Actor = { userId: null, isAdmin: true, roles: new Map(), organisationIds: new Set() };

beforeAll(async () => {
  database = await openPglite(undefined);
  await migrate(database);
  await seedDemo({ db: database.db });
});

afterAll(async () => {
  await database?.close();
});

const networkId = async (slug: string) => (await database.query<{ id: string }>('SELECT id FROM networks WHERE slug = $1', [slug]))[0]!.id;
const today = new Date();
const lastYear = toPeriod({ from: new Date(today.getTime() - 365 * 86_400_000).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) });

describe('the demo territory’s evidence', () => {
  it('gives Résilian a year of figures, Interreg ones included, and a graph of who works with whom', async () => {
    const id = await networkId('resilian');
    const figures = await computeIndicators(database.db, { networkIds: [id] }, lastYear);
    expect(figures.events).toBeGreaterThanOrEqual(15);
    expect(figures.participations).toBeGreaterThan(80);
    expect(figures.rco81).toBeGreaterThan(0); // the corners co-organised with the Palatinate
    expect(figures.rco115).toBe(1); // the public round table
    expect(figures.rco87).toBeGreaterThan(3);
    expect(figures.taskforces_closed).toBeGreaterThanOrEqual(1); // the paint booth's (other modules' demos may add theirs)
    const graph = await getNetworkGraph({ db: database.db, actor: admin, networkId: id, query: { from: lastYear.fromDay, to: lastYear.toDay } });
    expect(graph.metrics.ties).toBeGreaterThan(50);
    expect(graph.metrics.crossBorderTies).toBeGreaterThan(0);
    expect(graph.metrics.newTies).toBeLessThan(graph.metrics.ties); // the launch evening tied some before the year
    expect(graph.brokers.length).toBeGreaterThan(0);
  });

  it('computes the Résilian roadmap’s progress from its links: corners planned and held', async () => {
    const [roadmap] = await database.query<{ id: string }>("SELECT r.id FROM roadmaps r JOIN networks n ON n.id = r.network_id WHERE n.slug = 'resilian'");
    const view = await getRoadmap({ db: database.db, actor: admin, id: roadmap!.id });
    const actions = view.axes.flatMap((a) => a.objectives.flatMap((o) => o.actions));
    const corners = actions.find((a) => a.title.fr === 'Cinq business corners par an')!;
    expect(corners.progress.planned).toBe(5);
    expect(corners.progress.done).toBe(4); // three of the evidence year and the events module's past digital corner; the lean corner is to come
    expect(actions.find((a) => a.title.fr === 'Cadrer l’ouverture de la cabine de peinture')!.progress.state).toBe('done');
    expect(view.versions[0]!.contributorCountries).toEqual(['DE', 'FR']);
    expect(view.progress.actions).toBe(7);
  });

  it('gives GRE-Liège its six axes, sponsors and a roadmap', async () => {
    const id = await networkId('gre-liege');
    const [counts] = await database.query<{ axes: number; sponsors: number; roadmaps: number }>(
      `SELECT (SELECT count(*)::int FROM network_categories WHERE network_id = $1 AND kind = 'axis') AS axes,
              (SELECT count(*)::int FROM event_sponsors s JOIN events e ON e.id = s.event_id WHERE e.network_id = $1) AS sponsors,
              (SELECT count(*)::int FROM roadmaps WHERE network_id = $1) AS roadmaps`,
      [id],
    );
    expect(counts).toEqual({ axes: 6, sponsors: 5, roadmaps: 1 });
    const [tagged] = await database.query<{ n: number }>(
      `SELECT count(DISTINCT oc.organisation_id)::int AS n FROM organisation_categories oc JOIN network_categories c ON c.id = oc.category_id WHERE c.network_id = $1`,
      [id],
    );
    expect(tagged!.n).toBeGreaterThan(30);
  });
});
