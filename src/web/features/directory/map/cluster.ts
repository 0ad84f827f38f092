/** A point already projected to screen coordinates. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster {
  /** Stable key: the cell, or the id of a lone point. */
  key: string;
  x: number;
  y: number;
  ids: string[];
}

/**
 * Grid clustering in screen space: points that fall in the same `cell`-pixel square become one cluster drawn at
 * their centre, and clusters closer than three quarters of a cell merge. Zooming in spreads points over more cells, so clusters split by themselves. Points outside
 * `bounds` (with a margin of one cell) are left out.
 */
export function clusterPoints(points: readonly ScreenPoint[], cell: number, bounds?: { width: number; height: number }): Cluster[] {
  const cells = new Map<string, { sx: number; sy: number; ids: string[] }>();
  for (const p of points) {
    if (bounds && (p.x < -cell || p.y < -cell || p.x > bounds.width + cell || p.y > bounds.height + cell)) continue;
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const c = cells.get(key);
    if (c) {
      c.sx += p.x;
      c.sy += p.y;
      c.ids.push(p.id);
    } else cells.set(key, { sx: p.x, sy: p.y, ids: [p.id] });
  }
  const grid = [...cells.entries()].map(([key, c]) => ({ key, sx: c.sx, sy: c.sy, ids: c.ids }));
  // Neighbouring cells can put two clusters almost on top of each other: fold the smaller into the larger.
  grid.sort((a, b) => b.ids.length - a.ids.length);
  const kept: typeof grid = [];
  for (const c of grid) {
    const x = c.sx / c.ids.length;
    const y = c.sy / c.ids.length;
    const near = kept.find((k) => Math.hypot(k.sx / k.ids.length - x, k.sy / k.ids.length - y) < cell * 0.75);
    if (near) {
      near.sx += c.sx;
      near.sy += c.sy;
      near.ids.push(...c.ids);
    } else kept.push({ ...c, ids: [...c.ids] });
  }
  return kept.map((c) => ({
    key: c.ids.length === 1 ? c.ids[0]! : c.key,
    x: c.sx / c.ids.length,
    y: c.sy / c.ids.length,
    ids: c.ids,
  }));
}
