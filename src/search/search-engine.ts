import type { IdeaCard } from '../model/idea-index.ts';
import { type FacetCounts, filterAndCount } from './facet-counts.ts';
import { type FacetTable, facetTableData, type FacetTableData, facetTableFrom } from './facet-values.ts';
import { reproposalGroups } from './group-reproposals.ts';
import { eagerOrder, NO_RESULTS, rankedList, type RankedList, TopOrder } from './ranked-list.ts';
import { relevanceKeys, sortRanks, type SortRanks, sortResults } from './sort-results.ts';
import { firstNotBefore } from './first-not-before.ts';
import { matchedWordCount } from './query-text.ts';
import { Scratch } from './scratch.ts';
import type { PartialMatch, TextHits } from './text-index.ts';
import type { SearchState } from './url-state.ts';

/** Facet and sort tables: plain data and typed arrays, so a worker can build and transfer them. */
export interface EngineTables {
  facets: FacetTableData;
  ranks: SortRanks;
  /** Re-proposal group of each idea position (see group-reproposals.ts). */
  groups: Uint32Array;
}

/** What the page needs to filter, count and sort; full-text search is separate (see TextSearch). */
export interface SearchEngine {
  ideas: IdeaCard[];
  byId: ReadonlyMap<string, IdeaCard>;
  positionOf: ReadonlyMap<string, number>;
  facets: FacetTable;
  ranks: SortRanks;
  allPositions: Uint32Array;
  /** Re-proposal group of each idea position (see group-reproposals.ts). */
  groups: Uint32Array;
}

/**
 * Ideas with most of the query's words, when none has them all: those with more words first,
 * then in the chosen order. The page says so ("No idea has all of: beginner go — showing ideas
 * with most of them") and lists these instead of the (empty) results.
 */
export interface PartialOutcome extends PartialMatch {
  results: RankedList;
  /** Ideas listed, counting each folded re-proposal. */
  total: number;
}

export interface SearchOutcome {
  /** Ideas that have every word of the query (and every selected facet value), re-proposals folded. */
  results: RankedList;
  /** How many ideas match, counting each folded re-proposal. */
  total: number;
  /** Facet counts of what is listed: the results, or with `partial` the partial results. */
  counts: FacetCounts;
  terms: string[];
  /** Set when the query has several words and no idea has all of them (`results` is then empty). */
  partial?: PartialOutcome;
}

export function engineTables(ideas: IdeaCard[]): EngineTables {
  return { facets: facetTableData(ideas), ranks: sortRanks(ideas), groups: reproposalGroups(ideas) };
}

export function assembleEngine(ideas: IdeaCard[], tables: EngineTables): SearchEngine {
  return {
    ideas,
    byId: new Map(ideas.map((i) => [i.id, i])),
    positionOf: new Map(ideas.map((idea, position) => [idea.id, position])),
    facets: facetTableFrom(tables.facets),
    ranks: tables.ranks,
    allPositions: Uint32Array.from(ideas.keys()),
    groups: tables.groups,
  };
}

/** One keystroke's work after full-text matching: facet filtering and counts, then sorting. */
export function rankAndCount(engine: SearchEngine, state: SearchState, hits: TextHits | null): SearchOutcome {
  const { matches, counts } = filterAndCount(hits ? hits.positions : engine.allPositions, state, engine.facets);
  // Read while ordering; results look their scores up when a page is read (hitScore).
  const scores = hits ? scoresOfMatches(matches, hits) : null;
  const scoreOf = hits ? hitScore(hits) : () => 0;
  const partial = hits?.partial;
  if (!partial || !hits.matchedWords) {
    // By relevance, only the groups a page shows are sorted (TopOrder); fixed orders are a walk.
    const keys = state.sort === 'relevance' && scores ? relevanceKeys(matches, scores, engine.ranks) : null;
    const order = keys ? new TopOrder(matches, keys, engine.groups) : eagerOrder(sortResults(matches, scores, state.sort, engine.ranks), engine.groups);
    return {
      results: rankedList(order, (position) => ({ idea: engine.ideas[position]!, score: scoreOf(position) }), engine.ideas),
      total: matches.length,
      counts,
      terms: hits?.terms ?? [],
    };
  }
  // Ideas with more of the words first, in the chosen order within (the sort is stable).
  let ordered = sortResults(matches, scores, state.sort, engine.ranks);
  const masks = new Uint32Array(engine.ideas.length);
  hits.positions.forEach((position, i) => (masks[position] = hits.matchedWords![i]!));
  const wordCount = new Uint8Array(engine.ideas.length);
  for (const position of ordered) wordCount[position] = matchedWordCount(masks[position]!);
  ordered = ordered.sort((a, b) => wordCount[b]! - wordCount[a]!);
  const missingFor = (mask: number) => partial.words.filter((_, w) => !(mask & (1 << w)));
  return {
    results: NO_RESULTS,
    total: 0,
    counts,
    terms: hits.terms,
    partial: {
      ...partial,
      best: ordered.length > 0 ? wordCount[ordered[0]!]! : 0,
      results: rankedList(
        eagerOrder(ordered, engine.groups),
        (position) => ({ idea: engine.ideas[position]!, score: scoreOf(position), missing: missingFor(masks[position]!) }),
        engine.ideas,
      ),
      total: ordered.length,
    },
  };
}

const alignedScores = new Scratch((length) => new Float64Array(length));

/**
 * The score of each match, `scores[i]` of `matches[i]`: the hits' own scores when every hit
 * matches; otherwise picked in one walk, the matches being the passing hits in the hits' order
 * (filterAndCount). Valid until the next keystroke (a Scratch).
 */
function scoresOfMatches(matches: Uint32Array, hits: TextHits): Float64Array {
  if (matches === hits.positions) return hits.scores;
  const scores = alignedScores.any(matches.length);
  const { positions } = hits;
  for (let i = 0, j = 0; j < matches.length; i++) if (positions[i] === matches[j]) scores[j++] = hits.scores[i]!;
  return scores;
}

/**
 * A hit's score by its position, for the few results a page shows: a binary search when the
 * positions ascend (a whole query's hits from postings do), else (partial matches, MiniSearch's
 * order) from every score laid out by position, once.
 */
function hitScore({ positions, scores }: TextHits): (position: number) => number {
  let byPosition: ((position: number) => number) | undefined;
  const ascending = () => {
    for (let i = 1; i < positions.length; i++) if (positions[i - 1]! >= positions[i]!) return false;
    return true;
  };
  const sorted = (position: number) => {
    const i = firstNotBefore(positions, position);
    return positions[i] === position ? scores[i]! : 0;
  };
  const dense = () => {
    let size = 0;
    for (const position of positions) size = Math.max(size, position + 1);
    const all = new Float64Array(size);
    positions.forEach((position, i) => (all[position] = scores[i]!));
    return (position: number) => all[position] ?? 0;
  };
  return (position) => (byPosition ??= ascending() ? sorted : dense())(position);
}
