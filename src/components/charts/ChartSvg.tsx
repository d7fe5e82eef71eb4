import type { ReactNode } from 'react';

/** The SVG of a chart, drawn at `width` (see use-width.ts); hidden from assistive technology, as ChartFigure gives its text alternative. */
export function ChartSvg({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="block max-w-full text-slate-600 dark:text-slate-400"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Horizontal grid lines with their value labels at the left, at the ticks d3-scale picked. */
export function ValueGrid({
  ticks,
  y,
  left,
  right,
  format = String,
}: {
  ticks: number[];
  y: (value: number) => number;
  left: number;
  right: number;
  format?: (value: number) => string;
}) {
  return ticks.map((t) => (
    <g key={t} transform={`translate(0,${y(t)})`}>
      <line x1={left} x2={right} className="stroke-slate-200 dark:stroke-slate-800" />
      <text x={left - 4} dy="0.32em" textAnchor="end" fontSize="10" fill="currentColor">
        {format(t)}
      </text>
    </g>
  ));
}
