import { useNavigate, useSearch } from '@tanstack/react-router';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { facetLabeler, FACET_TITLES, visibleFacets } from '../components/facet-labels.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { FacetList } from '../components/FacetList.tsx';
import { FilterDrawer } from '../components/FilterDrawer.tsx';
import { useIdeaIndex } from '../components/IndexProvider.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { ResultCard } from '../components/ResultCard.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SelectedChips } from '../components/SelectedChips.tsx';
import { runSearch } from '../search/search-engine.ts';
import {
  decodeState,
  DEFAULT_STATE,
  encodeState,
  FACET_KEYS,
  type FacetKey,
  type SearchState,
  SORT_ORDERS,
  type SortOrder,
  stringifySearch,
} from '../search/url-state.ts';
import { markOpenedFromResults, rememberResults } from './return-to-results.ts';

export const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 300;
const SORT_LABELS: Record<SortOrder, string> = { relevance: 'Relevance', newest: 'Newest term', project: 'Project A–Z' };

export function SearchPage() {
  const { index, engine } = useIdeaIndex();
  const raw = useSearch({ from: '/' });
  const urlState = useMemo(() => decodeState(raw), [raw]);
  const navigate = useNavigate({ from: '/' });

  // The box shows what is typed now; the URL catches up after a pause (replacing the entry).
  const [draft, setDraft] = useState(urlState.q);
  const [seenUrlQ, setSeenUrlQ] = useState(urlState.q);
  const [pushedQ, setPushedQ] = useState(urlState.q);
  if (urlState.q !== seenUrlQ) {
    setSeenUrlQ(urlState.q);
    if (urlState.q !== pushedQ) setDraft(urlState.q);
  }
  useEffect(() => {
    if (draft === urlState.q) return;
    const timer = setTimeout(() => {
      setPushedQ(draft);
      void navigate({ search: encodeState({ ...urlState, q: draft, page: 1 }), replace: true });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, urlState, navigate]);

  const query = useDeferredValue(draft);
  const state = useMemo<SearchState>(() => (query === urlState.q ? urlState : { ...urlState, q: query, page: 1 }), [urlState, query]);
  const outcome = useMemo(() => runSearch(engine, state), [engine, state]);
  const label = useMemo(() => facetLabeler(index), [index]);
  const facets = useMemo(() => visibleFacets(index), [index]);
  const selectedSkills = useMemo(() => new Set(state.skills), [state.skills]);

  useEffect(() => rememberResults(stringifySearch(encodeState(urlState))), [urlState]);

  const update = (patch: Partial<SearchState>) => void navigate({ search: encodeState({ ...urlState, q: draft, page: 1, ...patch }) });
  const toggle = (facet: FacetKey, value: string) => {
    const current = urlState[facet];
    update({ [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };
  const clearAll = () => update(Object.fromEntries(FACET_KEYS.map((k) => [k, []])));

  const pageCount = Math.max(1, Math.ceil(outcome.total / PAGE_SIZE));
  const page = Math.min(state.page, pageCount);
  const pageResults = outcome.results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const selectedCount = FACET_KEYS.reduce((n, k) => n + urlState[k].length, 0);

  const resultsRef = useRef<HTMLOListElement>(null);
  const focusResult = (delta: number | 'first') => {
    const links = [...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]') ?? [])];
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = delta === 'first' ? 0 : Math.min(links.length - 1, Math.max(0, current + delta));
    links[next]?.focus();
  };

  const facetPanel = (
    <div className="space-y-4">
      {facets.map((facet) => (
        <FacetList key={facet} title={FACET_TITLES[facet]} values={outcome.counts[facet]} label={(v) => label(facet, v)} onToggle={(v) => toggle(facet, v)} />
      ))}
    </div>
  );

  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="sr-only">Search mentorship project ideas</h1>
      <SearchBox
        value={draft}
        onChange={setDraft}
        onClear={() => {
          setDraft('');
          setPushedQ('');
          void navigate({ search: encodeState({ ...urlState, q: '', page: 1 }), replace: true });
        }}
        onArrowDown={() => focusResult('first')}
        ideaCount={index.ideas.length}
      />
      <div className="mt-6 flex gap-8">
        <aside aria-label="Filters" className="no-print hidden w-64 shrink-0 lg:block">
          {facetPanel}
        </aside>
        <section aria-label="Results" className="min-w-0 flex-1">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p role="status" aria-live="polite" className="font-medium">
              {outcome.total === 1 ? '1 idea' : `${outcome.total.toLocaleString('en')} ideas`}
              {state.q && (
                <span className="font-normal text-slate-600 dark:text-slate-400"> for “{state.q.length > 60 ? `${state.q.slice(0, 60)}…` : state.q}”</span>
              )}
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <CopyButton label="Copy link" text={() => window.location.href} />
              <FilterDrawer selectedCount={selectedCount} total={outcome.total}>
                {facetPanel}
              </FilterDrawer>
              <label className="flex items-center gap-2 text-sm">
                Sort by
                <select
                  value={state.sort}
                  onChange={(e) => update({ sort: e.target.value as SortOrder })}
                  className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
                >
                  {SORT_ORDERS.map((order) => (
                    <option key={order} value={order}>
                      {SORT_LABELS[order]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </div>
          <div className="mb-4">
            <SelectedChips
              facets={FACET_KEYS.filter((k) => facets.includes(k) || urlState[k].length > 0)}
              counts={outcome.counts}
              label={label}
              onRemove={toggle}
              onClear={clearAll}
            />
          </div>
          {outcome.total === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
              <p className="font-medium">No ideas match.</p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Try fewer words, check the spelling, or remove a filter.</p>
              {(selectedCount > 0 || state.q) && (
                <button
                  type="button"
                  onClick={() => {
                    setDraft('');
                    setPushedQ('');
                    void navigate({ search: encodeState({ ...DEFAULT_STATE, sort: urlState.sort }) });
                  }}
                  className="mt-3 text-sm font-medium text-blue-700 underline dark:text-blue-300"
                >
                  Clear search and filters
                </button>
              )}
            </div>
          ) : (
            <ol
              ref={resultsRef}
              className="space-y-4"
              aria-label={`Results, page ${page} of ${pageCount}`}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  focusResult(e.key === 'ArrowDown' ? 1 : -1);
                }
              }}
            >
              {pageResults.map(({ idea }) => (
                <li key={idea.id}>
                  <ResultCard idea={idea} terms={outcome.terms} selectedSkills={selectedSkills} onOpen={markOpenedFromResults} />
                </li>
              ))}
            </ol>
          )}
          <Pagination state={{ ...state, page }} pageCount={pageCount} />
        </section>
      </div>
    </div>
  );
}
