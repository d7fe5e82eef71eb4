/**
 * `npm run bench`: ingest throughput, index-ready time and main-thread blocking for each way of
 * getting the search index ready, per-keystroke latency (search + facets + sort), heap, and index
 * sizes, on synthetic indexes of 1,000 to 50,000 ideas made from the real ones.
 * Prints one table and writes bench/results.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { buildIndex } from '../src/ingest/build-index.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import type { Idea, IdeaIndex } from '../src/model/idea-index.ts';
import { checkIndex } from '../src/model/validate-index.ts';
import { createSearchEngine, createSearchEngineAsync, MINISEARCH_OPTIONS, runSearch, type SearchEngine } from '../src/search/search-engine.ts';
import { DEFAULT_STATE, type SearchState } from '../src/search/url-state.ts';
import { BENCH_QUERIES } from './queries.ts';
import { syntheticIndex } from './synthetic-ideas.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/cncf-mentoring/programs');
const SIZES = (process.env.BENCH_SIZES ?? '1000,1500,10000,50000').split(',').map(Number);
const ROUNDS = 5;
const gc = (globalThis as { gc?: () => void }).gc;

const ms = (n: number) => Math.round(n * 100) / 100;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};
async function longestBlock<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const start = performance.now();
  const value = await fn();
  const total = performance.now() - start;
  histogram.disable();
  return [value, total, histogram.max / 1e6];
}

function ingestBenchmark() {
  const source = existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'data');
  const files = readSources([source]);
  const [{ index }, seconds] = time(() => buildIndex(files));
  return { source: existsSync(CORPUS) ? '../shared/corpus (cncf/mentoring)' : 'data/ (seed)', files: files.length, ideas: index.ideas.length, ms: ms(seconds), ideasPerSecond: Math.round(index.ideas.length / (seconds / 1000)), index };
}

function keystrokes(engine: SearchEngine, extra: Partial<SearchState>) {
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of BENCH_QUERIES) latencies.push(time(() => runSearch(engine, { ...DEFAULT_STATE, ...extra, q }))[1]);
  }
  return { p50: ms(percentile(latencies, 50)), p95: ms(percentile(latencies, 95)), max: ms(Math.max(...latencies)) };
}

async function viaWorker(json: string): Promise<IdeaIndex> {
  return new Promise((resolve, reject) => {
    const ideas: Idea[] = [];
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { json, chunk: 250 } });
    worker.on('message', (message: { type: 'ideas'; ideas: Idea[] } | { type: 'done'; meta: Omit<IdeaIndex, 'ideas'> }) => {
      if (message.type === 'ideas') ideas.push(...message.ideas);
      else resolve({ ...message.meta, ideas });
    });
    worker.on('error', reject);
  });
}

async function sizeBenchmark(real: IdeaIndex, count: number) {
  const index = syntheticIndex(real, count);
  const json = JSON.stringify(index);
  const sizes = {
    rawKb: kb(json.length),
    gzipKb: kb(gzipSync(json, { level: 9 }).length),
    brotliKb: kb(brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };

  // 1. Main thread: parse + check + build everything in one go.
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const [parsed, parseMs] = time(() => JSON.parse(json) as unknown);
  const [checked, checkMs] = time(() => checkIndex(parsed));
  if (!checked.ok) throw new Error(checked.message);
  const [syncEngine, buildMs] = time(() => createSearchEngine(checked.index));
  gc?.();
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e5) / 10;

  // 2. Prebuilt MiniSearch index shipped as JSON and loaded with MiniSearch.loadJSON.
  const serialized = JSON.stringify(syncEngine.miniSearch);
  const [, loadJsonMs] = time(() => createSearchEngine(checked.index, MiniSearch.loadJSON(serialized, MINISEARCH_OPTIONS)));

  // 3. Main thread parse, then time-sliced build (what a simple app would do).
  const slices: number[] = [];
  const [, slicedTotal, slicedBlock] = await longestBlock(() => createSearchEngineAsync(checked.index, { onSlice: (d) => slices.push(d) }));

  // 4. Worker parses and checks, ideas arrive in chunks, main thread builds in time slices (shipped).
  const [, workerTotal, workerBlock] = await longestBlock(async () => createSearchEngineAsync(await viaWorker(json)));

  const query = keystrokes(syncEngine, {});
  const withFacet = keystrokes(syncEngine, { skills: ['Go'], sort: 'newest' });
  return {
    ideas: count,
    sizes,
    prebuiltMiniSearchKb: { raw: kb(serialized.length), gzip: kb(gzipSync(serialized).length) },
    heapMb,
    ready: {
      mainThreadSync: { totalMs: ms(parseMs + checkMs + buildMs), longestBlockMs: ms(parseMs + checkMs + buildMs), parseMs: ms(parseMs), checkMs: ms(checkMs), buildMs: ms(buildMs) },
      prebuiltLoadJson: { totalMs: ms(parseMs + checkMs + loadJsonMs), longestBlockMs: ms(Math.max(parseMs + checkMs, loadJsonMs)), loadJsonMs: ms(loadJsonMs) },
      mainParseThenSlicedBuild: { totalMs: ms(parseMs + checkMs + slicedTotal), longestBlockMs: ms(Math.max(parseMs + checkMs, slicedBlock)), longestSliceMs: ms(Math.max(...slices)) },
      workerParseThenSlicedBuild: { totalMs: ms(workerTotal), longestBlockMs: ms(workerBlock) },
    },
    keystroke: { searchFacetsSort: query, withFacetAndSort: withFacet },
  };
}

const ingest = ingestBenchmark();
console.log(`Ingest: ${ingest.files} files, ${ingest.ideas} ideas in ${ingest.ms} ms (${ingest.ideasPerSecond} ideas/s) from ${ingest.source}`);
const results = [];
for (const size of SIZES) {
  process.stdout.write(`Measuring ${size} ideas…\n`);
  results.push(await sizeBenchmark(ingest.index, size));
}

const rows = results.map((r) => ({
  ideas: r.ideas,
  'index raw/gz/br KB': `${r.sizes.rawKb}/${r.sizes.gzipKb}/${r.sizes.brotliKb}`,
  'sync ready (block) ms': r.ready.mainThreadSync.totalMs,
  'loadJSON ready / block ms': `${r.ready.prebuiltLoadJson.totalMs} / ${r.ready.prebuiltLoadJson.longestBlockMs}`,
  'main parse+sliced ready / block ms': `${r.ready.mainParseThenSlicedBuild.totalMs} / ${r.ready.mainParseThenSlicedBuild.longestBlockMs}`,
  'worker+sliced ready / block ms': `${r.ready.workerParseThenSlicedBuild.totalMs} / ${r.ready.workerParseThenSlicedBuild.longestBlockMs}`,
  'keystroke p50/p95 ms': `${r.keystroke.searchFacetsSort.p50}/${r.keystroke.searchFacetsSort.p95}`,
  'facet+sort p50/p95 ms': `${r.keystroke.withFacetAndSort.p50}/${r.keystroke.withFacetAndSort.p95}`,
  'heap MB': r.heapMb,
}));
console.table(rows);
const out = path.join(ROOT, 'bench/results.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, gcExposed: !!gc, ingest: { ...ingest, index: undefined }, sizes: results }, null, 2));
console.log(`Wrote ${path.relative(ROOT, out)}${gc ? '' : ' (heap figures are rough: run with --expose-gc, as npm run bench does)'}`);
