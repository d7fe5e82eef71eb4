import { useMemo } from 'react';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import type { IdeaCard } from '../model/idea-index.ts';
import type { TermPhase } from '../model/term-status.ts';
import { ProjectLink } from './EntityLinks.tsx';
import { useTermStatus } from './TermStatusBadge.tsx';

const PAST: Partial<Record<TermPhase, string>> = {
  closed: 'Applications for this term have closed',
  'in-progress': 'This term is under way',
  completed: 'This term is over',
};

/**
 * On an idea of a term no longer taking applications, says so in words (the badge alone was read
 * as "Accepted: apply here"), and leads to the project's ideas of newer terms when it has some.
 */
export function ClosedTermNote({ idea, className = '' }: { idea: IdeaCard; className?: string }) {
  const status = useTermStatus(idea.termKey);
  const { engine } = useIdeaIndex();
  const newer = useMemo(
    () => engine.ideas.filter((other) => other.project === idea.project && other.termOrder > idea.termOrder).length,
    [engine, idea.project, idea.termOrder],
  );
  const past = status && PAST[status.phase];
  if (!past) return null;
  return (
    <p data-closed-term className={`rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200 ${className}`}>
      {past}: this idea is no longer open to applications.
      {newer > 0 && (
        <>
          {' '}
          <ProjectLink idea={idea} className="font-medium text-blue-700 underline dark:text-blue-300">
            {idea.project} has {newer === 1 ? '1 idea' : `${newer} ideas`} in newer terms
          </ProjectLink>
          .
        </>
      )}
    </p>
  );
}
