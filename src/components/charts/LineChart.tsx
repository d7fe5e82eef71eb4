import { scaleLinear, scalePoint } from 'd3-scale';
import { useMemo } from 'react';
import { ChartSvg, ValueGrid } from './ChartSvg.tsx';
import { useWidth } from './use-width.ts';

export interface LineSeries {
  name: string;
  /** One value per x category, in order; null where there is no data. */
  values: (number | null)[];
}

/** Stroke colour and dash per series: distinguishable without colour too. */
const STROKES = [
  { className: 'stroke-blue-600 dark:stroke-blue-400 fill-blue-600 dark:fill-blue-400', dash: undefined },
  { className: 'stroke-amber-600 dark:stroke-amber-400 fill-amber-600 dark:fill-amber-400', dash: '6 3' },
  { className: 'stroke-emerald-600 dark:stroke-emerald-400 fill-emerald-600 dark:fill-emerald-400', dash: '2 3' },
  { className: 'stroke-fuchsia-600 dark:stroke-fuchsia-400 fill-fuchsia-600 dark:fill-fuchsia-400', dash: '10 3 2 3' },
  { className: 'stroke-slate-700 dark:stroke-slate-300 fill-slate-700 dark:fill-slate-300', dash: '1 2' },
];

const HEIGHT = 200;
const MARGIN = { top: 10, right: 12, bottom: 24, left: 40 };

/** Series over ordered categories (years); values formatted by `format` (e.g. percentages). */
export function LineChart({ categories, series, format = String }: { categories: string[]; series: LineSeries[]; format?: (v: number) => string }) {
  const [box, width] = useWidth<HTMLDivElement>(640);
  const { x, y, ticks } = useMemo(() => {
    const x = scalePoint<string>()
      .domain(categories)
      .range([MARGIN.left, width - MARGIN.right])
      .padding(0.3);
    const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
    const y = scaleLinear()
      .domain([0, max || 1])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    return { x, y, ticks: y.ticks(4) };
  }, [categories, series, width]);
  // Year labels need about 36 px each.
  const labelEvery = Math.max(1, Math.ceil((categories.length * 36) / Math.max(1, width - MARGIN.left - MARGIN.right)));
  return (
    <div ref={box}>
      <ChartSvg width={width} height={HEIGHT}>
        <ValueGrid ticks={ticks} y={y} left={MARGIN.left} right={width - MARGIN.right} format={format} />
        {categories.map((c, i) =>
          i % labelEvery === 0 ? (
            <text key={c} x={x(c)} y={HEIGHT - 6} textAnchor="middle" fontSize="10" fill="currentColor">
              {c}
            </text>
          ) : null,
        )}
        {series.map((s, i) => {
          const style = STROKES[i % STROKES.length]!;
          const points = s.values.flatMap((v, j) => (v === null ? [] : [[x(categories[j]!) ?? 0, y(v)] as const]));
          return (
            <g key={s.name} className={style.className}>
              <path d={points.map(([px, py], j) => `${j === 0 ? 'M' : 'L'}${px},${py}`).join('')} fill="none" strokeWidth="2" strokeDasharray={style.dash} />
              {points.map(([px, py], j) => (
                <circle key={j} cx={px} cy={py} r="2.5" />
              ))}
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke="currentColor" />
      </ChartSvg>
      <ul className="mt-1 flex flex-wrap gap-3 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
        {series.map((s, i) => {
          const style = STROKES[i % STROKES.length]!;
          return (
            <li key={s.name} className="flex items-center gap-1">
              <svg width="22" height="8" aria-hidden="true" className={style.className}>
                <line x1="0" x2="22" y1="4" y2="4" strokeWidth="2" strokeDasharray={style.dash} />
              </svg>
              {s.name}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
