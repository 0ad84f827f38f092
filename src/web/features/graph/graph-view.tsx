import { useMemo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGraph } from '../reports/reporting-types';
import { forceLayout } from './force-layout';

export const countryColours: Record<string, string> = { BE: '#0f5c63', LU: '#7b4ea3', FR: '#c26b00', DE: '#2f7d3a', NL: '#b3261e' };
const WIDTH = 900;
const HEIGHT = 600;

/**
 * The graph drawn with our force layout: organisations coloured by country, sized by their ties, brokers ringed;
 * cross-border ties in colour, new ties dashed. Zoom with the buttons or the wheel, pan by dragging; clicking an
 * organisation (or choosing it in the list beside) shows its ties.
 */
export function GraphView({ graph, selected, onSelect }: { graph: NetworkGraph; selected: string | null; onSelect: (id: string | null) => void }) {
  const { t } = useTranslation();
  const positions = useMemo(() => forceLayout({ nodes: graph.nodes, edges: graph.edges, width: WIDTH, height: HEIGHT }), [graph]);
  const brokers = useMemo(() => new Set(graph.brokers.map((b) => b.id)), [graph]);
  const neighbours = useMemo(() => {
    if (!selected) return null;
    const set = new Set<string>([selected]);
    for (const e of graph.edges) {
      if (e.a === selected) set.add(e.b);
      if (e.b === selected) set.add(e.a);
    }
    return set;
  }, [graph, selected]);
  const [view, setView] = useState({ x: 0, y: 0, w: WIDTH, h: HEIGHT });
  const drag = useRef<{ x: number; y: number; view: typeof view } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const zoom = (factor: number) =>
    setView((v) => {
      const w = Math.min(WIDTH * 2, Math.max(WIDTH / 8, v.w * factor));
      const h = (w * HEIGHT) / WIDTH;
      return { x: v.x + (v.w - w) / 2, y: v.y + (v.h - h) / 2, w, h };
    });
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).tagName === 'circle') return;
    drag.current = { x: e.clientX, y: e.clientY, view };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    const box = svg.current?.getBoundingClientRect();
    if (!start || !box) return;
    const scale = start.view.w / box.width;
    setView({ ...start.view, x: start.view.x - (e.clientX - start.x) * scale, y: start.view.y - (e.clientY - start.y) * scale });
  };
  const radius = (degree: number) => 3 + Math.sqrt(degree) * 1.6;
  return (
    <div className="graph-view">
      <div className="graph-view__tools" role="group" aria-label={t('reporting.graph.zoom')}>
        <button type="button" className="button button--small button--ghost" onClick={() => zoom(0.75)}>
          {t('reporting.graph.zoomIn')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => zoom(1 / 0.75)}>
          {t('reporting.graph.zoomOut')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => setView({ x: 0, y: 0, w: WIDTH, h: HEIGHT })}>
          {t('reporting.graph.reset')}
        </button>
      </div>
      <svg
        ref={svg}
        className="graph-view__svg"
        viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
        role="img"
        aria-label={t('reporting.graph.drawing', { nodes: graph.nodes.length, ties: graph.edges.length })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onWheel={(e) => zoom(e.deltaY > 0 ? 1.1 : 0.9)}
        onClick={(e) => {
          if ((e.target as Element).tagName !== 'circle') onSelect(null);
        }}
      >
        <g>
          {graph.edges.map((e) => {
            const p = positions.get(e.a);
            const q = positions.get(e.b);
            if (!p || !q) return null;
            const faded = neighbours && !(neighbours.has(e.a) && neighbours.has(e.b) && (e.a === selected || e.b === selected));
            return (
              <line
                key={`${e.a}-${e.b}`}
                x1={p.x}
                y1={p.y}
                x2={q.x}
                y2={q.y}
                className={`graph-edge${e.crossBorder ? ' graph-edge--border' : ''}${e.isNew ? ' graph-edge--new' : ''}${faded ? ' graph-edge--faded' : ''}`}
                strokeWidth={Math.min(4, 0.6 + e.weight * 0.4)}
              />
            );
          })}
        </g>
        <g>
          {graph.nodes.map((n) => {
            const p = positions.get(n.id)!;
            const faded = neighbours && !neighbours.has(n.id);
            return (
              <circle
                key={n.id}
                cx={p.x}
                cy={p.y}
                r={radius(n.degree)}
                fill={countryColours[n.country] ?? '#5f6e73'}
                className={`graph-node${brokers.has(n.id) ? ' graph-node--broker' : ''}${n.id === selected ? ' graph-node--selected' : ''}${faded ? ' graph-node--faded' : ''}${n.member ? '' : ' graph-node--outside'}`}
                onClick={() => onSelect(n.id === selected ? null : n.id)}
              >
                <title>{`${n.name} (${n.country}) — ${t('reporting.graph.degree', { n: n.degree })}`}</title>
              </circle>
            );
          })}
        </g>
      </svg>
      <ul className="graph-legend">
        {Object.entries(countryColours).map(([c, colour]) => (
          <li key={c}>
            <span className="graph-legend__dot" style={{ background: colour }} aria-hidden="true" />
            {t(`countries.${c as 'BE'}`)}
          </li>
        ))}
        <li>
          <span className="graph-legend__line graph-legend__line--border" aria-hidden="true" />
          {t('reporting.graph.legendBorder')}
        </li>
        <li>
          <span className="graph-legend__line graph-legend__line--new" aria-hidden="true" />
          {t('reporting.graph.legendNew')}
        </li>
        <li>
          <span className="graph-legend__dot graph-legend__dot--broker" aria-hidden="true" />
          {t('reporting.graph.legendBroker')}
        </li>
      </ul>
    </div>
  );
}
