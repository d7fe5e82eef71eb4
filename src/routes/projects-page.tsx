import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useDocumentTitle } from '../components/document-title.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { projectDirectory } from '../insights/project-summary.ts';
import { foldText } from '../search/fold-text.ts';

/** `/projects`: every project with ideas, most first, narrowed by typing its name. */
export function ProjectsPage() {
  const { index } = useIdeaIndex();
  const projects = useMemo(() => projectDirectory(index), [index]);
  const [filter, setFilter] = useState('');
  const needle = foldText(filter.trim());
  const shown = needle ? projects.filter((p) => foldText(p.name).includes(needle)) : projects;
  useDocumentTitle(`Projects (${projects.length})`);
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-2xl font-bold">Projects</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {projects.length} projects have offered ideas. Each page shows a project&apos;s ideas over all terms, the skills they ask for and their mentors.
      </p>
      <input
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        aria-label="Filter projects"
        placeholder="Filter projects…"
        className="mt-4 w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-600 dark:bg-slate-900"
      />
      <p role="status" className="sr-only">
        {shown.length} projects
      </p>
      <ul className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((p) => (
          <li key={p.slug} className="flex items-baseline justify-between gap-2 border-b border-slate-100 py-1 dark:border-slate-900">
            <Link to="/projects/$slug" params={{ slug: p.slug }} className="min-w-0 truncate font-medium text-blue-800 hover:underline dark:text-blue-300">
              {p.name}
            </Link>
            <span className="shrink-0 text-sm tabular-nums text-slate-600 dark:text-slate-400">{p.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
