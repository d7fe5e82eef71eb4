import { memo, useRef } from 'react';
import type { Ranked } from '../search/search-engine.ts';
import { ResultCard } from './ResultCard.tsx';

interface Props {
  results: Ranked[];
  terms: string[];
  selectedSkills: ReadonlySet<string>;
  label: string;
  onOpen: () => void;
}

/** One page of result cards; ↑/↓ move between result links. Memoized: re-renders only when results change. */
export const ResultList = memo(function ResultList({ results, terms, selectedSkills, label, onOpen }: Props) {
  const list = useRef<HTMLOListElement>(null);
  return (
    <ol
      ref={list}
      id="results"
      className="space-y-4"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        focusResult(list.current, e.key === 'ArrowDown' ? 1 : -1);
      }}
    >
      {results.map(({ idea }) => (
        <li key={idea.id}>
          <ResultCard idea={idea} terms={terms} selectedSkills={selectedSkills} onOpen={onOpen} />
        </li>
      ))}
    </ol>
  );
});

/** Moves focus to the next/previous result link, or the first one. */
export function focusResult(list: HTMLElement | null, delta: number | 'first') {
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]') ?? [])];
  if (links.length === 0) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = delta === 'first' ? 0 : Math.min(links.length - 1, Math.max(0, current + delta));
  links[next]?.focus();
}
