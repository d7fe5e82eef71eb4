import { describe, expect, it } from 'vitest';
import type { Idea } from '../../src/model/idea-index.ts';
import { RECENCY_WEIGHT, sortRanks, sortResults } from '../../src/search/sort-results.ts';

const idea = (title: string, termOrder: number) => ({ title, project: 'Harbor', termOrder }) as Idea;
// Positions: 0 oldest … 3 newest.
const ideas = [idea('A', 20201), idea('B', 20221), idea('C', 20241), idea('D', 20261)];
const ranks = sortRanks(ideas);

describe('relevance order', () => {
  it('gives near-ties to the more recent term', () => {
    // Scores of the matches, in their order.
    expect(sortResults([0, 3], Float64Array.from([1.0, 0.95]), 'relevance', ranks)).toEqual([3, 0]);
  });

  it('keeps a clearly better old match first', () => {
    expect(sortResults([3, 0], Float64Array.from([1.0 / (1 + 2 * RECENCY_WEIGHT), 1.0]), 'relevance', ranks)).toEqual([0, 3]);
  });

  it('is newest first without a query, and breaks exact ties by recency', () => {
    expect(sortResults([0, 2, 1, 3], null, 'relevance', ranks)).toEqual([3, 2, 1, 0]);
    expect(sortResults([0, 1], Float64Array.from([0.5, 0.5]), 'relevance', ranks)).toEqual([1, 0]);
  });
});
