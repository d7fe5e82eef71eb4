/**
 * Small query helpers the page needs on every keystroke. Kept apart from text-index.ts, which
 * brings MiniSearch: the page itself never builds or searches the text index (the worker does), so
 * MiniSearch stays out of the first download.
 */
import { LIMITS } from './url-state.ts';

/** Ideas offered under "More like this" unless the page asks for another number. */
export const SIMILAR_LIMIT = 6;

/** Words match as prefixes from this many letters (see QUERY_OPTIONS in text-index.ts). */
export const MIN_PREFIX = 3;
/** Whether the word being typed (the last) is still too short to match as a prefix: `ku`, not `kub`. */
export const lastWordBelowPrefix = (query: string): boolean => (query.split(/\s+/).at(-1) ?? '').length < MIN_PREFIX;

/**
 * Marks a term to highlight as a prefix ("prome*": the word being typed, which search matches as a
 * prefix); a term without it is highlighted as a whole word, as search matched it (a term of the
 * index, a word typed before the last, a word of one or two letters). Search splits words at
 * punctuation, so no word ends with the mark itself.
 */
export const PREFIX_MARK = '*';

/** Query text as MiniSearch should see it: bounded length, no control characters. */
export function cleanQuery(q: string): string {
  return q
    .slice(0, LIMITS.query)
    .replace(/\p{Cc}/gu, ' ')
    .trim();
}

/** How many words a partial hit has, from its TextHits.matchedWords entry. */
export const matchedWordCount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};
