/**
 * Minimum-cost flow by the primal–dual method: Dijkstra on reduced costs finds the shortest augmenting distance,
 * then a blocking flow (Dinic) saturates every shortest path at once. With few distinct weights, as meeting
 * priorities are, this needs few phases. Stops as soon as the cheapest path no longer has negative cost, which makes
 * it a maximum-weight (not maximum-value) flow. Initial potentials assume arcs listed in topological order of a DAG.
 */
export class MinCostFlow {
  private readonly n: number;
  private head: Int32Array;
  private to: number[] = [];
  private next: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];

  constructor(nodeCount: number) {
    this.n = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  addArc(from: number, to: number, capacity: number, cost: number): void {
    this.pushArc(from, to, capacity, cost);
    this.pushArc(to, from, 0, -cost);
  }

  private pushArc(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]!);
    this.head[from] = this.to.length - 1;
  }

  /** Returns the minimum cost over flows of any value from source to sink (only negative-cost paths are used). */
  run(source: number, sink: number, topologicalOrder: readonly number[]): { cost: number; flow: number } {
    const n = this.n;
    const potential = this.initialPotentials(source, topologicalOrder);
    const dist = new Float64Array(n);
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    let totalCost = 0;
    let totalFlow = 0;
    for (;;) {
      this.dijkstra(source, potential, dist);
      const reach = dist[sink]!;
      if (!Number.isFinite(reach)) break;
      // Capping at the sink distance keeps every residual reduced cost non-negative.
      for (let v = 0; v < n; v++) potential[v] = potential[v]! + Math.min(dist[v]!, reach);
      const pathCost = potential[sink]! - potential[source]!;
      if (pathCost >= -1e-9) break;
      const pushed = this.blockingFlows(source, sink, potential, level, iter);
      if (pushed === 0) break;
      totalFlow += pushed;
      totalCost += pushed * pathCost;
    }
    return { cost: totalCost, flow: totalFlow };
  }

  private initialPotentials(source: number, order: readonly number[]): Float64Array {
    const potential = new Float64Array(this.n).fill(Infinity);
    potential[source] = 0;
    for (const u of order) {
      const pu = potential[u]!;
      if (!Number.isFinite(pu)) continue;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        if (this.cap[e]! <= 0) continue;
        const v = this.to[e]!;
        const candidate = pu + this.cost[e]!;
        if (candidate < potential[v]!) potential[v] = candidate;
      }
    }
    for (let v = 0; v < this.n; v++) if (!Number.isFinite(potential[v]!)) potential[v] = 0;
    return potential;
  }

  private dijkstra(source: number, potential: Float64Array, dist: Float64Array): void {
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new BinaryHeap();
    heap.push(source, 0);
    while (heap.size > 0) {
      const [u, d] = heap.pop();
      if (d > dist[u]!) continue;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        if (this.cap[e]! <= 0) continue;
        const v = this.to[e]!;
        const reduced = Math.max(0, this.cost[e]! + potential[u]! - potential[v]!);
        const nd = d + reduced;
        if (nd < dist[v]! - 1e-12) {
          dist[v] = nd;
          heap.push(v, nd);
        }
      }
    }
  }

  private admissible(e: number, u: number, potential: Float64Array): boolean {
    return this.cap[e]! > 0 && Math.abs(this.cost[e]! + potential[u]! - potential[this.to[e]!]!) < 1e-7;
  }

  private blockingFlows(source: number, sink: number, potential: Float64Array, level: Int32Array, iter: Int32Array): number {
    let total = 0;
    const queue = new Int32Array(this.n);
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = source;
      while (qh < qt) {
        const u = queue[qh++]!;
        for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
          const v = this.to[e]!;
          if (level[v] === -1 && this.admissible(e, u, potential)) {
            level[v] = level[u]! + 1;
            queue[qt++] = v;
          }
        }
      }
      if (level[sink] === -1) return total;
      for (let v = 0; v < this.n; v++) iter[v] = this.head[v]!;
      for (;;) {
        const pushed = this.augment(source, sink, potential, level, iter);
        if (pushed === 0) break;
        total += pushed;
      }
    }
  }

  /** One augmenting path in the level graph, found iteratively (paths can be thousands of arcs long). */
  private augment(source: number, sink: number, potential: Float64Array, level: Int32Array, iter: Int32Array): number {
    const pathArcs: number[] = [];
    let u = source;
    while (u !== sink) {
      let advanced = false;
      for (let e = iter[u]!; e !== -1; e = this.next[e]!) {
        const v = this.to[e]!;
        if (level[v] === level[u]! + 1 && this.admissible(e, u, potential)) {
          iter[u] = e;
          pathArcs.push(e);
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      iter[u] = -1;
      level[u] = -2; // dead end for this phase
      if (pathArcs.length === 0) return 0;
      const back = pathArcs.pop()!;
      u = this.to[back ^ 1]!;
      iter[u] = this.next[iter[u]!]!;
    }
    let bottleneck = Infinity;
    for (const e of pathArcs) bottleneck = Math.min(bottleneck, this.cap[e]!);
    for (const e of pathArcs) {
      this.cap[e] = this.cap[e]! - bottleneck;
      this.cap[e ^ 1] = this.cap[e ^ 1]! + bottleneck;
    }
    return bottleneck;
  }
}

class BinaryHeap {
  private nodes: number[] = [];
  private keys: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, key: number): void {
    const nodes = this.nodes;
    const keys = this.keys;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      nodes[i] = nodes[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  }

  pop(): [number, number] {
    const nodes = this.nodes;
    const keys = this.keys;
    const top: [number, number] = [nodes[0]!, keys[0]!];
    const lastNode = nodes.pop()!;
    const lastKey = keys.pop()!;
    const n = nodes.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= lastKey) break;
        nodes[i] = nodes[child]!;
        keys[i] = keys[child]!;
        i = child;
      }
      nodes[i] = lastNode;
      keys[i] = lastKey;
    }
    return top;
  }
}
