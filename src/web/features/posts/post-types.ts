import type { Translated } from '../../api/types';

/** Shapes of the needs-and-offers API (see /api/openapi.json, tags "Needs and offers" and "Skills and jobs"). */
export const postKinds = [
  'capacity_offer',
  'capacity_sought',
  'recruitment',
  'training_need',
  'training_offer',
  'skills_offer',
  'subcontracting_offer',
  'subcontracting_sought',
  'purchase_request',
  'problem',
  'collaboration',
] as const;
export type PostKind = (typeof postKinds)[number];
export const postStatuses = ['open', 'in_discussion', 'fulfilled', 'closed'] as const;
export type PostStatus = (typeof postStatuses)[number];
export const contractKinds = ['permanent', 'fixed_term', 'apprenticeship', 'internship', 'temporary', 'seasonal', 'freelance'] as const;
export const urgencies = ['low', 'normal', 'high', 'urgent'] as const;
export const trainingFormats = ['any', 'classroom', 'on_site', 'online', 'blended'] as const;
export const purchaseCriteria = ['sse_supplier', 'local_supplier', 'sheltered_work', 'insertion', 'circular', 'low_carbon', 'certified', 'short_circuit'] as const;
export const outcomes = ['deal', 'project', 'referral', 'nothing'] as const;
export const referralStatuses = ['sent', 'acknowledged', 'candidates_proposed', 'filled', 'closed_unfilled'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export interface PostListItem {
  id: string;
  kind: PostKind;
  title: Translated;
  status: PostStatus;
  organisationId: string;
  organisationName: string;
  commune: string;
  country: string | null;
  naceCodes: string[];
  occupationCodes: string[];
  skillCodes: string[];
  visibility: string;
  expiresOn: string | null;
  createdAt: string;
  interests: number;
}

export interface PostPageData {
  items: PostListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Post {
  id: string;
  organisationId: string;
  kind: PostKind;
  title: Translated;
  body: Translated;
  naceCodes: string[];
  occupationCodes: string[];
  skillCodes: string[];
  keywords: string[];
  resourceId: string | null;
  details: { volume?: string; quantity?: string; criteria?: string[]; deadline?: string };
  postcode: string;
  commune: string;
  country: string | null;
  startsOn: string | null;
  endsOn: string | null;
  expiresOn: string | null;
  visibility: string;
  status: PostStatus;
  createdAt: string;
  closedAt: string | null;
}

export interface Referral {
  id: string;
  postId: string;
  networkId: string;
  operatorOrganisationId: string;
  status: ReferralStatus;
  dueAt: string | null;
  remindedAt: string | null;
  candidatesCount: number | null;
  createdAt: string;
  closedAt: string | null;
}

export interface ReferralWithHistory extends Referral {
  operatorName: string;
  events: { id: string; status: string; note: string; at: string }[];
}

export interface Interest {
  id: string;
  postId: string;
  organisationId: string;
  fromPostId: string | null;
  coordinatorIncluded: boolean;
  status: 'open' | 'closed' | 'withdrawn';
  outcome: (typeof outcomes)[number] | null;
  outcomeNote: string;
  outcomeAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PostDetail {
  post: Post;
  canEdit: boolean;
  organisation: { id: string; name: string; kind: string; commune: string; country: string };
  networks: { id: string; slug: string; name: string }[];
  recruitment: { occupationCode: string; headcount: number; contract: string; startOn: string | null; urgency: string } | null;
  training: { topic: string; headcount: number; periodStart: string | null; periodEnd: string | null; format: string; eventId: string | null } | null;
  resource: { id: string; name: string; kind: string } | null;
  referrals: ReferralWithHistory[];
  interests: (Interest & { organisationName: string })[];
}

export interface MatchReason {
  kind: 'occupation' | 'skills' | 'sector' | 'keywords' | 'distance' | 'network' | 'ties' | 'organisationKind';
  points: number;
  level?: string;
  via?: string;
  codes?: string[];
  words?: string[];
  km?: number;
  networkIds?: string[];
  count?: number;
  organisationKind?: string;
}

export interface Matches {
  posts: { postId: string; kind: PostKind; title: Translated; organisationId: string; organisationName: string; score: number; reasons: MatchReason[] }[];
  organisations: { organisationId: string; name: string; kind: string; commune: string; country: string; score: number; reasons: MatchReason[] }[];
  concepts: Record<string, Translated>;
  networks: Record<string, string>;
}

export interface Conversation {
  interest: Interest;
  post: { id: string; kind: PostKind; title: Translated; status: PostStatus; organisationId: string; organisationName: string };
  organisationName: string;
  side: 'owner' | 'interested' | null;
  messages: { id: string; body: string; authorName: string; organisationName: string; mine: boolean; createdAt: string }[];
  canWrite: boolean;
}

export interface ConversationItem extends Interest {
  postTitle: Translated;
  postKind: PostKind;
  postOrganisationId: string;
  postOrganisationName: string;
  organisationName: string;
  messages: number;
}

export interface Concept {
  key: string;
  scheme: string;
  kind: string;
  labels: Translated;
}
