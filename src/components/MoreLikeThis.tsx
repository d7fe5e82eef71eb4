import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { IdeaCard } from '../model/idea-index.ts';
import { ProjectLink } from './EntityLinks.tsx';
import { termLabel } from './facet-labels.ts';
import { useIdeaIndex, useTextStatus } from '../data/IndexProvider.tsx';
import { TermStatusBadge } from './TermStatusBadge.tsx';

/** Ideas that share skills or the project with this one (the search worker's text index ranks them). */
export function MoreLikeThis({ idea }: { idea: IdeaCard }) {
  const { similar, engine, index } = useIdeaIndex();
  const textReady = useTextStatus().text.state === 'ready';
  const [ids, setIds] = useState<{ for: string; ids: string[] } | null>(null);
  useEffect(() => {
    if (!textReady) return;
    let current = true;
    similar(idea.id).then((found) => current && setIds({ for: idea.id, ids: found }));
    return () => {
      current = false;
    };
  }, [idea.id, similar, textReady]);
  const ideas = ids?.for === idea.id ? ids.ids.map((id) => engine.byId.get(id)).filter((i): i is IdeaCard => i !== undefined) : null;
  if (ideas?.length === 0) return null;
  const terms = new Map(index.terms.map((t) => [t.key, t]));
  const mine = new Set(idea.skills);
  return (
    <section aria-labelledby="similar-heading" className="no-print mt-10">
      <h2 id="similar-heading" className="text-xl font-semibold">
        More like this
      </h2>
      {ideas === null ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" aria-busy="true">
          Finding similar ideas…
        </p>
      ) : (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {ideas.map((other) => {
            const term = terms.get(other.termKey);
            const shared = other.skills.filter((s) => mine.has(s));
            return (
              <li key={other.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-400">
                  <ProjectLink idea={other} className="inline-flex min-h-6 items-center font-medium text-slate-800 dark:text-slate-200" />
                  <span>{term ? termLabel(term) : other.term}</span>
                  <TermStatusBadge termKey={other.termKey} />
                </p>
                <Link to="/ideas/$ideaId" params={{ ideaId: other.id }} className="mt-0.5 block font-semibold text-blue-800 hover:underline dark:text-blue-300">
                  {other.title}
                </Link>
                {shared.length > 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Shares: {shared.slice(0, 5).join(', ')}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
