import type { Translated } from '../../api/types';

/** Shapes of the reporting API (see /api/openapi.json, tags Indicators, Roadmaps, Sponsors). */
export type IndicatorGroup = 'network' | 'activity' | 'needs' | 'interreg';

export interface IndicatorInfo {
  id: string;
  group: IndicatorGroup;
  unit: string;
  additive: boolean;
  interregCode: string | null;
  label: string;
  rule: string;
}

export interface Figures {
  from: string;
  to: string;
  figures: Record<string, number>;
  previous: Record<string, number>;
}

export interface Series {
  granularity: 'month' | 'quarter' | 'year';
  indicators: string[];
  points: { label: string; from: string; values: Record<string, number> }[];
}

export interface IndicatorRecords {
  indicator: string;
  count: number;
  total: number;
  records: { kind: string; id: string; title: string; at: string | null; organisationId: string | null; organisationName: string | null; country: string | null; weight: number; detail: string }[];
}

export interface GraphNode {
  id: string;
  name: string;
  country: string;
  member: boolean;
  degree: number;
  betweenness: number;
}

export interface NetworkGraph {
  metrics: { nodes: number; members: number; ties: number; density: number; newTies: number; crossBorderTies: number; isolatedMembers: number; components: number; largestComponent: number; averageDegree: number; betweennessExact: boolean };
  nodes: GraphNode[];
  edges: { a: string; b: string; weight: number; vias: string[]; crossBorder: boolean; isNew: boolean }[];
  brokers: GraphNode[];
  isolated: { id: string; name: string; country: string }[];
  hiddenNodes: number;
}

export type ProgressState = 'not_started' | 'in_progress' | 'done' | 'late' | 'dropped';
export type LinkKind = 'event' | 'taskforce' | 'booking' | 'referral' | 'post';

export interface Progress {
  planned: number;
  done: number;
  ratio: number;
  state: ProgressState;
}

export interface Combined {
  actions: number;
  ratio: number;
  done: number;
  inProgress: number;
  late: number;
  notStarted: number;
}

export interface RoadmapRow {
  id: string;
  networkId: string;
  title: Translated;
  summary: Translated;
  status: 'draft' | 'consultation' | 'adopted' | 'archived';
  version: number;
  startsOn: string | null;
  endsOn: string | null;
  adoptedAt: string | null;
}

export interface RoadmapAction {
  id: string;
  objectiveId: string;
  title: Translated;
  description: Translated;
  ownerName: string | null;
  ownerOrganisationName: string | null;
  ownerOrganisationId: string | null;
  startsOn: string | null;
  dueOn: string | null;
  status: 'proposed' | 'adopted' | 'dropped';
  targetKind: LinkKind | null;
  targetEventKind: string | null;
  targetCount: number | null;
  proposedBy: string | null;
  links: { id: string; kind: LinkKind; recordId: string; title: Record<string, string>; at: string | null; eventKind: string | null; state: 'done' | 'planned' | 'cancelled' }[];
  progress: Progress;
  votes: { for: number; against: number; mine: number };
  comments: { id: string; body: string; createdAt: string; author: string; organisation: string | null }[];
}

export interface RoadmapView {
  roadmap: RoadmapRow;
  canManage: boolean;
  canComment: boolean;
  canVote: boolean;
  progress: Combined;
  versions: { version: number; adoptedAt: string; note: string; contributorCountries: string[] }[];
  axes: { id: string; title: Translated; categoryId: string | null; progress: Combined; objectives: { id: string; title: Translated; progress: Combined; actions: RoadmapAction[] }[] }[];
}

export interface CommitteeItem {
  id: string;
  eventId: string;
  eventTitle: Translated;
  eventStartsAt: string;
  kind: 'decision' | 'action';
  body: string;
  ownerName: string | null;
  ownerOrganisationName: string | null;
  dueOn: string | null;
  status: 'open' | 'done' | 'dropped';
  overdue: boolean;
}

export interface Committee {
  meetings: { id: string; title: Translated; startsAt: string; endsAt: string; status: string; decisions: number; openActions: number }[];
  nextMeeting: { id: string; title: Translated; startsAt: string } | null;
  openItems: CommitteeItem[];
  decisions: CommitteeItem[];
  actions: CommitteeItem[];
}

export interface Sponsor {
  id: string;
  eventId: string;
  eventTitle: Translated;
  eventStartsAt: string;
  organisationId: string | null;
  name: string;
  package: string;
  amountCents: number | null;
  currency: string;
  reportedReach: number | null;
  promises: { id: string; kind: string; detail: string; status: 'promised' | 'delivered' | 'cancelled' }[];
}

export interface SponsorFallout {
  attendance: { confirmed: number; attended: number; organisations: number; countries: string[] };
  reach: { registrations: number; reported: number | null; total: number };
  meetings: { heldAtEvent: number; heldBySponsor: number; agreementsBySponsor: number };
  feedback: { answers: number; rating: number | null };
  promises: { delivered: number; total: number };
  costPerAttendee: number | null;
  event: { held: boolean };
}

export interface AxisActivity {
  id: string;
  kind: string;
  slug: string;
  name: Translated;
  members: number;
  events: number;
  participations: number;
  taskforces: number;
  actions: number;
}
