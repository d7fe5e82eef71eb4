import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Idea, IdeaIndex } from '../model/idea-index.ts';
import { type FacetTable, facetTable } from './facet-values.ts';
import { type FacetCounts, filterAndCount } from './facet-counts.ts';
import { type Ranked, sortRanks, type SortRanks, sortResults } from './sort-results.ts';
import { LIMITS, type SearchState } from './url-state.ts';

/** What is indexed, and how strongly each field counts. */
export const SEARCH_FIELDS = ['title', 'project', 'group', 'skills', 'mentors', 'text'] as const;

export const MINISEARCH_OPTIONS: Options<Idea> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: (idea, field) => {
    switch (field) {
      case 'skills':
        return `${idea.skills.join(' ')} ${idea.skillsText}`;
      case 'mentors':
        return idea.mentors.map((m) => `${m.name ?? ''} ${m.github ?? ''}`).join(' ');
      case 'text':
        return idea.description.text;
      case 'id':
        return idea.id;
      default:
        return (idea as unknown as Record<string, string | undefined>)[field] ?? '';
    }
  },
  // Accents fold so `jurgen` finds Jürgen.
  processTerm: (term) =>
    term
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
};

export const MIN_PREFIX = 3;

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 3, project: 2.5, skills: 2, group: 1.5, mentors: 1.5 },
  // Only the word being typed (the last) is a prefix, and only from 3 letters: a 1–2 letter prefix
  // matches nearly every document, which costs tens of ms at 10,000 ideas and helps nobody.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_PREFIX,
  // Typo tolerance for longer terms only: short ones would match too much.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

export interface SearchEngine {
  ideas: Idea[];
  byId: Map<string, Idea>;
  miniSearch: MiniSearch<Idea>;
  facets: FacetTable;
  ranks: SortRanks;
}

export interface SearchOutcome {
  results: Ranked[];
  total: number;
  counts: FacetCounts;
  /** Document terms that matched the query, for highlighting. */
  terms: string[];
}

export function createSearchEngine(index: Pick<IdeaIndex, 'ideas'>, miniSearch?: MiniSearch<Idea>): SearchEngine {
  const engine = miniSearch ?? new MiniSearch<Idea>(MINISEARCH_OPTIONS);
  if (!miniSearch) engine.addAll(index.ideas);
  return assemble(index.ideas, engine, facetTable(index.ideas), sortRanks(index.ideas));
}

function assemble(ideas: Idea[], miniSearch: MiniSearch<Idea>, facets: FacetTable, ranks: SortRanks): SearchEngine {
  return { ideas, byId: new Map(ideas.map((i) => [i.id, i])), miniSearch, facets, ranks };
}

/** Query text as MiniSearch should see it: bounded length, no control characters. */
export function cleanQuery(q: string): string {
  return q
    .slice(0, LIMITS.query)
    .replace(/\p{Cc}/gu, ' ')
    .trim();
}

const HIGHLIGHT_HITS = 100;

/** One keystroke's work: full-text match, facet filtering and counts, sorting. */
export function runSearch(engine: SearchEngine, state: SearchState): SearchOutcome {
  const query = cleanQuery(state.q);
  let candidates: Idea[];
  const scores = new Map<string, number>();
  const terms = new Set<string>();
  if (query) {
    const hits = engine.miniSearch.search(query, QUERY_OPTIONS);
    candidates = [];
    for (const hit of hits) {
      const idea = engine.byId.get(hit.id as string);
      if (!idea) continue;
      candidates.push(idea);
      scores.set(idea.id, hit.score);
      // The best hits are the ones on screen; their terms are enough for highlighting.
      if (candidates.length <= HIGHLIGHT_HITS) for (const term of hit.terms) terms.add(term);
    }
  } else {
    candidates = engine.ideas;
  }
  const { matches, counts } = filterAndCount(candidates, state, engine.facets);
  const results = sortResults(matches, scores, state.sort, engine.ranks);
  return { results, total: results.length, counts, terms: [...terms, ...query.split(/\s+/).filter(Boolean)] };
}

/** Gives the browser a turn (input, paint) without setTimeout's 4 ms clamp. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface BuildOptions {
  /** Longest stretch of indexing between two yields, in milliseconds. */
  sliceMs?: number;
  yieldFn?: () => Promise<void>;
  /** Called after every slice with its duration (the benchmark records them). */
  onSlice?: (ms: number) => void;
}

/**
 * Builds the engine without blocking the page: ideas are indexed in time slices of `sliceMs`,
 * yielding to the browser between them, so typing and painting stay responsive on large indexes.
 */
export async function createSearchEngineAsync(index: Pick<IdeaIndex, 'ideas'>, options: BuildOptions = {}): Promise<SearchEngine> {
  const { sliceMs = 20, yieldFn = yieldToMain, onSlice } = options;
  const miniSearch = new MiniSearch<Idea>(MINISEARCH_OPTIONS);
  const ideas = index.ideas;
  let next = 0;
  while (next < ideas.length) {
    const start = performance.now();
    do miniSearch.add(ideas[next++]!);
    while (next < ideas.length && performance.now() - start < sliceMs);
    onSlice?.(performance.now() - start);
    await yieldFn();
  }
  // The derived tables are separate tasks, each well under a frame budget at 10,000 ideas.
  const timed = async <T>(build: () => T): Promise<T> => {
    const start = performance.now();
    const value = build();
    onSlice?.(performance.now() - start);
    await yieldFn();
    return value;
  };
  const facets = await timed(() => facetTable(ideas));
  const ranks = await timed(() => sortRanks(ideas));
  return timed(() => assemble(ideas, miniSearch, facets, ranks));
}
