import { z } from 'zod';
import type { EventAnswers, EventQuestion, Translated } from '../../db/schema';
import { isKnownTimeZone } from '../calendar/ics';
import { zonedTimeToUtc } from '../calendar/time-zones';
import { AppError } from '../errors';

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

export const activityKinds = ['round_table', 'workshop', 'talk', 'visit', 'other'] as const;

const text = (max: number) => z.string().max(max);
/** {fr, de, en, nl}, each optional; empty strings are dropped. */
const translated = (max: number) =>
  z
    .object({ fr: text(max), de: text(max), en: text(max), nl: text(max) })
    .partial()
    .transform((t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')) as Translated);
const requiredTranslated = (max: number) => translated(max).refine((t) => Object.keys(t).length > 0, 'Give it in at least one language');

/**
 * A date and time: an instant with its offset (`2031-03-30T07:00:00Z`, `…+02:00`) or a wall-clock time without one
 * (`2031-03-30T09:00`), read in the event's time zone — what a coordinator types in a form.
 */
export const eventTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, 'Use a date and time like 2031-03-30T09:00');

/** The instant of an `eventTime` string, reading a time without offset in the zone. */
export function resolveEventTime(value: string, zone: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) return new Date(value);
  const [date, time] = value.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map((p) => Math.floor(Number(p))) as [number, number, number | undefined];
  return zonedTimeToUtc({ year, month, day, hour, minute, second: second ?? 0 }, zone);
}

const optionSchema = z.object({ id: z.string().regex(/^[a-z0-9_-]{1,40}$/i, 'Use letters, digits, - or _'), label: requiredTranslated(200) });

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]{1,40}$/i, 'Use letters, digits, - or _'),
    kind: z.enum(['text', 'choice', 'multi', 'boolean']),
    label: requiredTranslated(300),
    options: z.array(optionSchema).max(30).optional(),
    required: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    const needsOptions = q.kind === 'choice' || q.kind === 'multi';
    if (needsOptions && (q.options?.length ?? 0) < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'A choice needs at least two options' });
    if (q.options && new Set(q.options.map((o) => o.id)).size !== q.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Two options have the same id' });
  })
  .transform((q): EventQuestion => ({ id: q.id, kind: q.kind, label: q.label, required: q.required, ...(q.kind === 'choice' || q.kind === 'multi' ? { options: q.options ?? [] } : {}) }));

const questionsSchema = z
  .array(questionSchema)
  .max(20)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'Two questions have the same id');

const eventFields = z.object({
  kind: z.enum(eventKinds),
  title: requiredTranslated(200),
  description: translated(10_000),
  venue: z.string().trim().max(200),
  address: z.string().trim().max(500),
  postcode: z.string().trim().max(16),
  commune: z.string().trim().max(200),
  country: z.enum(['BE', 'LU', 'FR', 'DE', 'NL']).nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]),
  timeZone: z.string().refine(isKnownTimeZone, 'Unknown time zone'),
  startsAt: eventTime,
  endsAt: eventTime,
  capacity: z.number().int().min(1).max(100_000).nullable(),
  registrationOpensAt: eventTime.nullable(),
  registrationClosesAt: eventTime.nullable(),
  questions: questionsSchema,
  visibility: z.enum(['public', 'network']),
});

export const eventInputSchema = eventFields.partial().required({ kind: true, title: true, startsAt: true, endsAt: true }).extend({
  /** Published at once, or kept as a draft only coordinators see. */
  status: z.enum(['draft', 'published']).default('draft'),
});

/** For edits: every field optional, so an edit never resets a field it did not send. */
export const eventPatchSchema = eventFields.partial();

export type EventInput = z.input<typeof eventInputSchema>;
export type EventPatch = z.input<typeof eventPatchSchema>;

export const activityInputSchema = z.object({
  kind: z.enum(activityKinds).default('workshop'),
  title: requiredTranslated(200),
  description: translated(5000).optional(),
  room: z.string().trim().max(200).optional(),
  startsAt: eventTime,
  endsAt: eventTime,
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

export const registrationInputSchema = z.object({
  answers: z.record(z.string(), z.union([z.string().max(2000), z.array(z.string().max(40)).max(30), z.boolean()])).default({}),
  /** The organisation the person comes for; one they represent. Defaults to their only one. */
  organisationId: z.uuid().nullable().optional(),
});

export const feedbackInputSchema = z.object({
  rating: z.number().int().min(1).max(5),
  usefulness: z.number().int().min(1).max(5).nullable().optional(),
  newContacts: z.number().int().min(0).max(10_000).nullable().optional(),
  wouldReturn: z.boolean().nullable().optional(),
  comment: z.string().trim().max(5000).optional(),
});

export const minutesInputSchema = z.object({ body: z.string().max(100_000), published: z.boolean().optional() });

export const decisionInputSchema = z.object({
  kind: z.enum(['decision', 'action']).default('decision'),
  body: z.string().trim().min(1).max(5000),
  ownerUserId: z.uuid().nullable().optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  dueOn: z.iso.date().nullable().optional(),
  status: z.enum(['open', 'done', 'dropped']).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const decisionPatchSchema = decisionInputSchema.partial();

/**
 * Checks registration answers against the event's questions: required ones answered, choices among the options,
 * no answer to a question that does not exist. Returns the cleaned answers.
 */
export function validateAnswers(questions: EventQuestion[], answers: EventAnswers): EventAnswers {
  const known = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) if (!known.has(id)) throw new AppError('validation', `No question "${id}" on this event`, `answers.${id}`);
  const out: EventAnswers = {};
  for (const q of questions) {
    const value = answers[q.id];
    const field = `answers.${q.id}`;
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (q.required) throw new AppError('validation', 'This question needs an answer', field, { reason: 'answer_required' });
      continue;
    }
    const optionIds = new Set((q.options ?? []).map((o) => o.id));
    switch (q.kind) {
      case 'text':
        if (typeof value !== 'string') throw new AppError('validation', 'Expected a text answer', field);
        out[q.id] = value.trim();
        break;
      case 'boolean':
        if (typeof value !== 'boolean') throw new AppError('validation', 'Expected yes or no', field);
        if (q.required && !value) throw new AppError('validation', 'This question needs an answer', field, { reason: 'answer_required' });
        out[q.id] = value;
        break;
      case 'choice':
        if (typeof value !== 'string' || !optionIds.has(value)) throw new AppError('validation', 'Choose one of the options', field);
        out[q.id] = value;
        break;
      case 'multi': {
        const list = Array.isArray(value) ? value : [];
        if (!Array.isArray(value) || list.some((v) => !optionIds.has(v))) throw new AppError('validation', 'Choose among the options', field);
        out[q.id] = [...new Set(list)];
        break;
      }
    }
  }
  return out;
}
