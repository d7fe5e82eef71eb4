import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { ChartSvg, ValueGrid } from './ChartSvg.tsx';
import { useWidth } from './use-width.ts';

export interface Bar {
  key: string;
  /** Axis label (kept short: "21 T1", "GSoC 23"). */
  label: string;
  value: number;
  /** Series the bar belongs to, for its colour (e.g. the programme). */
  series?: string;
}

/** Fills by series, readable on light and dark backgrounds; the legend names them. */
export const SERIES_FILLS = ['fill-blue-600 dark:fill-blue-400', 'fill-amber-600 dark:fill-amber-400', 'fill-emerald-600 dark:fill-emerald-400'];

const HEIGHT = 200;
const MARGIN = { top: 8, right: 8, bottom: 52, left: 44 };

/**
 * Vertical bars over categories (terms, years). d3-scale places the bands and picks round ticks;
 * React draws the SVG, so it follows the theme (currentColor, Tailwind fills) and stays accessible.
 * The SVG is drawn at its container's width.
 */
export function BarChart({ bars, series = [] }: { bars: Bar[]; series?: string[] }) {
  const [box, width] = useWidth<HTMLDivElement>(640);
  const { x, y, ticks, labelEvery } = useMemo(() => {
    const x = scaleBand<string>()
      .domain(bars.map((b) => b.key))
      .range([MARGIN.left, width - MARGIN.right])
      .padding(0.2);
    const y = scaleLinear()
      .domain([0, Math.max(1, ...bars.map((b) => b.value))])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    // Slanted labels need about 16 px each; with many bars only every n-th is written.
    const labelEvery = Math.max(1, Math.ceil(16 / Math.max(1, x.step())));
    return { x, y, ticks: y.ticks(4).filter(Number.isInteger), labelEvery };
  }, [bars, width]);
  return (
    <div ref={box}>
      <ChartSvg width={width} height={HEIGHT}>
        <ValueGrid ticks={ticks} y={y} left={MARGIN.left} right={width - MARGIN.right} />
        {bars.map((b, i) => (
          <g key={b.key}>
            <rect
              x={x(b.key)}
              y={y(b.value)}
              width={x.bandwidth()}
              height={Math.max(0, y(0) - y(b.value))}
              className={SERIES_FILLS[Math.max(0, series.indexOf(b.series ?? '')) % SERIES_FILLS.length]}
            >
              <title>{`${b.label}: ${b.value}`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text
                x={(x(b.key) ?? 0) + x.bandwidth() / 2}
                y={HEIGHT - MARGIN.bottom + 12}
                textAnchor="end"
                fontSize="10"
                fill="currentColor"
                transform={`rotate(-45 ${(x(b.key) ?? 0) + x.bandwidth() / 2} ${HEIGHT - MARGIN.bottom + 12})`}
              >
                {b.label}
              </text>
            )}
          </g>
        ))}
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke="currentColor" />
      </ChartSvg>
    </div>
  );
}

export function Legend({ series }: { series: string[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-3 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s} className="flex items-center gap-1">
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" className={SERIES_FILLS[i % SERIES_FILLS.length]} />
          </svg>
          {s}
        </li>
      ))}
    </ul>
  );
}
