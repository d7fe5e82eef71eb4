import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdeaCard } from '../../src/model/idea-index.ts';
import { eagerOrder, rankedList, TopOrder } from '../../src/search/ranked-list.ts';
import { relevanceKeys, type SortRanks, sortResults } from '../../src/search/sort-results.ts';

/** An index of `size` ideas: a newest-first order, re-proposal groups, and scores with many ties. */
const world = fc.integer({ min: 1, max: 120 }).chain((size) =>
  fc.record({
    newest: fc.shuffledSubarray([...Array(size).keys()], { minLength: size, maxLength: size }),
    // Each idea joins the group of an earlier one now and then (a group is named by its first idea).
    joins: fc.array(fc.option(fc.nat(), { freq: 3 }), { minLength: size, maxLength: size }),
    scores: fc.array(fc.constantFrom(0.5, 1, 1, 2, 3.25, 7), { minLength: size, maxLength: size }),
    matched: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    page: fc.integer({ min: 1, max: 8 }),
    pageSize: fc.integer({ min: 1, max: 25 }),
  }),
);

function setUp({ newest, joins, scores, matched }: { newest: number[]; joins: (number | null)[]; scores: number[]; matched: boolean[] }) {
  const size = newest.length;
  const newestRank = new Uint32Array(size);
  newest.forEach((position, rank) => (newestRank[position] = rank));
  const ranks: SortRanks = { newest: Uint32Array.from(newest), project: Uint32Array.from(newest), newestRank };
  const groups = new Uint32Array(size);
  joins.forEach((join, i) => (groups[i] = join === null || i === 0 ? i : groups[join % i]!));
  const ideas = Array.from({ length: size }, (_, i) => ({ id: `idea-${i}` }) as IdeaCard);
  const matches = [...Array(size).keys()].filter((i) => matched[i]);
  // By position, and by match (what sortResults and relevanceKeys take).
  return { ranks, groups, ideas, matches, scores: Float64Array.from(scores), matchScores: Float64Array.from(matches, (p) => scores[p]!) };
}

describe('results ordered only as far as a page reads', () => {
  it('gives every page the results, folds and order of sorting them all', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { ranks, groups, ideas, matches, scores, matchScores } = setUp(w);
        const rank = (position: number) => ({ idea: ideas[position]!, score: scores[position]! });
        const everything = rankedList(eagerOrder(sortResults([...matches], matchScores, 'relevance', ranks), groups), rank, ideas);
        const paged = rankedList(new TopOrder(matches, relevanceKeys(matches, matchScores, ranks)!, groups), rank, ideas);
        expect(paged.length).toBe(everything.length);
        const from = (w.page - 1) * w.pageSize;
        expect(paged.slice(from, from + w.pageSize)).toEqual(everything.slice(from, from + w.pageSize));
        // An earlier page read after a later one, then the whole list.
        expect(paged.slice(0, w.pageSize)).toEqual(everything.slice(0, w.pageSize));
        expect(paged.slice()).toEqual(everything.slice());
      }),
      { numRuns: 400 },
    );
  });

  it('lists a re-proposal once, under its best match, with the others folded in best first', () => {
    // Ideas 0, 2 and 3 are one idea proposed three times; 1 stands alone.
    const { ranks, groups, ideas } = setUp({ newest: [3, 2, 1, 0], joins: [null, null, 0, 0], scores: [1, 2, 5, 3], matched: [true, true, true, true] });
    const scores = Float64Array.of(1, 2, 5, 3);
    const matches = [0, 1, 2, 3];
    const list = rankedList(new TopOrder(matches, relevanceKeys(matches, scores, ranks)!, groups), (p) => ({ idea: ideas[p]!, score: scores[p]! }), ideas);
    expect(list.length).toBe(2);
    expect(list.slice().map((r) => [r.idea.id, (r.folded ?? []).map((i) => i.id)])).toEqual([
      ['idea-2', ['idea-3', 'idea-0']],
      ['idea-1', []],
    ]);
  });
});
