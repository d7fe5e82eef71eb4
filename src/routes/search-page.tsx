import { useNavigate, useSearch } from '@tanstack/react-router';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApplicationOutlook } from '../components/ApplicationOutlook.tsx';
import { facetLabeler, visibleFacets } from '../components/facet-labels.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { SubscribeLink } from '../components/FeedLinks.tsx';
import { feedPath, feedSkills, skillFeedSlug } from '../model/feeds.ts';
import { formatCount } from '../model/format-count.ts';
import { FacetPanel } from '../components/FacetPanel.tsx';
import { FilterDrawer } from '../components/FilterDrawer.tsx';
import { useMediaQuery, WIDE_LAYOUT } from '../components/use-media-query.ts';
import { useIdeaIndex, useTextStatus } from '../data/IndexProvider.tsx';
import { whenIdle } from '../data/when-idle.ts';
import { Pagination, pageCountFor } from '../components/Pagination.tsx';
import { focusResult, ResultList } from '../components/ResultList.tsx';
import { type BoxValue, SearchBox } from '../components/SearchBox.tsx';
import { SelectedChips } from '../components/SelectedChips.tsx';
import { rankAndCount } from '../search/search-engine.ts';
import { cleanQuery, lastWordBelowPrefix, MIN_PREFIX } from '../search/query-text.ts';
import {
  decodeState,
  DEFAULT_STATE,
  encodeState,
  FACET_KEYS,
  type FacetKey,
  type SearchState,
  isDefaultState,
  refine,
  sameSearchState,
  SORT_ORDERS,
  type SortOrder,
  stringifySearch,
  visibleText,
} from '../search/url-state.ts';
import { useDocumentTitle } from '../components/document-title.ts';
import { useStableValue } from '../components/use-stable-value.ts';
import { useAfterFirstPaint, useAfterPaint } from '../components/use-after-paint.ts';
import { PAGE_SIZE } from '../search/ranked-list.ts';
import { markOpenedFromResults, rememberedAnswer, rememberResults, type TextAnswer } from './return-to-results.ts';
import { preloadIdeaPage } from './lazy-pages.ts';
import { type KeptList, UNFILTERED, useAsk } from './use-ask.ts';

const TYPING_PAUSE_MS = 300;
const SORT_LABELS: Record<SortOrder, string> = { relevance: 'Relevance', newest: 'Newest term', project: 'Project A–Z' };

export function SearchPage() {
  const { index, engine, search, searchNow, prepareSearchNow } = useIdeaIndex();
  const { text, retryText } = useTextStatus();
  const textReady = text.state === 'ready';
  const raw = useSearch({ from: '/' });
  const urlState = useMemo(() => decodeState(raw), [raw]);
  const navigate = useNavigate({ from: '/' });

  // The box shows what is typed at once (it renders alone); the page's `draft` follows when the
  // results for it arrive, so a keystroke renders the page once. The URL catches up after a pause
  // (replacing the entry).
  const [draft, setDraft] = useState(urlState.q);
  // What the box is to show in place of what was typed (the address changed, a clear): a new object each time.
  const [boxValue, setBoxValue] = useState<BoxValue>(() => ({ text: urlState.q }));
  const [seenUrlQ, setSeenUrlQ] = useState(urlState.q);
  const [pushedQ, setPushedQ] = useState(urlState.q);
  const showInBox = (text: string) => {
    setDraft(text);
    setBoxValue({ text });
  };
  if (urlState.q !== seenUrlQ) {
    setSeenUrlQ(urlState.q);
    if (urlState.q !== pushedQ) showInBox(urlState.q);
  }
  // The box's text now: ahead of `draft` while an answer is on its way.
  const latestText = useRef(draft);
  useEffect(() => {
    latestText.current = boxValue.text;
  }, [boxValue]);
  useEffect(() => {
    if (visibleText(draft) === urlState.q) return;
    const timer = setTimeout(() => {
      // As the address will read back: the box keeps what was typed (a mark a Hebrew or Persian
      // writer typed is not taken out from under the cursor).
      const q = visibleText(draft);
      setPushedQ(q);
      void navigate({ search: encodeState({ ...urlState, q, page: 1 }), replace: true });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, urlState, navigate]);

  // Full-text matching is asynchronous (the search worker); until the answer for what is typed
  // arrives, the results of the last answered query stay on screen. A list shown again (Back)
  // starts from the answer it had, so it paints at once and the scroll position can be restored.
  const typed = cleanQuery(draft);
  const [answer, setAnswer] = useState<TextAnswer | null>(() => rememberedAnswer(engine, typed));
  // While the user is still typing, a query that only partly matches ("kubernetes o", a word half
  // typed) keeps the last answer in which some idea had every word on screen, instead of flashing
  // the partial-match notice; one that matches nothing because its last word is still too short
  // for a prefix ("ku") keeps that answer or the unfiltered list, instead of flashing "No ideas
  // match". After a pause (the address caught up) what the query really finds shows.
  const [fullAnswer, setFullAnswer] = useState<KeptList | null>(() => (typed ? null : UNFILTERED));
  // A cleared box forgets the last query's answers: the first letter of the next one keeps the
  // whole list on screen until its own answer comes, rather than bringing back the old results.
  if (!typed && (answer !== null || fullAnswer !== UNFILTERED)) {
    setAnswer(null);
    setFullAnswer(UNFILTERED);
  }
  const asking = useAsk({ engine, search, searchNow, textReady, setDraft, setAnswer, setFullAnswer });
  // The box typed: asked at once, from the input event (the page renders when the answer comes).
  const onType = (text: string) => {
    latestText.current = text;
    asking.ask(text);
  };
  // An emptied box: an answer still on its way is dropped, and the address is not to bring the text back.
  const clearBox = () => {
    asking.ask('');
    showInBox('');
    setPushedQ('');
  };
  // Asked again once the descriptions are indexed (textReady), and for a text the box did not type.
  useEffect(() => asking.askIfNew(latestText.current), [typed, asking, textReady]);
  const stillTyping = draft !== urlState.q;
  // Once typing pauses on a query that matches nothing or not every word, that is what the page
  // shows: typing on shows the next answers as they come, not an older list brought back.
  if (!stillTyping && answer !== null && (answer.hits.partial !== undefined || answer.hits.positions.length === 0) && fullAnswer !== null) {
    setFullAnswer(null);
  }
  const keepsLast =
    stillTyping &&
    answer !== null &&
    fullAnswer !== null &&
    ((answer.hits.partial !== undefined && fullAnswer !== UNFILTERED) || (answer.hits.positions.length === 0 && lastWordBelowPrefix(answer.query)));
  const applied = !typed ? null : keepsLast ? (fullAnswer === UNFILTERED ? null : fullAnswer) : answer;
  const appliedQuery = applied?.query ?? '';
  const shown = useMemo<SearchState>(() => (appliedQuery === urlState.q ? urlState : { ...urlState, q: appliedQuery, page: 1 }), [urlState, appliedQuery]);
  // When the address catches up with what is typed, the state shown is the same search: kept as
  // it was, so the results, counts and facets are not worked out and rendered again.
  const state = useStableValue(shown, sameSearchState);
  const outcome = useMemo(() => rankAndCount(engine, state, applied?.hits ?? null), [engine, state, applied]);
  // The address asks for a query not answered yet (a shared link while the index loads): the
  // unfiltered list would be the wrong one, so none is shown (or counted) until the answer comes.
  // Not while the first word is typed into a box emptied since (the address still has the old query).
  const waiting = applied === null && typed !== '' && urlState.q !== '' && !(stillTyping && fullAnswer === UNFILTERED);
  const label = useMemo(() => facetLabeler(index), [index]);
  const facets = useMemo(() => visibleFacets(engine.facets.values), [engine]);
  const selectedSkills = useMemo(() => new Set(state.skills), [state.skills]);
  // Filtered by one common skill, the page offers that skill's feed (the build writes the 50 most common).
  const skillsWithFeeds = useMemo(() => new Set(feedSkills(index.facets.skills)), [index]);
  const feedSkill = urlState.skills.length === 1 && skillsWithFeeds.has(urlState.skills[0]!) ? urlState.skills[0]! : null;

  useEffect(() => rememberResults(stringifySearch(encodeState(urlState))), [urlState]);

  // Handlers read the latest typed text and address from refs, so they stay stable across
  // keystrokes and address updates, and the memoized facet panel is not re-rendered by them.
  const urlStateRef = useRef(urlState);
  useEffect(() => {
    urlStateRef.current = urlState;
  }, [urlState]);
  const update = useCallback(
    (patch: Partial<SearchState>) => void navigate({ search: encodeState({ ...urlStateRef.current, q: latestText.current, page: 1, ...patch }) }),
    [navigate],
  );
  const toggle = useCallback((facet: FacetKey, value: string) => update({ [facet]: refine(urlStateRef.current[facet], value, 'include') }), [update]);
  const exclude = useCallback((facet: FacetKey, value: string) => update({ [facet]: refine(urlStateRef.current[facet], value, 'exclude') }), [update]);
  /** A chip removes its own token: `value`, or `-value` for an exclusion. */
  const removeToken = useCallback((facet: FacetKey, token: string) => update({ [facet]: urlStateRef.current[facet].filter((t) => t !== token) }), [update]);
  const clearAll = () => update(Object.fromEntries(FACET_KEYS.map((k) => [k, []])));

  // When no idea has every word, the page lists the ideas with most of them, and says so.
  const listed = outcome.partial ?? outcome;
  const pageCount = pageCountFor(listed.results.length, PAGE_SIZE);
  const page = Math.min(state.page, pageCount);
  const selectedCount = FACET_KEYS.reduce((n, k) => n + urlState[k].length, 0);

  const countText = outcome.total === 1 ? '1 idea' : `${formatCount(outcome.total)} ideas`;
  const foldedCount = listed.total - listed.results.length;
  useDocumentTitle(stillTyping ? null : waiting ? urlState.q : state.q ? `${state.q} — ${countText}` : selectedCount > 0 ? `Filtered — ${countText}` : '');

  const pageResults = useMemo(() => listed.results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), [listed, page]);
  const wide = useMediaQuery(WIDE_LAYOUT);
  const facetsAfterFirstPaint = useAfterFirstPaint();
  // The page a result opens, fetched ahead once the results are on screen.
  useEffect(() => (facetsAfterFirstPaint ? whenIdle(preloadIdeaPage) : undefined), [facetsAfterFirstPaint]);
  // While a query is typed, the facet counts follow the results by a frame: the results are painted first.
  const facetCounts = useAfterPaint(outcome.counts, stillTyping);
  const facetPanel = (
    <FacetPanel facets={facets} counts={facetCounts} label={label} onToggle={toggle} onExclude={exclude} pending={waiting} nothingListed={listed.total === 0} />
  );

  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="sr-only">Search mentorship project ideas</h1>
      <SearchBox
        value={boxValue}
        onChange={onType}
        onClear={() => {
          clearBox();
          void navigate({ search: encodeState({ ...urlState, q: '', page: 1 }), replace: true });
        }}
        onArrowDown={() => focusResult(document.getElementById('results'), 'first')}
        onFocus={prepareSearchNow}
        ideaCount={index.ideas.length}
      />
      {/* Tab from the box went through every facet's checkboxes before the first result (over a
          hundred stops on a wide screen): this link, shown over the page when focused, goes
          straight there, or to the results' section while it has no result to focus. */}
      <div className="relative">
        <a
          href="#results-section"
          onClick={(e) => {
            e.preventDefault();
            const list = document.getElementById('results');
            if (list?.querySelector('a[data-result-link]')) focusResult(list, 'first');
            else document.getElementById('results-section')?.focus();
          }}
          className="sr-only focus:not-sr-only focus:absolute focus:left-0 focus:top-1 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-blue-700 focus:underline dark:focus:bg-slate-900 dark:focus:text-blue-300"
        >
          Skip to results (↓ in the search box does too)
        </a>
      </div>
      <div className="mt-6 flex gap-8">
        <aside aria-label="Filters" className="no-print hidden w-64 shrink-0 lg:block">
          {/* Beside the results on wide screens only; narrower, the facets are in the drawer. */}
          {wide && facetsAfterFirstPaint && facetPanel}
        </aside>
        <section id="results-section" tabIndex={-1} aria-label="Results" className="min-w-0 flex-1 outline-none">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p role="status" aria-live="polite" className="font-medium">
              {waiting ? (
                'Searching…'
              ) : (
                <>
                  {countText}
                  {state.q && (
                    <span className="font-normal text-slate-600 dark:text-slate-400"> for “{state.q.length > 60 ? `${state.q.slice(0, 60)}…` : state.q}”</span>
                  )}
                </>
              )}
            </p>
            {!waiting && !outcome.partial && foldedCount > 0 && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {foldedCount === 1 ? '1 re-proposal' : `${formatCount(foldedCount)} re-proposals`} grouped, one card per idea
              </p>
            )}
            {!waiting && !outcome.partial && listed.total > 0 && applied?.hits.spelledAs && (
              <p role="note" className="basis-full text-sm text-slate-700 dark:text-slate-300">
                {applied.hits.spelledAs.map(({ typed: word, found }) => (
                  <span key={word}>
                    No idea has “{word}”: showing ideas with “{found.slice(0, 3).join('”, “')}”.{' '}
                  </span>
                ))}
              </p>
            )}
            {/* Until the answer over the descriptions replaces it (a failure says so below instead). */}
            {applied?.hits.namesOnly && text.state !== 'failed' && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Descriptions are still loading: matching titles, skills, projects and mentors for now…
              </p>
            )}
            {text.state === 'failed' && (
              <p role="alert" className="text-sm text-red-800 dark:text-red-200">
                {text.message} Searching titles, skills, projects and mentors only.{' '}
                <button type="button" onClick={retryText} className="font-medium underline">
                  Try again
                </button>
              </p>
            )}
            <div className="flex flex-wrap items-center gap-3">
              {feedSkill && (
                <span className="text-sm">
                  New {feedSkill} ideas:{' '}
                  <SubscribeLink href={feedPath('skill', skillFeedSlug(feedSkill))} title={`${feedSkill} ideas`} className="text-blue-700 dark:text-blue-300" />
                </span>
              )}
              <CopyButton label="Copy link" text={() => linkTo(urlState)} />
              <FilterDrawer selectedCount={selectedCount} total={listed.total}>
                {facetPanel}
              </FilterDrawer>
              <SortSelect value={state.sort} onChange={update} />
            </div>
          </div>
          {/* What is open now, above the unfiltered list only: under a query its "every idea, newest first" would be wrong. */}
          {isDefaultState(state) && !waiting && <ApplicationOutlook index={index} />}
          <div className="mb-4">
            <SelectedChips
              facets={FACET_KEYS.filter((k) => facets.includes(k) || urlState[k].length > 0)}
              counts={outcome.counts}
              label={label}
              onRemove={removeToken}
              onClear={clearAll}
            />
          </div>
          {waiting ? (
            <div aria-hidden="true" className="space-y-4">
              {Array.from({ length: 3 }, (_, i) => (
                <div key={i} className="h-32 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
              ))}
            </div>
          ) : listed.total === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
              <p className="font-medium">No ideas match.</p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {lastWordBelowPrefix(state.q) && state.q
                  ? `Keep typing: words match as prefixes from ${MIN_PREFIX} letters.`
                  : noMatchAdvice(cleanQuery(state.q) !== '', selectedCount > 0)}
              </p>
              {(selectedCount > 0 || state.q) && (
                <button
                  type="button"
                  onClick={() => {
                    clearBox();
                    void navigate({ search: encodeState({ ...DEFAULT_STATE, sort: urlState.sort }) });
                  }}
                  className="mt-3 text-sm font-medium text-blue-700 underline dark:text-blue-300"
                >
                  Clear search and filters
                </button>
              )}
            </div>
          ) : (
            <>
              {outcome.partial && (
                <p
                  role="note"
                  className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
                >
                  No idea has all of: <span className="font-semibold">{outcome.partial.words.join(' ')}</span> — showing{' '}
                  {listed.total === 1 ? 'the idea' : `${formatCount(listed.total)} ideas`} with most of them.
                  {outcome.partial.unmatched.length > 0 && <> No idea mentions “{outcome.partial.unmatched.join('”, “')}”.</>}
                </p>
              )}
              <ResultList
                results={pageResults}
                terms={outcome.terms}
                selectedSkills={selectedSkills}
                label={`Results, page ${page} of ${pageCount}`}
                onOpen={markOpenedFromResults}
                staged={stillTyping}
              />
            </>
          )}
          {!waiting && <Pagination state={state} page={page} pageCount={pageCount} />}
        </section>
      </div>
    </div>
  );
}

/** Memoized: a controlled select re-checks its options on every render, and the page renders on every keystroke. */
const SortSelect = memo(function SortSelect({ value, onChange }: { value: SortOrder; onChange: (patch: Partial<SearchState>) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      Sort by
      <select
        value={value}
        onChange={(e) => onChange({ sort: e.target.value as SortOrder })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      >
        {SORT_ORDERS.map((order) => (
          <option key={order} value={order}>
            {SORT_LABELS[order]}
          </option>
        ))}
      </select>
    </label>
  );
});

/** What to change when nothing matches: only what was set (no filter to remove on a query alone). */
function noMatchAdvice(searched: boolean, filtered: boolean): string {
  if (searched && filtered) return 'Try fewer words, check the spelling, or remove a filter.';
  if (searched) return 'Try fewer words, or check the spelling.';
  return 'Remove a filter, or choose another value.';
}

/**
 * The address of a view, written as the app writes addresses: what a hostile or old link added
 * (`page=-3`, `sort=__proto__`, unknown parameters) is read as the defaults, and is not passed on.
 */
function linkTo(state: SearchState): string {
  return `${window.location.origin}${window.location.pathname}${stringifySearch(encodeState(state))}`;
}
