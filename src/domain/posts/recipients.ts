import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networkRoles, representatives, users, type Locale } from '../../db/schema';

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
}

const active = and(isNull(users.disabledAt), isNull(users.anonymisedAt));

/** The people who speak for some organisations (their representatives with a live account). */
export async function representativesOf(db: Db, organisationIds: readonly string[]): Promise<Recipient[]> {
  if (!organisationIds.length) return [];
  const rows = await db
    .selectDistinct({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(representatives)
    .innerJoin(users, eq(users.id, representatives.userId))
    .where(and(inArray(representatives.organisationId, [...organisationIds]), active));
  return rows;
}

/** The coordinators of some networks. */
export async function coordinatorsOf(db: Db, networkIds: readonly string[]): Promise<Recipient[]> {
  if (!networkIds.length) return [];
  return db
    .selectDistinct({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(networkRoles)
    .innerJoin(users, eq(users.id, networkRoles.userId))
    .where(and(inArray(networkRoles.networkId, [...networkIds]), eq(networkRoles.role, 'coordinator'), active));
}

/** Each person once, whatever the number of lists they are on. */
export function uniqueRecipients(...lists: Recipient[][]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const r of lists.flat()) if (!seen.has(r.userId)) seen.set(r.userId, r);
  return [...seen.values()];
}
