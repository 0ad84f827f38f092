import { z } from 'zod';
import type { Db } from '../../db/client';
import { assertEvidence } from '../indicators/indicator-access';
import { periodQuery, toPeriod } from '../indicators/period';
import { buildGraph } from './build-graph';
import { loadGraphOrganisations, loadInteractions } from './load-interactions';

export const graphQuery = periodQuery.extend({
  ecosystem: z.uuid().optional().describe('Only organisations of this ecosystem or strategic axis of the network'),
  country: z.enum(['BE', 'LU', 'FR', 'DE', 'NL']).optional().describe('Only organisations of this country'),
  maxNodes: z.coerce.number().int().min(10).max(2000).optional().describe('Most connected organisations drawn (metrics cover all)'),
});

/** The network graph of a period, for the coordinators (it names who works with whom). */
export async function getNetworkGraph({ db, actor, networkId, query }: { db: Db; actor: Parameters<typeof assertEvidence>[0]; networkId: string; query: z.infer<typeof graphQuery> }) {
  assertEvidence(actor, networkId);
  const period = toPeriod(query);
  const loaded = await loadInteractions(db, [networkId], period.to);
  const organisations = await loadGraphOrganisations(db, [networkId], period.to, loaded);
  const { ecosystem, country } = query;
  const graph = buildGraph({
    organisations,
    ...loaded,
    from: period.from.getTime(),
    to: period.to.getTime(),
    include: (o) => (!ecosystem || o.categories.includes(ecosystem)) && (!country || o.country === country),
    ...(query.maxNodes ? { maxNodes: query.maxNodes } : {}),
  });
  return { from: period.fromDay, to: period.toDay, ...graph };
}
