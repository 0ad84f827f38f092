// Drizzle table definitions mirroring src/db/migrations/*.sql, which are the source of truth for the schema.
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type Role = 'coordinator' | 'member' | 'partner' | 'observer';
export type Visibility = 'public' | 'network' | 'organisations' | 'coordinators';
export type Locale = 'fr' | 'de' | 'en' | 'nl';
export type OrganisationKind = 'company' | 'sse' | 'association' | 'research' | 'training' | 'employment' | 'public' | 'agency';
export type Translated = Partial<Record<Locale, string>>;
export type SizeBand = '0' | '1-9' | '10-49' | '50-249' | '250-999' | '1000+';

// bytea as a Node Buffer on both drivers. Written as base64 text that the database decodes: bound as bytes, the
// embedded engine's driver spells them out in hex one byte at a time, which took 730 MB of memory to store a 10 MB
// import file (100,000 rows, bench/directory import).
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (v) => sql`decode(${Buffer.from(v).toString('base64')}, 'base64')` as unknown as Buffer,
  fromDriver: (v) => Buffer.from(v),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  name: text('name').notNull().default(''),
  passwordHash: text('password_hash'),
  locale: text('locale').$type<Locale>().notNull().default('fr'),
  isAdmin: boolean('is_admin').notNull().default(false),
  phone: text('phone').notNull().default(''),
  anonymisedAt: ts('anonymised_at'),
  disabledAt: ts('disabled_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: ts('expires_at').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  name: text('name').notNull().default(''),
  tokenHash: text('token_hash').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  agency: text('agency').notNull().default(''),
  description: jsonb('description').$type<Translated>().notNull().default({}),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  legalName: text('legal_name').notNull().default(''),
  kind: text('kind').$type<OrganisationKind>().notNull().default('company'),
  country: text('country').notNull(),
  postcode: text('postcode').notNull().default(''),
  commune: text('commune').notNull().default(''),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  naceCodes: text('nace_codes').array().notNull().default([]),
  website: text('website').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  description: jsonb('description').$type<Translated>().notNull().default({}),
  visibility: text('visibility').$type<Visibility>().notNull().default('network'),
  publicConsent: boolean('public_consent').notNull().default(false),
  beEnterprise: text('be_enterprise'),
  frSiren: text('fr_siren'),
  frSiret: text('fr_siret'),
  luRcs: text('lu_rcs'),
  deRegister: text('de_register'),
  deCourt: text('de_court').notNull().default(''),
  sizeBand: text('size_band').$type<SizeBand>(),
  address: text('address').notNull().default(''),
  capabilities: text('capabilities').array().notNull().default([]),
  certifications: text('certifications').array().notNull().default([]),
  tags: text('tags').array().notNull().default([]),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const networkCategories = pgTable('network_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull(),
  kind: text('kind').$type<'ecosystem' | 'axis'>().notNull(),
  slug: text('slug').notNull(),
  name: jsonb('name').$type<Translated>().notNull().default({}),
  position: integer('position').notNull().default(0),
});

export const organisationCategories = pgTable(
  'organisation_categories',
  {
    organisationId: uuid('organisation_id').notNull(),
    categoryId: uuid('category_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.categoryId] })],
);

export const postalCodes = pgTable(
  'postal_codes',
  {
    country: text('country').notNull(),
    postcode: text('postcode').notNull(),
    place: text('place').notNull(),
    placeKey: text('place_key').notNull(),
    region: text('region').notNull().default(''),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
  },
  (t) => [primaryKey({ columns: [t.country, t.postcode, t.placeKey] })],
);

export const imports = pgTable('imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull(),
  createdBy: uuid('created_by'),
  fileName: text('file_name').notNull(),
  format: text('format').$type<'csv' | 'xlsx'>().notNull(),
  sheet: text('sheet'),
  content: bytea('content').notNull(),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull().default({}),
  status: text('status').$type<'uploaded' | 'analysing' | 'analysed' | 'committing' | 'committed' | 'failed'>().notNull().default('uploaded'),
  processed: integer('processed').notNull().default(0),
  total: integer('total').notNull().default(0),
  report: jsonb('report').$type<unknown>(),
  error: text('error'),
  createdAt: ts('created_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
});

export const recordShares = pgTable(
  'record_shares',
  {
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId, t.organisationId] })],
);

export const networkOrganisations = pgTable(
  'network_organisations',
  {
    networkId: uuid('network_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    joinedAt: ts('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organisationId] })],
);

export const networkRoles = pgTable(
  'network_roles',
  {
    networkId: uuid('network_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<Role>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId, t.role] })],
);

export const representatives = pgTable(
  'representatives',
  {
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] })],
);

export const authTokens = pgTable('auth_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<'reset' | 'invite'>().notNull(),
  tokenHash: text('token_hash').notNull(),
  email: text('email').notNull(),
  userId: uuid('user_id'),
  networkId: uuid('network_id'),
  role: text('role').$type<Role>(),
  organisationId: uuid('organisation_id'),
  createdBy: uuid('created_by'),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const loginAttempts = pgTable('login_attempts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  key: text('key').notNull(),
  succeeded: boolean('succeeded').notNull(),
  at: ts('at').notNull().defaultNow(),
});

export const outbox = pgTable('outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  bodyHtml: text('body_html'),
  status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull().defaultNow(),
  sentAt: ts('sent_at'),
});

export const jobs = pgTable('jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  payload: jsonb('payload').$type<unknown>().notNull().default({}),
  status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(5),
  /** Higher first among due jobs (0017): see JOB_PRIORITIES in src/jobs/queue.ts. */
  priority: smallint('priority').notNull().default(0),
  runAt: ts('run_at').notNull().defaultNow(),
  lockedUntil: ts('locked_until'),
  lockedBy: text('locked_by'),
  lastError: text('last_error'),
  result: jsonb('result').$type<unknown>(),
  createdAt: ts('created_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
});

export const auditLog = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: ts('at').notNull().defaultNow(),
  actorUserId: uuid('actor_user_id'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
});

// Events (0008_events.sql).
export type EventKind =
  | 'conference' | 'business_convention' | 'business_corner' | 'company_visit' | 'brainstorming' | 'networking'
  | 'round_table' | 'workshop' | 'open_day' | 'committee' | 'training' | 'other';
export type EventStatus = 'draft' | 'published' | 'cancelled';
export type EventVisibility = 'public' | 'network';
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export type Attendance = 'unknown' | 'attended' | 'no_show';
export type EventQuestion = {
  id: string;
  kind: 'text' | 'choice' | 'multi' | 'boolean';
  label: Translated;
  options?: { id: string; label: Translated }[];
  required: boolean;
};
export type EventAnswers = Record<string, string | string[] | boolean>;

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull(),
  kind: text('kind').$type<EventKind>().notNull(),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  description: jsonb('description').$type<Translated>().notNull().default({}),
  venue: text('venue').notNull().default(''),
  address: text('address').notNull().default(''),
  postcode: text('postcode').notNull().default(''),
  commune: text('commune').notNull().default(''),
  country: text('country'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  onlineUrl: text('online_url').notNull().default(''),
  timeZone: text('time_zone').notNull().default('Europe/Brussels'),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  capacity: integer('capacity'),
  registrationOpensAt: ts('registration_opens_at'),
  registrationClosesAt: ts('registration_closes_at'),
  questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
  status: text('status').$type<EventStatus>().notNull().default('draft'),
  visibility: text('visibility').$type<EventVisibility>().notNull().default('network'),
  cancelledAt: ts('cancelled_at'),
  cancelReason: text('cancel_reason').notNull().default(''),
  reminderSentAt: ts('reminder_sent_at'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const eventRegistrations = pgTable('event_registrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  userId: uuid('user_id'),
  organisationId: uuid('organisation_id'),
  status: text('status').$type<RegistrationStatus>().notNull(),
  answers: jsonb('answers').$type<EventAnswers>().notNull().default({}),
  checkInCode: text('check_in_code').notNull(),
  checkedInAt: ts('checked_in_at'),
  checkedInBy: uuid('checked_in_by'),
  attendance: text('attendance').$type<Attendance>().notNull().default('unknown'),
  waitlistedAt: ts('waitlisted_at'),
  confirmedAt: ts('confirmed_at'),
  cancelledAt: ts('cancelled_at'),
  reminderSentAt: ts('reminder_sent_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const eventActivities = pgTable('event_activities', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  kind: text('kind').$type<'round_table' | 'workshop' | 'talk' | 'visit' | 'other'>().notNull().default('workshop'),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  description: jsonb('description').$type<Translated>().notNull().default({}),
  room: text('room').notNull().default(''),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  capacity: integer('capacity'),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const eventActivitySignups = pgTable(
  'event_activity_signups',
  {
    activityId: uuid('activity_id').notNull(),
    registrationId: uuid('registration_id').notNull(),
    status: text('status').$type<'confirmed' | 'waitlisted'>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.registrationId] })],
);

export const eventFeedback = pgTable('event_feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  registrationId: uuid('registration_id').notNull(),
  rating: smallint('rating').notNull(),
  usefulness: smallint('usefulness'),
  newContacts: integer('new_contacts'),
  wouldReturn: boolean('would_return'),
  comment: text('comment').notNull().default(''),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const eventMinutes = pgTable('event_minutes', {
  eventId: uuid('event_id').primaryKey(),
  body: text('body').notNull().default(''),
  published: boolean('published').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const eventDecisions = pgTable('event_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  kind: text('kind').$type<'decision' | 'action'>().notNull().default('decision'),
  body: text('body').notNull(),
  ownerUserId: uuid('owner_user_id'),
  ownerOrganisationId: uuid('owner_organisation_id'),
  dueOn: date('due_on', { mode: 'string' }),
  status: text('status').$type<'open' | 'done' | 'dropped'>().notNull().default('open'),
  position: integer('position').notNull().default(0),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const calendarFeedTokens = pgTable('calendar_feed_tokens', {
  userId: uuid('user_id').primaryKey(),
  tokenHash: text('token_hash').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
});

// Pooling of industrial means (0010_resources.sql). Ranges and local times travel as PostgreSQL text.
export type ResourceKind = 'machine' | 'booth' | 'line' | 'lab' | 'vehicle' | 'storage' | 'room' | 'staff';
export type PriceUnit = 'hour' | 'half_day' | 'day' | 'unit';
export type BookingStatus = 'pending' | 'approved' | 'declined' | 'cancelled';
export interface Characteristic {
  key: string;
  value: string;
  unit: string;
}
const pgText = (type: string) => customType<{ data: string }>({ dataType: () => type });
const tstzrange = pgText('tstzrange');
const localTime = pgText('time');
const isoDate = pgText('date');

export const resources = pgTable('resources', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerOrganisationId: uuid('owner_organisation_id').notNull(),
  kind: text('kind').$type<ResourceKind>().notNull(),
  name: text('name').notNull(),
  description: jsonb('description').$type<Translated>().notNull().default({}),
  characteristics: jsonb('characteristics').$type<Characteristic[]>().notNull().default([]),
  address: text('address').notNull().default(''),
  postcode: text('postcode').notNull().default(''),
  commune: text('commune').notNull().default(''),
  country: text('country'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  timeZone: text('time_zone').notNull().default('Europe/Brussels'),
  priceUnit: text('price_unit').$type<PriceUnit>().notNull().default('hour'),
  priceCents: integer('price_cents'),
  currency: text('currency').notNull().default('EUR'),
  conditions: jsonb('conditions').$type<Translated>().notNull().default({}),
  insurance: jsonb('insurance').$type<Translated>().notNull().default({}),
  safety: jsonb('safety').$type<Translated>().notNull().default({}),
  minMinutes: integer('min_minutes').notNull().default(60),
  maxMinutes: integer('max_minutes'),
  leadMinutes: integer('lead_minutes').notNull().default(0),
  cancelNoticeMinutes: integer('cancel_notice_minutes').notNull().default(2880),
  bookingMode: text('booking_mode').$type<'approval' | 'instant'>().notNull().default('approval'),
  units: integer('units').notNull().default(1),
  visibility: text('visibility').$type<Visibility>().notNull().default('network'),
  status: text('status').$type<'active' | 'archived'>().notNull().default('active'),
  searchText: text('search_text').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const resourceNetworks = pgTable(
  'resource_networks',
  { resourceId: uuid('resource_id').notNull(), networkId: uuid('network_id').notNull() },
  (t) => [primaryKey({ columns: [t.resourceId, t.networkId] })],
);

export const resourcePhotos = pgTable('resource_photos', {
  id: uuid('id').primaryKey().defaultRandom(),
  resourceId: uuid('resource_id').notNull(),
  contentType: text('content_type').$type<'image/jpeg' | 'image/png' | 'image/webp'>().notNull(),
  bytes: bytea('bytes').notNull(),
  caption: text('caption').notNull().default(''),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const resourceOpeningRules = pgTable('resource_opening_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  resourceId: uuid('resource_id').notNull(),
  weekday: integer('weekday').notNull(),
  opens: localTime('opens').notNull(),
  closes: localTime('closes').notNull(),
});

export const resourceExceptions = pgTable('resource_exceptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  resourceId: uuid('resource_id').notNull(),
  kind: text('kind').$type<'closed' | 'open'>().notNull(),
  period: tstzrange('period').notNull(),
  reason: text('reason').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const resourceBookings = pgTable('resource_bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  resourceId: uuid('resource_id').notNull(),
  kind: text('kind').$type<'booking' | 'owner_use'>().notNull().default('booking'),
  borrowerOrganisationId: uuid('borrower_organisation_id').notNull(),
  requestedBy: uuid('requested_by'),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  units: integer('units').notNull().default(1),
  status: text('status').$type<BookingStatus>().notNull().default('pending'),
  note: text('note').notNull().default(''),
  ownerMessage: text('owner_message').notNull().default(''),
  amountCents: integer('amount_cents'),
  currency: text('currency').notNull().default('EUR'),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  cancelledBy: uuid('cancelled_by'),
  cancelledAt: ts('cancelled_at'),
  lateCancellation: boolean('late_cancellation').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const resourceBookingUnits = pgTable(
  'resource_booking_units',
  {
    bookingId: uuid('booking_id').notNull(),
    resourceId: uuid('resource_id').notNull(),
    unit: integer('unit').notNull(),
    period: tstzrange('period').notNull(),
    released: boolean('released').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.unit] })],
);

export const staffLoans = pgTable('staff_loans', {
  id: uuid('id').primaryKey().defaultRandom(),
  bookingId: uuid('booking_id').notNull(),
  personName: text('person_name').notNull(),
  consentGiven: boolean('consent_given').notNull(),
  consentDate: isoDate('consent_date').notNull(),
  hourlyCostCents: integer('hourly_cost_cents').notNull(),
  costBasis: text('cost_basis').notNull().default(''),
  noProfit: boolean('no_profit').notNull(),
  agreementReference: text('agreement_reference').notNull(),
  recordedBy: uuid('recorded_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

// Business conventions (0009_conventions.sql).
export type ConventionRole = 'buyer' | 'supplier' | 'subcontractor' | 'other';
export type ConventionScheduleStatus = 'draft' | 'generating' | 'generated' | 'published';
export type ConventionRequestStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';
export type ConventionMeetingStatus = 'scheduled' | 'unscheduled' | 'held' | 'no_show' | 'cancelled';
export type ConventionOutcome = 'no_further_contact' | 'knowledge_gained' | 'valuable_contact' | 'negotiation_started' | 'agreement_reached';

export const conventionSettings = pgTable('convention_settings', {
  eventId: uuid('event_id').primaryKey(),
  daySetup: jsonb('day_setup').$type<unknown>(),
  tableNames: text('table_names').array().notNull().default([]),
  requestDeadline: ts('request_deadline'),
  maxRequestsPerParticipant: integer('max_requests_per_participant'),
  maxMeetingsPerParticipant: integer('max_meetings_per_participant'),
  scheduleStatus: text('schedule_status').$type<ConventionScheduleStatus>().notNull().default('draft'),
  publishedAt: ts('published_at'),
  followupReminderSentAt: ts('followup_reminder_sent_at'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const conventionSlots = pgTable('convention_slots', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  session: integer('session').notNull(),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
});

export const conventionParticipants = pgTable('convention_participants', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  registrationId: uuid('registration_id').notNull(),
  userId: uuid('user_id'),
  organisationId: uuid('organisation_id'),
  role: text('role').$type<ConventionRole>().notNull(),
  presentation: text('presentation').notNull().default(''),
  offerCodes: text('offer_codes').array().notNull().default([]),
  needCodes: text('need_codes').array().notNull().default([]),
  offerKeywords: text('offer_keywords').array().notNull().default([]),
  needKeywords: text('need_keywords').array().notNull().default([]),
  languages: text('languages').array().notNull().default([]),
  maxMeetings: integer('max_meetings'),
  fixedTable: integer('fixed_table'),
  absentAt: ts('absent_at'),
  // A walk-in added at the desk has no account (0016): their name, organisation and optional e-mail.
  walkInName: text('walk_in_name'),
  walkInOrganisation: text('walk_in_organisation').notNull().default(''),
  walkInEmail: text('walk_in_email'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const conventionUnavailability = pgTable(
  'convention_unavailability',
  {
    participantId: uuid('participant_id').notNull(),
    slotId: uuid('slot_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.slotId] })],
);

export const conventionRequests = pgTable('convention_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  requesterId: uuid('requester_id').notNull(),
  recipientId: uuid('recipient_id').notNull(),
  message: text('message').notNull().default(''),
  priority: smallint('priority').notNull().default(2),
  status: text('status').$type<ConventionRequestStatus>().notNull().default('pending'),
  responsePriority: smallint('response_priority'),
  responseMessage: text('response_message').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  respondedAt: ts('responded_at'),
});

export const conventionMeetings = pgTable('convention_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  requestId: uuid('request_id').notNull(),
  participantA: uuid('participant_a').notNull(),
  participantB: uuid('participant_b').notNull(),
  weight: smallint('weight').notNull().default(4),
  status: text('status').$type<ConventionMeetingStatus>().notNull().default('unscheduled'),
  slotId: uuid('slot_id'),
  tableNumber: integer('table_number'),
  locked: boolean('locked').notNull().default(false),
  unscheduledReason: text('unscheduled_reason').notNull().default(''),
  publishedSlotId: uuid('published_slot_id'),
  publishedTable: integer('published_table'),
  noShowParticipantId: uuid('no_show_participant_id'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const conventionOutcomes = pgTable(
  'convention_outcomes',
  {
    meetingId: uuid('meeting_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    stage: text('stage').$type<'event' | 'followup'>().notNull(),
    outcome: text('outcome').$type<ConventionOutcome>().notNull(),
    comment: text('comment').notNull().default(''),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.participantId, t.stage] })],
);

/** Participants e-mailed their agenda for a publication (0016): a retried mail batch never mails twice. */
export const conventionMailings = pgTable(
  'convention_mailings',
  {
    eventId: uuid('event_id').notNull(),
    publishedAt: ts('published_at').notNull(),
    participantId: uuid('participant_id').notNull(),
    queuedAt: ts('queued_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.publishedAt, t.participantId] })],
);

export const conventionScheduleRuns = pgTable('convention_schedule_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  mode: text('mode').$type<'full' | 'keep-published'>().notNull(),
  status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
  seed: integer('seed').notNull().default(1),
  requestedBy: uuid('requested_by'),
  stats: jsonb('stats').$type<Record<string, unknown>>(),
  released: jsonb('released').$type<string[]>().notNull().default([]),
  error: text('error'),
  createdAt: ts('created_at').notNull().defaultNow(),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
});

// Needs and offers, skills and jobs, taskforces (0011_posts.sql).
export type PostKind =
  | 'capacity_offer' | 'capacity_sought' | 'recruitment' | 'training_need' | 'training_offer' | 'skills_offer'
  | 'subcontracting_offer' | 'subcontracting_sought' | 'purchase_request' | 'problem' | 'collaboration';
export type PostStatus = 'open' | 'in_discussion' | 'fulfilled' | 'closed';
export type ContractKind = 'permanent' | 'fixed_term' | 'apprenticeship' | 'internship' | 'temporary' | 'seasonal' | 'freelance';
export type Urgency = 'low' | 'normal' | 'high' | 'urgent';
export type TrainingFormat = 'any' | 'classroom' | 'on_site' | 'online' | 'blended';
export type InterestOutcome = 'deal' | 'project' | 'referral' | 'nothing';
export type NeedKind = 'recruitment' | 'apprenticeship' | 'training';
export type Territory = 'BE' | 'BE-WAL' | 'BE-BRU' | 'BE-VLG' | 'LU' | 'FR' | 'FR-GES' | 'DE' | 'NL';
export type ReferralStatus = 'sent' | 'acknowledged' | 'candidates_proposed' | 'filled' | 'closed_unfilled';
export type TaskforceStatus = 'active' | 'closed' | 'abandoned';
export type TaskforceRole = 'lead' | 'member' | 'expert' | 'host' | 'challenger';
export type PostDetails = { volume?: string; criteria?: string[]; deadline?: string; quantity?: string };

export const skillConcepts = pgTable('skill_concepts', {
  key: text('key').primaryKey(),
  scheme: text('scheme').$type<'esco' | 'isco' | 'rome' | 'skill'>().notNull(),
  uri: text('uri').notNull().default(''),
  kind: text('kind').$type<'occupation' | 'group' | 'skill' | 'knowledge'>().notNull(),
  labels: jsonb('labels').$type<Translated>().notNull().default({}),
  altLabels: jsonb('alt_labels').$type<Partial<Record<Locale, string[]>>>().notNull().default({}),
  broader: text('broader').array().notNull().default([]),
  related: text('related').array().notNull().default([]),
  searchText: text('search_text').notNull().default(''),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const skillConceptRelations = pgTable(
  'skill_concept_relations',
  { occupationKey: text('occupation_key').notNull(), skillKey: text('skill_key').notNull(), essential: boolean('essential').notNull() },
  (t) => [primaryKey({ columns: [t.occupationKey, t.skillKey] })],
);

export const posts = pgTable('posts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  kind: text('kind').$type<PostKind>().notNull(),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  body: jsonb('body').$type<Translated>().notNull().default({}),
  naceCodes: text('nace_codes').array().notNull().default([]),
  occupationCodes: text('occupation_codes').array().notNull().default([]),
  skillCodes: text('skill_codes').array().notNull().default([]),
  keywords: text('keywords').array().notNull().default([]),
  matchCodes: text('match_codes').array().notNull().default([]),
  resourceId: uuid('resource_id'),
  details: jsonb('details').$type<PostDetails>().notNull().default({}),
  postcode: text('postcode').notNull().default(''),
  commune: text('commune').notNull().default(''),
  country: text('country'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  startsOn: isoDate('starts_on'),
  endsOn: isoDate('ends_on'),
  expiresOn: isoDate('expires_on'),
  visibility: text('visibility').$type<Visibility>().notNull().default('network'),
  status: text('status').$type<PostStatus>().notNull().default('open'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  closedAt: ts('closed_at'),
});

export const postNetworks = pgTable(
  'post_networks',
  { postId: uuid('post_id').notNull(), networkId: uuid('network_id').notNull() },
  (t) => [primaryKey({ columns: [t.postId, t.networkId] })],
);

export const recruitmentNeeds = pgTable('recruitment_needs', {
  postId: uuid('post_id').primaryKey(),
  occupationCode: text('occupation_code').notNull(),
  headcount: integer('headcount').notNull(),
  contract: text('contract').$type<ContractKind>().notNull(),
  startOn: isoDate('start_on'),
  urgency: text('urgency').$type<Urgency>().notNull().default('normal'),
});

export const trainingNeeds = pgTable('training_needs', {
  postId: uuid('post_id').primaryKey(),
  topic: text('topic').notNull(),
  headcount: integer('headcount').notNull(),
  periodStart: isoDate('period_start'),
  periodEnd: isoDate('period_end'),
  format: text('format').$type<TrainingFormat>().notNull().default('any'),
  eventId: uuid('event_id'),
});

export const postInterests = pgTable('post_interests', {
  id: uuid('id').primaryKey().defaultRandom(),
  postId: uuid('post_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  fromPostId: uuid('from_post_id'),
  createdBy: uuid('created_by'),
  coordinatorIncluded: boolean('coordinator_included').notNull().default(false),
  status: text('status').$type<'open' | 'closed' | 'withdrawn'>().notNull().default('open'),
  outcome: text('outcome').$type<InterestOutcome>(),
  outcomeNote: text('outcome_note').notNull().default(''),
  outcomeBy: uuid('outcome_by'),
  outcomeAt: ts('outcome_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const postMessages = pgTable('post_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  interestId: uuid('interest_id').notNull(),
  authorUserId: uuid('author_user_id'),
  authorOrganisationId: uuid('author_organisation_id'),
  body: text('body').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const networkPostSettings = pgTable('network_post_settings', {
  networkId: uuid('network_id').primaryKey(),
  coordinatorInConversations: boolean('coordinator_in_conversations').notNull().default(false),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const postMatchNotices = pgTable(
  'post_match_notices',
  { postId: uuid('post_id').notNull(), matchedPostId: uuid('matched_post_id').notNull(), score: integer('score').notNull(), notifiedAt: ts('notified_at').notNull().defaultNow() },
  (t) => [primaryKey({ columns: [t.postId, t.matchedPostId] })],
);

export const routingRules = pgTable('routing_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull(),
  needKind: text('need_kind').$type<NeedKind>().notNull(),
  territory: text('territory').$type<Territory>().notNull(),
  postcodePrefixes: text('postcode_prefixes').array().notNull().default([]),
  operatorOrganisationId: uuid('operator_organisation_id').notNull(),
  acknowledgeDays: integer('acknowledge_days').notNull().default(3),
  proposeDays: integer('propose_days').notNull().default(15),
  concludeDays: integer('conclude_days').notNull().default(30),
  active: boolean('active').notNull().default(true),
  note: text('note').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const referrals = pgTable('referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  postId: uuid('post_id').notNull(),
  networkId: uuid('network_id').notNull(),
  ruleId: uuid('rule_id'),
  operatorOrganisationId: uuid('operator_organisation_id').notNull(),
  status: text('status').$type<ReferralStatus>().notNull().default('sent'),
  dueAt: ts('due_at'),
  remindedAt: ts('reminded_at'),
  candidatesCount: integer('candidates_count'),
  acknowledgeDays: integer('acknowledge_days').notNull().default(3),
  proposeDays: integer('propose_days').notNull().default(15),
  concludeDays: integer('conclude_days').notNull().default(30),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  closedAt: ts('closed_at'),
});

export const referralEvents = pgTable('referral_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  referralId: uuid('referral_id').notNull(),
  status: text('status').$type<ReferralStatus | 'reminded'>().notNull(),
  note: text('note').notNull().default(''),
  byUserId: uuid('by_user_id'),
  at: ts('at').notNull().defaultNow(),
});

export const taskforces = pgTable('taskforces', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull(),
  kind: text('kind').$type<'taskforce' | 'peer_challenge'>().notNull().default('taskforce'),
  problemPostId: uuid('problem_post_id'),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  goal: jsonb('goal').$type<Translated>().notNull().default({}),
  leadUserId: uuid('lead_user_id'),
  leadOrganisationId: uuid('lead_organisation_id'),
  hostOrganisationId: uuid('host_organisation_id'),
  sessionAt: ts('session_at'),
  status: text('status').$type<TaskforceStatus>().notNull().default('active'),
  visibility: text('visibility').$type<'network' | 'members'>().notNull().default('network'),
  startsOn: isoDate('starts_on'),
  dueOn: isoDate('due_on'),
  closureSummary: text('closure_summary').notNull().default(''),
  lessonsLearned: text('lessons_learned').notNull().default(''),
  closedAt: ts('closed_at'),
  closedBy: uuid('closed_by'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const taskforceMembers = pgTable(
  'taskforce_members',
  {
    taskforceId: uuid('taskforce_id').notNull(),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id'),
    role: text('role').$type<TaskforceRole>().notNull().default('member'),
    joinedAt: ts('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskforceId, t.userId] })],
);

export const taskforceMilestones = pgTable('taskforce_milestones', {
  id: uuid('id').primaryKey().defaultRandom(),
  taskforceId: uuid('taskforce_id').notNull(),
  title: text('title').notNull(),
  dueOn: isoDate('due_on'),
  doneAt: ts('done_at'),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const taskforceDeliverables = pgTable('taskforce_deliverables', {
  id: uuid('id').primaryKey().defaultRandom(),
  taskforceId: uuid('taskforce_id').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  dueOn: isoDate('due_on'),
  status: text('status').$type<'planned' | 'in_progress' | 'delivered'>().notNull().default('planned'),
  deliveredAt: ts('delivered_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const taskforceDocuments = pgTable('taskforce_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  taskforceId: uuid('taskforce_id').notNull(),
  title: text('title').notNull(),
  url: text('url').notNull(),
  addedBy: uuid('added_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const taskforceRecommendations = pgTable('taskforce_recommendations', {
  id: uuid('id').primaryKey().defaultRandom(),
  taskforceId: uuid('taskforce_id').notNull(),
  body: text('body').notNull(),
  authorUserId: uuid('author_user_id'),
  authorOrganisationId: uuid('author_organisation_id'),
  status: text('status').$type<'proposed' | 'adopted' | 'declined' | 'done'>().notNull().default('proposed'),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

// Roadmaps, committees, indicators and sponsors (0014_reporting.sql).
export type RoadmapStatus = 'draft' | 'consultation' | 'adopted' | 'archived';
export type RoadmapActionStatus = 'proposed' | 'adopted' | 'dropped';
export type RoadmapLinkKind = 'event' | 'taskforce' | 'booking' | 'referral' | 'post';
export type SponsorPackage = 'platinum' | 'gold' | 'silver' | 'bronze' | 'partner' | 'in_kind';
export type SponsorPromiseKind = 'logo' | 'stand' | 'talk' | 'mention' | 'tickets' | 'other';
export type SponsorPromiseStatus = 'promised' | 'delivered' | 'cancelled';

export const eventOrganisers = pgTable(
  'event_organisers',
  {
    eventId: uuid('event_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.organisationId] })],
);

export const eventCategories = pgTable(
  'event_categories',
  { eventId: uuid('event_id').notNull(), categoryId: uuid('category_id').notNull() },
  (t) => [primaryKey({ columns: [t.eventId, t.categoryId] })],
);

export const taskforceCategories = pgTable(
  'taskforce_categories',
  { taskforceId: uuid('taskforce_id').notNull(), categoryId: uuid('category_id').notNull() },
  (t) => [primaryKey({ columns: [t.taskforceId, t.categoryId] })],
);

export const roadmaps = pgTable('roadmaps', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull(),
  ecosystemId: uuid('ecosystem_id'),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  summary: jsonb('summary').$type<Translated>().notNull().default({}),
  startsOn: isoDate('starts_on'),
  endsOn: isoDate('ends_on'),
  status: text('status').$type<RoadmapStatus>().notNull().default('draft'),
  consultationEndsOn: isoDate('consultation_ends_on'),
  version: integer('version').notNull().default(0),
  firstAdoptedAt: ts('first_adopted_at'),
  adoptedAt: ts('adopted_at'),
  adoptedBy: uuid('adopted_by'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const roadmapAxes = pgTable('roadmap_axes', {
  id: uuid('id').primaryKey().defaultRandom(),
  roadmapId: uuid('roadmap_id').notNull(),
  categoryId: uuid('category_id'),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const roadmapObjectives = pgTable('roadmap_objectives', {
  id: uuid('id').primaryKey().defaultRandom(),
  roadmapId: uuid('roadmap_id').notNull(),
  axisId: uuid('axis_id').notNull(),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const roadmapActions = pgTable('roadmap_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  roadmapId: uuid('roadmap_id').notNull(),
  objectiveId: uuid('objective_id').notNull(),
  title: jsonb('title').$type<Translated>().notNull().default({}),
  description: jsonb('description').$type<Translated>().notNull().default({}),
  ownerUserId: uuid('owner_user_id'),
  ownerOrganisationId: uuid('owner_organisation_id'),
  startsOn: isoDate('starts_on'),
  dueOn: isoDate('due_on'),
  status: text('status').$type<RoadmapActionStatus>().notNull().default('proposed'),
  targetKind: text('target_kind').$type<RoadmapLinkKind>(),
  targetEventKind: text('target_event_kind').$type<EventKind>(),
  targetCount: integer('target_count'),
  proposedBy: uuid('proposed_by'),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const roadmapActionLinks = pgTable('roadmap_action_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  actionId: uuid('action_id').notNull(),
  eventId: uuid('event_id'),
  taskforceId: uuid('taskforce_id'),
  bookingId: uuid('booking_id'),
  referralId: uuid('referral_id'),
  postId: uuid('post_id'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const roadmapComments = pgTable('roadmap_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  actionId: uuid('action_id').notNull(),
  authorUserId: uuid('author_user_id'),
  authorOrganisationId: uuid('author_organisation_id'),
  body: text('body').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const roadmapVotes = pgTable(
  'roadmap_votes',
  {
    actionId: uuid('action_id').notNull(),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id'),
    value: smallint('value').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.userId] })],
);

export const roadmapVersions = pgTable('roadmap_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  roadmapId: uuid('roadmap_id').notNull(),
  version: integer('version').notNull(),
  snapshot: jsonb('snapshot').$type<unknown>().notNull(),
  note: text('note').notNull().default(''),
  contributorCountries: text('contributor_countries').array().notNull().default([]),
  adoptedBy: uuid('adopted_by'),
  adoptedAt: ts('adopted_at').notNull().defaultNow(),
});

export const actionItemReminders = pgTable(
  'action_item_reminders',
  {
    decisionId: uuid('decision_id').notNull(),
    dueOn: isoDate('due_on').notNull(),
    stage: text('stage').$type<'soon' | 'overdue'>().notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.dueOn, t.stage] })],
);

export const eventSponsors = pgTable('event_sponsors', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  organisationId: uuid('organisation_id'),
  name: text('name').notNull(),
  package: text('package').$type<SponsorPackage>().notNull().default('partner'),
  amountCents: integer('amount_cents'),
  currency: text('currency').notNull().default('EUR'),
  reportedReach: integer('reported_reach'),
  note: text('note').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const eventSponsorPromises = pgTable('event_sponsor_promises', {
  id: uuid('id').primaryKey().defaultRandom(),
  sponsorId: uuid('sponsor_id').notNull(),
  kind: text('kind').$type<SponsorPromiseKind>().notNull(),
  detail: text('detail').notNull().default(''),
  status: text('status').$type<SponsorPromiseStatus>().notNull().default('promised'),
  position: integer('position').notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
