// Test helpers for the pooling tests (domain, routes, concurrency): a network with an owner, a borrower and a
// coordinator, and local dates a few weeks ahead in Brussels, so tests never depend on today's date or on each other.
import type { Db } from '../../db/client';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser, uniq } from '../../../tests/factories';
import { loadActor, type Actor } from '../policy/actor';
import { addDays, isoWeekday, localDate, localInstant, type CivilDate } from './opening-hours';
import { createResource } from './resources';
import type { ResourceInput } from './resource-schema';

export const BRUSSELS = 'Europe/Brussels';
export const weekdays7to19 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:00', closes: '19:00' }));

/** The Monday `weeks` weeks after the coming one, as a local date in Brussels. */
export function mondayIn(weeks: number, now = Date.now()): CivilDate {
  const today = localDate(now, BRUSSELS);
  return addDays(today, 8 - isoWeekday(today) + 7 * weeks);
}

/** "2031-05-06T07:00:00.000Z"-style instant of a local time on a local day (plus `days`). */
export function at(day: CivilDate, time: string, days = 0): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(localInstant(addDays(day, days), h * 60 + m, BRUSSELS)).toISOString();
}

export interface PoolingWorld {
  network: { id: string; slug: string };
  owner: { id: string; name: string };
  borrower: { id: string; name: string };
  ownerUser: { id: string; email: string };
  borrowerUser: { id: string; email: string };
  coordinatorUser: { id: string; email: string };
  outsiderUser: { id: string; email: string };
  ownerActor: Actor;
  borrowerActor: Actor;
  coordinatorActor: Actor;
  outsiderActor: Actor;
}

export async function makePoolingWorld(db: Db): Promise<PoolingWorld> {
  const network = await makeNetwork(db, 'Résilian pooling test');
  const other = await makeNetwork(db, 'Other network');
  const owner = await makeOrganisation(db, { networkIds: [network.id], name: uniq('Peinture Haguenau') });
  const borrower = await makeOrganisation(db, { networkIds: [network.id], name: uniq('Mécanique Bischwiller') });
  const ownerUser = await makeUser(db, { name: 'Owner' });
  const borrowerUser = await makeUser(db, { name: 'Borrower' });
  const coordinatorUser = await makeUser(db, { name: 'Coordinator' });
  const outsiderUser = await makeUser(db, { name: 'Outsider' });
  await grantRole(db, ownerUser.id, network.id, 'member');
  await grantRole(db, borrowerUser.id, network.id, 'member');
  await grantRole(db, coordinatorUser.id, network.id, 'coordinator');
  await grantRole(db, outsiderUser.id, other.id, 'member');
  await makeRepresentative(db, ownerUser.id, owner.id);
  await makeRepresentative(db, borrowerUser.id, borrower.id);
  const outsiderOrg = await makeOrganisation(db, { networkIds: [other.id] });
  await makeRepresentative(db, outsiderUser.id, outsiderOrg.id);
  return {
    network,
    owner,
    borrower,
    ownerUser,
    borrowerUser,
    coordinatorUser,
    outsiderUser,
    ownerActor: await loadActor(db, ownerUser.id),
    borrowerActor: await loadActor(db, borrowerUser.id),
    coordinatorActor: await loadActor(db, coordinatorUser.id),
    outsiderActor: await loadActor(db, outsiderUser.id),
  };
}

/** A paint booth open on weekdays 07:00–19:00, by the hour, two days at most, approval needed unless told otherwise. */
export function paintBooth(world: PoolingWorld, overrides: Partial<ResourceInput> = {}): ResourceInput {
  return {
    ownerOrganisationId: world.owner.id,
    kind: 'booth',
    name: uniq('Cabine de peinture'),
    description: { fr: 'Cabine de peinture liquide, 12 m', de: 'Nasslackierkabine, 12 m' },
    characteristics: [
      { key: 'Longueur utile', value: '12', unit: 'm' },
      { key: 'Température max', value: '80', unit: '°C' },
    ],
    latitude: 48.8156,
    longitude: 7.7905,
    priceUnit: 'hour',
    priceCents: 9500,
    minMinutes: 120,
    maxMinutes: 4 * 24 * 60,
    leadMinutes: 24 * 60,
    openingRules: weekdays7to19,
    ...overrides,
  };
}

export async function publish(db: Db, world: PoolingWorld, overrides: Partial<ResourceInput> = {}) {
  return createResource({ db, actor: world.ownerActor, input: paintBooth(world, overrides) });
}
