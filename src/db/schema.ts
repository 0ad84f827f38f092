// Drizzle table definitions mirroring src/db/migrations/*.sql, which are the source of truth for the schema.
import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type Role = 'coordinator' | 'member' | 'partner' | 'observer';
export type Visibility = 'public' | 'network' | 'organisations' | 'coordinators';
export type Locale = 'fr' | 'de' | 'en' | 'nl';
export type OrganisationKind = 'company' | 'sse' | 'association' | 'research' | 'training' | 'employment' | 'public' | 'agency';
export type Translated = Partial<Record<Locale, string>>;
export type SizeBand = '0' | '1-9' | '10-49' | '50-249' | '250-999' | '1000+';

// bytea as a Node Buffer on both drivers.
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
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
