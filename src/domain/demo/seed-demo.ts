import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  auditLog,
  networkOrganisations,
  networkRoles,
  networks,
  organisations,
  recordShares,
  representatives,
  users,
} from '../../db/schema';
import { hashPassword } from '../auth/passwords';
import { seedDemoResources } from '../resources/demo-resources';
import { needsDemoLogins, seedDemoNeeds } from './demo-needs';
import { buildDemoTerritory } from './build-demo-territory';
import { seedDemoEvents } from './demo-events';
import { seedDemoConvention } from './demo-convention';
import { seedDemoReporting, tagDemoAxes } from './demo-reporting';
import { fixedDemoUsers } from './demo-fixed-users';
import { demoNetworks } from './demo-networks';

export const DEMO_PASSWORD = 'maillage-demo';

export interface DemoLogin {
  email: string;
  password: string;
  description: string;
}

export interface DemoSummary {
  alreadySeeded: boolean;
  networks: number;
  organisations: number;
  users: number;
  logins: DemoLogin[];
}

// Small enough for PostgreSQL's parameter limit (65,535) with the widest table, large enough to stay quick.
const BATCH = 250;

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function countRows(db: Db) {
  const count = async (table: typeof networks | typeof organisations | typeof users) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return Number(row?.n ?? 0);
  };
  return { networks: await count(networks), organisations: await count(organisations), users: await count(users) };
}

export const demoLogins: readonly DemoLogin[] = [...fixedDemoUsers, ...needsDemoLogins].map((u) => ({
  email: u.email,
  password: DEMO_PASSWORD,
  description: u.description,
}));

/**
 * Fills an empty installation with the demo territory: the five reference networks, ~300 fictional organisations in
 * real communes of the Grande Région, their representatives and the demo logins. All or nothing, and only once:
 * when the `remalux` network exists, nothing is changed.
 */
export async function seedDemo({ db }: { db: Db }): Promise<DemoSummary> {
  const logins = demoLogins.map((l) => ({ ...l }));
  const [existing] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, 'remalux'));
  if (existing) return { alreadySeeded: true, ...(await countRows(db)), logins };

  const territory = buildDemoTerritory();
  // One hash shared by every demo account: argon2id is deliberately slow, and these accounts share a password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const inserted = await t
      .insert(networks)
      .values(demoNetworks.map((n) => ({ slug: n.slug, name: n.name, agency: n.agency, description: n.description })))
      .returning({ id: networks.id, slug: networks.slug });
    const networkId = new Map(inserted.map((n) => [n.slug, n.id]));
    const idOf = (slug: string) => {
      const id = networkId.get(slug);
      if (!id) throw new Error(`Demo network "${slug}" was not inserted`);
      return id;
    };

    // Ids chosen here so that memberships, shares and representatives can refer to rows in the same batches.
    const organisationIds = territory.organisations.map(() => randomUUID());
    const orgId = (index: number) => organisationIds[index]!;
    await insertInBatches(
      territory.organisations.map(({ tag: _tag, networks: _networks, sharedWith: _sharedWith, ...values }, i) => ({ ...values, id: orgId(i) })),
      (batch) => t.insert(organisations).values(batch),
    );
    await insertInBatches(
      territory.organisations.flatMap((o, i) => o.networks.map((slug) => ({ networkId: idOf(slug), organisationId: orgId(i) }))),
      (batch) => t.insert(networkOrganisations).values(batch),
    );
    await insertInBatches(
      territory.organisations.flatMap((o, i) =>
        o.sharedWith.map((peer) => ({ recordType: 'organisation', recordId: orgId(i), organisationId: orgId(peer) })),
      ),
      (batch) => t.insert(recordShares).values(batch),
    );

    const userIds = territory.users.map(() => randomUUID());
    const userId = (index: number) => userIds[index]!;
    await insertInBatches(
      territory.users.map((u, i) => ({ id: userId(i), email: u.email, name: u.name, locale: u.locale, isAdmin: u.isAdmin, passwordHash })),
      (batch) => t.insert(users).values(batch),
    );
    await insertInBatches(
      territory.users.flatMap((u, i) => u.roles.map((r) => ({ networkId: idOf(r.network), userId: userId(i), role: r.role }))),
      (batch) => t.insert(networkRoles).values(batch),
    );
    await insertInBatches(
      territory.users.flatMap((u, i) =>
        u.represents.map((r) => ({ userId: userId(i), organisationId: orgId(r.organisation), jobTitle: r.jobTitle })),
      ),
      (batch) => t.insert(representatives).values(batch),
    );
    const eventCount = await seedDemoEvents(t, { networkId: idOf, userId, organisationId: orgId, territory });
    // The ESS responsible-purchasing convention: its day, participants' profiles and meeting requests.
    await seedDemoConvention(t);
    // Pooling of industrial means: Résilian's paint booth and a few other shared resources, with bookings.
    await seedDemoResources(t, {
      organisation: (tag, nth) => {
        const index = territory.organisations.flatMap((o, i) => (o.tag === tag ? [i] : []))[nth];
        if (index === undefined) throw new Error(`No demo organisation ${tag} #${nth}`);
        return { id: orgId(index), networkIds: territory.organisations[index]!.networks.map(idOf) };
      },
      user: (email) => {
        const index = territory.users.findIndex((u) => u.email === email);
        return index < 0 ? undefined : userId(index);
      },
    });
    // Evidence: a year of Résilian's club life and GRE-Liège's axes, roadmaps linked to what happened, sponsors.
    await seedDemoReporting(t);
    // Needs and offers, GANESH referrals and taskforces: operators with routing rules, the Arlon welders, a German
    // training need in Luxembourg beside a French course, Résilian's problem turned taskforce.
    await seedDemoNeeds(t, {
      networkId: idOf,
      organisation: (tag, nth) => {
        const index = territory.organisations.flatMap((o, i) => (o.tag === tag ? [i] : []))[nth];
        if (index === undefined) throw new Error(`No demo organisation ${tag} #${nth}`);
        return { id: orgId(index), networkIds: territory.organisations[index]!.networks.map(idOf) };
      },
      user: (email) => {
        const index = territory.users.findIndex((u) => u.email === email);
        return index < 0 ? undefined : userId(index);
      },
      passwordHash,
    });
    // Every network's strategic axes on its events, taskforces and members: activity per axis has figures.
    await tagDemoAxes(t);
    await t.insert(auditLog).values({
      action: 'seed',
      entity: 'demo',
      data: { networks: demoNetworks.length, organisations: organisationIds.length, users: userIds.length, events: eventCount },
    });
  });

  return { alreadySeeded: false, ...(await countRows(db)), logins };
}
