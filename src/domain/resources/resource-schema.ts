import { z } from 'zod';
import { isKnownTimeZone } from '../calendar/ics';
import { translatedSchema } from '../networks/networks';
import { visibilities } from '../organisations/organisation-schema';

export const resourceKinds = ['machine', 'booth', 'line', 'lab', 'vehicle', 'storage', 'room', 'staff'] as const;
export const priceUnits = ['hour', 'half_day', 'day', 'unit'] as const;
export const bookingModes = ['approval', 'instant'] as const;

/** A year: the longest booking, lead time or notice the terms may ask for, in minutes. */
export const MAX_TERM_MINUTES = 527_040;
/** How far ahead bookings and searches reach. */
export const BOOKING_HORIZON_DAYS = 730;

/** The zone of a resource by the country it stands in, unless the owner chooses another. */
export const zoneOfCountry: Record<string, string> = {
  BE: 'Europe/Brussels',
  LU: 'Europe/Luxembourg',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  NL: 'Europe/Amsterdam',
};

const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use a local time HH:MM between 00:00 and 24:00');

export const openingRuleSchema = z
  .object({ weekday: z.number().int().min(1).max(7), opens: localTime, closes: localTime })
  .refine((r) => r.opens < r.closes, { message: 'A day must close after it opens', path: ['closes'] });

export const openingRulesSchema = z.array(openingRuleSchema).max(70);

export const characteristicSchema = z.object({
  key: z.string().trim().min(1).max(80),
  value: z.string().trim().max(200),
  unit: z.string().trim().max(20).default(''),
});

const minutes = z.number().int().min(0).max(MAX_TERM_MINUTES);

const resourceFields = z.object({
  kind: z.enum(resourceKinds),
  name: z.string().trim().min(1).max(200),
  description: translatedSchema,
  characteristics: z.array(characteristicSchema).max(50),
  address: z.string().trim().max(500),
  postcode: z.string().trim().max(16),
  commune: z.string().trim().max(200),
  country: z.enum(['BE', 'LU', 'FR', 'DE', 'NL']).nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  timeZone: z.string().max(64).refine(isKnownTimeZone, 'Unknown time zone; use an IANA name such as Europe/Brussels'),
  priceUnit: z.enum(priceUnits),
  /** In cents; null: price on request; 0: free of charge. */
  priceCents: z.number().int().min(0).max(100_000_000).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR'),
  conditions: translatedSchema,
  insurance: translatedSchema,
  safety: translatedSchema,
  minMinutes: minutes.min(15),
  maxMinutes: minutes.min(15).nullable(),
  leadMinutes: minutes,
  cancelNoticeMinutes: minutes,
  bookingMode: z.enum(bookingModes),
  units: z.number().int().min(1).max(1000),
  visibility: z.enum(visibilities),
  /** Networks it is offered in; by default every network of the owner. */
  networkIds: z.array(z.uuid()).min(1).max(50),
  /** Organisations named when visibility is 'organisations'. */
  sharedWith: z.array(z.uuid()).max(500),
  openingRules: openingRulesSchema,
});

/** Terms that must hold together, checked on the whole resource (after an edit is merged in too). */
export function termIssues(r: { minMinutes: number; maxMinutes: number | null; kind: string; bookingMode: string }): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (r.maxMinutes !== null && r.maxMinutes < r.minMinutes) issues.push({ path: 'maxMinutes', message: 'The longest booking must not be shorter than the shortest' });
  if (r.kind === 'staff' && r.bookingMode === 'instant')
    issues.push({ path: 'bookingMode', message: 'Staff on loan needs the owner to approve each booking (the person consents first)' });
  return issues;
}

export const resourceInputSchema = resourceFields
  .partial()
  .required({ kind: true, name: true })
  .extend({ ownerOrganisationId: z.uuid() })
  .superRefine((r, ctx) => {
    const issues = termIssues({ minMinutes: r.minMinutes ?? 60, maxMinutes: r.maxMinutes ?? null, kind: r.kind, bookingMode: r.bookingMode ?? 'approval' });
    for (const i of issues) ctx.addIssue({ code: 'custom', message: i.message, path: [i.path] });
  });

/** For edits: every field optional and no defaults, so an edit never resets a field it did not send. */
export const resourcePatchSchema = resourceFields.partial();

export type ResourceInput = z.input<typeof resourceInputSchema>;
export type ResourcePatch = z.input<typeof resourcePatchSchema>;

const instant = z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date and time with its offset, e.g. 2031-05-06T07:00:00+02:00' });

export const bookingRequestSchema = z.object({
  start: instant,
  end: instant,
  units: z.number().int().min(1).max(1000).default(1),
  note: z.string().trim().max(2000).default(''),
  /** The borrowing organisation, when the person represents several. */
  organisationId: z.uuid().optional(),
});

export type BookingRequest = z.input<typeof bookingRequestSchema>;

export const ownerUseSchema = z.object({
  start: instant,
  end: instant,
  /** Units blocked; all of them when omitted. */
  units: z.number().int().min(1).max(1000).optional(),
  note: z.string().trim().max(2000).default(''),
});

export const exceptionInputSchema = z.object({
  kind: z.enum(['closed', 'open']),
  start: instant,
  end: instant,
  reason: z.string().trim().max(500).default(''),
});

export const decisionSchema = z.object({ message: z.string().trim().max(2000).default('') });

export const staffLoanSchema = z.object({
  personName: z.string().trim().min(1).max(200),
  consentGiven: z.literal(true, { message: 'The person must have consented to the loan' }),
  consentDate: z.iso.date({ message: 'Use a date YYYY-MM-DD' }),
  hourlyCostCents: z.number().int().min(0).max(10_000_000),
  costBasis: z.string().trim().max(1000).default(''),
  noProfit: z.literal(true, { message: 'A staff loan passes on the real cost only, with no profit' }),
  agreementReference: z.string().trim().min(1).max(200),
});

export type StaffLoanInput = z.input<typeof staffLoanSchema>;
