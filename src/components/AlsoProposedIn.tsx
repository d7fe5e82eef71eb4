import { Link } from '@tanstack/react-router';
import type { IdeaCard } from '../model/idea-index.ts';
import { termLabel } from './facet-labels.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';

/**
 * "Also proposed in LFX 2025 Term 1 (Mar–May), LFX 2024 Term 3 (Sep–Nov)": links to the same idea
 * in other terms. In a result list, `folded` are those that match too and are not listed apart.
 */
export function AlsoProposedIn({ idea, folded = [], className = '' }: { idea: IdeaCard; folded?: readonly IdeaCard[]; className?: string }) {
  const { engine, index } = useIdeaIndex();
  const others = (idea.alsoProposedIn ?? []).map((id) => engine.byId.get(id)).filter((other): other is IdeaCard => other !== undefined);
  if (others.length === 0) return null;
  return (
    <p className={`text-xs text-slate-600 dark:text-slate-400 ${className}`}>
      Also proposed in{' '}
      {others.map((other, i) => {
        const term = index.terms.find((t) => t.key === other.termKey);
        return (
          <span key={other.id}>
            {i > 0 && ', '}
            <Link to="/ideas/$ideaId" params={{ ideaId: other.id }} className="text-blue-700 underline dark:text-blue-300">
              {term ? termLabel(term) : other.term}
            </Link>
          </span>
        );
      })}
      {folded.length > 0 && (
        <span className="font-medium"> — {folded.length === 1 ? '1 of them matches too' : `${folded.length} of them match too`}, grouped here</span>
      )}
    </p>
  );
}
