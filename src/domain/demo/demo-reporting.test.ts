import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../../db/client';
import { migrate } from '../../db/migrate';
import { computeIndicators } from '../indicators/compute-indicators';
import { toPeriod } from '../indicators/period';
import { getNetworkGraph } from '../graph/get-network-graph';
import { getRoadmap } from '../roadmaps/get-roadmap';
import { getRoadmapVersion } from '../roadmaps/roadmap-consultation';
import { getAxisActivity } from '../indicators/event-annotations';
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
    // Kept as the app keeps an adoption: the full snapshot (ids, progress), adopted by the coordinator, dated back.
    const kept = await getRoadmapVersion({ db: database.db, actor: admin, id: roadmap!.id, version: 1 });
    const keptActions = kept.snapshot.axes.flatMap((a) => a.objectives.flatMap((o) => o.actions));
    expect(keptActions.map((a) => a.id).sort()).toEqual(actions.map((a) => a.id).sort());
    expect(keptActions.find((a) => a.title.fr === 'Cadrer l’ouverture de la cabine de peinture')!.progress?.state).toBe('done');
    expect(kept.adoptedByName).not.toBeNull();
    expect(new Date(kept.adoptedAt!).getTime()).toBeLessThan(today.getTime() - 300 * 86_400_000);
    expect(kept.changes.actions).toMatchObject({ added: [], removed: [] });
  });

  it('gives every demo network strategic axes with activity behind them', async () => {
    const rows = await database.query<{ slug: string; axes: number }>(
      `SELECT n.slug, count(c.id)::int AS axes FROM networks n LEFT JOIN network_categories c ON c.network_id = n.id AND c.kind = 'axis' GROUP BY n.slug ORDER BY n.slug`,
    );
    for (const r of rows) expect(r.axes, r.slug).toBeGreaterThanOrEqual(3);
    const activity = await getAxisActivity({ db: database.db, networkId: await networkId('resilian'), from: new Date(lastYear.fromDay), to: today });
    const bySlug = new Map(activity.map((a) => [a.slug, a]));
    expect(bySlug.get('performance-numerique')!.events).toBeGreaterThanOrEqual(2); // the digital and lean corners
    expect(bySlug.get('performance-numerique')!.taskforces).toBeGreaterThanOrEqual(2); // the data accelerator, the SMED site
    expect(bySlug.get('mutualisation-moyens')!.actions).toBe(2); // the roadmap's pooling axis stands for it
    expect(activity.every((a) => a.members > 0)).toBe(true);
    const ess = await getAxisActivity({ db: database.db, networkId: await networkId('ess-grande-region'), from: new Date(lastYear.fromDay), to: new Date(today.getTime() + 365 * 86_400_000) });
    expect(ess.find((a) => a.slug === 'achats-responsables')!.events).toBe(1);
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
