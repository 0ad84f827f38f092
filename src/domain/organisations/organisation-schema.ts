import { z } from 'zod';
import { normaliseNaceCodes } from '../classifications/nace';
import { AppError } from '../errors';
import { translatedSchema } from '../networks/networks';
import { normaliseIdentifier, type IdentifierScheme } from './identifiers';

export const organisationKinds = ['company', 'sse', 'association', 'research', 'training', 'employment', 'public', 'agency'] as const;
export const visibilities = ['public', 'network', 'organisations', 'coordinators'] as const;
export const sizeBands = ['0', '1-9', '10-49', '50-249', '250-999', '1000+'] as const;

/** Runs a domain normaliser inside zod so its AppError becomes an issue on the right path. */
function normalised<T>(fn: (value: T) => T) {
  return (value: T, ctx: z.RefinementCtx) => {
    try {
      return fn(value);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const index = error.field?.split('.')[1];
      ctx.addIssue({ code: 'custom', message: error.message, path: index === undefined ? [] : [Number(index)] });
      return z.NEVER;
    }
  };
}

const identifier = (scheme: IdentifierScheme) =>
  z
    .string()
    .trim()
    .max(40)
    .nullable()
    .transform(normalised<string | null>((v) => (v === null || v === '' ? null : normaliseIdentifier(scheme, v))));

const words = z.array(z.string().trim().min(1).max(100)).max(100);

const organisationFields = z.object({
  name: z.string().trim().min(1).max(300),
  legalName: z.string().trim().max(300).optional(),
  kind: z.enum(organisationKinds),
  country: z.enum(['BE', 'LU', 'FR', 'DE', 'NL']),
  address: z.string().trim().max(500).optional(),
  postcode: z.string().trim().max(16).optional(),
  commune: z.string().trim().max(200).optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  naceCodes: z
    .array(z.string().max(12))
    .max(50)
    .transform(normalised((codes: string[]) => normaliseNaceCodes(codes, 'naceCodes')))
    .optional(),
  beEnterprise: identifier('be-enterprise').optional(),
  frSiren: identifier('fr-siren').optional(),
  frSiret: identifier('fr-siret').optional(),
  luRcs: identifier('lu-rcs').optional(),
  deRegister: identifier('de-register').optional(),
  deCourt: z.string().trim().max(100).optional(),
  sizeBand: z.enum(sizeBands).nullable().optional(),
  website: z.string().trim().max(500).optional(),
  email: z.union([z.literal(''), z.email().max(254)]).optional(),
  phone: z.string().trim().max(50).optional(),
  description: translatedSchema.optional(),
  capabilities: words.optional(),
  certifications: words.optional(),
  tags: words.optional(),
  visibility: z.enum(visibilities),
  publicConsent: z.boolean(),
  sharedWith: z.array(z.uuid()).max(500).optional(),
  /** Ecosystems and axes of the organisation's networks (ids of network categories). */
  categories: z.array(z.uuid()).max(100).optional(),
});

export const organisationInputSchema = organisationFields.extend({
  kind: organisationFields.shape.kind.default('company'),
  visibility: organisationFields.shape.visibility.default('network'),
  publicConsent: organisationFields.shape.publicConsent.default(false),
});

/** For edits: every field optional and no defaults, so an edit never resets a field it did not send. */
export const organisationPatchSchema = organisationFields.partial();

export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type OrganisationPatch = z.input<typeof organisationPatchSchema>;

/** Which field a unique identifier index protects, to name it in a conflict. */
export const identifierIndexField: Record<string, string> = {
  organisations_be_enterprise_key: 'beEnterprise',
  organisations_fr_siret_key: 'frSiret',
  organisations_lu_rcs_key: 'luRcs',
  organisations_de_register_key: 'deRegister',
};
