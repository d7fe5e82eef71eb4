import MiniSearch, { type SearchOptions } from 'minisearch';
import { type DictionaryData, TermDictionary } from './term-dictionary.ts';

/**
 * MiniSearch with read access to what its scoring reads (protected there): the per-field term
 * frequencies and field lengths. Building, tokenizing and storing stay MiniSearch's; keystrokes
 * are scored from these by TermPostings, the same way MiniSearch scores them.
 */
export class ScoringMiniSearch<T> extends MiniSearch<T> {
  /** Field number → idea short id → how often the term occurs in that field. */
  termFrequencies(term: string): ReadonlyMap<number, ReadonlyMap<number, number>> | undefined {
    return this._index.get(term);
  }

  terms(): Iterable<string> {
    return this._index.keys();
  }

  fieldNumber(field: string): number {
    return this._fieldIds[field]!;
  }

  /** Short id → length of each field (by field number). */
  fieldLengths(): ReadonlyMap<number, readonly number[]> {
    return this._fieldLength;
  }

  averageFieldLength(fieldNumber: number): number {
    return this._avgFieldLength[fieldNumber]!;
  }

  /** MiniSearch's own typo look-up (term → distance): what TermDictionary.near is tested against. */
  fuzzyTermsForTest(word: string, maxDistance: number): Map<string, number> {
    return new Map([...this._index.fuzzyGet(word, maxDistance)].map(([term, [, distance]]) => [term, distance]));
  }

  /** Short id → the id the document was added with. */
  documentIds(): ReadonlyMap<number, unknown> {
    return this._documentIds;
  }
}

/** Ideas having a term, by position (ascending), with what the term adds to each one's score. */
export interface Postings {
  docs: Uint32Array;
  scores: Float64Array;
}

const EMPTY: Postings = { docs: new Uint32Array(0), scores: new Float64Array(0) };

/** Fields a term is looked up in, each with its boost. */
export type FieldBoosts = ReadonlyMap<string, number>;

/** What a query is scored from (scored-query.ts): each term's postings, and the terms to expand prefixes and typos in. */
export interface PostingsSource {
  /** The term's postings over these fields; `fieldsKey` names the field set. */
  postings(term: string, fields: FieldBoosts, fieldsKey: string): Postings;
  /**
   * The same for dictionary term number `t`: what a prefix or typo expands to comes as numbers,
   * and looking up hundreds of terms by name (a key built and hashed, or a binary search, each)
   * was most of a new prefix's first keystroke.
   */
  postingsOf(t: number, fields: FieldBoosts, fieldsKey: string): Postings;
  readonly dictionary: TermDictionary;
  readonly ideaCount: number;
}

/**
 * Terms' postings over each field set, as flat typed arrays: what the worker sends the page so
 * that the page can answer a keystroke itself (postings-snapshot.ts). In a field set, the i-th
 * term held is dictionary term `terms[i]` (every term, in order, without `terms`), and its postings
 * are `docs` and `scores` from `offsets[i]` to `offsets[i + 1]`.
 */
export interface PostingsSnapshot {
  dictionary: DictionaryData;
  ideaCount: number;
  fieldSets: Record<string, SnapshotFieldSet>;
}

export interface SnapshotFieldSet {
  /** Dictionary numbers of the terms held, ascending; absent when every term is. */
  terms?: Uint32Array;
  offsets: Uint32Array;
  docs: Uint32Array;
  scores: Float64Array;
}

/** A field set to put in a snapshot: all terms, or only these (a field set used for a few terms only). */
export interface SnapshotRequest {
  key: string;
  fields: FieldBoosts;
  only?: Iterable<string>;
}

/** Stops the postings cache from growing past about this many entries (≈ 12 bytes each). */
const CACHE_LIMIT = 4_000_000;

/**
 * Each term's BM25+ score in every idea that has it, summed over the fields searched (times their
 * boosts): exactly what MiniSearch adds for an exact match of the term, computed once per term and
 * kept, as typed arrays sorted by idea position. A prefix or typo match is the same times a weight.
 */
export class TermPostings implements PostingsSource {
  private readonly cache = new Map<string, Postings>();
  /** The cache's postings by field set, then by dictionary term number (see postingsOf). */
  private readonly numbered = new Map<string, (Postings | undefined)[]>();
  private cached = 0;
  private dictionaryOf?: TermDictionary;
  /** Idea position of each short id. */
  private readonly positionOfShortId: Uint32Array;
  /** Length of each field, by field number then idea position. */
  private readonly lengths: Float64Array[] = [];
  private readonly scratch: Float64Array;
  private readonly seen: Uint8Array;

  constructor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document type: only the term data is read
    readonly index: ScoringMiniSearch<any>,
    positionOf: ReadonlyMap<string, number>,
    private readonly bm25: NonNullable<SearchOptions['bm25']>,
  ) {
    const ids = index.documentIds();
    let maxShortId = 0;
    for (const shortId of ids.keys()) maxShortId = Math.max(maxShortId, shortId);
    this.positionOfShortId = new Uint32Array(maxShortId + 1);
    for (const [shortId, id] of ids) this.positionOfShortId[shortId] = positionOf.get(id as string) ?? 0;
    for (const [shortId, fieldLengths] of index.fieldLengths()) {
      fieldLengths.forEach((length, field) => {
        this.lengths[field] ??= new Float64Array(positionOf.size);
        this.lengths[field][this.positionOfShortId[shortId]!] = length;
      });
    }
    this.scratch = new Float64Array(positionOf.size);
    this.seen = new Uint8Array(positionOf.size);
  }

  /** The index's terms, sorted, for prefix and typo look-ups (built on first use). */
  get dictionary(): TermDictionary {
    return (this.dictionaryOf ??= new TermDictionary(this.index.terms()));
  }

  get ideaCount(): number {
    return this.scratch.length;
  }

  /**
   * Works out every term's postings over these fields (as far as the cache holds) and the term
   * dictionary now, while the index is being built (in the worker), so that no keystroke pays
   * for the first use of a term.
   */
  prepare(fields: FieldBoosts, fieldsKey: string): void {
    // By number, so that a prefix's or typo's terms are found by number too (postingsOf).
    const { terms } = this.dictionary;
    for (let t = 0; t < terms.length && this.cached < CACHE_LIMIT; t++) this.postingsOf(t, fields, fieldsKey);
  }

  /**
   * The postings of these field sets as flat arrays (see PostingsSnapshot), or null when they hold
   * more than `limit` postings in all: found out before the flat arrays are made.
   */
  snapshot(requests: SnapshotRequest[], limit: number): PostingsSnapshot | null {
    const { dictionary } = this;
    let total = 0;
    const gathered: { key: string; numbers: number[] | null; postings: Postings[] }[] = [];
    for (const { key, fields, only } of requests) {
      const numbers = only ? [...new Set([...only].map((term) => dictionary.numberOf(term)).filter((t) => t !== undefined))].sort((x, y) => x - y) : null;
      const postings: Postings[] = [];
      // Not added to the cache: a field set keystrokes rarely use would fill it for nothing.
      for (const t of numbers ?? dictionary.terms.keys()) {
        const term = dictionary.terms[t]!;
        const found = this.cache.get(`${key}:${term}`) ?? this.compute(term, fields);
        total += found.docs.length;
        if (total > limit) return null;
        postings.push(found);
      }
      gathered.push({ key, numbers, postings });
    }
    const fieldSets: PostingsSnapshot['fieldSets'] = {};
    for (const { key, numbers, postings } of gathered) {
      const offsets = new Uint32Array(postings.length + 1);
      postings.forEach((found, i) => (offsets[i + 1] = offsets[i]! + found.docs.length));
      const docs = new Uint32Array(offsets[postings.length]!);
      const scores = new Float64Array(docs.length);
      postings.forEach((found, i) => {
        docs.set(found.docs, offsets[i]);
        scores.set(found.scores, offsets[i]);
      });
      fieldSets[key] = { ...(numbers ? { terms: Uint32Array.from(numbers) } : {}), offsets, docs, scores };
    }
    return { dictionary: dictionary.toData(), ideaCount: this.ideaCount, fieldSets };
  }

  /** The term's postings over these fields; `fieldsKey` names the field set in the cache. */
  postings(term: string, fields: FieldBoosts, fieldsKey: string): Postings {
    const key = `${fieldsKey}:${term}`;
    let postings = this.cache.get(key);
    if (postings) return postings;
    postings = this.compute(term, fields);
    if (this.cached + postings.docs.length > CACHE_LIMIT) {
      this.cache.clear();
      this.numbered.clear();
      this.cached = 0;
    }
    this.cache.set(key, postings);
    this.cached += postings.docs.length + 1;
    return postings;
  }

  postingsOf(t: number, fields: FieldBoosts, fieldsKey: string): Postings {
    let byNumber = this.numbered.get(fieldsKey);
    if (!byNumber) this.numbered.set(fieldsKey, (byNumber = []));
    return (byNumber[t] ??= this.postings(this.dictionary.terms[t]!, fields, fieldsKey));
  }

  private compute(term: string, fields: FieldBoosts): Postings {
    const data = this.index.termFrequencies(term);
    if (!data) return EMPTY;
    const { k, b, d } = this.bm25 as { k: number; b: number; d: number };
    const total = this.index.documentCount;
    const { scratch, seen, positionOfShortId } = this;
    const touched: number[] = [];
    for (const [field, boost] of fields) {
      const fieldNumber = this.index.fieldNumber(field);
      const frequencies = data.get(fieldNumber);
      if (!frequencies) continue;
      const lengths = this.lengths[fieldNumber]!;
      const average = this.index.averageFieldLength(fieldNumber);
      const matching = frequencies.size;
      // MiniSearch's calcBM25Score (BM25+), term by term.
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      for (const [shortId, frequency] of frequencies) {
        const position = positionOfShortId[shortId]!;
        const score = idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * lengths[position]!) / average)));
        if (!seen[position]) {
          seen[position] = 1;
          touched.push(position);
          scratch[position] = 0;
        }
        scratch[position]! += boost * score;
      }
    }
    const docs = Uint32Array.from(touched).sort();
    const scores = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const position = docs[i]!;
      scores[i] = scratch[position]!;
      seen[position] = 0;
    }
    return { docs, scores };
  }
}
