/** Shapes of the API responses the web app reads (see /api/openapi.json). */

export type Locale = 'fr' | 'de' | 'en' | 'nl';
export type Role = 'coordinator' | 'member' | 'partner' | 'observer';
export type Translated = Partial<Record<Locale, string>>;

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isAdmin: boolean;
  createdAt: string;
}

export interface MyNetwork {
  id: string;
  slug: string;
  name: string;
  roles: Role[];
}

export interface Me {
  user: User | null;
  csrfToken: string | null;
  networks: MyNetwork[];
  organisations: { id: string; name: string }[];
}

export interface Network {
  id: string;
  slug: string;
  name: string;
  agency: string;
  description: Translated;
  organisationCount?: number;
}

export type OrganisationKind = 'company' | 'sse' | 'association' | 'research' | 'training' | 'employment' | 'public' | 'agency';
export type Visibility = 'public' | 'network' | 'organisations' | 'coordinators';

export interface Organisation {
  id: string;
  name: string;
  legalName: string;
  kind: string;
  country: string;
  address: string;
  postcode: string;
  commune: string;
  latitude: number | null;
  longitude: number | null;
  naceCodes: string[];
  website: string;
  email: string;
  phone: string;
  description: Translated;
  visibility: string;
  publicConsent: boolean;
  beEnterprise: string | null;
  frSiren: string | null;
  frSiret: string | null;
  luRcs: string | null;
  deRegister: string | null;
  deCourt: string;
  sizeBand: string | null;
  capabilities: string[];
  certifications: string[];
  tags: string[];
  updatedAt: string;
}

/** An ecosystem or strategic axis the organisation belongs to, in one of its networks. */
export interface OrganisationCategory {
  id: string;
  networkId: string;
  kind: 'ecosystem' | 'axis';
  slug: string;
  name: Translated;
}

/** GET /organisations/{id}: the profile, its ecosystems and axes, and — for those who may edit it — whom it is shared with. */
export type OrganisationProfile = Organisation & {
  canEdit: boolean;
  categories: OrganisationCategory[];
  /** Organisation ids; empty for readers who may not edit the profile. */
  sharedWith: string[];
};

/** A search result: the organisation and, when searching around a point, how far it is. */
export type OrganisationHit = Organisation & { distanceKm: number | null };

export interface Page<T> {
  items: T[];
  /** A lower bound when `totalExact` is false (the directory search stops counting broad matches). */
  total: number;
  totalExact?: boolean;
  page: number;
  pageSize: number;
}

/** A page's total as shown to people: "1000+" when the server stopped counting. */
export const totalText = (page: { total: number; totalExact?: boolean }) => (page.totalExact === false ? `${page.total}+` : String(page.total));

/** A commune or locality of GET /api/places. */
export interface Place {
  name: string;
  postcode: string;
  postcodes: number;
  country: string;
  region: string;
  lat: number;
  lon: number;
}

export interface Category {
  id: string;
  kind: 'ecosystem' | 'axis';
  slug: string;
  name: Translated;
  position: number;
}

export interface NaceCode {
  code: string;
  level: number;
  parent: string | null;
  label: string;
}

export interface HistoryEntry {
  at: string;
  action: string;
  actor: { id: string; name: string } | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AdminUser extends User {
  disabled: boolean;
}

export interface OutboxItem {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface Invitation {
  email: string;
  role: Role | null;
  network: string;
  hasAccount: boolean;
}
