import { geoCircle, geoMercator, geoPath } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clusterPoints } from './cluster';
import { loadOutlines } from './outlines';
import type { CountryShape } from './outlines';

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

const CELL = 44;
const MAX_ZOOM = 64;

/** The Grande Région (Wallonia, Luxembourg, Lorraine, Saarland, Rhineland-Palatinate) with a margin. */
export const grandeRegion: [[number, number], [number, number]] = [
  [4.2, 48.2],
  [8.6, 51.0],
];

interface View {
  k: number;
  x: number;
  y: number;
}

const identity: View = { k: 1, x: 0, y: 0 };

function baseProjection(extent: [[number, number], [number, number]], WIDTH: number, HEIGHT: number) {
  const [[w, s], [e, n]] = extent;
  // The corners as points: a polygon's winding would decide whether d3 fits the box or the rest of the globe.
  const box = { type: 'MultiPoint' as const, coordinates: [[w, s], [e, n], [w, n], [e, s]] };
  return geoMercator().fitExtent(
    [
      [12, 12],
      [WIDTH - 12, HEIGHT - 12],
    ],
    box,
  );
}

/**
 * Points over the country outlines, with zoom (wheel, buttons, +/- keys), pan (drag, arrow keys) and grid
 * clustering: a cluster is a button that zooms onto it, a lone point a link handed to `onOpen`.
 */
export function GeoMap({
  points,
  onOpen,
  hrefOf,
  extent = grandeRegion,
  interactive = true,
  label,
  circle,
}: {
  points: readonly MapPoint[];
  onOpen: (id: string) => void;
  hrefOf: (id: string) => string;
  extent?: [[number, number], [number, number]];
  interactive?: boolean;
  label: string;
  /** A distance filter: drawn, and the map opens on it. */
  circle?: { lat: number; lon: number; km: number } | null;
}) {
  const { t } = useTranslation();
  const [outlines, setOutlines] = useState<CountryShape[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [view, setView] = useState<View>(identity);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const frameRef = useRef<HTMLDivElement | null>(null);
  // Drawn at the size it is shown, so clusters, labels and tap targets keep their size on a phone.
  const [size, setSize] = useState({ width: 800, height: 600 });
  const WIDTH = size.width;
  const HEIGHT = size.height;
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0) setSize({ width, height: Math.round(Math.max(interactive ? 380 : 220, Math.min(620, width * 0.72))) });
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, [interactive]);
  const drag = useRef<{ px: number; py: number; view: View; moved: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    loadOutlines()
      .then((o) => live && setOutlines(o))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  // Compared by value: the filters are read afresh from the address on each render.
  const [cLat, cLon, cKm] = circle ? [circle.lat, circle.lon, circle.km] : [null, null, null];
  const circleShape = useMemo(() => (cLat !== null && cLon !== null && cKm !== null ? geoCircle().center([cLon, cLat]).radius(cKm / 111.2)() : null), [cLat, cLon, cKm]);
  const frame = useMemo((): [[number, number], [number, number]] => {
    if (cLat === null || cLon === null || cKm === null) return extent;
    const dLat = (cKm * 1.15) / 111.2;
    const dLon = dLat / Math.cos((cLat * Math.PI) / 180);
    return [
      [cLon - dLon, cLat - dLat],
      [cLon + dLon, cLat + dLat],
    ];
  }, [cLat, cLon, cKm, extent]);
  const base = useMemo(() => baseProjection(frame, WIDTH, HEIGHT), [frame, WIDTH, HEIGHT]);
  const projection = useMemo(() => {
    const [tx, ty] = base.translate();
    return geoMercator()
      .scale(base.scale() * view.k)
      .translate([tx * view.k + view.x, ty * view.k + view.y]);
  }, [base, view]);
  const path = useMemo(() => geoPath(projection), [projection]);

  const projected = useMemo(
    () =>
      points.flatMap((p) => {
        const xy = projection([p.lon, p.lat]);
        return xy ? [{ id: p.id, x: xy[0], y: xy[1] }] : [];
      }),
    [points, projection],
  );
  const clusters = useMemo(() => clusterPoints(projected, CELL, { width: WIDTH, height: HEIGHT }), [projected, WIDTH, HEIGHT]);
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points]);

  /** Zoom by `factor` keeping the screen point (cx, cy) where it is. */
  const zoomAt = (factor: number, cx = WIDTH / 2, cy = HEIGHT / 2) =>
    setView((v) => {
      const k = Math.min(MAX_ZOOM, Math.max(1, v.k * factor));
      const f = k / v.k;
      // Screen position s = base·k + offset; keep s(cx, cy) fixed.
      return { k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f };
    });
  const toLocal = (clientX: number, clientY: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || !rect.width) return { x: WIDTH / 2, y: HEIGHT / 2 };
    return { x: ((clientX - rect.left) * WIDTH) / rect.width, y: ((clientY - rect.top) * HEIGHT) / rect.height };
  };

  // React's wheel listener is passive; the map needs to stop the page from scrolling while zooming.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !interactive) return;
    const prevent = (e: globalThis.WheelEvent) => e.preventDefault();
    svg.addEventListener('wheel', prevent, { passive: false });
    return () => svg.removeEventListener('wheel', prevent);
  }, [interactive]);

  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    if (!interactive) return;
    const { x, y } = toLocal(e.clientX, e.clientY);
    zoomAt(e.deltaY < 0 ? 1.25 : 0.8, x, y);
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!interactive || e.button !== 0) return;
    drag.current = { px: e.clientX, py: e.clientY, view, moved: false };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const rect = svgRef.current?.getBoundingClientRect();
    const ratio = rect && rect.width ? WIDTH / rect.width : 1;
    const dx = (e.clientX - d.px) * ratio;
    const dy = (e.clientY - d.py) * ratio;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) svgRef.current?.setPointerCapture(e.pointerId);
    d.moved = true;
    setView({ ...d.view, x: d.view.x + dx, y: d.view.y + dy });
  };
  const onPointerUp = () => {
    // A drag that moved must not also count as a click on the point under the pointer.
    const moved = drag.current?.moved;
    drag.current = null;
    if (moved) {
      const swallow = (ev: MouseEvent) => {
        ev.stopPropagation();
        ev.preventDefault();
      };
      window.addEventListener('click', swallow, { capture: true, once: true });
      window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!interactive) return;
    const step = 60;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[e.key];
    if (move && e.target === e.currentTarget) {
      e.preventDefault();
      setView((v) => ({ ...v, x: v.x + move[0], y: v.y + move[1] }));
    } else if (e.key === '+' || e.key === '=') zoomAt(1.5);
    else if (e.key === '-') zoomAt(1 / 1.5);
  };

  const radius = (n: number) => Math.min(30, 10 + Math.sqrt(n) * 2.2);

  return (
    <div ref={frameRef} className="geo-map" tabIndex={interactive ? 0 : undefined} role="group" aria-label={label} onKeyDown={onKeyDown}>
      {interactive ? (
        <div className="geo-map__controls">
          <button type="button" className="button button--small" onClick={() => zoomAt(1.5)} aria-label={t('map.zoomIn')}>
            +
          </button>
          <button type="button" className="button button--small" onClick={() => zoomAt(1 / 1.5)} aria-label={t('map.zoomOut')}>
            −
          </button>
          <button type="button" className="button button--small" onClick={() => setView(identity)}>
            {t('map.reset')}
          </button>
        </div>
      ) : null}
      <svg
        ref={svgRef}
        className={interactive ? 'geo-map__svg geo-map__svg--interactive' : 'geo-map__svg'}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <rect className="geo-map__sea" width={WIDTH} height={HEIGHT} />
        <g className="geo-map__countries" aria-hidden="true">
          {outlines?.map((c) => <path key={c.properties.code} d={path(c) ?? ''} className={`geo-map__country geo-map__country--${c.properties.code.toLowerCase()}`} />)}
        </g>
        {circleShape ? <path className="geo-map__radius" d={path(circleShape) ?? ''} aria-hidden="true" /> : null}
        <g className="geo-map__points">
          {clusters.map((c) => {
            if (c.ids.length === 1) {
              const p = byId.get(c.ids[0]!)!;
              return (
                <a
                  key={c.key}
                  href={hrefOf(p.id)}
                  className="geo-map__point"
                  aria-label={p.name}
                  onClick={(e) => {
                    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
                    e.preventDefault();
                    onOpen(p.id);
                  }}
                >
                  <title>{p.name}</title>
                  <circle cx={c.x} cy={c.y} r={7} />
                </a>
              );
            }
            const n = c.ids.length;
            return (
              <g
                key={c.key}
                className="geo-map__cluster"
                role="button"
                tabIndex={0}
                aria-label={t('map.cluster', { n })}
                onClick={() => zoomAt(2.5, c.x, c.y)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    zoomAt(2.5, c.x, c.y);
                  }
                }}
              >
                <title>{t('map.cluster', { n })}</title>
                <circle cx={c.x} cy={c.y} r={radius(n)} />
                <text x={c.x} y={c.y} dy="0.35em" textAnchor="middle">
                  {n}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {failed ? <p className="geo-map__note">{t('map.outlinesFailed')}</p> : null}
    </div>
  );
}
