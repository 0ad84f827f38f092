import { betweenness } from './betweenness';

/** The ways two organisations come to work together, as recorded by the other modules. */
export const tieVias = ['co_attendance', 'meeting', 'booking', 'taskforce', 'referral', 'matched_post'] as const;
export type TieVia = (typeof tieVias)[number];

/** Organisations that attended one (small) event together: every pair of them interacted at `at`. */
export interface Gathering {
  at: number;
  organisations: readonly string[];
}

/** One recorded interaction between two organisations; `until` for those that last (taskforce membership). */
export interface Interaction {
  a: string;
  b: string;
  at: number;
  until?: number;
  via: TieVia;
}

export interface GraphOrganisation {
  id: string;
  name: string;
  country: string;
  member: boolean;
  categories: string[];
}

export interface GraphNode {
  id: string;
  name: string;
  country: string;
  member: boolean;
  degree: number;
  betweenness: number;
}

export interface GraphEdge {
  a: string;
  b: string;
  /** Interactions of the pair in the period. */
  weight: number;
  vias: TieVia[];
  crossBorder: boolean;
  /** The pair had never interacted before the period. */
  isNew: boolean;
}

export interface GraphMetrics {
  nodes: number;
  members: number;
  ties: number;
  density: number;
  newTies: number;
  crossBorderTies: number;
  isolatedMembers: number;
  components: number;
  largestComponent: number;
  averageDegree: number;
  betweennessExact: boolean;
}

export interface NetworkGraph {
  metrics: GraphMetrics;
  nodes: GraphNode[];
  edges: GraphEdge[];
  brokers: GraphNode[];
  isolated: { id: string; name: string; country: string }[];
  /** Nodes left out of `nodes` and `edges` to keep the drawing readable (the metrics cover everything). */
  hiddenNodes: number;
}

interface Pair {
  a: string;
  b: string;
  first: number;
  weight: number;
  /** One bit per way of `tieVias` (a Set per pair costs more than the rest of the build). */
  vias: number;
}

const viaBit = Object.fromEntries(tieVias.map((v, i) => [v, 1 << i])) as Record<TieVia, number>;

/**
 * The graph of who worked with whom in [from, to): organisations are vertices; two are tied when at least one
 * interaction of theirs falls in (or, for lasting ones, overlaps) the period. Members always appear, isolated or
 * not; other organisations (operators, partners across the border) appear when tied to someone. `include` restricts
 * the graph to a subset (an ecosystem, a country), metrics included.
 */
export function buildGraph(input: {
  organisations: ReadonlyMap<string, GraphOrganisation>;
  interactions: readonly Interaction[];
  /** Co-attendance, given per event rather than per pair (an event of 40 is 780 pairs: no object for each). */
  gatherings?: readonly Gathering[];
  from: number;
  to: number;
  include?: (o: GraphOrganisation) => boolean;
  maxNodes?: number;
  brokers?: number;
  /** Betweenness from every organisation up to this size (default 1,500), from sampled pivots beyond. */
  exactBetweennessUpTo?: number;
}): NetworkGraph {
  const { organisations, interactions, from, to } = input;
  const include = input.include ?? (() => true);
  // Organisations as small integers, pairs keyed by a number: string keys of two uuids cost seconds at 150,000 interactions.
  const number = new Map<string, number>();
  const idOf: string[] = [];
  const numberOf = (id: string) => {
    let k = number.get(id);
    if (k === undefined) {
      k = idOf.length;
      number.set(id, k);
      idOf.push(id);
    }
    return k;
  };
  const admitted = new Map<string, boolean>();
  const admit = (id: string) => {
    let ok = admitted.get(id);
    if (ok === undefined) {
      const o = organisations.get(id);
      ok = !!o && include(o);
      admitted.set(id, ok);
    }
    return ok;
  };
  const pairs = new Map<number, Pair>();
  const record = (a: string, b: string, at: number, until: number, via: TieVia) => {
    const i = numberOf(a);
    const j = numberOf(b);
    const key = i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i;
    let pair = pairs.get(key);
    if (!pair) {
      pair = i < j ? { a, b, first: at, weight: 0, vias: 0 } : { a: b, b: a, first: at, weight: 0, vias: 0 };
      pairs.set(key, pair);
    }
    if (at < pair.first) pair.first = at;
    if (until >= from) {
      pair.weight += 1;
      pair.vias |= viaBit[via];
    }
  };
  for (const x of interactions) {
    if (x.a === x.b || x.at >= to || !admit(x.a) || !admit(x.b)) continue;
    record(x.a, x.b, x.at, x.until ?? x.at, x.via);
  }
  for (const g of input.gatherings ?? []) {
    if (g.at >= to) continue;
    const present = g.organisations.filter(admit);
    for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++) if (present[i] !== present[j]) record(present[i]!, present[j]!, g.at, g.at, 'co_attendance');
  }

  const inPeriod = [...pairs.values()].filter((p) => p.weight > 0);
  const ids: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string) => {
    if (!index.has(id)) {
      index.set(id, ids.length);
      ids.push(id);
    }
  };
  for (const o of organisations.values()) if (o.member && include(o)) add(o.id);
  for (const p of inPeriod) {
    add(p.a);
    add(p.b);
  }
  const adjacency: number[][] = ids.map(() => []);
  for (const p of inPeriod) {
    const i = index.get(p.a)!;
    const j = index.get(p.b)!;
    adjacency[i]!.push(j);
    adjacency[j]!.push(i);
  }
  const centrality = betweenness(adjacency, input.exactBetweennessUpTo === undefined ? {} : { exactUpTo: input.exactBetweennessUpTo });
  const org = (i: number) => organisations.get(ids[i]!)!;
  const allNodes: GraphNode[] = ids.map((id, i) => {
    const o = org(i);
    return { id, name: o.name, country: o.country, member: o.member, degree: adjacency[i]!.length, betweenness: round4(centrality.scores[i]!) };
  });
  const edges: GraphEdge[] = inPeriod.map((p) => ({
    a: p.a,
    b: p.b,
    weight: p.weight,
    vias: tieVias.filter((v) => (p.vias & viaBit[v]) !== 0),
    crossBorder: organisations.get(p.a)!.country !== organisations.get(p.b)!.country,
    isNew: p.first >= from,
  }));

  const components = componentSizes(adjacency).filter((size) => size > 1);
  const n = ids.length;
  const members = allNodes.filter((x) => x.member);
  const isolated = members.filter((x) => x.degree === 0);
  const metrics: GraphMetrics = {
    nodes: n,
    members: members.length,
    ties: edges.length,
    density: n > 1 ? round4((2 * edges.length) / (n * (n - 1))) : 0,
    newTies: edges.filter((e) => e.isNew).length,
    crossBorderTies: edges.filter((e) => e.crossBorder).length,
    isolatedMembers: isolated.length,
    components: components.length,
    largestComponent: components.length ? Math.max(...components) : 0,
    averageDegree: n ? round4((2 * edges.length) / n) : 0,
    betweennessExact: centrality.exact,
  };
  const brokers = [...allNodes]
    .filter((x) => x.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.name.localeCompare(b.name))
    .slice(0, input.brokers ?? 10);

  // The drawing keeps the most connected organisations (and every broker) when there are too many.
  const maxNodes = input.maxNodes ?? 400;
  let shown = allNodes;
  if (allNodes.length > maxNodes) {
    const keep = new Set(brokers.map((x) => x.id));
    for (const x of [...allNodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))) {
      if (keep.size >= maxNodes) break;
      keep.add(x.id);
    }
    shown = allNodes.filter((x) => keep.has(x.id));
  }
  const shownIds = new Set(shown.map((x) => x.id));
  return {
    metrics,
    nodes: shown,
    edges: edges.filter((e) => shownIds.has(e.a) && shownIds.has(e.b)),
    brokers,
    isolated: isolated.map(({ id, name, country }) => ({ id, name, country })).sort((a, b) => a.name.localeCompare(b.name)),
    hiddenNodes: allNodes.length - shown.length,
  };
}

function componentSizes(adjacency: readonly (readonly number[])[]): number[] {
  const seen = new Uint8Array(adjacency.length);
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let s = 0; s < adjacency.length; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    stack.push(s);
    let size = 0;
    while (stack.length) {
      const v = stack.pop()!;
      size++;
      for (const w of adjacency[v]!) {
        if (!seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    sizes.push(size);
  }
  return sizes;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
