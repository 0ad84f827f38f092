import { createRoute, z } from '@hono/zod-openapi';
import { allNaceEntries, naceEntry, parseNaceCode, searchNaceCodes } from '../../domain/classifications/nace';
import { newRouter } from '../context';
import { errorResponses, jsonContent } from '../schemas';

export const classificationRoutes = newRouter();

const NaceItem = z.object({ code: z.string(), level: z.number(), parent: z.string().nullable(), label: z.string() }).openapi('NaceCode');

classificationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/classifications/nace',
    tags: ['Classifications'],
    summary: 'NACE Rev. 2.1 codes with labels in one language: by words in any language (q), by codes, or one level of the tree',
    request: {
      query: z.object({
        q: z.string().trim().max(200).optional(),
        codes: z.string().max(2000).optional(),
        parent: z.string().max(12).optional(),
        locale: z.enum(['fr', 'de', 'en', 'nl']).default('fr'),
      }),
    },
    responses: { 200: jsonContent(z.array(NaceItem), 'Codes'), ...errorResponses },
  }),
  (c) => {
    const { q, codes, parent, locale } = c.req.valid('query');
    let list: string[];
    if (codes) list = codes.split(',').map((s) => parseNaceCode(s) ?? '').filter(Boolean);
    else if (q) list = [...new Set([parseNaceCode(q), ...searchNaceCodes(q, 50)].filter((x): x is string => !!x))];
    else list = allNaceEntries().filter((e) => e.parent === (parent ? (parseNaceCode(parent) ?? parent) : null)).map((e) => e.code);
    const items = list.map((code) => naceEntry(code)).filter((e) => e !== undefined);
    return c.json(items.map((e) => ({ code: e.code, level: e.level, parent: e.parent, label: e.labels[locale] })), 200);
  },
);
