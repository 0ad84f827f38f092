import { describe, expect, it } from 'vitest';
import { clusterPoints } from './cluster';

describe('grid clustering', () => {
  const points = [
    { id: 'a', x: 10, y: 10 },
    { id: 'b', x: 20, y: 30 },
    { id: 'c', x: 200, y: 200 },
  ];

  it('groups points of one cell at their centre and keeps lone points as themselves', () => {
    const clusters = clusterPoints(points, 48);
    expect(clusters).toHaveLength(2);
    const group = clusters.find((c) => c.ids.length === 2)!;
    expect(group.ids.sort()).toEqual(['a', 'b']);
    expect(group).toMatchObject({ x: 15, y: 20 });
    expect(clusters.find((c) => c.ids.length === 1)).toMatchObject({ key: 'c', x: 200, y: 200 });
  });

  it('splits clusters when points are further apart on screen (zoomed in)', () => {
    const zoomed = points.map((p) => ({ ...p, x: p.x * 4, y: p.y * 4 }));
    expect(clusterPoints(zoomed, 48)).toHaveLength(3);
  });

  it('merges clusters of neighbouring cells that would overlap', () => {
    // 47 and 49 fall in different 48-pixel cells but are 2 pixels apart.
    const clusters = clusterPoints(
      [
        { id: 'a', x: 47, y: 10 },
        { id: 'b', x: 49, y: 10 },
        { id: 'c', x: 49, y: 12 },
      ],
      48,
    );
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.ids.sort()).toEqual(['a', 'b', 'c']);
  });

  it('leaves out points far outside the view', () => {
    expect(clusterPoints(points, 48, { width: 100, height: 100 }).flatMap((c) => c.ids).sort()).toEqual(['a', 'b']);
  });
});
