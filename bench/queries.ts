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
 * after a few keystrokes. None of them is a benchmark query, so no cached look-up of those is warm.
 */
export const WARMUP_QUERIES: string[] = [
  ...typed('observability'),
  ...typed('python'),
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

/** How many times the warm-up queries run before timing (see WARMUP_QUERIES). */
export const WARMUP_ROUNDS = 3;
