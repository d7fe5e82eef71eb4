import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import type { IdeaCard } from '../model/idea-index.ts';
import { foldText } from './fold-text.ts';
import { kthLargest } from './kth-largest.ts';
import { Scratch } from './scratch.ts';
import synonymData from './synonyms.json';
import { cleanQuery, matchedWordCount, MIN_PREFIX, PREFIX_MARK } from './query-text.ts';
import { type Hits, type MatchWeights, type PreparedQuery, prepareQuery, type QueryPlan, runPlan, termsMatching } from './scored-query.ts';
import { levenshtein } from './term-dictionary.ts';
import { type PostingsSnapshot, type PostingsSource, ScoringMiniSearch, TermPostings } from './term-postings.ts';

export { cleanQuery, matchedWordCount, MIN_PREFIX };

/** What is indexed, and how strongly each field counts. */
export const SEARCH_FIELDS = ['title', 'project', 'group', 'skills', 'mentors', 'text'] as const;

/** Where a synonym that is also an ordinary word ("go") may match: not in the description. */
const NAME_FIELDS: string[] = SEARCH_FIELDS.filter((f) => f !== 'text' && f !== 'mentors');

const splitWords = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** A text's search terms, as MiniSearch indexes and queries them: split at spaces and punctuation, folded. */
export const searchWords = (text: string): string[] => splitWords(text).map(foldText).filter(Boolean);

/** The term a synonym (or a run of query words) is looked up as: its search words joined by one space. */
export const synonymKey = (text: string): string => searchWords(text).join(' ');

/*
 * Synonyms (src/search/synonyms.json). A query is split into words, and runs of words that form a
 * multi-word synonym term ("machine learning") are kept together (queryUnits). Each unit matches
 * its own words, with the usual rules (typo tolerance from 5 letters, prefix for the last word
 * from MIN_PREFIX letters, and all of the words for a run), OR any term of its synonym groups,
 * exactly; units are combined with AND. A multi-word synonym reached from another term is a
 * phrase: the index holds a phrase term wherever its words follow each other in a field
 * (tokenizeWithPhrases), so "ml" finds "machine learning" but not "machine … learning". MiniSearch's
 * own way, processTerm returning several terms, does not fit: at search time it makes each of
 * them a separate term of the query, combined with AND like the words, so "wasm" would require
 * both "wasm" and "webassembly".
 */

/** src/search/synonyms.json, ready for lookups. */
export interface SynonymTable {
  /** For each term (a key, see synonymKey), every other term of every group it is in. */
  equivalents: ReadonlyMap<string, readonly string[]>;
  /** Terms of several words, by first word, as word lists: the index tokenizer adds them as phrase terms. */
  phrasesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The most words in one term. */
  longestTerm: number;
  /** Terms that are also ordinary words: reached as a synonym, they only match names and skills. */
  ambiguous: ReadonlySet<string>;
}

export interface SynonymData {
  groups: string[][];
  ambiguous?: string[];
}

export function synonymTable(data: SynonymData): SynonymTable {
  const equivalents = new Map<string, Set<string>>();
  const phrasesByFirstWord = new Map<string, string[][]>();
  const seenPhrases = new Set<string>();
  let longestTerm = 1;
  for (const group of data.groups) {
    const keys = [...new Set(group.map(synonymKey).filter(Boolean))];
    for (const key of keys) {
      let others = equivalents.get(key);
      if (!others) equivalents.set(key, (others = new Set()));
      for (const other of keys) if (other !== key) others.add(other);
      const words = key.split(' ');
      longestTerm = Math.max(longestTerm, words.length);
      if (words.length > 1 && !seenPhrases.has(key)) {
        seenPhrases.add(key);
        const list = phrasesByFirstWord.get(words[0]!) ?? [];
        list.push(words);
        phrasesByFirstWord.set(words[0]!, list);
      }
    }
  }
  return {
    equivalents: new Map([...equivalents].map(([key, others]) => [key, [...others]])),
    phrasesByFirstWord,
    longestTerm,
    ambiguous: new Set((data.ambiguous ?? []).map(synonymKey)),
  };
}

export const SYNONYMS: SynonymTable = synonymTable(synonymData);

/**
 * Splits a field into words and adds a phrase term ("machine learning", words joined by a space)
 * wherever the words of a multi-word synonym follow each other, so that a synonym reached from
 * another term ("ml") matches the phrase, not the words scattered over the text. Only the first
 * word of each phrase is looked up per token, so indexing costs about the same.
 */
export function tokenizeWithPhrases(text: string, synonyms: SynonymTable = SYNONYMS): string[] {
  const tokens = splitWords(text);
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const candidates = synonyms.phrasesByFirstWord.get(tokens[i]!.toLowerCase());
    if (!candidates) continue;
    for (const words of candidates) {
      let j = 1;
      while (j < words.length && i + j < n && foldText(tokens[i + j]!) === words[j]) j++;
      if (j === words.length) tokens.push(words.join(' '));
    }
  }
  return tokens;
}

/**
 * What the text index is built from: a card, with its searchable text once that has arrived (see
 * app-data.ts). Built from cards alone, it finds titles, projects, groups, skills and mentors.
 */
export type SearchDoc = IdeaCard & { description?: { text: string }; skillsText?: string };

export const MINISEARCH_OPTIONS: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: (idea, field) => {
    switch (field) {
      case 'skills':
        return `${idea.skills.join(' ')} ${idea.skillsText ?? ''}`;
      case 'mentors':
        return idea.mentors.map((m) => `${m.name ?? ''} ${m.github ?? ''}`).join(' ');
      case 'text':
        return idea.description?.text ?? '';
      case 'id':
        return idea.id;
      default:
        return (idea as unknown as Record<string, string | undefined>)[field] ?? '';
    }
  },
  tokenize: (text) => tokenizeWithPhrases(text),
  // Accents fold so `jurgen` finds Jürgen.
  processTerm: foldText,
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 3, project: 2.5, skills: 2, group: 1.5, mentors: 1.5 },
  // Only the word being typed (the last) is a prefix, and only from 3 letters: a 1–2 letter prefix
  // matches nearly every document, which costs tens of ms at 10,000 ideas and helps nobody.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_PREFIX,
  // Typo tolerance for longer terms only: short ones would match too much.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
  // MiniSearch's defaults, spelled out: the typed-array path (scored-query.ts) scores with them too.
  weights: { fuzzy: 0.45, prefix: 0.375 },
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

/** Field sets a query term may match in (see QueryPlan's `fields`). */
const ALL = 'all';
const NAMES = 'names';

const boosted = (fields: readonly string[]) => new Map(fields.map((field) => [field, QUERY_OPTIONS.boost?.[field] || 1]));

export const MATCH_WEIGHTS: MatchWeights = {
  prefix: QUERY_OPTIONS.weights!.prefix,
  fuzzy: QUERY_OPTIONS.weights!.fuzzy,
  maxFuzzy: QUERY_OPTIONS.maxFuzzy!,
  fieldSets: new Map([
    [ALL, boosted(SEARCH_FIELDS)],
    [NAMES, boosted(NAME_FIELDS)],
  ]),
};

/** What textSearch passes: queries are split into words by queryUnits, never again by MiniSearch. */
const SEARCH_OPTIONS: SearchOptions = { ...QUERY_OPTIONS, tokenize: (text) => [text] };

/** The full-text index, built in the search worker (or on the page without one). */
export interface TextIndex {
  miniSearch: ScoringMiniSearch<SearchDoc>;
  /** Position of each idea in the index, by id: hits are reported as positions. */
  positionOf: ReadonlyMap<string, number>;
  /** Per-term scores, cached as typed arrays: what keystrokes are answered from. */
  postings: TermPostings;
}

const positionsOf = (ideas: readonly IdeaCard[]) => new Map(ideas.map((idea, i) => [idea.id, i]));

/**
 * The query had several words, no idea has all of them, and these hits have some: "No idea has
 * all of: beginner go — showing ideas with most of them".
 */
export interface PartialMatch {
  /** The query's words as typed (a multi-word synonym such as "machine learning" is one word here). */
  words: string[];
  /** Words that no idea has (nor a synonym of them). */
  unmatched: string[];
  /** The most words any hit has. */
  best: number;
}

/**
 * Full-text matches for a query: idea positions and their scores, in no particular order (the
 * page orders them: sortResults), plus terms to highlight.
 */
export interface TextHits {
  positions: Uint32Array;
  scores: Float64Array;
  /** Words to highlight: as search matched them, whole, or as a prefix when marked (PREFIX_MARK). */
  terms: string[];
  /** Set when no idea matched every word and these are the ideas that match most of them. */
  partial?: PartialMatch;
  /** With `partial`: for each hit, which of `partial.words` it has, as bits (bit i: words[i]). */
  matchedWords?: Uint32Array;
  /** Matched before the descriptions arrived: titles, projects, groups, skills and mentors only. */
  namesOnly?: boolean;
  /**
   * Query words no idea has as typed (nor as the start of a longer word), matched only through
   * typo tolerance, with the words they matched in the best hits: the page says so ("No idea has
   * “prometeus”: showing ideas with “prometheus”"), as a search engine does.
   */
  spelledAs?: SpelledAs[];
}

/** A query word matched only as a typo, and the index words it matched. */
export interface SpelledAs {
  typed: string;
  found: string[];
}

export function createTextIndex(ideas: readonly SearchDoc[]): TextIndex {
  const miniSearch = new ScoringMiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  miniSearch.addAll(ideas);
  const text = textIndexOver(miniSearch, ideas);
  // The terms looked up in names alone ("go", reached from "golang"): ready before a keystroke
  // needs them too. First: past its limit, the cache starts again, and prepare fills it to there.
  for (const term of SYNONYMS.ambiguous) text.postings.postings(term, MATCH_WEIGHTS.fieldSets.get(NAMES)!, NAMES);
  text.postings.prepare(MATCH_WEIGHTS.fieldSets.get(ALL)!, ALL);
  return text;
}

function textIndexOver(miniSearch: ScoringMiniSearch<SearchDoc>, ideas: readonly SearchDoc[]): TextIndex {
  const positionOf = positionsOf(ideas);
  return { miniSearch, positionOf, postings: new TermPostings(miniSearch, positionOf, QUERY_OPTIONS.bm25!) };
}

/** One word of a query, or a run of words that is a synonym term ("machine learning"). */
export interface QueryUnit {
  /** As typed. */
  text: string;
  /** Folded words. */
  words: string[];
  /** Position of the first word among all the query's words. */
  start: number;
  /** Other terms of its synonym groups. */
  synonyms: readonly string[];
}

/**
 * Splits a query into words and groups the runs of words that form a multi-word synonym term
 * (longest first), so that "machine learning" can also find "ML". Repeated words count once.
 */
export function queryUnits(query: string, synonyms: SynonymTable = SYNONYMS): QueryUnit[] {
  const raw = splitWords(query)
    .map((text) => ({ text, word: foldText(text) }))
    .filter((w) => w.word);
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < raw.length;) {
    let length = Math.min(synonyms.longestTerm, raw.length - i);
    while (length > 1 && !synonyms.equivalents.has(key(raw, i, length))) length--;
    const part = raw.slice(i, i + length);
    const unitKey = key(raw, i, length);
    if (!seen.has(unitKey)) {
      seen.add(unitKey);
      units.push({
        text: part.map((w) => w.text).join(' '),
        words: part.map((w) => w.word),
        start: i,
        synonyms: synonyms.equivalents.get(unitKey) ?? [],
      });
    }
    i += length;
  }
  return units;
}

const key = (words: { word: string }[], start: number, length: number) =>
  words
    .slice(start, start + length)
    .map((w) => w.word)
    .join(' ');

/**
 * The query for one unit: its words with the usual typo and prefix rules (all of them, for a run
 * of words), or any of its synonyms exactly. A multi-word synonym is a phrase term (see
 * tokenizeWithPhrases); a run of typed words also matches its own phrase term, so ideas with the
 * exact phrase rank higher.
 */
function unitPlan(unit: QueryUnit, allWords: string[], synonyms: SynonymTable): QueryPlan {
  const prefix = QUERY_OPTIONS.prefix as (term: string, i: number, terms: string[]) => boolean;
  const fuzzy = QUERY_OPTIONS.fuzzy as (term: string, i: number, terms: string[]) => number | false;
  const leaves: QueryPlan[] = unit.words.map((word, j) => ({
    kind: 'term',
    term: word,
    prefix: prefix(word, unit.start + j, allWords),
    fuzzy: fuzzy(word, unit.start + j, allWords),
    fields: ALL,
  }));
  const literal: QueryPlan = leaves.length === 1 ? leaves[0]! : { kind: 'and', plans: leaves };
  const alternatives = [...(unit.words.length > 1 ? [unit.words.join(' ')] : []), ...unit.synonyms].map((term) => exactTerm(term, synonyms));
  return alternatives.length === 0 ? literal : { kind: 'or', plans: [literal, ...alternatives] };
}

/** A term matched as it is: a synonym (only in names and skills if it is also an ordinary word), or a phrase. */
function exactTerm(term: string, synonyms: SynonymTable): QueryPlan {
  return { kind: 'term', term, prefix: false, fuzzy: false, fields: synonyms.ambiguous.has(term) ? NAMES : ALL };
}

/** The same plan as a MiniSearch query (the reference the typed-array path is tested against). */
export function toMiniSearchQuery(plan: QueryPlan): Query {
  if (plan.kind !== 'term') return { combineWith: plan.kind === 'and' ? 'AND' : 'OR', queries: plan.plans.map(toMiniSearchQuery) };
  return { queries: [plan.term], prefix: plan.prefix, fuzzy: plan.fuzzy, ...(plan.fields === NAMES ? { fields: NAME_FIELDS } : {}) };
}

/** A query's units and plans; empty when it has no words. */
export function planQuery(query: string, synonyms: SynonymTable = SYNONYMS): { units: QueryUnit[]; plans: QueryPlan[]; typed: string[] } {
  const q = cleanQuery(query);
  const units = q ? queryUnits(q, synonyms) : [];
  const allWords = units.length > 0 ? splitWords(q).map(foldText).filter(Boolean) : [];
  return { units, plans: units.map((unit) => unitPlan(unit, allWords, synonyms)), typed: typedWords(q) };
}

/** The query's words as typed, to highlight: the last one as a prefix when search takes it as one. */
function typedWords(q: string): string[] {
  const words = splitWords(q).filter(Boolean);
  const last = words.length - 1;
  return words.map((word, i) => (i === last && word.length >= MIN_PREFIX ? `${word}${PREFIX_MARK}` : word));
}

const HIGHLIGHT_HITS = 100;
/** Partial matches are reported per word as bits of a 32-bit mask. */
const MAX_PARTIAL_WORDS = 32;

/**
 * Ideas matching every unit of the query (see queryUnits), scored as MiniSearch
 * scores them but from cached per-term postings (scored-query.ts). When no idea has every word,
 * the ideas with most of them (partial).
 */
export function textSearch(text: TextIndex, query: string, synonyms: SynonymTable = SYNONYMS): TextHits {
  return postingsSearch(text.postings, query, synonyms) ?? miniSearchTextSearch(text, query, synonyms);
}

/**
 * textSearch over postings alone (the worker's, or the page's copy: postings-snapshot.ts), with no
 * MiniSearch to fall back on: undefined for a query with more terms than the typed-array path counts.
 */
export function postingsSearch(postings: PostingsSource, query: string, synonyms: SynonymTable = SYNONYMS): TextHits | undefined {
  const { units, plans, typed } = planQuery(query, synonyms);
  if (units.length === 0) return { positions: new Uint32Array(0), scores: new Float64Array(0), terms: typed };
  const prepared = prepareQuery({ kind: 'and', plans }, postings, MATCH_WEIGHTS);
  if (!prepared) return undefined;
  const all = runPlan(prepared, postings);
  if (all.docs.length === 0 && units.length >= 2 && units.length <= MAX_PARTIAL_WORDS) return partialSearch(postings, units, plans, typed);
  const highlighted = highlightTerms(prepared, all, postings.ideaCount);
  const spelledAs = typoOnlyWords(prepared, new Set(highlighted));
  return { positions: all.docs, scores: all.scores, terms: [...new Set([...highlighted, ...typed])], ...(spelledAs.length > 0 ? { spelledAs } : {}) };
}

/** The query words matched through typo tolerance alone, each with the words it matched in `shown` (see TextHits.spelledAs). */
function typoOnlyWords(prepared: PreparedQuery, shown: ReadonlySet<string>): SpelledAs[] {
  const spelled: SpelledAs[] = [];
  for (const [plan, expanded] of prepared.expanded) {
    if (plan.fuzzy === false || spelled.some((s) => s.typed === plan.term)) continue;
    const asTyped = expanded.derived.some((d) => d.term === plan.term || (plan.prefix && d.term.startsWith(plan.term)));
    if (asTyped) continue;
    // The nearest of the words shown ("prometeus" is "prometheus", not also "promotes", two edits
    // away), and of those the ones many ideas use: "kuberntes" is "kubernetes", not also the one
    // idea's "kuberentes".
    const candidates = expanded.derived
      .filter((d) => shown.has(d.term))
      .map((d) => ({ term: d.term, distance: levenshtein(plan.term, d.term, MATCH_WEIGHTS.maxFuzzy), ideas: d.postings.docs.length }));
    const least = Math.min(...candidates.map((c) => c.distance));
    const nearest = candidates.filter((c) => c.distance === least);
    const most = Math.max(...nearest.map((c) => c.ideas));
    const found = nearest.filter((c) => c.ideas * 2 >= most).map((c) => c.term);
    if (found.length > 0) spelled.push({ typed: plan.term, found });
  }
  return spelled;
}

/** The index terms to highlight in a query's hits: those of the best hits, the ones on screen, are enough. */
export function highlightTerms(prepared: PreparedQuery, hits: Hits, ideaCount: number): string[] {
  return termsMatching(prepared, best(hits, HIGHLIGHT_HITS), ideaCount);
}

/**
 * What the page answers keystrokes from (postings-snapshot.ts): every term's postings over all
 * fields, and over names for the terms queries look up there (synonyms that are also ordinary
 * words); null past `limit` postings.
 */
export function postingsSnapshot(text: TextIndex, limit: number, synonyms: SynonymTable = SYNONYMS): PostingsSnapshot | null {
  const fieldsOf = (key: string) => MATCH_WEIGHTS.fieldSets.get(key)!;
  return text.postings.snapshot(
    [
      { key: ALL, fields: fieldsOf(ALL) },
      { key: NAMES, fields: fieldsOf(NAMES), only: synonyms.ambiguous },
    ],
    limit,
  );
}

const bestScratch = new Scratch((length) => new Float64Array(length));

/** The positions of about the `count` best-scored hits (all those tied with the last one too). */
function best(hits: { docs: Uint32Array; scores: Float64Array }, count: number): number[] {
  const { docs, scores } = hits;
  if (docs.length <= count) return Array.from(docs);
  const threshold = kthLargest(bestScratch.copyOf(scores), count);
  const found: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) found.push(docs[i]!);
  return found;
}

/** textSearch through MiniSearch itself: for queries with more terms than the typed-array path counts. */
export function miniSearchTextSearch(text: TextIndex, query: string, synonyms: SynonymTable = SYNONYMS): TextHits {
  const { units, plans, typed } = planQuery(query, synonyms);
  const search = (plan: QueryPlan) => text.miniSearch.search(toMiniSearchQuery(plan), SEARCH_OPTIONS);
  const hits = units.length > 0 ? search({ kind: 'and', plans }) : [];
  if (hits.length === 0 && units.length >= 2 && units.length <= MAX_PARTIAL_WORDS) {
    const perUnit = plans.map(search);
    return partialFrom(
      text.positionOf.size,
      units,
      perUnit.map((hits) => hits.map((hit) => ({ position: text.positionOf.get(hit.id as string) ?? 0, score: hit.score }))),
      (u, shown) => perUnit[u]!.filter((hit) => shown.has(text.positionOf.get(hit.id as string) ?? 0)).flatMap((hit) => hit.terms),
      typed,
    );
  }
  const positions = new Uint32Array(hits.length);
  const scores = new Float64Array(hits.length);
  const terms = new Set<string>();
  hits.forEach((hit, i) => {
    positions[i] = text.positionOf.get(hit.id as string) ?? 0;
    scores[i] = hit.score;
    if (i < HIGHLIGHT_HITS) addTerms(terms, hit.terms);
  });
  return { positions, scores, terms: [...new Set([...terms, ...typed])] };
}

/** Matched terms to highlight; a phrase term is highlighted word by word. */
function addTerms(terms: Set<string>, matched: readonly string[]) {
  for (const term of matched) {
    if (term.includes(' ')) for (const word of term.split(' ')) terms.add(word);
    else terms.add(term);
  }
}

/** An idea one unit of the query matched, and its score for that unit. */
interface UnitHit {
  position: number;
  score: number;
}

/** Ideas with most of the words, each unit run on its own through the typed-array path. */
function partialSearch(postings: PostingsSource, units: QueryUnit[], plans: QueryPlan[], typed: string[]): TextHits {
  // Each unit has a part of the whole query's terms, which fitted (postingsSearch prepared it first).
  const prepared = plans.map((plan) => prepareQuery(plan, postings, MATCH_WEIGHTS)!);
  const results = prepared.map((p) => runPlan(p, postings));
  return partialFrom(
    postings.ideaCount,
    units,
    results.map((r) => Array.from(r.docs, (position, i) => ({ position, score: r.scores[i]! }))),
    (u, shown) => termsMatching(prepared[u]!, [...shown], postings.ideaCount),
    typed,
  );
}

/**
 * Ideas with most of the words: ranked by how many they have, then by score. `termsOf(u, shown)`
 * gives the terms through which unit u matched those of the shown ideas it matched.
 */
function partialFrom(
  size: number,
  units: QueryUnit[],
  perUnit: UnitHit[][],
  termsOf: (u: number, shown: Set<number>) => readonly string[],
  typed: string[],
): TextHits {
  // Per idea position: which words it has (bits) and its summed score. Typed arrays, not objects:
  // a common word can match most of 10,000 ideas.
  const masks = new Uint32Array(size);
  const sums = new Float64Array(size);
  const found: number[] = [];
  const unmatched: string[] = [];
  perUnit.forEach((hits, u) => {
    if (hits.length === 0) unmatched.push(units[u]!.text);
    for (const { position, score } of hits) {
      if (masks[position] === 0) found.push(position);
      masks[position]! |= 1 << u;
      sums[position]! += score;
    }
  });
  const counts = new Uint8Array(size);
  for (const position of found) counts[position] = matchedWordCount(masks[position]!);
  found.sort((a, b) => counts[b]! - counts[a]! || sums[b]! - sums[a]! || a - b);

  const shown = found.slice(0, HIGHLIGHT_HITS);
  const terms = new Set<string>();
  units.forEach((_, u) => addTerms(terms, termsOf(u, new Set(shown.filter((position) => masks[position]! & (1 << u))))));
  return {
    positions: Uint32Array.from(found),
    scores: Float64Array.from(found, (position) => sums[position]!),
    terms: [...new Set([...terms, ...typed])],
    partial: { words: units.map((u) => u.text), unmatched, best: found.length > 0 ? counts[found[0]!]! : 0 },
    matchedWords: Uint32Array.from(found, (position) => masks[position]!),
  };
}

/** Gives the browser a turn (input, paint) without setTimeout's 4 ms clamp. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Builds the text index on the calling thread in time slices of `sliceMs`, yielding between them.
 * The app uses a worker instead; this is the benchmark's comparison point.
 */
export async function createTextIndexSliced(
  ideas: readonly SearchDoc[],
  options: { sliceMs?: number; onSlice?: (ms: number) => void } = {},
): Promise<TextIndex> {
  const { sliceMs = 20, onSlice } = options;
  const miniSearch = new ScoringMiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  let next = 0;
  while (next < ideas.length) {
    const start = performance.now();
    do miniSearch.add(ideas[next++]!);
    while (next < ideas.length && performance.now() - start < sliceMs);
    onSlice?.(performance.now() - start);
    await yieldToMain();
  }
  return textIndexOver(miniSearch, ideas);
}
