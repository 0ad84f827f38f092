import { z } from 'zod';
import type { PostKind } from '../../db/schema';
import { normaliseNaceCodes } from '../classifications/nace';
import { AppError } from '../errors';
import { isOccupationKey, isSkillKey, parseConceptKey } from '../skills/concept-keys';

export const postKinds = [
  'capacity_offer',
  'capacity_sought',
  'recruitment',
  'training_need',
  'training_offer',
  'skills_offer',
  'subcontracting_offer',
  'subcontracting_sought',
  'purchase_request',
  'problem',
  'collaboration',
] as const satisfies readonly PostKind[];
export const postStatuses = ['open', 'in_discussion', 'fulfilled', 'closed'] as const;
export const contractKinds = ['permanent', 'fixed_term', 'apprenticeship', 'internship', 'temporary', 'seasonal', 'freelance'] as const;
export const urgencies = ['low', 'normal', 'high', 'urgent'] as const;
export const trainingFormats = ['any', 'classroom', 'on_site', 'online', 'blended'] as const;
/** Responsible-purchasing criteria a buyer can ask of suppliers. */
export const purchaseCriteria = ['sse_supplier', 'local_supplier', 'sheltered_work', 'insertion', 'circular', 'low_carbon', 'certified', 'short_circuit'] as const;
export const postVisibilities = ['public', 'network', 'organisations', 'coordinators'] as const;

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const translated = (max: number) => z.object({ fr: text(max), de: text(max), en: text(max), nl: text(max) }).partial();

/** Runs a domain check inside zod so its AppError becomes an issue on the right path. */
const codes = (field: string, max: number, check: (values: string[]) => string[]) =>
  z
    .array(z.string().trim().max(80))
    .max(max)
    .transform((values, ctx) => {
      try {
        return check(values);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const index = error.field?.split('.').pop();
        ctx.addIssue({ code: 'custom', message: error.message, path: index === undefined ? [] : [Number(index)] });
        return z.NEVER;
      }
    });

const conceptKeys = (field: string, accept: (k: string) => boolean) => (values: string[]) => {
  values.forEach((key, i) => {
    if (!parseConceptKey(key) || !accept(key)) throw new AppError('validation', `"${key}" is not a valid code here`, `${field}.${i}`);
  });
  return [...new Set(values)];
};

export const recruitmentSchema = z.object({
  occupationCode: z.string().trim().refine((k) => !!parseConceptKey(k) && isOccupationKey(k), 'An ESCO, ISCO or ROME occupation code is required'),
  headcount: z.number().int().min(1).max(10000),
  contract: z.enum(contractKinds),
  startOn: isoDate.nullable().optional(),
  urgency: z.enum(urgencies).default('normal'),
});

export const trainingSchema = z.object({
  topic: z.string().trim().min(1).max(300),
  headcount: z.number().int().min(1).max(10000),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  format: z.enum(trainingFormats).default('any'),
});

const postFields = z.object({
  kind: z.enum(postKinds),
  title: translated(200),
  body: translated(5000).optional(),
  naceCodes: codes('naceCodes', 10, (v) => normaliseNaceCodes(v, 'naceCodes')).optional(),
  occupationCodes: codes('occupationCodes', 10, conceptKeys('occupationCodes', isOccupationKey)).optional(),
  skillCodes: codes('skillCodes', 30, conceptKeys('skillCodes', isSkillKey)).optional(),
  keywords: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  resourceId: z.uuid().nullable().optional(),
  details: z
    .object({
      volume: text(200),
      quantity: text(200),
      criteria: z.array(z.enum(purchaseCriteria)).max(purchaseCriteria.length),
      deadline: isoDate,
    })
    .partial()
    .optional(),
  postcode: text(16).optional(),
  commune: text(200).optional(),
  country: z.enum(['BE', 'LU', 'FR', 'DE', 'NL']).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  startsOn: isoDate.nullable().optional(),
  endsOn: isoDate.nullable().optional(),
  expiresOn: isoDate.nullable().optional(),
  visibility: z.enum(postVisibilities),
  sharedWith: z.array(z.uuid()).max(200).optional(),
  /** Networks the post is shown in; by default every network of the organisation. */
  networkIds: z.array(z.uuid()).min(1).max(20).optional(),
  recruitment: recruitmentSchema.optional(),
  training: trainingSchema.optional(),
});

const hasText = (t: Record<string, string | undefined> | undefined) => !!t && Object.values(t).some((v) => !!v?.trim());

export const postInputSchema = postFields
  .extend({ organisationId: z.uuid(), visibility: postFields.shape.visibility.default('network') })
  .superRefine((p, ctx) => {
    if (!hasText(p.title)) ctx.addIssue({ code: 'custom', message: 'A title in at least one language is required', path: ['title'] });
    if (p.kind === 'recruitment' && !p.recruitment)
      ctx.addIssue({ code: 'custom', message: 'A recruitment need says which occupation, how many people and which contract', path: ['recruitment'] });
    if (p.kind === 'training_need' && !p.training)
      ctx.addIssue({ code: 'custom', message: 'A training need says its topic and how many people', path: ['training'] });
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', message: 'The end is before the start', path: ['endsOn'] });
    if (p.training?.periodStart && p.training.periodEnd && p.training.periodEnd < p.training.periodStart)
      ctx.addIssue({ code: 'custom', message: 'The end is before the start', path: ['training', 'periodEnd'] });
  });

/** For edits: no defaults, so an edit never resets what it did not send; kind and organisation do not change. */
export const postPatchSchema = postFields.omit({ kind: true, networkIds: true }).partial();

export type PostInput = z.input<typeof postInputSchema>;
export type PostPatch = z.input<typeof postPatchSchema>;
export { hasText };
