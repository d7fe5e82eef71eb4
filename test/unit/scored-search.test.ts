import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import type { Idea } from '../../src/model/idea-index.ts';
import { sortRanks, sortResults } from '../../src/search/sort-results.ts';
import { levenshtein, TermDictionary } from '../../src/search/term-dictionary.ts';
import { kthLargest } from '../../src/search/kth-largest.ts';
import { hasAny } from '../../src/search/scored-query.ts';
import { createTextIndex, miniSearchTextSearch, textSearch, type TextHits } from '../../src/search/text-index.ts';
import { BENCH_QUERIES } from '../../bench/queries.ts';

/*
 * Keystrokes are answered from cached per-term postings in typed arrays (scored-query.ts), not by
 * MiniSearch's own search. These tests hold the two to the same answers over the whole corpus, so
 * typo tolerance, prefixes, synonyms, AND semantics and ranking are MiniSearch's, only faster.
 */
const { index } = buildIndex(readSources([path.resolve(import.meta.dirname, '../../data/cncf-mentoring/programs')]), { generatedAt: 'test' });
const text = createTextIndex(index.ideas);

const QUERIES = [
  ...BENCH_QUERIES,
  // Synonyms (one-word, multi-word, ambiguous "go"), phrases, partial matches, punctuation.
  'machine learning',
  'ml',
  'wasm',
  'k8s',
  'go',
  'golang operator',
  'beginner go',
  'machine learning pipeline',
  'rust webassembly runtime',
  'xyzzy kubernetes',
  'node.js',
  'c++',
  'ci cd',
  'jurgen',
  'service mesh istio',
  'go rust python',
];

function compare(q: string, fast: TextHits, reference: TextHits) {
  const scoreOf = (hits: TextHits) => new Map(Array.from(hits.positions, (p, i) => [p, hits.scores[i]!]));
  const [ours, theirs] = [scoreOf(fast), scoreOf(reference)];
  expect(
    [...ours.keys()].sort((a, b) => a - b),
    q,
  ).toEqual([...theirs.keys()].sort((a, b) => a - b));
  for (const [position, score] of theirs) expect(ours.get(position)! / score, `${q}: score of idea ${position}`).toBeCloseTo(1, 9);
  expect(fast.partial, q).toEqual(reference.partial);
  // Highlighted terms come from the best 100 hits: where more tie for the last places, ours keeps them all.
  if (reference.positions.length <= 100) expect(new Set(fast.terms), q).toEqual(new Set(reference.terms));
  else expect(fast.terms, q).toEqual(expect.arrayContaining(reference.terms));
}

describe('typed-array search', () => {
  it('finds the same ideas with the same scores as MiniSearch, for the benchmark queries, synonyms and partial matches', () => {
    for (const q of QUERIES) compare(q, textSearch(text, q), miniSearchTextSearch(text, q));
  });

  it('agrees with MiniSearch on words from titles, their prefixes and their typos', () => {
    const words = [...new Set(index.ideas.flatMap((idea) => idea.title.toLowerCase().split(/[^a-z0-9]+/)))].filter((w) => w.length >= 3);
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.nat(),
        fc.constantFrom('word', 'prefix', 'swap', 'drop', 'two'),
        fc.constantFrom(...words),
        (word, at, change, other) => {
          const i = 1 + (at % Math.max(1, word.length - 2));
          const q = {
            word,
            prefix: word.slice(0, Math.max(3, i)),
            swap: word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2),
            drop: word.slice(0, i) + word.slice(i + 1),
            two: `${word} ${other}`,
          }[change];
          compare(q, textSearch(text, q), miniSearchTextSearch(text, q));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('term dictionary', () => {
  const dictionary = new TermDictionary(text.miniSearch.terms());
  const terms = [...dictionary.terms];

  it('finds the terms within a Levenshtein distance exactly as MiniSearch does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...terms.filter((t) => t.length >= 5)),
        fc.string({ minLength: 0, maxLength: 2 }),
        fc.nat(),
        fc.constantFrom(1, 2),
        (term, noise, at, distance) => {
          const i = at % term.length;
          const word = term.slice(0, i) + noise + term.slice(i + 1);
          const ours = new Map(dictionary.near(word, distance).map(({ term: t, distance: d }) => [terms[t]!, d]));
          const theirs = new Map([...text.miniSearch.fuzzyTermsForTest(word, distance)].filter(([t]) => t !== word));
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists the terms that start with a prefix', () => {
    for (const prefix of ['k', 'kub', 'pro', 'prometheus', 'zzz', '']) {
      const [from, to] = dictionary.withPrefix(prefix);
      expect(terms.slice(from, to)).toEqual(terms.filter((t) => t.startsWith(prefix)));
    }
  });

  it('measures Levenshtein distance, stopping past the maximum', () => {
    expect(levenshtein('kubernetes', 'kuberntes', 2)).toBe(1);
    expect(levenshtein('prometeus', 'prometheus', 2)).toBe(1);
    expect(levenshtein('abc', 'xyz', 1)).toBe(2);
  });
});

describe('ordering helpers', () => {
  it('finds the k-th largest score without sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.nat(), (values, k) => {
        const kth = 1 + (k % values.length);
        const sorted = [...values].sort((a, b) => b - a);
        expect(kthLargest(Float64Array.from(values), kth)).toBe(sorted[kth - 1]);
      }),
    );
  });

  it('orders by relevance as the plain comparator does: score nudged by recency, then newest', () => {
    const ideas = Array.from({ length: 40 }, (_, i) => ({ title: `T${i}`, project: `P${i % 7}`, termOrder: 20170 + (i % 9) * 10 }) as Idea);
    const ranks = sortRanks(ideas);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0.5, 1, 2, 3.25, 7), { minLength: 40, maxLength: 40 }), fc.subarray([...ideas.keys()]), (raw, matches) => {
        const scores = Float64Array.from(raw);
        const n = ideas.length;
        const adjusted = (p: number) => scores[p]! * (1 + 0.1 * (1 - ranks.newestRank[p]! / n));
        const expected = [...matches].sort((a, b) => adjusted(b) - adjusted(a) || ranks.newestRank[a]! - ranks.newestRank[b]!);
        expect(sortResults([...matches], Float64Array.from(matches, (p) => scores[p]!), 'relevance', ranks)).toEqual(expected);
      }),
    );
  });
});

describe('answers handed over to the page', () => {
  it('own their arrays: transferring one answer (the worker posts them as transferables) leaves the index able to answer again', () => {
    for (const query of [...QUERIES, 'thanos', 'jaeger', 'thanos']) {
      const first = textSearch(text, query);
      const expected = { positions: Array.from(first.positions), scores: Array.from(first.scores) };
      // What postMessage(…, { transfer }) does to the worker's copy: the buffers are detached.
      const buffers = [first.positions.buffer, first.scores.buffer, ...(first.matchedWords ? [first.matchedWords.buffer] : [])] as ArrayBuffer[];
      structuredClone(buffers, { transfer: buffers });
      expect(first.positions.length, query).toBe(0);
      const again = textSearch(text, query);
      expect({ positions: Array.from(again.positions), scores: Array.from(again.scores) }, query).toEqual(expected);
    }
  });
});

describe('highlighted terms of long posting lists', () => {
  it('finds whether a posting list holds one of the best hits, by search in long lists as by reading short ones', () => {
    const sortedSet = (values: number[]) => Uint32Array.from(new Set(values)).sort();
    fc.assert(
      fc.property(fc.array(fc.nat(5000), { maxLength: 3000 }), fc.array(fc.nat(5000), { maxLength: 40 }), (listed, best) => {
        const docs = sortedSet(listed);
        const ideas = sortedSet(best);
        const marked = new Uint8Array(5001);
        for (const idea of ideas) marked[idea] = 1;
        expect(hasAny(docs, marked, ideas)).toBe(ideas.some((idea) => docs.includes(idea)));
      }),
      { numRuns: 300 },
    );
  });
});
