import type { OrganisationProfile, Translated } from '../../api/types';

export const visibilities = ['public', 'network', 'organisations', 'coordinators'] as const;
export const sizeBands = ['0', '1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export const identifierFields = ['beEnterprise', 'frSiren', 'frSiret', 'luRcs', 'deRegister'] as const;

/** The edit form's values, as typed (text everywhere; lists as comma-separated text). */
export interface OrganisationForm {
  name: string;
  legalName: string;
  kind: string;
  country: string;
  address: string;
  postcode: string;
  commune: string;
  latitude: string;
  longitude: string;
  naceCodes: string[];
  beEnterprise: string;
  frSiren: string;
  frSiret: string;
  luRcs: string;
  deRegister: string;
  deCourt: string;
  sizeBand: string;
  website: string;
  email: string;
  phone: string;
  description: Required<Record<'fr' | 'de' | 'en' | 'nl', string>>;
  capabilities: string;
  certifications: string;
  tags: string;
  visibility: string;
  publicConsent: boolean;
  /** Ids of ecosystems and axes, of every network of the organisation (the form shows those of the current one). */
  categories: string[];
  /** Organisations that see the profile when its visibility is "named organisations". */
  sharedWith: string[];
}

export const blankForm: OrganisationForm = {
  name: '',
  legalName: '',
  kind: 'company',
  country: 'BE',
  address: '',
  postcode: '',
  commune: '',
  latitude: '',
  longitude: '',
  naceCodes: [],
  beEnterprise: '',
  frSiren: '',
  frSiret: '',
  luRcs: '',
  deRegister: '',
  deCourt: '',
  sizeBand: '',
  website: '',
  email: '',
  phone: '',
  description: { fr: '', de: '', en: '', nl: '' },
  capabilities: '',
  certifications: '',
  tags: '',
  visibility: 'network',
  publicConsent: false,
  categories: [],
  sharedWith: [],
};

const words = (list: string[]) => list.join(', ');
const splitWords = (text: string) => [...new Set(text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))];

export function toForm(o: OrganisationProfile): OrganisationForm {
  return {
    name: o.name,
    legalName: o.legalName ?? '',
    kind: o.kind,
    country: o.country,
    address: o.address ?? '',
    postcode: o.postcode ?? '',
    commune: o.commune ?? '',
    latitude: o.latitude === null ? '' : String(o.latitude),
    longitude: o.longitude === null ? '' : String(o.longitude),
    naceCodes: [...o.naceCodes],
    beEnterprise: o.beEnterprise ?? '',
    frSiren: o.frSiren ?? '',
    frSiret: o.frSiret ?? '',
    luRcs: o.luRcs ?? '',
    deRegister: o.deRegister ?? '',
    deCourt: o.deCourt ?? '',
    sizeBand: o.sizeBand ?? '',
    website: o.website ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    description: { fr: o.description.fr ?? '', de: o.description.de ?? '', en: o.description.en ?? '', nl: o.description.nl ?? '' },
    capabilities: words(o.capabilities),
    certifications: words(o.certifications),
    tags: words(o.tags),
    visibility: o.visibility,
    publicConsent: o.publicConsent,
    categories: o.categories.map((c) => c.id),
    sharedWith: [...o.sharedWith],
  };
}

/** Translation keys of the problems the browser can see before sending (the server checks the rest). */
export type ClientError = 'required' | 'email' | 'latitude' | 'longitude' | 'coordinatesPair';

export function validateForm(f: OrganisationForm): Record<string, ClientError> {
  const errors: Record<string, ClientError> = {};
  if (!f.name.trim()) errors.name = 'required';
  if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) errors.email = 'email';
  const lat = f.latitude.trim();
  const lon = f.longitude.trim();
  if (lat && !(Number.isFinite(Number(lat)) && Math.abs(Number(lat)) <= 90)) errors.latitude = 'latitude';
  if (lon && !(Number.isFinite(Number(lon)) && Math.abs(Number(lon)) <= 180)) errors.longitude = 'longitude';
  if (!errors.latitude && !errors.longitude && !!lat !== !!lon) errors[lat ? 'longitude' : 'latitude'] = 'coordinatesPair';
  return errors;
}

const num = (text: string) => (text.trim() ? Number(text.trim()) : null);
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The API body for the whole form. Categories and shares replace the saved lists: the categories of the
 * organisation's other networks are in the form too (unseen), so saving keeps them.
 */
export function toPayload(f: OrganisationForm): Record<string, unknown> {
  const description: Translated = {};
  for (const [lang, text] of Object.entries(f.description)) if (text.trim()) description[lang as keyof Translated] = text.trim();
  return {
    name: f.name.trim(),
    legalName: f.legalName.trim(),
    kind: f.kind,
    country: f.country,
    address: f.address.trim(),
    postcode: f.postcode.trim(),
    commune: f.commune.trim(),
    latitude: num(f.latitude),
    longitude: num(f.longitude),
    naceCodes: f.naceCodes,
    beEnterprise: orNull(f.beEnterprise),
    frSiren: orNull(f.frSiren),
    frSiret: orNull(f.frSiret),
    luRcs: orNull(f.luRcs),
    deRegister: orNull(f.deRegister),
    deCourt: f.deCourt.trim(),
    sizeBand: f.sizeBand || null,
    website: f.website.trim(),
    email: f.email.trim(),
    phone: f.phone.trim(),
    description,
    capabilities: splitWords(f.capabilities),
    certifications: splitWords(f.certifications),
    tags: splitWords(f.tags),
    visibility: f.visibility,
    publicConsent: f.publicConsent,
    categories: f.categories,
    sharedWith: f.sharedWith,
  };
}

/** Only the fields that differ from the saved profile, so the history records real changes only. */
export function changedFields(next: Record<string, unknown>, before: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) if (JSON.stringify(value) !== JSON.stringify(before[key])) out[key] = value;
  return out;
}
