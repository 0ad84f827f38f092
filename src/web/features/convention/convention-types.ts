import type { Translated } from '../../api/types';

export const participantRoles = ['buyer', 'supplier', 'subcontractor', 'other'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const spokenLanguages = ['fr', 'de', 'en', 'nl', 'lb', 'it', 'es', 'pt', 'pl'] as const;
export const outcomeLevels = ['no_further_contact', 'knowledge_gained', 'valuable_contact', 'negotiation_started', 'agreement_reached'] as const;
export type OutcomeLevel = (typeof outcomeLevels)[number];
export type ScheduleStatus = 'draft' | 'generating' | 'generated' | 'published';

export interface DaySetup {
  sessions: { name: string; startsAt: string; endsAt: string }[];
  slotMinutes: number;
  changeoverMinutes: number;
  breaks: { label: string; startsAt: string; endsAt: string }[];
  tables: string[];
}

export interface Slot {
  id: string;
  session: number;
  startsAt: string;
  endsAt: string;
}

export interface Convention {
  eventId: string;
  title: Translated;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  manage: boolean;
  requestDeadline: string | null;
  maxRequestsPerParticipant: number | null;
  maxMeetingsPerParticipant: number | null;
  scheduleStatus: ScheduleStatus;
  publishedAt: string | null;
  daySetup: DaySetup | null;
  tables: string[];
  slots: Slot[];
}

export interface ProfileInput {
  role: ParticipantRole;
  organisationId: string | null;
  presentation: string;
  offerCodes: string[];
  needCodes: string[];
  offerKeywords: string[];
  needKeywords: string[];
  languages: string[];
}

export interface MySide {
  registration: { id: string; status: string; checkedIn: boolean } | null;
  participant: (ProfileInput & { id: string; maxMeetings: number | null; fixedTable: number | null; unavailableSlotIds: string[] }) | null;
  draft: ProfileInput | null;
  organisations: { id: string; name: string }[];
}

export interface Participant {
  id: string;
  name: string;
  organisation: { id: string; name: string; country: string; kind: string } | null;
  role: ParticipantRole;
  presentation: string;
  offerCodes: string[];
  needCodes: string[];
  offerKeywords: string[];
  needKeywords: string[];
  languages: string[];
  absent: boolean;
  checkedIn: boolean;
  you?: boolean;
  request?: { id: string; status: string; direction: 'sent' | 'received' } | null;
}

export type Reason =
  | { code: 'their_offer_your_need' | 'your_offer_their_need'; theirCode: string; yourCode: string }
  | { code: 'keyword_in_their_offer' | 'keyword_in_their_need'; word: string }
  | { code: 'buyer_supplier' | 'supplier_subcontractor'; theirRole: ParticipantRole }
  | { code: 'common_language'; languages: string[] }
  | { code: 'cross_border'; theirCountry: string };

export interface Suggestion {
  participantId: string;
  score: number;
  reasons: Reason[];
  noCommonLanguage: boolean;
  participant: Participant;
}

export interface MeetingRequest {
  id: string;
  direction: 'sent' | 'received';
  status: 'pending' | 'accepted' | 'declined' | 'cancelled';
  message: string;
  priority: number;
  responseMessage: string;
  createdAt: string;
  other: { id: string; name: string; organisation: string };
  meeting: { id: string; status: string } | null;
}

export interface AgendaMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  table: string;
  status: 'scheduled' | 'held' | 'no_show';
  counterpart: { id: string; name: string; organisation: string; role: ParticipantRole; languages: string[]; country: string | null };
  outcomes: { event: { outcome: OutcomeLevel; comment: string } | null; followup: { outcome: OutcomeLevel; comment: string } | null };
}

export interface Agenda {
  published: boolean;
  timeZone: string;
  participant: { id: string; name: string; organisation: string; role: ParticipantRole; checkInCode: string };
  breaks: { label: string; startsAt: string; endsAt: string }[];
  meetings: AgendaMeeting[];
}

export interface BoardMeeting {
  id: string;
  a: { id: string; name: string; organisation: string };
  b: { id: string; name: string; organisation: string };
  weight: number;
  status: 'scheduled' | 'unscheduled' | 'held' | 'no_show';
  slotId: string | null;
  table: number | null;
  locked: boolean;
  published: { slotId: string; table: number } | null;
  changed: boolean;
  reason: string;
  noShowParticipantId: string | null;
}

export interface BoardParticipant {
  id: string;
  name: string;
  organisation: string;
  role: ParticipantRole;
  fixedTable: number | null;
  maxMeetings: number | null;
  absent: boolean;
  checkedIn: boolean;
  /** Added at the desk on the day, without an account. */
  walkIn: boolean;
  unavailableSlotIds: string[];
  meetings: number;
}

export interface Board {
  status: ScheduleStatus;
  publishedAt: string | null;
  tables: string[];
  slots: Slot[];
  meetings: BoardMeeting[];
  participants: BoardParticipant[];
  runs: { id: string; mode: 'full' | 'keep-published'; status: string; stats: Record<string, number> | null; released: string[]; error: string | null; createdAt: string; finishedAt: string | null }[];
  quality: { meetings: number; scheduled: number; unscheduled: number; breaks: number; maxBreaks: number; starved: number; weight: number; upperBound: number | null; valid: boolean; violations: string[] };
}

export interface Statistics {
  participants: number;
  participantsByRole: Record<ParticipantRole, number>;
  checkedIn: number;
  absent: number;
  requests: { total: number; pending: number; accepted: number; declined: number; cancelled: number };
  acceptanceRate: number | null;
  meetings: Record<'scheduled' | 'unscheduled' | 'held' | 'no_show' | 'cancelled', number>;
  meetingsHeld: number;
  noShows: number;
  outcomes: { event: Record<OutcomeLevel, number>; followup: Record<OutcomeLevel, number> };
  meetingsWithOutcome: number;
  negotiationsOrBetter: number;
  agreements: number;
}
