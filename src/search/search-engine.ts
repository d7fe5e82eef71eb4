import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Idea, IdeaIndex } from '../model/idea-index.ts';
import { facetValuesOf } from './facet-values.ts';
import { type FacetCounts, filterAndCount } from './facet-counts.ts';
import { type Ranked, sortResults } from './sort-results.ts';
import { FACET_KEYS, type FacetKey, LIMITS, type SearchState } from './url-state.ts';

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

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 3, project: 2.5, skills: 2, group: 1.5, mentors: 1.5 },
  prefix: true,
  // Typo tolerance for longer terms only: short ones would match too much.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

export interface SearchEngine {
  ideas: Idea[];
  byId: Map<string, Idea>;
  miniSearch: MiniSearch<Idea>;
  known: Record<FacetKey, ReadonlySet<string>>;
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
  const known = Object.fromEntries(FACET_KEYS.map((key) => [key, new Set(index.ideas.flatMap((idea) => facetValuesOf(idea, key)))])) as Record<
    FacetKey,
    Set<string>
  >;
  return { ideas: index.ideas, byId: new Map(index.ideas.map((i) => [i.id, i])), miniSearch: engine, known };
}

/** Query text as MiniSearch should see it: bounded length, no control characters. */
export function cleanQuery(q: string): string {
  return q
    .slice(0, LIMITS.query)
    .replace(/\p{Cc}/gu, ' ')
    .trim();
}

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
      for (const term of hit.terms) terms.add(term);
    }
  } else {
    candidates = engine.ideas;
  }
  const { matches, counts } = filterAndCount(candidates, state, engine.known);
  const results = sortResults(
    matches.map((idea) => ({ idea, score: scores.get(idea.id) ?? 0 })),
    state.sort,
  );
  return { results, total: results.length, counts, terms: [...terms, ...query.split(/\s+/).filter(Boolean)] };
}

/**
 * Builds the engine without blocking the page: MiniSearch indexes in small chunks and yields to
 * the browser between them, so typing and painting stay responsive on large indexes.
 */
export async function createSearchEngineAsync(index: Pick<IdeaIndex, 'ideas'>, chunkSize = 100): Promise<SearchEngine> {
  const miniSearch = new MiniSearch<Idea>(MINISEARCH_OPTIONS);
  await miniSearch.addAllAsync(index.ideas, { chunkSize });
  return createSearchEngine(index, miniSearch);
}
