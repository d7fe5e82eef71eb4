import { type ReactNode, useId } from 'react';

export interface DataTable {
  /** Column headings; the first column names the rows. */
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its text alternative: the SVG is one labelled image, the caption says what it
 * shows, and the same numbers are a table behind "Show the numbers" (screen readers, copy-paste).
 */
export function ChartFigure({ title, summary, table, children }: { title: string; summary: string; table: DataTable; children: ReactNode }) {
  const id = useId();
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h3>
        <p id={`${id}-summary`} className="text-sm text-slate-600 dark:text-slate-400">
          {summary}
        </p>
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="mt-2">
        {children}
      </div>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer font-medium text-blue-700 hover:underline dark:text-blue-300">Show the numbers</summary>
        {/* Focusable, so the table can be scrolled with the keyboard. */}
        <div className="mt-2 max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={`${title}: the numbers`}>
          <table className="w-full text-left text-sm tabular-nums">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={`border-b border-slate-300 px-2 py-1 dark:border-slate-700 ${i > 0 ? 'text-right' : ''}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="border-b border-slate-200 px-2 py-0.5 font-normal dark:border-slate-800">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className="border-b border-slate-200 px-2 py-0.5 text-right dark:border-slate-800">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
