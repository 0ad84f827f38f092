import { useId } from 'react';

export interface ChartLine {
  label: string;
  values: number[];
}

const palette = ['#0f5c63', '#c26b00', '#2f7d3a', '#7b4ea3'];

/**
 * A small SVG chart of one or more series over the same periods: bars for one series, lines for several. Drawn in a
 * viewBox so it scales with its box; the figures are also given as a table for screen readers.
 */
export function LineChart({ title, labels, lines, format }: { title: string; labels: string[]; lines: ChartLine[]; format: (v: number) => string }) {
  const id = useId();
  const width = 480;
  const height = 200;
  const pad = { left: 36, right: 8, top: 12, bottom: 28 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...lines.flatMap((l) => l.values));
  const n = Math.max(1, labels.length);
  const step = plotW / n;
  const yOf = (v: number) => pad.top + plotH - (plotH * v) / max;
  const every = Math.ceil(n / 6);
  const ticks = [0, max / 2, max];
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="chart__svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={yOf(v)} y2={yOf(v)} className="chart__grid" />
            <text x={pad.left - 4} y={yOf(v) + 4} textAnchor="end" className="chart__tick">
              {format(v)}
            </text>
          </g>
        ))}
        {lines.length === 1
          ? lines[0]!.values.map((v, i) => (
              <rect key={i} x={pad.left + i * step + step * 0.15} y={yOf(v)} width={step * 0.7} height={Math.max(0, pad.top + plotH - yOf(v))} fill={palette[0]} rx={2}>
                <title>{`${labels[i]} : ${format(v)}`}</title>
              </rect>
            ))
          : lines.map((line, li) => (
              <polyline
                key={line.label}
                fill="none"
                stroke={palette[li % palette.length]}
                strokeWidth={2}
                points={line.values.map((v, i) => `${pad.left + i * step + step / 2},${yOf(v)}`).join(' ')}
              />
            ))}
        {labels.map((label, i) =>
          i % every === 0 ? (
            <text key={label} x={pad.left + i * step + step / 2} y={height - 8} textAnchor="middle" className="chart__tick">
              {label}
            </text>
          ) : null,
        )}
      </svg>
      {lines.length > 1 ? (
        <ul className="chart__legend">
          {lines.map((l, i) => (
            <li key={l.label}>
              <span className="chart__swatch" style={{ background: palette[i % palette.length] }} aria-hidden="true" />
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {lines.map((l) => (
              <th key={l.label} scope="col">
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {lines.map((l) => (
                <td key={l.label}>{format(l.values[i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
