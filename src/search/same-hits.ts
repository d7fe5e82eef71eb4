import type { PartialMatch, TextHits } from './text-index.ts';

type Sequence = ArrayLike<number | string>;

const sameSequence = (a: Sequence | undefined, b: Sequence | undefined) => {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

const samePartial = (a: PartialMatch | undefined, b: PartialMatch | undefined) =>
  a === b || (!!a && !!b && a.best === b.best && sameSequence(a.words, b.words) && sameSequence(a.unmatched, b.unmatched));

/**
 * The same answer to a query: the same ideas with the same scores, highlighted terms and partial
 * match. A page asked again for what it shows (returning to a list, the address catching up)
 * keeps what it has instead of rendering an equal copy.
 */
export function sameTextHits(a: TextHits, b: TextHits): boolean {
  return (
    a === b ||
    (a.namesOnly === b.namesOnly &&
      sameSequence(a.positions, b.positions) &&
      sameSequence(a.scores, b.scores) &&
      sameSequence(a.terms, b.terms) &&
      sameSequence(a.matchedWords, b.matchedWords) &&
      samePartial(a.partial, b.partial))
  );
}
