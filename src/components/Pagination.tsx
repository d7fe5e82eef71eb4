import { memo } from 'react';
import { Link } from '@tanstack/react-router';
import type { SearchState } from '../search/url-state.ts';
import { encodeState } from '../search/url-state.ts';

/** Pages for `total` results: a last, partial page counts (23 results at 20 a page are 2 pages). */
export function pageCountFor(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Pages to offer: the first, the last, and two either side of the current one; null is a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const gap = p - (sorted[i - 1] ?? p);
    if (gap === 2) out.push(p - 1);
    else if (gap > 2) out.push(null);
    out.push(p);
  });
  return out;
}

const BOX = 'min-w-9 rounded-md border px-2.5 py-1.5 text-center text-sm';

/**
 * Links to the other pages of results; `page` is the one shown (the address's, at most
 * `pageCount`). Memoized: the search page renders several times per keystroke, and each router
 * link costs a location built and a store subscribed.
 */
export const Pagination = memo(function Pagination({ state, page, pageCount }: { state: SearchState; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = (target: number, text: string, label: string, rel?: string) => (
    <Link
      to="/"
      search={encodeState({ ...state, page: target })}
      // Only the current page is marked current; TanStack would mark page 1 too (its search is a subset).
      activeOptions={{ exact: true, includeSearch: true }}
      rel={rel}
      aria-label={label}
      className={`${BOX} border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
    >
      {text}
    </Link>
  );
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center justify-center gap-1.5">
      {page > 1 && link(page - 1, '← Previous', 'Previous page', 'prev')}
      {pageWindow(page, pageCount).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} className="px-1 text-sm text-slate-600 dark:text-slate-400" aria-hidden="true">
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" aria-label={`Page ${p} of ${pageCount}`} className={`${BOX} border-blue-700 bg-blue-700 font-medium text-white`}>
            {p}
          </span>
        ) : (
          <span key={p}>{link(p, String(p), `Page ${p}`)}</span>
        ),
      )}
      {page < pageCount && link(page + 1, 'Next →', 'Next page', 'next')}
    </nav>
  );
});
