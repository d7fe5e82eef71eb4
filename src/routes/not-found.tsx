import { useDocumentTitle } from '../components/document-title.ts';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A friendly dead end with a way back: unknown addresses and unknown idea ids. */
export function NotFoundPage({
  title = 'Page not found',
  children = 'This address does not match any page of Mentorship Ideas.',
}: {
  title?: string;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{children}</p>
      <p className="mt-6">
        <Link to="/" search={{}} className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Search all ideas
        </Link>
      </p>
    </div>
  );
}
