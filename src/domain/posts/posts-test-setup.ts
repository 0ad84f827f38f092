import { networkOrganisations, organisations, type OrganisationKind, type Role } from '../../db/schema';
import type { Db } from '../../db/client';
import { grantRole, makeNetwork, makeRepresentative, makeUser, uniq } from '../../../tests/factories';
import { loadActor } from '../policy/actor';

/** Test data for needs and offers: organisations at real places, their people, their actors. Used by tests only. */
export interface Place {
  country: 'BE' | 'LU' | 'FR' | 'DE';
  postcode: string;
  commune: string;
  latitude: number;
  longitude: number;
}

export const places = {
  arlon: { country: 'BE', postcode: '6700', commune: 'Arlon', latitude: 49.6833, longitude: 5.8167 },
  liege: { country: 'BE', postcode: '4000', commune: 'Liège', latitude: 50.6326, longitude: 5.5797 },
  luxembourg: { country: 'LU', postcode: '1611', commune: 'Luxembourg', latitude: 49.6116, longitude: 6.1319 },
  esch: { country: 'LU', postcode: '4002', commune: 'Esch-sur-Alzette', latitude: 49.4958, longitude: 5.9806 },
  longwy: { country: 'FR', postcode: '54400', commune: 'Longwy', latitude: 49.5197, longitude: 5.7617 },
  trier: { country: 'DE', postcode: '54290', commune: 'Trier', latitude: 49.7499, longitude: 6.6371 },
} satisfies Record<string, Place>;

export async function makePlacedOrganisation(db: Db, networkIds: string[], place: Place, options: { kind?: OrganisationKind; name?: string; nace?: string[]; visibility?: 'public' | 'network' | 'organisations' | 'coordinators'; tags?: string[] } = {}) {
  const [org] = await db
    .insert(organisations)
    .values({
      name: options.name ?? uniq('Org'),
      kind: options.kind ?? 'company',
      ...place,
      naceCodes: options.nace ?? [],
      tags: options.tags ?? [],
      visibility: options.visibility ?? 'network',
      publicConsent: options.visibility === 'public',
    })
    .returning();
  for (const networkId of networkIds) await db.insert(networkOrganisations).values({ networkId, organisationId: org!.id });
  return org!;
}

/** A person with a role in a network who represents an organisation, and the actor the policy sees. */
export async function makePerson(db: Db, networkId: string, role: Role, organisationId?: string) {
  const user = await makeUser(db);
  await grantRole(db, user.id, networkId, role);
  if (organisationId) await makeRepresentative(db, user.id, organisationId);
  return { user, actor: await loadActor(db, user.id) };
}

export async function makeGaneshNetwork(db: Db) {
  const network = await makeNetwork(db, 'GANESH test');
  const coordinator = await makePerson(db, network.id, 'coordinator');
  return { network, coordinator };
}

export const BASE_URL = 'http://maillage.test';
