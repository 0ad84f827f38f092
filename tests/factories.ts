import crypto from 'node:crypto';
import type { Db } from '../src/db/client';
import { networkOrganisations, networkRoles, networks, organisations, recordShares, representatives, type Role, type Visibility } from '../src/db/schema';
import { createUser } from '../src/domain/auth/create-user';

// Each test builds what it needs under unique names, so tests never depend on each other or on an empty database.
export const uniq = (prefix: string) => `${prefix}-${crypto.randomBytes(5).toString('hex')}`;
export const TEST_PASSWORD = 'correct horse battery';

export async function makeNetwork(db: Db, name = 'Test network') {
  const [row] = await db.insert(networks).values({ slug: uniq('net'), name }).returning();
  return row!;
}

export async function makeUser(db: Db, options: { admin?: boolean; name?: string } = {}) {
  return createUser({ db, email: `${uniq('user')}@example.test`, password: TEST_PASSWORD, name: options.name ?? 'Test User', isAdmin: options.admin });
}

export async function makeOrganisation(
  db: Db,
  options: { networkIds?: string[]; visibility?: Visibility; publicConsent?: boolean; sharedWith?: string[]; name?: string } = {},
) {
  const [org] = await db
    .insert(organisations)
    .values({
      name: options.name ?? uniq('Org'),
      country: 'BE',
      commune: 'Marche-en-Famenne',
      postcode: '6900',
      visibility: options.visibility ?? 'network',
      publicConsent: options.publicConsent ?? false,
    })
    .returning();
  for (const networkId of options.networkIds ?? []) await db.insert(networkOrganisations).values({ networkId, organisationId: org!.id });
  for (const o of options.sharedWith ?? []) await db.insert(recordShares).values({ recordType: 'organisation', recordId: org!.id, organisationId: o });
  return org!;
}

export async function grantRole(db: Db, userId: string, networkId: string, role: Role) {
  await db.insert(networkRoles).values({ userId, networkId, role });
}

export async function makeRepresentative(db: Db, userId: string, organisationId: string) {
  await db.insert(representatives).values({ userId, organisationId });
}
