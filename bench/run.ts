/**
 * `npm run bench`: ingest throughput, index-ready time and main-thread blocking for each way of
 * getting the search index ready, per-keystroke latency (search + facets + sort), heap, and index
 * sizes, on synthetic indexes of 1,000 to 50,000 ideas made from the real ones.
 * Prints one table and writes bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { buildIndex } from '../src/ingest/build-index.ts';
import { readSources } from '../src/ingest/sources/read-sources.ts';
import type { IdeaIndex } from '../src/model/idea-index.ts';
import { appDataFiles } from '../src/ingest/emit/app-data-files.ts';
import { appIndexFrom, CARDS_PATH, type IdeaCard, type TextPayload } from '../src/model/app-data.ts';
import { checkCards, checkText } from '../src/model/validate-app-data.ts';
import { searchDocs } from '../src/data/load-app-data.ts';
import { IDEAS_PER_MESSAGE, type WorkerMessage, type WorkerRequest } from '../src/data/index-worker-protocol.ts';
import { assembleEngine, engineTables } from '../src/search/search-engine.ts';
import type { LocalSearchEngine } from '../src/search/local-search.ts';
import { createTextIndex, createTextIndexSliced, MINISEARCH_OPTIONS, textSearch } from '../src/search/text-index.ts';
import { DEFAULT_STATE, type SearchState } from '../src/search/url-state.ts';
import { type BaselineRow, measureBaselines, pageOf } from './baselines.ts';
import { BENCH_QUERIES, warmUp } from './queries.ts';
import { syntheticIndex } from './synthetic-ideas.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The worker's data is served from memory (worker-bootstrap.mjs) under this made-up site. */
const BENCH_ORIGIN = 'http://bench.invalid/';
const CORPUS = path.resolve(ROOT, 'data/cncf-mentoring/programs');
const SIZES = (process.env.BENCH_SIZES ?? '1000,1500,10000,50000').split(',').map(Number);
if (SIZES.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(`BENCH_SIZES is a comma-separated list of synthetic idea counts (e.g. 1000,10000), not "${process.env.BENCH_SIZES}"; the default dataset and its baselines are always measured.`);
  process.exit(2);
}
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
  const source = CORPUS;
  const files = readSources([source]);
  const [{ index }, seconds] = time(() => buildIndex(files));
  return {
    source: 'data/cncf-mentoring (the default dataset)',
    files: files.length,
    ideas: index.ideas.length,
    ms: ms(seconds),
    ideasPerSecond: Math.round(index.ideas.length / (seconds / 1000)),
    index,
  };
}

/** Per keystroke: full-text matching (in the worker in the app) and facets + sort (main thread). */
function keystrokes(engine: LocalSearchEngine, extra: Partial<SearchState>) {
  const text: number[] = [];
  const page: number[] = [];
  const total: number[] = [];
  warmUp((q) => pageOf(engine, { ...DEFAULT_STATE, ...extra, q }, textSearch(engine.text, q)));
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of BENCH_QUERIES) {
      const [hits, t] = time(() => textSearch(engine.text, q));
      const [, p] = time(() => pageOf(engine, { ...DEFAULT_STATE, ...extra, q }, hits));
      text.push(t);
      page.push(p);
      total.push(t + p);
    }
  }
  const stats = (values: number[]) => ({ p50: ms(percentile(values, 50)), p95: ms(percentile(values, 95)), max: ms(Math.max(...values)) });
  return { textSearch: stats(text), facetsAndSort: stats(page), total: stats(total) };
}

/** The shipped path: the app's worker loads, checks, builds tables and MiniSearch; the main thread assembles. */
async function viaWorker(files: Record<string, string>): Promise<{ browseReadyMs: number; namesReadyMs: number; searchReadyMs: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const ideas: IdeaCard[] = [];
    let namesReadyMs = 0;
    let browseReadyMs = 0;
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { files } });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ideas') ideas.push(...message.ideas);
      else if (message.type === 'tables') {
        assembleEngine(ideas, message.tables);
        browseReadyMs = performance.now() - start;
        // As the page does once its first results are painted (IndexProvider): indexing may start.
        worker.postMessage({ type: 'painted' } satisfies WorkerRequest);
      } else if (message.type === 'search-ready' && message.scope === 'names') namesReadyMs = performance.now() - start;
      else if (message.type === 'search-ready') {
        resolve({ browseReadyMs, namesReadyMs, searchReadyMs: performance.now() - start });
        void worker.terminate();
      } else if (message.type === 'error' || message.type === 'text-error') reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.postMessage({ type: 'load', url: `${BENCH_ORIGIN}${CARDS_PATH}`, chunkSize: IDEAS_PER_MESSAGE });
  });
}

async function sizeBenchmark(real: IdeaIndex, count: number) {
  const index = syntheticIndex(real, count);
  const files = Object.fromEntries(appDataFiles(index).map((f) => [f.path, f.content]));
  const cardsJson = files[CARDS_PATH]!;
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  const sizes = {
    rawKb: kb(cardsJson.length),
    gzipKb: kb(gz(cardsJson)),
    brotliKb: kb(brotliCompressSync(cardsJson, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    cardsAndTextGzipKb: 0,
    detailsGzipKb: 0,
  };

  // 1. Main thread: parse + check cards and descriptions, tables, MiniSearch in one go.
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const [parsed, parseMs] = time(() => JSON.parse(cardsJson) as unknown);
  const [checked, checkMs] = time(() => {
    const cards = checkCards(parsed);
    if (!cards.ok) throw new Error(cards.message);
    const app = appIndexFrom(cards.value);
    const text = checkText(JSON.parse(files[`app-data/${app.text}`]!), app);
    if (!text.ok) throw new Error(text.message);
    return { ideas: app.ideas, text: text.value as TextPayload, textFile: app.text, details: Object.values(app.details) };
  });
  sizes.cardsAndTextGzipKb = kb(gz(cardsJson) + gz(files[`app-data/${checked.textFile}`]!));
  sizes.detailsGzipKb = kb(checked.details.reduce((sum, name) => sum + gz(files[`app-data/${name}`]!), 0));
  const [tables, tablesMs] = time(() => engineTables(checked.ideas));
  const docs = searchDocs(checked.ideas, checked.text);
  const [text, buildMs] = time(() => createTextIndex(docs));
  const syncEngine: LocalSearchEngine = { ...assembleEngine(checked.ideas, tables), text };
  gc?.();
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e5) / 10;
  const beforeSearch = parseMs + checkMs + tablesMs;

  // 2. A prebuilt MiniSearch index shipped as JSON and loaded with MiniSearch.loadJSON.
  const serialized = JSON.stringify(syncEngine.text.miniSearch);
  const [, loadJsonMs] = time(() => MiniSearch.loadJSON(serialized, MINISEARCH_OPTIONS));

  // 3. Main thread parse and tables, then MiniSearch built in 20 ms slices.
  const slices: number[] = [];
  const [, slicedTotal, slicedBlock] = await longestBlock(() => createTextIndexSliced(docs, { onSlice: (d: number) => slices.push(d) }));

  // 4. Shipped: everything heavy in the worker; the main thread receives chunks and assembles.
  const [worker, , workerBlock] = await longestBlock(() => viaWorker(files));

  const query = keystrokes(syncEngine, {});
  const withFacet = keystrokes(syncEngine, { skills: ['Go'], sort: 'newest' });
  return {
    ideas: count,
    sizes,
    prebuiltMiniSearchKb: { raw: kb(serialized.length), gzip: kb(gzipSync(serialized).length) },
    heapMb,
    ready: {
      mainThreadSync: {
        totalMs: ms(beforeSearch + buildMs),
        longestBlockMs: ms(beforeSearch + buildMs),
        parseMs: ms(parseMs),
        checkMs: ms(checkMs),
        tablesMs: ms(tablesMs),
        buildMs: ms(buildMs),
      },
      prebuiltLoadJson: { totalMs: ms(beforeSearch + loadJsonMs), longestBlockMs: ms(Math.max(beforeSearch, loadJsonMs)), loadJsonMs: ms(loadJsonMs) },
      mainThreadSlicedBuild: {
        totalMs: ms(beforeSearch + slicedTotal),
        longestBlockMs: ms(Math.max(beforeSearch, slicedBlock)),
        longestSliceMs: ms(Math.max(...slices)),
      },
      workerShipped: {
        browseReadyMs: ms(worker.browseReadyMs),
        namesReadyMs: ms(worker.namesReadyMs),
        searchReadyMs: ms(worker.searchReadyMs),
        longestBlockMs: ms(workerBlock),
      },
    },
    keystroke: { query, withFacetAndSort: withFacet },
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
  'cards KB raw/gz/br': `${r.sizes.rawKb}/${r.sizes.gzipKb}/${r.sizes.brotliKb}`,
  '+text gz / details gz': `${r.sizes.cardsAndTextGzipKb}/${r.sizes.detailsGzipKb}`,
  'sync: ready=block ms': r.ready.mainThreadSync.totalMs,
  'loadJSON: ready/block': `${r.ready.prebuiltLoadJson.totalMs}/${r.ready.prebuiltLoadJson.longestBlockMs}`,
  'sliced: ready/block': `${r.ready.mainThreadSlicedBuild.totalMs}/${r.ready.mainThreadSlicedBuild.longestBlockMs}`,
  'worker*: browse/names/full/block': `${r.ready.workerShipped.browseReadyMs}/${r.ready.workerShipped.namesReadyMs}/${r.ready.workerShipped.searchReadyMs}/${r.ready.workerShipped.longestBlockMs}`,
  'key p50/p95 ms': `${r.keystroke.query.total.p50}/${r.keystroke.query.total.p95}`,
  'main-thread part p95': r.keystroke.query.facetsAndSort.p95,
  'facet+sort key p95': r.keystroke.withFacetAndSort.total.p95,
  'heap MB': r.heapMb,
}));
console.table(rows);
console.log('* shipped. Times in ms; "block" is the longest main-thread task. Keystroke = full-text match (worker) + facets and sort (main thread).');
// Baselines: the real default dataset and synthetic 10,000 and 50,000, same queries, same process.
const baselines: BaselineRow[] = [];
if (process.env.BENCH_BASELINES !== '0') {
  const baselineSizes = [
    { label: 'default dataset', ideas: ingest.index.ideas, fuseQueries: BENCH_QUERIES.length },
    { label: 'synthetic', ideas: syntheticIndex(ingest.index, 10_000).ideas, fuseQueries: 25 },
    { label: 'synthetic', ideas: syntheticIndex(ingest.index, 50_000).ideas, fuseQueries: 5 },
  ];
  for (const { label, ideas, fuseQueries } of baselineSizes) {
    process.stdout.write(`Baselines at ${ideas.length} ideas…\n`);
    baselines.push(measureBaselines(ideas, BENCH_QUERIES, { label, rounds: ROUNDS, fuseQueries }));
    gc?.();
  }
  console.table(
    baselines.map((b) => ({
      ideas: `${b.ideas} (${b.label})`,
      'ours p50/p95': `${ms(b.ours.p50)}/${ms(b.ours.p95)}`,
      'FlexSearch p50/p95': `${ms(b.flexSearch.p50)}/${ms(b.flexSearch.p95)}`,
      'ours ÷ FlexSearch (p95)': `${Math.round((b.ours.p95 / b.flexSearch.p95) * 10) / 10}×`,
      'p95 of query medians: ours / FlexSearch': `${ms(b.ours.queryMedianP95)} / ${ms(b.flexSearch.queryMedianP95)} (${Math.round((b.ours.queryMedianP95 / b.flexSearch.queryMedianP95) * 10) / 10}×)`,
      'Fuse.js p50/p95': `${ms(b.fuse.p50)}/${ms(b.fuse.p95)} (${b.fuseQueries} queries)`,
      'Fuse ÷ ours (p95)': `${Math.round(b.fuse.p95 / b.ours.p95)}×`,
    })),
  );
  console.log(
    'Keystroke latency in ms over the same queries, interleaved in this process. Ours = full-text match with typo tolerance + facet counts + sort; FlexSearch = raw forward-tokenizer lookup (no typos, facets or sort); Fuse.js = fuzzy scan. "p95 of query medians": each query\'s median over the rounds, then the p95 over the queries (the machine\'s occasional pauses left out).',
  );
}

const out = path.join(ROOT, 'bench/results.json');
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, gcExposed: !!gc, ingest: { ...ingest, index: undefined }, sizes: results, baselines }, null, 2),
);
console.log(`Wrote ${path.relative(ROOT, out)}${gc ? '' : ' (heap figures are rough: run with --expose-gc, as npm run bench does)'}`);
