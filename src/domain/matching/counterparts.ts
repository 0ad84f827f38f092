import type { OrganisationKind, PostKind } from '../../db/schema';

/** Which posts answer a post: an offer of capacity answers a search for capacity, a training offer a training need… */
export const counterpartKinds: Record<PostKind, readonly PostKind[]> = {
  capacity_offer: ['capacity_sought', 'subcontracting_sought', 'purchase_request'],
  capacity_sought: ['capacity_offer', 'subcontracting_offer'],
  recruitment: ['skills_offer', 'training_offer'],
  training_need: ['training_offer', 'skills_offer'],
  training_offer: ['training_need', 'recruitment'],
  skills_offer: ['recruitment', 'capacity_sought', 'training_need', 'problem'],
  subcontracting_offer: ['subcontracting_sought', 'capacity_sought', 'purchase_request'],
  subcontracting_sought: ['subcontracting_offer', 'capacity_offer'],
  purchase_request: ['subcontracting_offer', 'capacity_offer'],
  problem: ['skills_offer', 'collaboration', 'problem'],
  collaboration: ['collaboration', 'problem'],
};

/** Organisations whose very kind answers a post (a training centre for a training need), worth a reason of its own. */
export const counterpartOrganisationKinds: Record<PostKind, readonly OrganisationKind[]> = {
  capacity_offer: ['company', 'sse'],
  capacity_sought: ['company', 'sse'],
  recruitment: ['employment', 'training'],
  training_need: ['training'],
  training_offer: ['company', 'sse', 'public'],
  skills_offer: ['company', 'sse'],
  subcontracting_offer: ['company', 'sse', 'public'],
  subcontracting_sought: ['company', 'sse'],
  purchase_request: ['company', 'sse'],
  problem: ['research', 'company', 'training'],
  collaboration: ['company', 'sse', 'association', 'research'],
};
