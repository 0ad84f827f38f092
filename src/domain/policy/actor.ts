import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networkRoles, representatives, users, type Role } from '../../db/schema';

/** Who is asking: everything the policy needs to decide, loaded once per request. */
export interface Actor {
  userId: string | null;
  isAdmin: boolean;
  /** Roles per network id. */
  roles: Map<string, Set<Role>>;
  /** Organisations this person represents. */
  organisationIds: Set<string>;
}

export const anonymous: Actor = { userId: null, isAdmin: false, roles: new Map(), organisationIds: new Set() };

export async function loadActor(db: Db, userId: string): Promise<Actor> {
  const [user] = await db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.id, userId));
  const roleRows = await db.select().from(networkRoles).where(eq(networkRoles.userId, userId));
  const repRows = await db.select().from(representatives).where(eq(representatives.userId, userId));
  const roles = new Map<string, Set<Role>>();
  for (const r of roleRows) {
    const set = roles.get(r.networkId) ?? new Set<Role>();
    set.add(r.role);
    roles.set(r.networkId, set);
  }
  return {
    userId,
    isAdmin: user?.isAdmin ?? false,
    roles,
    organisationIds: new Set(repRows.map((r) => r.organisationId)),
  };
}

export function hasRole(actor: Actor, networkId: string, ...wanted: Role[]): boolean {
  const set = actor.roles.get(networkId);
  return !!set && wanted.some((r) => set.has(r));
}
