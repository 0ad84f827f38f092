/**
 * Betweenness centrality of an undirected, unweighted graph (Brandes 2001): for each source, a breadth-first search
 * counts shortest paths (sigma), then dependencies are accumulated from the farthest vertices back. O(V·E) time,
 * O(V + E) memory. Graph as adjacency lists over vertices 0..n-1.
 *
 * Beyond `exactUpTo` vertices, only some sources (pivots) are used, spread deterministically over the vertices, and
 * the result is scaled by n / pivots (Brandes & Pich 2007): an unbiased estimate good enough to rank brokers. The
 * number of pivots is `pivots`, or by default what a budget of `workBudget` edge visits allows (at least 64).
 */
export interface BetweennessOptions {
  exactUpTo?: number;
  pivots?: number;
  workBudget?: number;
}

export interface BetweennessResult {
  /** Normalised to [0, 1]: divided by (n - 1)(n - 2) / 2, the number of pairs of other vertices. */
  scores: Float64Array;
  exact: boolean;
  sources: number;
}

export function betweenness(adjacency: readonly (readonly number[])[], options: BetweennessOptions = {}): BetweennessResult {
  const n = adjacency.length;
  const exactUpTo = options.exactUpTo ?? 1500;
  const raw = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  // Predecessors as a flat list per vertex, rebuilt per source: start offsets into a pool sized by the degrees.
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + adjacency[v]!.length;
  const predecessors = new Int32Array(offsets[n]!);
  const predCount = new Int32Array(n);

  const perSource = n + offsets[n]!;
  const pivots = options.pivots ?? Math.max(64, Math.floor((options.workBudget ?? 20_000_000) / Math.max(1, perSource)));
  const sources = chooseSources(adjacency, n <= exactUpTo ? n : Math.min(n, pivots));
  for (const s of sources) {
    sigma.fill(0);
    delta.fill(0);
    distance.fill(-1);
    predCount.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      order[visited++] = v;
      const dv = distance[v]!;
      for (const w of adjacency[v]!) {
        if (distance[w]! < 0) {
          distance[w] = dv + 1;
          queue[tail++] = w;
        }
        if (distance[w] === dv + 1) {
          sigma[w] = sigma[w]! + sigma[v]!;
          predecessors[offsets[w]! + predCount[w]!] = v;
          predCount[w] = predCount[w]! + 1;
        }
      }
    }
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let p = offsets[w]!, end = p + predCount[w]!; p < end; p++) {
        const v = predecessors[p]!;
        delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      raw[w] = raw[w]! + delta[w]!;
    }
  }

  // Each pair is counted from both ends in an undirected graph; sampling scales up to all sources.
  const scale = (n / sources.length) / 2;
  const pairs = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  const scores = new Float64Array(n);
  for (let v = 0; v < n; v++) scores[v] = (raw[v]! * scale) / pairs;
  return { scores, exact: sources.length === n, sources: sources.length };
}

/** All vertices, or `k` of them taken at even steps through the vertices sorted by degree (deterministic). */
function chooseSources(adjacency: readonly (readonly number[])[], k: number): number[] {
  const n = adjacency.length;
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((a, b) => adjacency[b]!.length - adjacency[a]!.length || a - b);
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(byDegree[Math.floor((i * n) / k)]!);
  return out;
}
