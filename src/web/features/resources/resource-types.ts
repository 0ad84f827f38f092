/** Shapes of the pooling API (see /api/openapi.json, tag "Pooling") as the web app reads them. */
import type { Translated, Visibility } from '../../api/types';

export const resourceKinds = ['machine', 'booth', 'line', 'lab', 'vehicle', 'storage', 'room', 'staff'] as const;
export type ResourceKind = (typeof resourceKinds)[number];
export const priceUnits = ['hour', 'half_day', 'day', 'unit'] as const;
export type PriceUnit = (typeof priceUnits)[number];
export type BookingStatus = 'pending' | 'approved' | 'declined' | 'cancelled';

export interface Characteristic {
  key: string;
  value: string;
  unit: string;
}

export interface OpeningRule {
  weekday: number;
  opens: string;
  closes: string;
}

export interface Resource {
  id: string;
  ownerOrganisationId: string;
  kind: ResourceKind;
  name: string;
  description: Translated;
  characteristics: Characteristic[];
  address: string;
  postcode: string;
  commune: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  timeZone: string;
  priceUnit: PriceUnit;
  priceCents: number | null;
  currency: string;
  conditions: Translated;
  insurance: Translated;
  safety: Translated;
  minMinutes: number;
  maxMinutes: number | null;
  leadMinutes: number;
  cancelNoticeMinutes: number;
  bookingMode: 'approval' | 'instant';
  units: number;
  visibility: Visibility;
  status: 'active' | 'archived';
  updatedAt: string;
}

export interface ResourceDetail extends Resource {
  owner: { id: string; name: string };
  networks: { id: string; slug: string; name: string }[];
  networkIds: string[];
  canManage: boolean;
  canBook: boolean;
  /** Organisations the reader may book for (members of the resource's networks first, the owner last). */
  bookAs: { id: string; name: string }[];
  sharedWith: string[];
  openingRules: OpeningRule[];
  exceptions: { id: string; kind: 'closed' | 'open'; start: string; end: string; reason: string }[];
  photos: { id: string; contentType: string; caption: string; position: number }[];
}

export interface Slot {
  start: string;
  end: string;
  freeUnits: number[];
}

export interface ResourceHit {
  id: string;
  name: string;
  kind: ResourceKind;
  description: Translated;
  characteristics: Characteristic[];
  owner: { id: string; name: string };
  commune: string;
  country: string | null;
  distanceKm: number | null;
  timeZone: string;
  priceUnit: PriceUnit;
  priceCents: number | null;
  currency: string;
  bookingMode: 'approval' | 'instant';
  units: number;
  status: 'active' | 'archived';
  visibility: Visibility;
  photoId: string | null;
  slots?: Slot[];
}

export interface ResourcePage {
  items: ResourceHit[];
  total: number;
  complete: boolean;
  page: number;
  pageSize: number;
}

export interface Booking {
  id: string;
  resourceId: string;
  resourceName: string;
  resourceKind: ResourceKind;
  timeZone: string;
  kind: 'booking' | 'owner_use';
  status: BookingStatus;
  start: string;
  end: string;
  units: number;
  heldUnits: number[];
  note: string;
  ownerMessage: string;
  amountCents: number | null;
  currency: string;
  lateCancellation: boolean;
  borrower: { id: string; name: string };
  owner: { id: string; name: string };
  networkSlug: string | null;
  canManage: boolean;
  isBorrower: boolean;
  staffLoan: StaffLoan | null;
}

export interface StaffLoan {
  personName: string;
  consentGiven: boolean;
  consentDate: string;
  hourlyCostCents: number;
  costBasis: string;
  noProfit: boolean;
  agreementReference: string;
}

export interface BookingSummary {
  id: string;
  resourceId: string;
  resourceName: string;
  resourceKind: ResourceKind;
  timeZone: string;
  kind: 'booking' | 'owner_use';
  status: BookingStatus;
  start: string;
  end: string;
  units: number;
  note: string;
  ownerMessage: string;
  amountCents: number | null;
  currency: string;
  lateCancellation: boolean;
  borrower: { id: string; name: string };
  owner: { id: string; name: string };
  requestedBy: string;
  createdAt: string;
  approvable: boolean | null;
}

export interface CalendarView {
  resourceId: string;
  timeZone: string;
  units: number;
  from: string;
  to: string;
  open: { start: string; end: string }[];
  exceptions: { id: string; kind: 'closed' | 'open'; start: string; end: string; reason: string }[];
  busy: { start: string; end: string; units: number[]; kind: 'booking' | 'owner_use'; mine: boolean; bookingId?: string; borrower?: string }[];
  pending: { bookingId: string; start: string; end: string; units: number; borrower: string }[];
  canManage: boolean;
}

export interface PeriodUse {
  label: string;
  start: string;
  end: string;
  availableHours: number;
  bookedHours: number;
  ownerHours: number;
  utilisation: number;
  occupancy: number;
}

export interface Utilisation {
  resourceId: string;
  timeZone: string;
  period: 'week' | 'month';
  total: Omit<PeriodUse, 'label' | 'start' | 'end'>;
  periods: PeriodUse[];
}

export interface OwnerReport {
  resources: {
    id: string;
    name: string;
    kind: ResourceKind;
    owner: { id: string; name: string };
    currency: string;
    availableHours: number;
    bookedHours: number;
    ownerHours: number;
    utilisation: number;
    occupancy: number;
    bookings: number;
    periods: { label: string; utilisation: number; occupancy: number; bookedHours: number }[];
  }[];
  borrowers: { borrower: { id: string; name: string }; bookings: number; hours: number; share: number; amountCents: number; onRequest: number; lateCancellations: number }[];
  totals: { availableHours: number; bookedHours: number; ownerHours: number; amountCents: number; bookings: number };
}

export interface NetworkOverview {
  totals: { resources: number; sharingMembers: number; borrowingMembers: number; bookings: number; bookedHours: number; availableHours: number; utilisation: number; ties: number };
  resources: { id: string; name: string; kind: ResourceKind; owner: { id: string; name: string }; availableHours: number; bookedHours: number; ownerHours: number; utilisation: number; bookings: number; borrowers: number }[];
  sharing: { organisation: { id: string; name: string }; resources: number; hoursLent: number; borrowers: number }[];
  borrowing: { organisation: { id: string; name: string }; bookings: number; hours: number; owners: number }[];
}

/** The body of a 409: what the range collides with. */
export interface Conflict {
  type: 'booking' | 'owner_use' | 'closed' | 'outside_opening_hours' | 'pending';
  start: string;
  end: string;
  borrower?: string;
  reason?: string;
}
