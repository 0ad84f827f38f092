/**
 * A force-directed layout (Fruchterman–Reingold): ties pull their ends together, every pair of organisations pushes
 * apart, and a cooling temperature caps each move. Deterministic (nodes start on a spiral in the given order), pure
 * and synchronous: a few hundred nodes take a few tens of milliseconds. Positions fall inside [0, width] × [0, height]:
 * the tied organisations are scaled to fill the middle, the isolated ones wait on an ellipse around them.
 */
export interface LayoutInput {
  nodes: readonly { id: string }[];
  edges: readonly { a: string; b: string }[];
  width: number;
  height: number;
  iterations?: number;
}

export type Positions = Map<string, { x: number; y: number }>;

export function forceLayout({ nodes, edges, width, height, iterations = 220 }: LayoutInput): Positions {
  const out: Positions = new Map();
  const tied = new Set<string>();
  const known = new Set(nodes.map((n) => n.id));
  for (const e of edges) {
    if (e.a !== e.b && known.has(e.a) && known.has(e.b)) {
      tied.add(e.a);
      tied.add(e.b);
    }
  }
  const connected = nodes.filter((n) => tied.has(n.id));
  const alone = nodes.filter((n) => !tied.has(n.id));
  const placed = simulate(connected, edges, width, height, iterations);
  // Fill the middle (all of it when nobody is isolated), keeping the proportions of the drawing.
  const share = alone.length ? 0.78 : 0.94;
  const xs = [...placed.values()].map((p) => p.x);
  const ys = [...placed.values()].map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width * share) / Math.max(1, maxX - minX), (height * share) / Math.max(1, maxY - minY));
  for (const [id, p] of placed) out.set(id, { x: width / 2 + (p.x - (minX + maxX) / 2) * scale, y: height / 2 + (p.y - (minY + maxY) / 2) * scale });
  alone.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / alone.length - Math.PI / 2;
    out.set(n.id, { x: width / 2 + Math.cos(angle) * width * 0.46, y: height / 2 + Math.sin(angle) * height * 0.45 });
  });
  return out;
}

function simulate(nodes: readonly { id: string }[], edges: readonly { a: string; b: string }[], width: number, height: number, iterations: number): Positions {
  const n = nodes.length;
  const out: Positions = new Map();
  if (n === 0) return out;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const spread = Math.min(width, height) / 2.2;
  for (let i = 0; i < n; i++) {
    const r = spread * Math.sqrt((i + 0.5) / n);
    x[i] = width / 2 + r * Math.cos(i * golden);
    y[i] = height / 2 + r * Math.sin(i * golden);
  }
  const links = edges.flatMap((e) => {
    const a = index.get(e.a);
    const b = index.get(e.b);
    return a === undefined || b === undefined || a === b ? [] : [[a, b] as const];
  });
  const k = Math.sqrt((width * height) / n) * 0.75;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = Math.min(width, height) / 8;
  const cooling = temperature / (iterations + 1);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i]! - x[j]!;
        let ddy = y[i]! - y[j]!;
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) {
          ddx = ((i * 7 + j) % 5) - 2 || 1;
          ddy = ((i + j * 3) % 5) - 2 || 1;
          d2 = ddx * ddx + ddy * ddy;
        }
        const force = (k * k) / d2;
        dx[i] = dx[i]! + ddx * force;
        dy[i] = dy[i]! + ddy * force;
        dx[j] = dx[j]! - ddx * force;
        dy[j] = dy[j]! - ddy * force;
      }
    for (const [a, b] of links) {
      const ddx = x[a]! - x[b]!;
      const ddy = y[a]! - y[b]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const force = d / k;
      dx[a] = dx[a]! - ddx * force;
      dy[a] = dy[a]! - ddy * force;
      dx[b] = dx[b]! + ddx * force;
      dy[b] = dy[b]! + ddy * force;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps separate groups in view.
      dx[i] = dx[i]! + (width / 2 - x[i]!) * 0.02;
      dy[i] = dy[i]! + (height / 2 - y[i]!) * 0.02;
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(d, temperature);
      x[i] = Math.min(width - 8, Math.max(8, x[i]! + (dx[i]! / d) * move));
      y[i] = Math.min(height - 8, Math.max(8, y[i]! + (dy[i]! / d) * move));
    }
    temperature = Math.max(0.5, temperature - cooling);
  }
  nodes.forEach((node, i) => out.set(node.id, { x: x[i]!, y: y[i]! }));
  return out;
}
