import { firstNotBefore } from './first-not-before.ts';
import { TermDictionary } from './term-dictionary.ts';
import type { FieldBoosts, Postings, PostingsSnapshot, PostingsSource } from './term-postings.ts';
import { postingsSearch, type TextHits } from './text-index.ts';

/**
 * The page's own copy of the worker's postings (see PostingsSnapshot): with it, a keystroke is
 * answered on the page, in the input event, and its results are painted in the frame that shows
 * the typed letter. Answered by the worker, they waited for that frame and came one frame later
 * at best (the worker's answer, however quick, is a task the browser runs after painting the input).
 */
export class SnapshotPostings implements PostingsSource {
  readonly dictionary: TermDictionary;
  readonly ideaCount: number;

  constructor(private readonly snapshot: PostingsSnapshot) {
    this.dictionary = TermDictionary.fromData(snapshot.dictionary);
    this.ideaCount = snapshot.ideaCount;
  }

  postings(term: string, fields: FieldBoosts, fieldsKey: string): Postings {
    const t = this.dictionary.numberOf(term);
    return t === undefined ? NONE : this.postingsOf(t, fields, fieldsKey);
  }

  postingsOf(t: number, _fields: FieldBoosts, fieldsKey: string): Postings {
    const set = this.snapshot.fieldSets[fieldsKey];
    const i = set && (set.terms ? numberIn(set.terms, t) : t);
    // A term the worker did not send for this field set: only the worker can score it.
    if (i === undefined) throw new Error(`The postings snapshot lacks "${this.dictionary.terms[t]}" in field set "${fieldsKey}"`);
    const start = set!.offsets[i]!;
    const end = set!.offsets[i + 1]!;
    return { docs: set!.docs.subarray(start, end), scores: set!.scores.subarray(start, end) };
  }
}

/** Where `value` is in the ascending `values`, or undefined. */
function numberIn(values: Uint32Array, value: number): number | undefined {
  const at = firstNotBefore(values, value);
  return values[at] === value ? at : undefined;
}

const NONE: Postings = { docs: new Uint32Array(0), scores: new Float64Array(0) };

/** Answers a query now, as the worker would: undefined when only the worker can (a query of very many words). */
export type SearchNow = (query: string) => TextHits | undefined;

export function snapshotSearch(snapshot: PostingsSnapshot): SearchNow {
  const postings = new SnapshotPostings(snapshot);
  return (query) => {
    try {
      return postingsSearch(postings, query);
    } catch (error) {
      // A snapshot that does not fit this build's queries: the worker answers instead.
      console.error(error);
      return undefined;
    }
  };
}
