/**
 * `npx tsx bench/profile-keystrokes.ts`: where a keystroke's time goes (full-text matching in
 * MiniSearch, then facets, sorting and grouping), per kind of query, beside FlexSearch's raw lookup
 * of the same query. Shows what limits the keystroke target (README: Performance).
 */
import { Document } from 'flexsearch';
import { buildIndex } from '../src/ingest/build-index.ts';
import { readSources } from '../src/ingest/sources/read-sources.ts';
import { createSearchEngine } from '../src/search/local-search.ts';
import { textSearch } from '../src/search/text-index.ts';
import { DEFAULT_STATE } from '../src/search/url-state.ts';
import { filterAndCount } from '../src/search/facet-counts.ts';
import { FIELDS, flatten, pageOf } from './baselines.ts';
import { BENCH_QUERIES, warmUp } from './queries.ts';
import { syntheticIndex } from './synthetic-ideas.ts';
import path from 'node:path';

const ROUNDS = 5;
const real = buildIndex(readSources([path.resolve(import.meta.dirname, '../data/cncf-mentoring/programs')])).index;
const kinds: [string, (i: number) => boolean][] = [
  ['typed letter by letter', (i) => i < 24],
  ['single words', (i) => i >= 24 && i < 34],
  ['two words', (i) => i >= 34 && i < 41],
  ['typos', (i) => i >= 41],
];
const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((q / 100) * values.length))]!;
const f = (n: number) => n.toFixed(2);

for (const size of [real.ideas.length, 10_000]) {
  const ideas = size === real.ideas.length ? real.ideas : syntheticIndex(real, size).ideas;
  const engine = createSearchEngine({ ideas });
  const flex = new Document({ tokenize: 'forward', document: { id: 'id', index: [...FIELDS] } });
  for (const idea of ideas) flex.add(flatten(idea));
  const text: number[][] = BENCH_QUERIES.map(() => []);
  const page: number[][] = BENCH_QUERIES.map(() => []);
  const flexTimes: number[][] = BENCH_QUERIES.map(() => []);
  const hitsCount: number[] = [];
  // Untimed, so both are measured compiled (see WARMUP_QUERIES).
  warmUp((q) => {
    pageOf(engine, { ...DEFAULT_STATE, q }, textSearch(engine.text, q));
    flex.search(q);
  });
  for (let r = 0; r < ROUNDS; r++)
    BENCH_QUERIES.forEach((q, i) => {
      let t = performance.now();
      const hits = textSearch(engine.text, q);
      text[i]!.push(performance.now() - t);
      t = performance.now();
      pageOf(engine, { ...DEFAULT_STATE, q }, hits);
      page[i]!.push(performance.now() - t);
      hitsCount[i] = hits.positions.length;
      t = performance.now();
      flex.search(q);
      flexTimes[i]!.push(performance.now() - t);
    });
  console.log(`\n${ideas.length} ideas (p50 / p95 ms over ${ROUNDS} rounds)`);
  console.table(
    kinds.map(([kind, test]) => {
      const pick = (m: number[][]) => m.filter((_, i) => test(i)).flat();
      return {
        kind,
        'text match': `${f(p(pick(text), 50))} / ${f(p(pick(text), 95))}`,
        'facets+sort+group': `${f(p(pick(page), 50))} / ${f(p(pick(page), 95))}`,
        FlexSearch: `${f(p(pick(flexTimes), 50))} / ${f(p(pick(flexTimes), 95))}`,
        'hits avg': Math.round(hitsCount.filter((_, i) => test(i)).reduce((a, b) => a + b, 0) / hitsCount.filter((_, i) => test(i)).length),
      };
    }),
  );
  const slowest = BENCH_QUERIES.map((q, i) => ({ q, i, text: p(text[i]!, 50), page: p(page[i]!, 50), hits: hitsCount[i] }))
    .sort((a, b) => b.text + b.page - (a.text + a.page))
    .slice(0, 8);
  const flexMedian = p(flexTimes.flat(), 50);
  const flexP95 = p(flexTimes.flat(), 95);
  console.table(
    slowest.map((s) => {
      const counts = facetCountsMedian(s.i);
      return {
        query: s.q,
        'text ms': f(s.text),
        'facets+sort ms': f(s.page),
        'of which facet counts': f(counts),
        'order + first page': f(Math.max(0, s.page - counts)),
        'whole ÷ FlexSearch p95': `${(Math.round(((s.text + s.page) / flexP95) * 10) / 10).toFixed(1)}×`,
        // The first round: the query's prefix and typo expansions are worked out then, and kept.
        'first time ms': f(text[s.i]![0]! + page[s.i]![0]!),
        hits: s.hits,
      };
    }),
  );
  console.log(
    `Medians over the rounds, but "first time": the first round. FlexSearch over all 50 queries: p50 ${f(flexMedian)}, p95 ${f(flexP95)} ms. Facet counts are timed apart, after the query typed before it (as the benchmark types them: its counts are counted on from that one's).`,
  );

  /** filterAndCount alone for query i, after the benchmark's query before it: median of 25. */
  function facetCountsMedian(i: number): number {
    const hits = textSearch(engine.text, BENCH_QUERIES[i]!).positions;
    const before = textSearch(engine.text, BENCH_QUERIES[(i + BENCH_QUERIES.length - 1) % BENCH_QUERIES.length]!).positions;
    const times: number[] = [];
    for (let r = 0; r < 25; r++) {
      filterAndCount(before, DEFAULT_STATE, engine.facets);
      const t = performance.now();
      filterAndCount(hits, DEFAULT_STATE, engine.facets);
      times.push(performance.now() - t);
    }
    return p(times, 50);
  }
}
