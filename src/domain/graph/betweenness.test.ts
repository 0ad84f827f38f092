import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness';

const graphOf = (n: number, edges: [number, number][]) => {
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  return adjacency;
};

/** Brute force: for every pair (s, t), the share of shortest s–t paths through v, from BFS distances and path counts. */
function bruteForce(adjacency: number[][]): number[] {
  const n = adjacency.length;
  const bfs = (s: number) => {
    const dist = Array<number>(n).fill(-1);
    const count = Array<number>(n).fill(0);
    dist[s] = 0;
    count[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      for (const w of adjacency[v]!) {
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) count[w]! += count[v]!;
      }
    }
    return { dist, count };
  };
  const all = Array.from({ length: n }, (_, s) => bfs(s));
  const out = Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      const st = all[s]!;
      if (st.dist[t] === -1) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || st.dist[v] === -1 || all[v]!.dist[t] === -1) continue;
        if (st.dist[v]! + all[v]!.dist[t]! === st.dist[t]) out[v]! += (st.count[v]! * all[v]!.count[t]!) / st.count[t]!;
      }
    }
  const pairs = ((n - 1) * (n - 2)) / 2;
  return out.map((x) => x / pairs);
}

describe('betweenness (Brandes)', () => {
  it('matches hand-computed values on a path, a star and a square', () => {
    // Path 0-1-2-3-4: vertex 2 lies on 4 of the 6 pairs of other vertices, 1 and 3 on 3 each.
    expect([...betweenness(graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]])).scores].map((x) => Math.round(x * 1e4) / 1e4)).toEqual([0, 0.5, 0.6667, 0.5, 0]);
    // Star: the centre is on every path between leaves.
    expect([...betweenness(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]])).scores]).toEqual([1, 0, 0, 0, 0]);
    // Square: each vertex carries half of the paths between its two neighbours.
    expect([...betweenness(graphOf(4, [[0, 1], [1, 2], [2, 3], [3, 0]])).scores].map((x) => Math.round(x * 1e4) / 1e4)).toEqual([0.1667, 0.1667, 0.1667, 0.1667]);
  });

  it('agrees with brute force on random graphs, disconnected ones included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 20; round++) {
      const n = 5 + Math.floor(random() * 25);
      const edges: [number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (random() < 0.15) edges.push([a, b]);
      const adjacency = graphOf(n, edges);
      const fast = betweenness(adjacency).scores;
      bruteForce(adjacency).forEach((x, v) => expect(fast[v]).toBeCloseTo(x, 9));
    }
  });

  it('estimates from pivots beyond the exact size, and is exact when every vertex is a pivot', () => {
    const n = 60;
    const edges: [number, number][] = [];
    for (let i = 1; i < n; i++) edges.push([i, Math.floor(i / 3)]); // a tree: the root's side is the broker
    const adjacency = graphOf(n, edges);
    const exact = betweenness(adjacency);
    const sampled = betweenness(adjacency, { exactUpTo: 10, pivots: 30 });
    expect(exact.exact).toBe(true);
    expect(sampled.exact).toBe(false);
    expect(sampled.sources).toBe(30);
    const top = (s: Float64Array) => [...s.keys()].sort((a, b) => s[b]! - s[a]!).slice(0, 3);
    expect(new Set(top(sampled.scores))).toEqual(new Set(top(exact.scores)));
    expect([...betweenness(adjacency, { exactUpTo: 10, pivots: n }).scores]).toEqual([...exact.scores]);
  });
});
