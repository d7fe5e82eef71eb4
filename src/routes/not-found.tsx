import { useDocumentTitle } from '../components/document-title.ts';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A friendly dead end with a way back: unknown addresses and unknown idea ids. */
export function NotFoundPage({
  title = 'Page not found',
  children = 'This address does not match any page of Mentorship Ideas.',
  query,
}: {
  title?: string;
  children?: ReactNode;
  /** Words the address carries: offered as a search too. */
  query?: string;
}) {
  useDocumentTitle(title);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{children}</p>
      <p className="mt-6 flex flex-wrap items-center justify-center gap-3">
        {query && (
          <Link to="/" search={{ q: query }} className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            Search for “{query}”
          </Link>
        )}
        <Link
          to="/"
          search={{}}
          className={
            query
              ? 'rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'
              : 'rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800'
          }
        >
          Search all ideas
        </Link>
      </p>
    </div>
  );
}
