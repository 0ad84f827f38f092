import { z } from '@hono/zod-openapi';

// Response shapes: they document the API in /api/openapi.json and type the presenters that produce them.
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');

export const TranslatedSchema = z.object({ fr: z.string(), de: z.string(), en: z.string(), nl: z.string() }).partial().openapi('Translated');

export const UserSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), locale: z.enum(['fr', 'de', 'en', 'nl']), isAdmin: z.boolean(), createdAt: z.string() })
  .openapi('User');

export const NetworkSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), agency: z.string(), description: TranslatedSchema, organisationCount: z.number().optional() })
  .openapi('Network');

export const MeSchema = z
  .object({
    user: UserSchema.nullable(),
    csrfToken: z.string().nullable(),
    networks: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), roles: z.array(z.string()) })),
    organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi('Me');

export const OrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    legalName: z.string(),
    kind: z.string(),
    country: z.string(),
    postcode: z.string(),
    commune: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    naceCodes: z.array(z.string()),
    website: z.string(),
    email: z.string(),
    phone: z.string(),
    description: TranslatedSchema,
    visibility: z.string(),
    publicConsent: z.boolean(),
    beEnterprise: z.string().nullable(),
    frSiren: z.string().nullable(),
    frSiret: z.string().nullable(),
    luRcs: z.string().nullable(),
    deRegister: z.string().nullable(),
    deCourt: z.string(),
    sizeBand: z.string().nullable(),
    address: z.string(),
    capabilities: z.array(z.string()),
    certifications: z.array(z.string()),
    tags: z.array(z.string()),
    updatedAt: z.string(),
  })
  .openapi('Organisation');

export const OrganisationPage = z
  .object({
    items: z.array(OrganisationSchema.extend({ distanceKm: z.number().nullable() })),
    total: z.number().describe('Matching organisations; when totalExact is false, a lower bound (the search stopped counting there)'),
    totalExact: z
      .boolean()
      .describe('False when more organisations match than were counted: show the total as "1,000+". Counting stops at 1,000 or five pages past the requested one'),
    page: z.number(),
    pageSize: z.number(),
  })
  .openapi('OrganisationPage');

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errorResponses = {
  400: jsonContent(ErrorSchema, 'Invalid input; `field` names the culprit'),
  401: jsonContent(ErrorSchema, 'Not signed in'),
  403: jsonContent(ErrorSchema, 'Not allowed'),
  404: jsonContent(ErrorSchema, 'Not found (or not visible to you)'),
} as const;

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
