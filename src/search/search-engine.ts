import type { Idea, IdeaIndex } from '../model/idea-index.ts';
import { type FacetCounts, filterAndCount } from './facet-counts.ts';
import { type FacetTable, facetTableData, type FacetTableData, facetTableFrom } from './facet-values.ts';
import { sortRanks, type SortRanks, sortResults } from './sort-results.ts';
import { cleanQuery, createTextIndex, type TextHits, type TextIndex, textSearch } from './text-index.ts';
import type { SearchState } from './url-state.ts';

/** Facet and sort tables: plain data and typed arrays, so a worker can build and transfer them. */
export interface EngineTables {
  facets: FacetTableData;
  ranks: SortRanks;
}

/** What the page needs to filter, count and sort; full-text search is separate (see TextSearch). */
export interface SearchEngine {
  ideas: Idea[];
  byId: ReadonlyMap<string, Idea>;
  facets: FacetTable;
  ranks: SortRanks;
  allPositions: Uint32Array;
}

export interface Ranked {
  idea: Idea;
  score: number;
}

export interface SearchOutcome {
  results: Ranked[];
  total: number;
  counts: FacetCounts;
  terms: string[];
}

export function engineTables(ideas: Idea[]): EngineTables {
  return { facets: facetTableData(ideas), ranks: sortRanks(ideas) };
}

export function assembleEngine(ideas: Idea[], tables: EngineTables): SearchEngine {
  return {
    ideas,
    byId: new Map(ideas.map((i) => [i.id, i])),
    facets: facetTableFrom(tables.facets),
    ranks: tables.ranks,
    allPositions: Uint32Array.from(ideas.keys()),
  };
}

/** One keystroke's work after full-text matching: facet filtering and counts, then sorting. */
export function rankAndCount(engine: SearchEngine, state: SearchState, hits: TextHits | null): SearchOutcome {
  let scores: Float64Array | null = null;
  if (hits) {
    scores = new Float64Array(engine.ideas.length);
    hits.positions.forEach((position, i) => (scores![position] = hits.scores[i]!));
  }
  const { matches, counts } = filterAndCount(hits ? hits.positions : engine.allPositions, state, engine.facets);
  const ordered = sortResults(matches, scores, state.sort, engine.ranks);
  return {
    results: ordered.map((position) => ({ idea: engine.ideas[position]!, score: scores?.[position] ?? 0 })),
    total: ordered.length,
    counts,
    terms: hits?.terms ?? [],
  };
}

/** An engine with its own text index, searched synchronously (tests, benchmark, browsers without workers). */
export interface LocalSearchEngine extends SearchEngine {
  text: TextIndex;
}

export function createSearchEngine(index: Pick<IdeaIndex, 'ideas'>, text?: TextIndex): LocalSearchEngine {
  const ideas = index.ideas;
  return {
    ...assembleEngine(ideas, engineTables(ideas)),
    text: text ?? createTextIndex(ideas),
  };
}

export function runSearch(engine: LocalSearchEngine, state: SearchState): SearchOutcome {
  const q = cleanQuery(state.q);
  return rankAndCount(engine, state, q ? textSearch(engine.text, q) : null);
}
