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
  private readonly termNumbers = new Map<string, number>();

  constructor(private readonly snapshot: PostingsSnapshot) {
    this.dictionary = TermDictionary.fromData(snapshot.dictionary);
    this.ideaCount = snapshot.ideaCount;
    this.dictionary.terms.forEach((term, t) => this.termNumbers.set(term, t));
  }

  postings(term: string, _fields: FieldBoosts, fieldsKey: string): Postings {
    const set = this.snapshot.fieldSets[fieldsKey];
    if (!set) throw new Error(`The postings snapshot has no field set "${fieldsKey}"`);
    const t = this.termNumbers.get(term);
    if (t === undefined) return NONE;
    const start = set.offsets[t]!;
    const end = set.offsets[t + 1]!;
    return { docs: set.docs.subarray(start, end), scores: set.scores.subarray(start, end) };
  }
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
