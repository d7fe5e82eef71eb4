import { memo } from 'react';
import type { FacetCounts } from '../search/facet-counts.ts';
import type { FacetKey } from '../search/url-state.ts';
import { FACET_TITLES } from './facet-labels.ts';
import { FacetList } from './FacetList.tsx';

interface Props {
  facets: FacetKey[];
  counts: FacetCounts;
  label: (facet: FacetKey, value: string) => string;
  onToggle: (facet: FacetKey, value: string) => void;
  onExclude?: (facet: FacetKey, value: string) => void;
  /** The listed ideas are not known yet (a shared link's query is being answered): counts would mislead. */
  pending?: boolean;
  /** No idea is listed: a facet with no value marked has nothing to offer, and eleven saying so were noise. */
  nothingListed?: boolean;
}

/** All facets; memoized so a keystroke's urgent render (the input only) skips it. */
export const FacetPanel = memo(function FacetPanel({ facets, counts, label, onToggle, onExclude, pending = false, nothingListed = false }: Props) {
  // A facet with a value marked stays (its checkbox or exclude button may hold the focus).
  const shown = nothingListed && !pending ? facets.filter((facet) => counts[facet].size > 0) : facets;
  return (
    <div className={`space-y-4 ${pending ? 'opacity-60' : ''}`} aria-busy={pending}>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No idea is listed, so there is nothing to narrow down.</p>
      ) : (
        // How values combine, said once: ticking a second skill widened the list, and ⊘ explained
        // itself only in a tooltip, which a phone never shows.
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Tick several values of a filter to list ideas with any of them
          {onExclude && (
            <>
              ; <span aria-hidden="true">⊘</span>
              <span className="sr-only">an Exclude button</span> leaves out the ideas with a value
            </>
          )}
          .
        </p>
      )}
      {shown.map((facet) => (
        <FacetList
          key={facet}
          title={FACET_TITLES[facet]}
          values={counts[facet]}
          label={(v) => label(facet, v)}
          onToggle={(v) => onToggle(facet, v)}
          onExclude={onExclude && ((v) => onExclude(facet, v))}
          hideCounts={pending}
        />
      ))}
    </div>
  );
});
