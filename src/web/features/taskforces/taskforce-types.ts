import type { Translated } from '../../api/types';

export interface Taskforce {
  id: string;
  networkId: string;
  kind: 'taskforce' | 'peer_challenge';
  problemPostId: string | null;
  title: Translated;
  goal: Translated;
  leadUserId: string | null;
  hostOrganisationId: string | null;
  sessionAt: string | null;
  status: 'active' | 'closed' | 'abandoned';
  visibility: 'network' | 'members';
  startsOn: string | null;
  dueOn: string | null;
  closureSummary: string;
  lessonsLearned: string;
  closedAt: string | null;
  createdAt: string;
}

export interface TaskforceListItem extends Taskforce {
  members: number;
  milestones: number;
  milestonesDone: number;
  leadName: string | null;
}

export interface TaskforceDetail {
  taskforce: Taskforce;
  rights: { read: boolean; manage: boolean; contribute: boolean; join: boolean; isMember: boolean };
  members: { userId: string; name: string; role: string; organisationId: string | null; organisationName: string | null; joinedAt: string }[];
  milestones: { id: string; title: string; dueOn: string | null; doneAt: string | null }[];
  deliverables: { id: string; title: string; description: string; dueOn: string | null; status: 'planned' | 'in_progress' | 'delivered'; deliveredAt: string | null }[];
  documents: { id: string; title: string; url: string; createdAt: string }[];
  recommendations: { id: string; body: string; status: 'proposed' | 'adopted' | 'declined' | 'done'; authorOrganisationId: string | null }[];
  host: { id: string; name: string } | null;
  problem: { id: string; title: Translated; organisationId: string } | null;
}

export interface NetworkPerson {
  userId: string;
  name: string;
  role: string;
  organisations: { id: string; name: string }[];
}

export const taskforcesPath = (slug: string) => `/n/${encodeURIComponent(slug)}/projects`;
export const taskforcePath = (slug: string, id: string) => `/n/${encodeURIComponent(slug)}/projects/${id}`;
