import type { Visibility } from '../../db/schema';
import { forbidden } from '../errors';
import { hasRole, type Actor } from './actor';

/**
 * The one place that decides who may read and write what. Every route and CLI command asks here;
 * list queries use `visibleIn` with the same rules so that a record never leaks through a list.
 */
export interface Guarded {
  /** Networks the record belongs to (an organisation can be in several). */
  networkIds: string[];
  /** Organisation that owns the record; its representatives always see and edit it. */
  ownerOrganisationId: string | null;
  visibility: Visibility;
  /** Organisations named when visibility is 'organisations'. */
  sharedWith: string[];
}

export type RecordAction = 'read' | 'update' | 'delete';
export type NetworkAction = 'read' | 'manage' | 'invite' | 'add-organisation' | 'read-members';

export function canOnRecord(actor: Actor, action: RecordAction, record: Guarded): boolean {
  if (actor.isAdmin) return true;
  const isOwner = record.ownerOrganisationId !== null && actor.organisationIds.has(record.ownerOrganisationId);
  const coordinates = record.networkIds.some((n) => hasRole(actor, n, 'coordinator'));
  if (action !== 'read') return isOwner || coordinates;
  if (isOwner || coordinates) return true;
  switch (record.visibility) {
    case 'public':
      return true;
    case 'network':
      return record.networkIds.some((n) => actor.roles.has(n));
    case 'organisations':
      return record.sharedWith.some((o) => actor.organisationIds.has(o));
    case 'coordinators':
      return false;
  }
}

export function canOnNetwork(actor: Actor, action: NetworkAction, networkId: string): boolean {
  if (actor.isAdmin) return true;
  switch (action) {
    case 'read':
      return true; // a network's name and description are its public face
    case 'read-members':
      return actor.roles.has(networkId);
    case 'manage':
    case 'invite':
    case 'add-organisation':
      return hasRole(actor, networkId, 'coordinator');
  }
}

export type PlatformAction = 'manage-networks' | 'manage-users' | 'read-outbox' | 'read-jobs';

export function canOnPlatform(actor: Actor, _action: PlatformAction): boolean {
  return actor.isAdmin;
}

export function assertCan(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
