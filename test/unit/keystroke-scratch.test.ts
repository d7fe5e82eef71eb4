import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { createSearchEngine } from '../../src/search/local-search.ts';
import { eagerOrder, PAGE_SIZE, rankedList } from '../../src/search/ranked-list.ts';
import { sortResults } from '../../src/search/sort-results.ts';
import { rankAndCount, type SearchOutcome } from '../../src/search/search-engine.ts';
import { Scratch, ScratchArena } from '../../src/search/scratch.ts';
import { textSearch, type TextHits } from '../../src/search/text-index.ts';
import { DEFAULT_STATE, FACET_KEYS, type SearchState } from '../../src/search/url-state.ts';

/*
 * A keystroke works in arrays kept from one keystroke to the next (scratch.ts). What it answers
 * must not live in them: an answer read after later keystrokes (the results list asking for its
 * next page, a facet's "Show more", the worker's answer arriving late) must be the same answer.
 */
const { index } = buildIndex(readSources([path.resolve(import.meta.dirname, '../../data/cncf-mentoring/programs')]), { generatedAt: 'test' });
const engine = createSearchEngine({ ideas: index.ideas });

const QUERIES = ['kubernetes', 'pro', 'golang', 'go kubernetes', 'kuberntes', 'beginner go', 'machine learning', 'xyzzy kubernetes', 'rust wasm'];
const STATES: Partial<SearchState>[] = [{}, { skills: ['Go'] }, { terms: ['lfx-2024-1'], sort: 'newest' }, { skills: ['-Go'], projects: ['Kyverno'] }];

/** Everything a page shows of an outcome, as plain data. */
function shown(outcome: SearchOutcome) {
  const list = outcome.partial?.results ?? outcome.results;
  return {
    total: outcome.total,
    partialTotal: outcome.partial?.total,
    pages: [list.slice(0, PAGE_SIZE), list.slice(PAGE_SIZE, 3 * PAGE_SIZE)].map((page) =>
      page.map((r) => [r.idea.id, r.score, (r.folded ?? []).map((i) => i.id), r.missing]),
    ),
    counts: FACET_KEYS.map((key) => outcome.counts[key].all().map((c) => [c.value, c.count])),
  };
}

const hitsOf = (hits: TextHits) => ({ positions: Array.from(hits.positions), scores: Array.from(hits.scores), terms: hits.terms, partial: hits.partial });

describe('keystrokes worked in reused arrays', () => {
  it('leave every answer as it was when later keystrokes are answered', () => {
    const answers = QUERIES.flatMap((q) => STATES.map((extra) => ({ q, state: { ...DEFAULT_STATE, ...extra, q } })));
    // Each answer alone, read at once…
    const expected = answers.map(({ q, state }) => {
      const hits = textSearch(engine.text, q);
      return { hits: hitsOf(hits), shown: shown(rankAndCount(engine, state, hits)) };
    });
    // …then all made first, and read only after every other one was made.
    const made = answers.map(({ q, state }) => {
      const hits = textSearch(engine.text, q);
      return { hits, outcome: rankAndCount(engine, state, hits) };
    });
    made.forEach(({ hits, outcome }, i) => {
      expect(hitsOf(hits), answers[i]!.q).toEqual(expected[i]!.hits);
      expect(shown(outcome), `${answers[i]!.q} ${JSON.stringify(STATES[i % STATES.length])}`).toEqual(expected[i]!.shown);
    });
    expect(expected.some((e) => e.shown.partialTotal !== undefined)).toBe(true);
  });

  it("give each result its idea's own score, however the hits are ordered", () => {
    const hits = textSearch(engine.text, 'kubernetes operator');
    const scoreOf = new Map(Array.from(hits.positions, (p, i) => [index.ideas[p]!.id, hits.scores[i]!]));
    const page = (h: TextHits) => rankAndCount(engine, { ...DEFAULT_STATE, q: 'kubernetes operator' }, h).results.slice(0, PAGE_SIZE);
    for (const r of page(hits)) expect(r.score).toBe(scoreOf.get(r.idea.id));
    // The same hits in another order (MiniSearch's own answers are by score, not by position).
    const order = Array.from(hits.positions.keys()).reverse();
    const reversed = { ...hits, positions: Uint32Array.from(order, (i) => hits.positions[i]!), scores: Float64Array.from(order, (i) => hits.scores[i]!) };
    expect(page(reversed).map((r) => [r.idea.id, r.score])).toEqual(page(hits).map((r) => [r.idea.id, r.score]));
  });
});

describe('relevance order with facets selected', () => {
  it('orders the matches that pass the facets by their own scores, as sorting them all does', () => {
    const { ranks, groups, ideas } = engine;
    for (const q of ['kubernetes', 'pro', 'golang', 'operator', 'machine learning']) {
      const hits = textSearch(engine.text, q);
      const scoreOf = new Map(Array.from(hits.positions, (p, i) => [p, hits.scores[i]!]));
      for (const extra of [{ skills: ['Go'] }, { programs: ['Google Summer of Code'] }, { skills: ['-Go'], status: ['accepted'] }]) {
        const state = { ...DEFAULT_STATE, ...extra, q };
        const outcome = rankAndCount(engine, state, hits);
        // Every result passes the selection: the reference orders those same ideas from scores looked up one by one.
        const passing = outcome.results.slice().flatMap((r) => [r.idea, ...(r.folded ?? [])]).map((idea) => engine.positionOf.get(idea.id)!);
        const matches = Array.from(hits.positions).filter((p) => passing.includes(p));
        expect(matches.length, `${q} ${JSON.stringify(extra)}`).toBeGreaterThan(0);
        expect(matches.length).toBeLessThan(hits.positions.length);
        const reference = rankedList(
          eagerOrder(sortResults(matches, Float64Array.from(matches, (p) => scoreOf.get(p)!), 'relevance', ranks), groups),
          (p) => ({ idea: ideas[p]!, score: scoreOf.get(p)! }),
          ideas,
        );
        expect(outcome.results.slice(0, 3 * PAGE_SIZE).map((r) => [r.idea.id, r.score]), `${q} ${JSON.stringify(extra)}`).toEqual(
          reference.slice(0, 3 * PAGE_SIZE).map((r) => [r.idea.id, r.score]),
        );
      }
    }
  });
});

describe('Scratch and ScratchArena', () => {
  it('hand out views of the asked length, zeroed when asked, and grow past their size', () => {
    const scratch = new Scratch((n) => new Uint32Array(n));
    scratch.any(4).set([1, 2, 3, 4]);
    expect(Array.from(scratch.zeroed(3))).toEqual([0, 0, 0]);
    expect(Array.from(scratch.copyOf([5, 6, 7, 8, 9]))).toEqual([5, 6, 7, 8, 9]);
    expect(scratch.any(100)).toHaveLength(100);
  });

  it('never give one query two overlapping views, even when a buffer is replaced by a bigger one', () => {
    const arena = new ScratchArena();
    const views = [1000, 3000, 5000, 10].map((n, i) => arena.uint32(n).fill(i + 1));
    views.forEach((view, i) => expect(view.every((v) => v === i + 1)).toBe(true));
    arena.reset();
    expect(arena.float64(8)).toHaveLength(8);
  });
});
