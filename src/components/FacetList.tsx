import { useEffect, useId, useState } from 'react';
import { formatCount } from '../model/format-count.ts';
import { facetAliasesLoaded, filterFacetValues, loadFacetAliases } from '../search/facet-filter.ts';
import { COLLAPSED_VALUES, type FacetCount, type FacetValues } from '../search/facet-counts.ts';

/** Values rendered at once when expanded: the list scrolls in place; typing finds the rest. */
const EXPANDED_MAX = 100;

interface Props {
  title: string;
  values: FacetValues;
  label: (value: string) => string;
  onToggle: (value: string) => void;
  /** Exclude the value (NOT), or undo its exclusion. */
  onExclude?: (value: string) => void;
  /** Counts are not known yet; values stay usable. */
  hideCounts?: boolean;
}

/** One facet: checkboxes with live counts, a filter box and "show more" for long lists. */
export function FacetList({ title, values, label, onToggle, onExclude, hideCounts = false }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const needle = filter.trim();
  // The skills vocabulary (aliases such as golang → Go) is fetched the first time someone filters.
  const [, setAliasesLoaded] = useState(facetAliasesLoaded);
  useEffect(() => {
    if (needle && !facetAliasesLoaded())
      loadFacetAliases().then(
        () => setAliasesLoaded(true),
        () => {},
      );
  }, [needle]);
  const open = expanded || !!needle;
  // Collapsed, the few values the search picked (head); the whole list only when asked for.
  // Filtered: best matches first (exact, prefix, alias, typo), selected and excluded values on top.
  const visible = needle ? stableRefinedFirst(filterFacetValues(needle, values.all(), (v) => label(v.value))) : open ? values.all() : values.head;
  const shown = open ? visible.slice(0, EXPANDED_MAX) : values.head;
  const hidden = (needle ? visible.length : values.size) - shown.length;

  return (
    // Facets below the fold skip layout and paint while their counts change (content-visibility).
    <fieldset className="min-w-0 border-b border-slate-200 pb-4 [contain-intrinsic-size:auto_12rem] [content-visibility:auto] dark:border-slate-800">
      <legend className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{title}</legend>
      {values.size > 10 && (
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label={`Filter ${title.toLowerCase()}`}
          placeholder={`Filter ${title.toLowerCase()}…`}
          className="mb-2 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      )}
      <ul className={`space-y-1 ${open && shown.length > COLLAPSED_VALUES ? 'max-h-80 overflow-y-auto overscroll-contain pr-1' : ''}`}>
        {shown.map((v) => {
          const inputId = `${id}-${v.value}`;
          return (
            <li key={v.value} className="flex items-center gap-1">
              <label
                htmlFor={inputId}
                className="flex min-h-8 min-w-0 flex-1 cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
              >
                <input id={inputId} type="checkbox" checked={v.selected} onChange={() => onToggle(v.value)} className="size-6 shrink-0 accent-blue-700" />
                {/* Two lines before an ellipsis: cut to one, terms lost the months that tell them apart ("LFX 2026 Term 3 (S…"). */}
                <span
                  className={`min-w-0 flex-1 line-clamp-2 [overflow-wrap:anywhere] ${v.excluded ? 'text-rose-800 line-through dark:text-rose-300' : ''}`}
                  title={label(v.value)}
                >
                  {v.excluded && <span className="sr-only">Excluded: </span>}
                  <BracketsKeptWhole text={label(v.value)} />
                  {v.unknown && <span className="ml-1 text-xs text-amber-800 dark:text-amber-300">(not in this index)</span>}
                </span>
                {!hideCounts && (
                  <span className="rounded-full bg-slate-100 px-2 text-xs tabular-nums text-slate-700 dark:bg-slate-800 dark:text-slate-300">{v.count}</span>
                )}
              </label>
              {onExclude && (
                <button
                  type="button"
                  onClick={() => onExclude(v.value)}
                  aria-pressed={v.excluded === true}
                  aria-label={`${v.excluded ? 'Stop excluding' : 'Exclude'} ${label(v.value)}`}
                  title={v.excluded ? 'Stop excluding' : 'Exclude: hide ideas with this value'}
                  className={`size-6 shrink-0 rounded text-sm leading-none ${v.excluded ? 'bg-rose-700 text-white' : 'text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800'}`}
                >
                  <span aria-hidden="true">⊘</span>
                </button>
              )}
            </li>
          );
        })}
        {/* Without a filter typed, an empty facet is one the listed ideas have no value for: "No matching
            values" there read like a broken filter. The facet stays, so focus and its state do too. */}
        {shown.length === 0 && (
          <li className="text-sm text-slate-600 dark:text-slate-400">{needle ? 'No matching values' : 'None of the listed ideas has one'}</li>
        )}
      </ul>
      {open && hidden > 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{formatCount(hidden)} more: type in the filter to find them.</p>}
      {((!open && hidden > 0) || (expanded && values.size > COLLAPSED_VALUES)) && !needle && (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          className="mt-2 text-sm font-medium text-blue-700 hover:underline dark:text-blue-300"
        >
          {expanded ? 'Show less' : `Show ${hidden} more`}
        </button>
      )}
    </fieldset>
  );
}

function stableRefinedFirst(values: FacetCount[]): FacetCount[] {
  return [...values.filter((v) => v.selected || v.excluded), ...values.filter((v) => !v.selected && !v.excluded)];
}

/** A short bracket of a label ("(Jun–Aug)") on one line: a line broke after its dash, "(Jun–" over "Aug)". */
function BracketsKeptWhole({ text }: { text: string }) {
  const parts = text.split(/(\([^()]{1,12}\))/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="whitespace-nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
