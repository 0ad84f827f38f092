import { createRoute, z } from '@hono/zod-openapi';
import { getNetworkGraph, graphQuery } from '../../domain/graph/get-network-graph';
import { getNetwork } from '../../domain/networks/networks';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { errorResponses, jsonContent } from '../schemas';

// The network graph (issue 8): who worked with whom over a period, drawn from recorded interactions.
export const networkGraphRoutes = newRouter();

const NodeSchema = z.object({ id: z.string(), name: z.string(), country: z.string(), member: z.boolean(), degree: z.number(), betweenness: z.number() });

const GraphSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    metrics: z.object({
      nodes: z.number(),
      members: z.number(),
      ties: z.number(),
      density: z.number(),
      newTies: z.number(),
      crossBorderTies: z.number(),
      isolatedMembers: z.number(),
      components: z.number(),
      largestComponent: z.number(),
      averageDegree: z.number(),
      betweennessExact: z.boolean(),
    }),
    nodes: z.array(NodeSchema),
    edges: z.array(z.object({ a: z.string(), b: z.string(), weight: z.number(), vias: z.array(z.string()), crossBorder: z.boolean(), isNew: z.boolean() })),
    brokers: z.array(NodeSchema),
    isolated: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
    hiddenNodes: z.number(),
  })
  .openapi('NetworkGraph');

networkGraphRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/graph',
    tags: ['Indicators'],
    summary: 'The graph of who worked with whom in a period: density, new and cross-border ties, brokers, isolated members (coordinators)',
    request: {
      params: z.object({ network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }) }),
      query: graphQuery,
    },
    responses: { 200: jsonContent(GraphSchema, 'The graph'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await getNetworkGraph({ db, actor: c.get('actor'), networkId: network.id, query: c.req.valid('query') }), 200);
  },
);
