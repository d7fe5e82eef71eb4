/**
 * 50 realistic keystroke states: single words, words typed letter by letter, two-word queries
 * and typos, as an applicant would type them.
 */
const typed = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));

export const BENCH_QUERIES: string[] = [
  ...typed('kubernetes'), // 10
  ...typed('prometheus'), // 10
  ...typed('ebpf'), // 4
  'rust',
  'golang',
  'webassembly',
  'security',
  'documentation',
  'scheduler',
  'operator',
  'grpc',
  'dashboard',
  'testing', // 10 single words
  'rust wasm',
  'go kubernetes',
  'chaos testing',
  'metrics dashboard',
  'service mesh',
  'edge computing',
  'policy engine', // 7 two-word
  'prometeus',
  'kuberntes',
  'obervability',
  'webasembly',
  'secrity',
  'dashbaord',
  'contianer',
  'schedular',
  'documentaion', // 9 typos
];

/**
 * Other queries of the same kinds, run through every library before timing starts, so that each is
 * measured with its code compiled by the JIT rather than interpreted: the state of a search box
 * after a few keystrokes. None of them is a benchmark query but the single letter `p`, so no cached
 * look-up of those is warm.
 */
export const WARMUP_QUERIES: string[] = [
  ...typed('observability'),
  ...typed('python'),
  // A prefix most ideas share ("con"), as "pro" and "kub" are among the benchmark's: its facets are
  // counted from the ideas left out, code the other warm-up queries never ran.
  ...typed('configuration'),
  'storage',
  'networking',
  'database',
  'frontend',
  'machine learning',
  'api gateway',
  'cloud native',
  'obsevability',
  'pyhton',
  'netwrking',
];

/** How many times the warm-up queries run before timing, at least (see WARMUP_QUERIES). */
export const WARMUP_ROUNDS = 3;

/**
 * How long the warm-up lasts, at least. V8 compiles hot functions on a background thread, which on
 * a 2-core machine shares the cores with the benchmark: some of the search's functions took
 * 10–60 ms each to compile (--trace-opt), so three rounds (about 25 ms of queries) ended with
 * many of them still queued, and the first timed rounds ran interpreted code, two to nine times
 * slower than the rounds after.
 */
export const WARMUP_MS = 1000;

/** Runs the warm-up queries through `run`, round after round, for WARMUP_ROUNDS and WARMUP_MS at least. */
export function warmUp(run: (query: string, round: number, index: number) => void): void {
  const start = performance.now();
  for (let round = 0; round < WARMUP_ROUNDS || performance.now() - start < WARMUP_MS; round++) WARMUP_QUERIES.forEach((q, i) => run(q, round, i));
}
