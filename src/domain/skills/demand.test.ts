import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client';
import { events } from '../../db/schema';
import { openTestDatabase } from '../../../tests/test-database';
import { createPost } from '../posts/create-post';
import { BASE_URL, makeGaneshNetwork, makePerson, makePlacedOrganisation, places } from '../posts/posts-test-setup';
import { anonymisedDemand, collectiveTrainingProposals, eventOfTrainingNeed, MIN_FIRMS, proposeCollectiveTraining } from './demand';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

const TIG = 'skill:a51adea8-bf02-488a-a0d8-b0961caca5b0';

describe('anonymised demand and collective trainings', () => {
  it('counts needs without naming firms, hides cells of one firm, and gathers a shared need into a session', async () => {
    const { network, coordinator } = await makeGaneshNetwork(db);
    const partner = await makePerson(db, network.id, 'partner');
    const firms: { org: Awaited<ReturnType<typeof makePlacedOrganisation>>; rep: Awaited<ReturnType<typeof makePerson>> }[] = [];
    for (const [place, nace] of [[places.arlon, 'C25.11'], [places.longwy, 'C25.11'], [places.trier, 'C28.15'], [places.liege, 'C10.71']] as const) {
      const org = await makePlacedOrganisation(db, [network.id], place, { nace: [nace] });
      firms.push({ org, rep: await makePerson(db, network.id, 'member', org.id) });
    }
    const need = async (i: number, input: Record<string, unknown>) =>
      (await createPost({ db, actor: firms[i]!.rep.actor, baseUrl: BASE_URL, input: { organisationId: firms[i]!.org.id, title: { fr: 'Besoin' }, ...input } as never })).post;
    const tig = [
      await need(0, { kind: 'training_need', skillCodes: [TIG], training: { topic: 'Soudage TIG', headcount: 4 } }),
      await need(1, { kind: 'training_need', skillCodes: [TIG], training: { topic: 'TIG inox', headcount: 2 } }),
      await need(2, { kind: 'training_need', skillCodes: [TIG], training: { topic: 'WIG-Schweißen', headcount: 3 } }),
    ];
    await need(3, { kind: 'training_need', training: { topic: 'HACCP', headcount: 8 } });
    await need(0, { kind: 'recruitment', recruitment: { occupationCode: 'esco:7212.3', headcount: 3, contract: 'permanent' } });
    await need(1, { kind: 'recruitment', recruitment: { occupationCode: 'esco:7212.3', headcount: 1, contract: 'fixed_term' } });

    const demand = await anonymisedDemand({ db, actor: partner.actor, networkId: network.id });
    expect(demand.minFirms).toBe(MIN_FIRMS);
    // TIG: three firms, shown. HACCP: one firm, and an "other" of one firm would point at it, so it is left out.
    expect(demand.training.bySkill).toEqual([{ key: TIG, firms: 3, headcount: 9, needs: 3 }]);
    // By sector: C25 (two firms), C28 and C10 (one each) are each too small, but together they are four firms.
    expect(demand.training.bySector).toEqual([{ key: 'other', firms: 4, headcount: 17, needs: 4 }]);
    // Two firms recruit welders: each could read the other's figure by subtraction, so nothing is shown.
    expect(demand.recruitment.byOccupation).toEqual([]);
    expect(demand.recruitment.bySector).toEqual([]);
    expect(demand.recruitment.byTerritory).toEqual([]);
    const text = JSON.stringify(demand);
    for (const f of firms) expect(text).not.toContain(f.org.name);
    // A third welder recruitment brings the figure out.
    await need(2, { kind: 'recruitment', recruitment: { occupationCode: 'esco:7212.3', headcount: 2, contract: 'permanent' } });
    expect((await anonymisedDemand({ db, actor: partner.actor, networkId: network.id })).recruitment.byOccupation).toEqual([{ key: 'esco:7212.3', firms: 3, headcount: 6, needs: 3 }]);

    const proposals = await collectiveTrainingProposals({ db, actor: partner.actor, networkId: network.id });
    expect(proposals).toEqual([expect.objectContaining({ key: TIG, firms: 3, headcount: 9, postIds: [] })]);
    const forCoordinator = await collectiveTrainingProposals({ db, actor: coordinator.actor, networkId: network.id });
    expect(forCoordinator[0]!.postIds.sort()).toEqual(tig.map((p) => p.id).sort());

    await expect(
      proposeCollectiveTraining({ db, actor: coordinator.actor, networkId: network.id, input: { postIds: [tig[0]!.id, tig[0]!.id], title: { fr: 'x' }, startsAt: '2031-09-01T08:00:00Z', endsAt: '2031-09-01T16:00:00Z' } }),
    ).rejects.toMatchObject({ field: 'postIds' });
    const session = await proposeCollectiveTraining({
      db,
      actor: coordinator.actor,
      networkId: network.id,
      input: { postIds: tig.map((p) => p.id), title: { fr: 'Session collective soudage TIG', de: 'Gemeinsamer WIG-Kurs' }, startsAt: '2031-09-01T08:00:00Z', endsAt: '2031-09-05T16:00:00Z' },
    });
    expect(session).toMatchObject({ firms: 3, headcount: 9 });
    const [event] = await db.select().from(events).where(eq(events.id, session.event.id));
    expect(event).toMatchObject({ kind: 'training', status: 'draft', capacity: 9, networkId: network.id });
    expect(await eventOfTrainingNeed(db, tig[1]!.id)).toBe(session.event.id);
    expect(await collectiveTrainingProposals({ db, actor: coordinator.actor, networkId: network.id })).toEqual([]);

    // Two firms share HACCP: enough for the coordinator to propose a session, too few for the figure to go out.
    await need(1, { kind: 'training_need', training: { topic: 'haccp', headcount: 2 } });
    expect(await collectiveTrainingProposals({ db, actor: coordinator.actor, networkId: network.id })).toEqual([expect.objectContaining({ key: 'topic:haccp', firms: 2, headcount: 10 })]);
    expect(await collectiveTrainingProposals({ db, actor: partner.actor, networkId: network.id })).toEqual([]);
  });
});
