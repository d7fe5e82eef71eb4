import type { TextHits } from '../search/text-index.ts';

/**
 * Remembers the results view an idea was opened from, so "Back to results" can step back in
 * history (restoring the scroll position) or, on a fresh tab, link to the same filtered list; and
 * so that coming back puts focus on the result that was opened.
 */
let lastResultsSearch = '';
/** The idea last opened from a result link, and the address of the list it was opened from. */
let opened: { id: string; from: string } | null = null;
/** The result link to focus when the list it was opened from is shown again. */
let returnFocus: { id: string; from: string } | null = null;
/** The last full-text answer, so a list shown again (Back) paints its own results at once. */
export interface TextAnswer {
  query: string;
  hits: TextHits;
}
let lastAnswer: { owner: unknown; answer: TextAnswer } | null = null;

export function rememberResults(search: string) {
  lastResultsSearch = search;
}

/** A result link was followed (a click or Enter; a new-tab click only leaves a stale mark). */
export function markOpenedFromResults(id: string) {
  opened = { id, from: window.location.href };
}

/**
 * Whether the idea page for `id` was opened from the results. Pure, so a render may call it;
 * `consumeOpenedFromResults` then clears the mark and arms focus for the way back.
 */
export function wasOpenedFromResults(id: string): boolean {
  return opened?.id === id;
}

export function consumeOpenedFromResults(id: string) {
  if (opened?.id !== id) return;
  returnFocus = opened;
  opened = null;
}

/**
 * The idea whose result link should take focus now that the list it was opened from is shown
 * again (Back), or null. Asked once per shown list: any answer disarms it.
 */
export function takeReturnFocus(): string | null {
  const target = returnFocus;
  returnFocus = null;
  return target && target.from === window.location.href ? target.id : null;
}

export function lastResults(): string {
  return lastResultsSearch;
}

/** Keeps the latest full-text answer of `owner` (the search engine whose positions it holds). */
export function rememberAnswer(owner: unknown, answer: TextAnswer) {
  lastAnswer = { owner, answer };
}

/** The remembered answer for `query` from the same `owner`, if it was the last one given. */
export function rememberedAnswer(owner: unknown, query: string): TextAnswer | null {
  if (!lastAnswer || lastAnswer.owner !== owner) return null;
  return lastAnswer.answer.query === query ? lastAnswer.answer : null;
}
