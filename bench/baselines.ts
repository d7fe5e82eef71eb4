/**
 * The same ideas and keystrokes through two other libraries, measured in the same process; ours
 * and FlexSearch interleaved query by query, so machine noise hits both alike, Fuse.js after them:
 * - FlexSearch 0.8, forward tokenizer: the raw-lookup floor (no typo tolerance, no facets, no sort).
 * - Fuse.js 7, what the GSoC organizations explorer uses: fuzzy matching by scanning every item.
 * Dev dependencies of the benchmark only; the app never imports them.
 */
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import type { Idea } from '../src/model/idea-index.ts';
import { createSearchEngine, type LocalSearchEngine } from '../src/search/local-search.ts';
import { PAGE_SIZE } from '../src/search/ranked-list.ts';
import { rankAndCount, type SearchEngine, type SearchOutcome } from '../src/search/search-engine.ts';
import { type TextHits, textSearch } from '../src/search/text-index.ts';
import { DEFAULT_STATE, type SearchState } from '../src/search/url-state.ts';
import { warmUp } from './queries.ts';

type Flat = {
  id: string;
  title: string;
  project: string;
  skills: string;
  mentors: string;
  text: string;
};

/** An idea as the other libraries index it: the fields ours searches, as plain strings. */
export const flatten = (idea: Idea): Flat => ({
  id: idea.id,
  title: idea.title,
  project: idea.project,
  skills: idea.skills.join(' '),
  mentors: idea.mentors.map((m) => `${m.name ?? ''} ${m.github ?? ''}`).join(' '),
  text: idea.description.text,
});
export const FIELDS = ['title', 'project', 'skills', 'mentors', 'text'] as const;

export interface Latency {
  p50: number;
  p95: number;
  /**
   * The p95 over the queries of each query's median over the rounds: what a query costs once the
   * code is compiled, without the machine's own pauses (a garbage collection, another process),
   * which hit a round here and there and make most of the plain p95 of sub-millisecond keystrokes.
   */
  queryMedianP95: number;
  samples: number;
}

export interface BaselineRow {
  ideas: number;
  label: string;
  ours: Latency;
  flexSearch: Latency;
  fuse: Latency;
  /** Fuse scans everything per query: at large sizes only a sample of the queries is timed. */
  fuseQueries: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
/** `byQuery[i]`: the times of query i, one per round. */
const latency = (byQuery: number[][]): Latency => {
  const values = byQuery.flat();
  const medians = byQuery.filter((times) => times.length > 0).map((times) => percentile(times, 50));
  // Unrounded: ratios are taken of them (a p95 of 0.07 ms rounded would move a ratio by a tenth).
  return { p50: percentile(values, 50), p95: percentile(values, 95), queryMedianP95: percentile(medians, 95), samples: values.length };
};

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** After text matching, what the app does on a keystroke: facet counts, and the first page of results in order. */
export function pageOf(engine: SearchEngine, state: SearchState, hits: TextHits | null): SearchOutcome {
  const outcome = rankAndCount(engine, state, hits);
  (outcome.partial ?? outcome).results.slice(0, PAGE_SIZE);
  return outcome;
}

/** Ours, a whole keystroke: text match, facet counts, first page. */
const ours = (engine: LocalSearchEngine, q: string) => pageOf(engine, { ...DEFAULT_STATE, q }, textSearch(engine.text, q));

/** Keystroke latency of ours (text + facets + sort), FlexSearch and Fuse over `ideas`, interleaved. */
export function measureBaselines(ideas: Idea[], queries: string[], options: { label: string; rounds: number; fuseQueries: number }): BaselineRow {
  const engine = createSearchEngine({ ideas });
  const flat = ideas.map(flatten);
  const flex = new Document({ tokenize: 'forward', document: { id: 'id', index: [...FIELDS] } });
  for (const doc of flat) flex.add(doc);
  const fuse = new Fuse(flat, { keys: [...FIELDS], ignoreLocation: true, threshold: 0.3 });
  // Every n-th query for Fuse, spread over single words, two-word queries and typos.
  const step = Math.max(1, Math.floor(queries.length / options.fuseQueries));
  const fuseSample = new Set(queries.filter((_, i) => i % step === 0).slice(0, options.fuseQueries));

  // A clean heap before the warm-up, not after it: a forced full collection throws away compiled
  // code that refers to objects it frees (V8's --trace-deopt: "weak objects"), and the first
  // timed rounds then ran while it was compiled again, three to five times slower.
  (globalThis as { gc?: () => void }).gc?.();
  // Untimed: every library's code gets compiled by the JIT before it is measured (see WARMUP_QUERIES).
  warmUp((q, round, i) => {
    ours(engine, q);
    flex.search(q);
    // Fuse scans everything: a couple of queries compile it.
    if (round === 0 && i < 2) fuse.search(q);
  });

  const oursTimes: number[][] = queries.map(() => []);
  const flexTimes: number[][] = queries.map(() => []);
  const fuseTimes: number[][] = queries.map(() => []);
  for (let r = 0; r < options.rounds; r++) {
    queries.forEach((q, i) => {
      // Alternate who goes first, so neither always runs on a warm (or cold) cache.
      const runs = [() => oursTimes[i]!.push(timed(() => ours(engine, q))), () => flexTimes[i]!.push(timed(() => flex.search(q)))];
      runs[(i + r) % 2]!();
      runs[(i + r + 1) % 2]!();
    });
  }
  // Fuse after the others, not among them: each of its scans leaves megabytes of garbage, and the
  // collections it calls for landed on whichever library ran next.
  queries.forEach((q, i) => {
    if (fuseSample.has(q)) fuseTimes[i]!.push(timed(() => fuse.search(q)));
  });
  return { ideas: ideas.length, label: options.label, ours: latency(oursTimes), flexSearch: latency(flexTimes), fuse: latency(fuseTimes), fuseQueries: fuseSample.size };
}
