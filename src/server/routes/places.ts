import { createRoute, z } from '@hono/zod-openapi';
import { MAX_PLACE_RESULTS, searchPlaces } from '../../domain/geo/search-places';
import { newRouter } from '../context';
import { errorResponses, jsonContent } from '../schemas';

export const placeRoutes = newRouter();

const PlaceSchema = z
  .object({
    name: z.string().describe('The commune or locality, as GeoNames writes it'),
    postcode: z.string().describe('Its postcode; the lowest one when the commune has several'),
    postcodes: z.number().describe('How many postcodes the place has'),
    country: z.string(),
    region: z.string(),
    lat: z.number(),
    lon: z.number(),
  })
  .openapi('Place');

const countryList = z
  .string()
  .max(100)
  .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/, 'a country code (BE) or several separated by commas (BE,LU)')
  .transform((s) => s.toUpperCase().split(','));

placeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/places',
    tags: ['Places'],
    summary:
      'Communes and postcodes beginning with the text (accents, case, spaces and dashes forgiven), from the GeoNames postal codes loaded with `maillage geo import`: to measure distances from a place. No login needed.',
    request: {
      query: z.object({
        q: z.string().trim().min(1).max(100).describe('The beginning of a commune name ("arl", "saint avold") or of a postcode ("6900", "L-4970", "6900 marche")'),
        country: countryList.optional().describe('Only these countries: BE, or BE,LU'),
        limit: z.coerce.number().int().min(1).max(MAX_PLACE_RESULTS).default(10),
      }),
    },
    responses: {
      200: jsonContent(z.object({ items: z.array(PlaceSchema) }), 'Places, exact names first, then the shortest; empty when no postal code was imported'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const { q, country, limit } = c.req.valid('query');
    const items = await searchPlaces(c.get('db'), { q, countries: country, limit });
    // Reference data, the same for everyone: browsers may keep it a little while they type.
    c.header('cache-control', 'private, max-age=300');
    return c.json({ items }, 200);
  },
);
