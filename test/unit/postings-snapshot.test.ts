import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { snapshotSearch } from '../../src/search/postings-snapshot.ts';
import { TermDictionary } from '../../src/search/term-dictionary.ts';
import { MAX_QUERY_TERMS } from '../../src/search/scored-query.ts';
import SYNONYMS_DATA from '../../src/search/synonyms.json';
import { createTextIndex, miniSearchTextSearch, planQuery, postingsSnapshot, textSearch } from '../../src/search/text-index.ts';
import { BENCH_QUERIES } from '../../bench/queries.ts';

/*
 * Once full-text search is ready the worker sends the page its postings, and the page answers
 * keystrokes itself. The page's answers must be the worker's, to the last score and highlighted term.
 */
const { index } = buildIndex(readSources([path.resolve(import.meta.dirname, '../../data/cncf-mentoring/programs')]), { generatedAt: 'test' });
const text = createTextIndex(index.ideas);
// As postMessage delivers it: a structured clone.
const made = postingsSnapshot(text, 2_000_000);
if (!made) throw new Error('the default dataset fits the snapshot limit');
const snapshot = structuredClone(made);
const searchNow = snapshotSearch(snapshot);

const QUERIES = [
  ...BENCH_QUERIES,
  // Synonyms (one-word, multi-word, "go" that only matches names), partial matches, no match, punctuation.
  'ml',
  'machine learning',
  'go',
  'golang operator',
  'beginner go',
  'xyzzy kubernetes',
  'xyzzy',
  'node.js',
  'c++',
  'jurgen',
  'ku',
];

describe('the page’s copy of the postings', () => {
  it('answers every query exactly as the worker’s index does: same ideas, scores, highlighted terms and partial matches', () => {
    for (const q of QUERIES) expect(searchNow(q), q).toEqual(textSearch(text, q));
  });

  it('leaves to the worker a query with more terms than the typed-array path counts', () => {
    // Words with synonyms: each brings its group's other terms.
    const long = SYNONYMS_DATA.groups
      .filter((group) => group.length >= 3 && !group[0]!.includes(' '))
      .map((group) => group[0])
      .join(' ')
      .slice(0, 200);
    expect(planQuery(long).plans.length).toBeLessThan(MAX_QUERY_TERMS);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      expect(searchNow(long)).toBeUndefined();
    } finally {
      console.error = original;
    }
    // Left to the worker by design, not because something failed.
    expect(errors).toEqual([]);
    // What the worker answers it with (MiniSearch): the page could not have.
    expect(textSearch(text, long)).toEqual(miniSearchTextSearch(text, long));
  });

  it('rebuilds the term dictionary from its data: the same prefix ranges and typo matches', () => {
    const dictionary = text.postings.dictionary;
    const copy = TermDictionary.fromData(structuredClone(dictionary.toData()));
    for (const word of ['kub', 'prom', 'webasembly', 'obervability', 'schedular', 'zz']) {
      expect(copy.withPrefix(word), word).toEqual(dictionary.withPrefix(word));
      expect(copy.near(word, 2), word).toEqual(dictionary.near(word, 2));
    }
  });

  it('holds names-only postings just for the words looked up there (synonyms that are also ordinary words)', () => {
    const names = snapshot.fieldSets.names!;
    expect(names.terms!.length).toBeGreaterThan(0);
    expect(names.terms!.length).toBeLessThan(50);
    expect(names.offsets).toHaveLength(names.terms!.length + 1);
    // Every term, over all fields.
    expect(snapshot.fieldSets.all!.offsets).toHaveLength(snapshot.dictionary.terms.length + 1);
  });

  it('falls back to the worker (and says why in the console) when a query needs postings the snapshot lacks', () => {
    const withoutNames = snapshotSearch({ ...snapshot, fieldSets: { all: snapshot.fieldSets.all! } });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      // "go" is also an ordinary word: reached as a synonym of "golang" it matches names only.
      expect(withoutNames('golang')).toBeUndefined();
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(withoutNames('kubernetes')).toEqual(textSearch(text, 'kubernetes'));
  });

  it('is not made for an index with more postings than the limit (the worker goes on answering)', () => {
    const all = snapshot.fieldSets.all!.docs.length + snapshot.fieldSets.names!.docs.length;
    expect(postingsSnapshot(text, all - 1)).toBeNull();
    expect(postingsSnapshot(text, all)).not.toBeNull();
  });
});
