import type { Locale, Translated } from '../../api/types';

/** Shapes of the events API (see /api/openapi.json: Event, EventDetail, Attendee…). */

export const eventKinds = [
  'conference',
  'business_convention',
  'business_corner',
  'company_visit',
  'brainstorming',
  'networking',
  'round_table',
  'workshop',
  'open_day',
  'committee',
  'training',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const activityKinds = ['round_table', 'workshop', 'talk', 'visit', 'other'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export type QuestionKind = 'text' | 'choice' | 'multi' | 'boolean';
export interface EventQuestion {
  id: string;
  kind: QuestionKind;
  label: Translated;
  options?: { id: string; label: Translated }[];
  required: boolean;
}

export type Answers = Record<string, string | string[] | boolean>;

export interface EventItem {
  id: string;
  networkId: string;
  kind: EventKind;
  title: Translated;
  description: Translated;
  venue: string;
  address: string;
  postcode: string;
  commune: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  localStartsAt: string;
  localEndsAt: string;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  localRegistrationOpensAt: string | null;
  localRegistrationClosesAt: string | null;
  questions: EventQuestion[];
  status: 'draft' | 'published' | 'cancelled';
  visibility: 'public' | 'network';
  cancelledAt: string | null;
  cancelReason: string;
  createdAt: string;
  updatedAt: string;
}

export interface EventSummary extends EventItem {
  confirmed: number;
  waitlisted: number;
  myStatus: 'confirmed' | 'waitlisted' | null;
}

export interface EventPage {
  items: EventSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export type Attendance = 'unknown' | 'attended' | 'no_show';

export interface MyRegistration {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  organisationId: string | null;
  answers: Answers;
  checkInCode: string;
  checkedInAt: string | null;
  attendance: Attendance;
  waitlistPosition: number | null;
  createdAt: string;
}

export type RegistrationState = 'open' | 'not_published' | 'event_cancelled' | 'registration_not_open' | 'registration_closed';

export interface NetworkRef {
  id: string;
  slug: string;
  name: string;
}

export interface EventDetail {
  event: EventItem;
  network: NetworkRef;
  counts: { confirmed: number; waitlisted: number; checkedIn: number; seatsLeft: number | null };
  canManage: boolean;
  canRegister: boolean;
  canReadMinutes: boolean;
  registrationState: RegistrationState;
  myRegistration: MyRegistration | null;
  organisationsInNetwork: string[];
}

export interface Attendee {
  id: string;
  userId: string | null;
  name: string;
  email: string;
  organisationId: string | null;
  organisationName: string;
  status: RegistrationStatus;
  answers: Answers;
  checkInCode: string;
  checkedInAt: string | null;
  attendance: Attendance;
  createdAt: string;
}

export interface Activity {
  id: string;
  eventId: string;
  kind: ActivityKind;
  title: Translated;
  description: Translated;
  room: string;
  startsAt: string;
  endsAt: string;
  localStartsAt: string;
  localEndsAt: string;
  capacity: number | null;
  position: number;
  confirmed: number;
  waitlisted: number;
  myStatus: 'confirmed' | 'waitlisted' | null;
}

export interface Feedback {
  rating: number;
  usefulness: number | null;
  newContacts: number | null;
  wouldReturn: boolean | null;
  comment: string;
  updatedAt: string;
}

export interface FeedbackSummary {
  answers: number;
  averageRating: number | null;
  averageUsefulness: number | null;
  newContacts: number;
  wouldReturn: number;
  wouldReturnAnswers: number;
  distribution: { rating: number; count: number }[];
  comments: { rating: number; comment: string; at: string }[];
}

export interface Decision {
  id: string;
  kind: 'decision' | 'action';
  body: string;
  ownerUserId: string | null;
  ownerOrganisationId: string | null;
  ownerName: string;
  ownerOrganisationName: string;
  dueOn: string | null;
  status: 'open' | 'done' | 'dropped';
  position: number;
  createdAt: string;
}

export interface Minutes {
  canEdit: boolean;
  body: string;
  published: boolean;
  updatedAt: string | null;
  decisions: Decision[];
}

export interface MyRegistrationRow {
  registration: MyRegistration;
  event: EventItem;
  network: NetworkRef;
}

export type { Locale };
