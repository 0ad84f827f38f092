import { z } from 'zod';
import { translatedSchema } from '../networks/networks';

const named = translatedSchema.refine((t) => Object.values(t).some((v) => v && v.trim()), 'Give the text in at least one language');
const day = z.iso.date().nullable().optional();

export const eventKinds = ['conference', 'business_convention', 'business_corner', 'company_visit', 'brainstorming', 'networking', 'round_table', 'workshop', 'open_day', 'committee', 'training', 'other'] as const;
export const linkKinds = ['event', 'taskforce', 'booking', 'referral', 'post'] as const;

export const roadmapInputSchema = z.object({
  title: named,
  summary: translatedSchema.optional(),
  ecosystemId: z.uuid().nullable().optional(),
  startsOn: day,
  endsOn: day,
  consultationEndsOn: day,
});
export const roadmapPatchSchema = roadmapInputSchema.partial();

export const axisInputSchema = z.object({ title: named, categoryId: z.uuid().nullable().optional(), position: z.number().int().min(0).max(1000).optional() });
export const axisPatchSchema = axisInputSchema.partial();

export const objectiveInputSchema = z.object({ axisId: z.uuid(), title: named, position: z.number().int().min(0).max(1000).optional() });
export const objectivePatchSchema = objectiveInputSchema.omit({ axisId: true }).partial();

export const actionInputSchema = z.object({
  objectiveId: z.uuid(),
  title: named,
  description: translatedSchema.optional(),
  ownerUserId: z.uuid().nullable().optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  startsOn: day,
  dueOn: day,
  targetKind: z.enum(linkKinds).nullable().optional(),
  targetEventKind: z.enum(eventKinds).nullable().optional(),
  targetCount: z.number().int().min(1).max(10_000).nullable().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export const actionPatchSchema = actionInputSchema
  .omit({ objectiveId: true })
  .partial()
  .extend({ objectiveId: z.uuid().optional(), status: z.enum(['proposed', 'adopted', 'dropped']).optional() });

export const linkInputSchema = z.object({ kind: z.enum(linkKinds), recordId: z.uuid() });
export const commentInputSchema = z.object({ body: z.string().trim().min(1).max(4000) });
export const voteInputSchema = z.object({ value: z.union([z.literal(-1), z.literal(0), z.literal(1)]) });
export const adoptInputSchema = z.object({
  note: z.string().trim().max(2000).optional(),
  /** Proposed actions kept; the other proposed actions are dropped. Absent: every proposed action is kept. */
  acceptActionIds: z.array(z.uuid()).max(1000).optional(),
});
