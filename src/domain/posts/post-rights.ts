import type { Role } from '../../db/schema';
import { hasRole, type Actor } from '../policy/actor';

/** Whether the actor has a role in any of some networks. */
export function hasRoleIn(actor: Actor, networkIds: readonly string[], ...roles: Role[]): boolean {
  return networkIds.some((n) => hasRole(actor, n, ...roles));
}
