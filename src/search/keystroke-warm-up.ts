import { highlight, snippet } from './highlight.ts';
import { PAGE_SIZE } from './ranked-list.ts';
import { rankAndCount, type SearchEngine } from './search-engine.ts';
import type { TextHits } from './text-index.ts';
import { DEFAULT_STATE } from './url-state.ts';

/**
 * Queries run where keystrokes are answered (the worker, and the page once it answers them
 * itself), their answers dropped, so that the first keystrokes run search code the JIT has already
 * optimized (prefixes, a typo, two words). Run once, the code is still interpreted: at 10,000 ideas
 * a three-letter prefix took 20-25 ms in the browser instead of about 1 ms.
 */
export const SEARCH_WARM_UP_QUERIES = ['a', 'da', 'dat', 'data', 'netwrking', 'web ui'];

/**
 * Made-up answers, from broad to narrow: three ideas in four (a prefix most ideas share, "pro",
 * whose facets are counted from the ideas left out: without it the first such keystroke ran that
 * code uncompiled, and its first answers took twice as long), every other idea, down to a handful
 * (as a first letter gives).
 */
const SHARES: ((i: number) => boolean)[] = [(i) => i % 4 !== 0, (i) => i % 2 === 0, (i) => i % 3 === 0, (i) => i % 40 === 0, (i) => i % 160 === 0];
const ROUNDS = 3;

function madeUpHits(engine: SearchEngine, share: (i: number) => boolean): TextHits {
  const positions = engine.allPositions.filter((_, i) => share(i));
  const scores = Float64Array.from(positions, (p) => 1 + (p % 17) / 4);
  return { positions, scores, terms: ['warm'] };
}

/**
 * A keystroke's work on the page, done ahead on made-up answers, one step per call: highlighting,
 * then ranking and counting (and the first page). Until the JIT has optimized the ranking, the
 * first broad query at 10,000 ideas took about 30 ms on the page instead of 2; the first
 * highlighted card compiled the pattern telling letters from other characters (about 1.5 ms).
 * The caller runs each step in a task of its own.
 */
export function keystrokeWarmUp(engine: SearchEngine): (() => void)[] {
  // Each answer is made by the first step that needs it: made all at once (arrays of thousands
  // of positions), they were one long task at a phone's speed, with its garbage collection.
  const answers: (TextHits | undefined)[] = [];
  const answer = (k: number) => (answers[k] ??= madeUpHits(engine, SHARES[k]!));
  const state = { ...DEFAULT_STATE, q: 'warm' };
  const ranking = Array.from({ length: ROUNDS }, () =>
    SHARES.map((_, k) => () => void rankAndCount(engine, state, answer(k)).results.slice(0, PAGE_SIZE)),
  ).flat();
  // A title with letters beyond ASCII, as some mentors' names have. Three steps: compiling the
  // patterns (the one for letters beyond ASCII above all) was, in one, a long task on a phone.
  const text = `Warm-up: ${engine.ideas[0]?.title ?? ''}, go`;
  const highlighting = [
    () => void highlight(text, ['warm', 'go']),
    () => void highlight(`${text} — Zoë`, ['zoë']),
    () => void snippet(`${text} 中文 `.repeat(8), ['中文']),
  ];
  // Highlighting first: its steps are short, and a key pressed early drops the steps left.
  return [...highlighting, ...ranking];
}
