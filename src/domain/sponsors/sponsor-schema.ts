import { z } from 'zod';

export const sponsorPackages = ['platinum', 'gold', 'silver', 'bronze', 'partner', 'in_kind'] as const;
export const promiseKinds = ['logo', 'stand', 'talk', 'mention', 'tickets', 'other'] as const;

export const promiseSchema = z.object({
  kind: z.enum(promiseKinds),
  detail: z.string().trim().max(500).optional(),
  status: z.enum(['promised', 'delivered', 'cancelled']).optional(),
});

export const sponsorInputSchema = z.object({
  organisationId: z.uuid().nullable().optional(),
  name: z.string().trim().min(1).max(200),
  package: z.enum(sponsorPackages).optional(),
  amountCents: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'A three-letter currency code').optional(),
  reportedReach: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  note: z.string().trim().max(2000).optional(),
  /** What the sponsor gets in return; replaces the list when given. */
  promises: z.array(promiseSchema).max(30).optional(),
});

export const sponsorPatchSchema = sponsorInputSchema.partial();
