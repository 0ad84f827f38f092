import { createRoute, z } from '@hono/zod-openapi';
import { organisationPatchSchema } from '../../domain/organisations/organisation-schema';
import { getOrganisationProfile, updateOrganisation } from '../../domain/organisations/organisations';
import { exportOrganisations } from '../../domain/organisations/export-organisations';
import { listOrganisationHistory } from '../../domain/organisations/organisation-history';
import { mapOrganisations, searchOrganisations, searchOrganisationsQuery } from '../../domain/organisations/search-organisations';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { presentOrganisation, presentOrganisationPage } from '../presenters';
import { errorResponses, IdParam, jsonContent, OrganisationPage, OrganisationSchema } from '../schemas';

export const organisationRoutes = newRouter();

organisationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/organisations',
    tags: ['Organisations'],
    summary:
      'Search the organisations you may see: words in any language (accents, case and typos forgiven), NACE at any level, country, kind, commune, distance, capability, tag, ecosystem and axis; sorted by relevance',
    request: { query: searchOrganisationsQuery },
    responses: { 200: jsonContent(OrganisationPage, 'A page of organisations'), ...errorResponses },
  }),
  async (c) => {
    const result = await searchOrganisations({ db: c.get('db'), actor: c.get('actor'), query: c.req.valid('query') });
    return c.json(presentOrganisationPage(result), 200);
  },
);

organisationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/organisations/map',
    tags: ['Organisations'],
    summary: 'Positions of every matching organisation with coordinates (same filters as the search), for the map',
    request: { query: searchOrganisationsQuery.omit({ page: true, pageSize: true, sort: true }) },
    responses: {
      200: jsonContent(
        z.object({
          points: z.array(z.object({ id: z.string(), name: z.string(), lat: z.number(), lon: z.number(), kind: z.string() })),
          truncated: z.boolean(),
        }),
        'Points (at most 20,000; truncated says when more matched)',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    // Already validated (and `near` already parsed): only the paging the map does not use is filled in.
    const query = { ...c.req.valid('query'), page: 1, pageSize: 1 };
    return c.json(await mapOrganisations({ db: c.get('db'), actor: c.get('actor'), query }), 200);
  },
);

organisationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/organisations/export',
    tags: ['Organisations'],
    summary: 'The filtered list (same filters as the search) as CSV or XLSX, headings in the chosen language',
    request: {
      query: searchOrganisationsQuery.omit({ page: true, pageSize: true }).extend({
        format: z.enum(['csv', 'xlsx']).default('csv'),
        locale: z.enum(['fr', 'de', 'en', 'nl']).default('fr'),
      }),
    },
    responses: {
      200: { description: 'The file', content: { 'text/csv': { schema: z.string() }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } } },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { format, locale, ...filters } = c.req.valid('query');
    const query = { ...filters, page: 1, pageSize: 200 };
    const file = await exportOrganisations({ db: c.get('db'), actor: c.get('actor'), query, format, locale });
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return c.body(new Uint8Array(file.body), 200, {
      'content-type': type,
      'content-disposition': `attachment; filename="organisations.${format}"`,
      'x-total-count': String(file.count),
    });
  },
);

organisationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/organisations/{id}',
    tags: ['Organisations'],
    summary: 'One organisation profile, if its visibility lets you see it, with its ecosystems and axes and whether you may edit it',
    request: { params: IdParam },
    responses: {
      200: jsonContent(
        OrganisationSchema.extend({
          canEdit: z.boolean(),
          categories: z.array(z.object({ id: z.string(), networkId: z.string(), kind: z.string(), slug: z.string(), name: z.record(z.string(), z.string()) })),
          sharedWith: z.array(z.string()).describe('Organisations the profile is shared with; only for those who may edit it'),
        }),
        'The organisation',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const p = await getOrganisationProfile({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    const categories = p.categories.map((k) => ({ ...k, name: k.name as Record<string, string> }));
    return c.json({ ...presentOrganisation(p.organisation), canEdit: p.canEdit, categories, sharedWith: p.sharedWith }, 200);
  },
);

organisationRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/organisations/{id}',
    tags: ['Organisations'],
    summary: 'Edit an organisation (its representatives and the coordinators of its networks)',
    request: { params: IdParam, body: { content: { 'application/json': { schema: organisationPatchSchema } }, required: true } },
    responses: { 200: jsonContent(OrganisationSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await updateOrganisation({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentOrganisation(row), 200);
  },
);

organisationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/organisations/{id}/history',
    tags: ['Organisations'],
    summary: 'Who changed the organisation, when and what (its representatives and coordinators)',
    request: { params: IdParam },
    responses: {
      200: jsonContent(
        z.array(
          z.object({
            at: z.string(),
            action: z.string(),
            actor: z.object({ id: z.string(), name: z.string() }).nullable(),
            changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
          }),
        ),
        'History, newest first',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await listOrganisationHistory({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id }), 200);
  },
);
