import { highlight, snippet } from './highlight.ts';
import { PAGE_SIZE } from './ranked-list.ts';
import { rankAndCount, type SearchEngine } from './search-engine.ts';
import type { TextHits } from './text-index.ts';
import { DEFAULT_STATE } from './url-state.ts';

/** Made-up answers, from broad (every other idea) to narrow (a handful, as a first letter gives). */
const SHARES = [2, 3, 40, 160];
const ROUNDS = 3;

function madeUpHits(engine: SearchEngine, every: number): TextHits {
  const positions = engine.allPositions.filter((_, i) => i % every === 0);
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
  const answers = SHARES.map((every) => madeUpHits(engine, every));
  const state = { ...DEFAULT_STATE, q: 'warm' };
  const ranking = Array.from({ length: ROUNDS }, () => answers.map((hits) => () => void rankAndCount(engine, state, hits).results.slice(0, PAGE_SIZE))).flat();
  // A title with letters beyond ASCII, as some mentors' names have.
  const highlighting = () => {
    const text = `Warm-up: ${engine.ideas[0]?.title ?? ''} — Zoë, 中文, go`;
    highlight(text, ['warm', 'go', 'zoë']);
    snippet(text.repeat(8), ['中文']);
  };
  // Highlighting first: it is one short step, and a key pressed early drops the steps left.
  return [highlighting, ...ranking];
}
