import type { Locale, Visibility } from '../../api/types';
import type { Characteristic, OpeningRule, PriceUnit, ResourceDetail, ResourceKind } from './resource-types';

/** The publish/edit form as strings, the way inputs hold them; converted to the API's body on submit. */
export interface ResourceFormState {
  ownerOrganisationId: string;
  kind: ResourceKind;
  name: string;
  description: Record<Locale, string>;
  characteristics: Characteristic[];
  address: string;
  postcode: string;
  commune: string;
  timeZone: string;
  priceUnit: PriceUnit;
  price: string;
  onRequest: boolean;
  conditions: string;
  insurance: string;
  safety: string;
  minHours: string;
  maxHours: string;
  leadHours: string;
  cancelHours: string;
  bookingMode: 'approval' | 'instant';
  units: string;
  visibility: Visibility;
  sharedWith: string[];
  openingRules: OpeningRule[];
}

export const timeZones = ['Europe/Brussels', 'Europe/Luxembourg', 'Europe/Paris', 'Europe/Berlin', 'Europe/Amsterdam'];

export const standardWeek: OpeningRule[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '07:00', closes: '19:00' }));

export function emptyForm(ownerOrganisationId: string): ResourceFormState {
  return {
    ownerOrganisationId,
    kind: 'machine',
    name: '',
    description: { fr: '', de: '', en: '', nl: '' },
    characteristics: [],
    address: '',
    postcode: '',
    commune: '',
    timeZone: '',
    priceUnit: 'hour',
    price: '',
    onRequest: false,
    conditions: '',
    insurance: '',
    safety: '',
    minHours: '2',
    maxHours: '',
    leadHours: '24',
    cancelHours: '48',
    bookingMode: 'approval',
    units: '1',
    visibility: 'network',
    sharedWith: [],
    openingRules: standardWeek,
  };
}

const hoursOf = (minutes: number | null) => (minutes === null ? '' : String(Math.round((minutes / 60) * 100) / 100));

export function formOf(r: ResourceDetail, locale: Locale): ResourceFormState {
  return {
    ownerOrganisationId: r.ownerOrganisationId,
    kind: r.kind,
    name: r.name,
    description: { fr: r.description.fr ?? '', de: r.description.de ?? '', en: r.description.en ?? '', nl: r.description.nl ?? '' },
    characteristics: r.characteristics,
    address: r.address,
    postcode: r.postcode,
    commune: r.commune,
    timeZone: r.timeZone,
    priceUnit: r.priceUnit,
    price: r.priceCents === null ? '' : String(r.priceCents / 100),
    onRequest: r.priceCents === null,
    conditions: r.conditions[locale] ?? r.conditions.fr ?? '',
    insurance: r.insurance[locale] ?? r.insurance.fr ?? '',
    safety: r.safety[locale] ?? r.safety.fr ?? '',
    minHours: hoursOf(r.minMinutes),
    maxHours: hoursOf(r.maxMinutes),
    leadHours: hoursOf(r.leadMinutes),
    cancelHours: hoursOf(r.cancelNoticeMinutes),
    bookingMode: r.bookingMode,
    units: String(r.units),
    visibility: r.visibility,
    sharedWith: r.sharedWith,
    openingRules: r.openingRules,
  };
}

const minutes = (hours: string) => Math.round(Number(hours.replace(',', '.')) * 60);

/** The body of POST /api/resources (create) or PATCH /api/resources/{id} (edit); terms texts in the writer's language. */
export function bodyOf(f: ResourceFormState, locale: Locale, creating: boolean, previous?: ResourceDetail): Record<string, unknown> {
  const translated = (text: string, before: Partial<Record<Locale, string>> | undefined) => ({ ...(before ?? {}), [locale]: text.trim() });
  const description = Object.fromEntries(Object.entries(f.description).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
  return {
    ...(creating ? { ownerOrganisationId: f.ownerOrganisationId } : {}),
    kind: f.kind,
    name: f.name.trim(),
    description,
    characteristics: f.characteristics.filter((c) => c.key.trim() !== '').map((c) => ({ key: c.key.trim(), value: c.value.trim(), unit: c.unit.trim() })),
    ...(f.address.trim() || !creating ? { address: f.address.trim() } : {}),
    ...(f.postcode.trim() || !creating ? { postcode: f.postcode.trim() } : {}),
    ...(f.commune.trim() || !creating ? { commune: f.commune.trim() } : {}),
    ...(f.timeZone ? { timeZone: f.timeZone } : {}),
    priceUnit: f.priceUnit,
    priceCents: f.onRequest || f.price.trim() === '' ? null : Math.round(Number(f.price.replace(',', '.')) * 100),
    conditions: translated(f.conditions, previous?.conditions),
    insurance: translated(f.insurance, previous?.insurance),
    safety: translated(f.safety, previous?.safety),
    minMinutes: minutes(f.minHours || '1'),
    maxMinutes: f.maxHours.trim() ? minutes(f.maxHours) : null,
    leadMinutes: minutes(f.leadHours || '0'),
    cancelNoticeMinutes: minutes(f.cancelHours || '0'),
    bookingMode: f.kind === 'staff' ? 'approval' : f.bookingMode,
    units: Math.max(1, Number(f.units) || 1),
    visibility: f.visibility,
    sharedWith: f.visibility === 'organisations' ? f.sharedWith : [],
    openingRules: f.openingRules,
  };
}
