import { describe, expect, it } from 'vitest';
import { forceLayout } from './force-layout';

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('force layout', () => {
  it('keeps tied organisations closer than untied ones, inside the frame, the same every time', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
    // Two triangles joined by nothing.
    const edges = [
      { a: 'a', b: 'b' }, { a: 'b', b: 'c' }, { a: 'c', b: 'a' },
      { a: 'd', b: 'e' }, { a: 'e', b: 'f' }, { a: 'f', b: 'd' },
    ];
    const p = forceLayout({ nodes, edges, width: 400, height: 300 });
    const q = forceLayout({ nodes, edges, width: 400, height: 300 });
    expect([...p.entries()]).toEqual([...q.entries()]);
    for (const v of p.values()) {
      expect(v.x).toBeGreaterThanOrEqual(0);
      expect(v.x).toBeLessThanOrEqual(400);
      expect(v.y).toBeGreaterThanOrEqual(0);
      expect(v.y).toBeLessThanOrEqual(300);
    }
    const within = (distance(p.get('a')!, p.get('b')!) + distance(p.get('d')!, p.get('e')!)) / 2;
    const across = (distance(p.get('a')!, p.get('d')!) + distance(p.get('c')!, p.get('f')!)) / 2;
    expect(within).toBeLessThan(across);
  });

  it('places lone nodes and nothing at all', () => {
    expect(forceLayout({ nodes: [], edges: [], width: 10, height: 10 }).size).toBe(0);
    const one = forceLayout({ nodes: [{ id: 'x' }], edges: [{ a: 'x', b: 'missing' }], width: 100, height: 100 });
    expect(one.get('x')).toBeDefined();
  });
});
