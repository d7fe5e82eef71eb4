import { Fragment } from 'react';
import type { FacetCounts } from '../search/facet-counts.ts';
import { exclusionOf, type FacetKey } from '../search/url-state.ts';
import { FACET_TITLES } from './facet-labels.ts';

interface Props {
  facets: FacetKey[];
  counts: FacetCounts;
  label: (facet: FacetKey, value: string) => string;
  /** Called with the URL token: the value, or `-value` for an exclusion. */
  onRemove: (facet: FacetKey, token: string) => void;
  onClear: () => void;
}

export function SelectedChips({ facets, counts, label, onRemove, onClear }: Props) {
  // A facet's selected values side by side (then its exclusions), so one "or" stands between each two.
  const chips = facets.flatMap((facet) =>
    [...counts[facet].head.filter((v) => v.selected), ...counts[facet].head.filter((v) => v.excluded)].map((v) => ({ facet, ...v })),
  );
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {chips.map((chip, i) => (
        <Fragment key={`${chip.facet}:${chip.value}`}>
          {/* Values of one facet widen the list (any of them), as in every faceted search; said
              between their chips, since two skills read as "both" to many applicants. */}
          {i > 0 && chips[i - 1]!.facet === chip.facet && chip.selected && chips[i - 1]!.selected && (
            <span className="text-xs text-slate-600 dark:text-slate-400">or</span>
          )}
          <button
            type="button"
            onClick={() => onRemove(chip.facet, chip.excluded ? exclusionOf(chip.value) : chip.value)}
            aria-label={`Remove filter ${FACET_TITLES[chip.facet]}: ${chip.excluded ? 'not ' : ''}${label(chip.facet, chip.value)}`}
            className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm ${chip.unknown ? 'border-amber-500 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100' : chip.excluded ? 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100' : 'border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-100'}`}
          >
            <span className="text-xs opacity-80">{FACET_TITLES[chip.facet]}:</span>
            {chip.excluded && <span className="font-semibold">not:</span>} {label(chip.facet, chip.value)}
            {chip.unknown && <span className="text-xs">(unknown)</span>}
            <span aria-hidden="true">×</span>
          </button>
        </Fragment>
      ))}
      <button type="button" onClick={onClear} className="text-sm font-medium text-blue-700 underline dark:text-blue-300">
        Clear all
      </button>
    </div>
  );
}
