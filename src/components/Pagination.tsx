import { Link } from '@tanstack/react-router';
import type { SearchState } from '../search/url-state.ts';
import { encodeState } from '../search/url-state.ts';

export function Pagination({ state, pageCount }: { state: SearchState; pageCount: number }) {
  if (pageCount <= 1) return null;
  const page = Math.min(state.page, pageCount);
  const link = (target: number, text: string, rel?: string) => (
    <Link
      to="/"
      search={encodeState({ ...state, page: target })}
      rel={rel}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {text}
    </Link>
  );
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-center gap-3">
      {page > 1 ? link(page - 1, '← Previous', 'prev') : <span className="px-3 py-1.5 text-sm text-slate-500 dark:text-slate-400">← Previous</span>}
      <span className="text-sm" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? link(page + 1, 'Next →', 'next') : <span className="px-3 py-1.5 text-sm text-slate-500 dark:text-slate-400">Next →</span>}
    </nav>
  );
}
