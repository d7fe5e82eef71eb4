import { Scratch, ScratchArena } from './scratch.ts';
import type { FieldBoosts, Postings, PostingsSource } from './term-postings.ts';

/**
 * A query as a tree of terms combined with AND and OR: what textSearch asks (see text-index.ts).
 * The same tree runs either here, over cached per-term postings in typed arrays, or as a MiniSearch
 * query (toMiniSearchQuery); both give the same ideas and scores, this one without an object per
 * matching idea.
 */
export type QueryPlan =
  | {
      kind: 'term';
      term: string;
      /** Also match terms that start with it. */
      prefix: boolean;
      /** Also match terms within this share of its length in edits (MiniSearch's `fuzzy`), up to maxFuzzy. */
      fuzzy: number | false;
      /** Where it may match; names the field set in caches. */
      fields: string;
    }
  | { kind: 'and' | 'or'; plans: QueryPlan[] };

/** How a term's prefix and typo matches are weighted (MiniSearch's SearchOptions). */
export interface MatchWeights {
  prefix: number;
  fuzzy: number;
  maxFuzzy: number;
  /** Field sets by name, each field with its boost. */
  fieldSets: ReadonlyMap<string, FieldBoosts>;
}

/** Ideas matched (positions, ascending) and their scores. */
export interface Hits {
  docs: Uint32Array;
  scores: Float64Array;
}

/**
 * A part of a plan while it runs: its ideas, their scores, and which query terms each has (bits).
 * Its arrays live in `arena` (or are the cached postings themselves: read only) until the next query.
 */
interface Scored extends Hits {
  sources: Uint32Array;
}

const arena = new ScratchArena();

/** A term of the index that a query term matched, and its weight. */
interface Derived {
  term: string;
  weight: number;
  postings: Postings;
}

/** A query term with the terms it matches (itself, those it prefixes, those within its typo budget). */
export interface ExpandedTerm {
  source: string;
  derived: Derived[];
  /**
   * The derived terms' weighted postings summed, once several are (a prefix of a few letters can
   * start hundreds of terms): kept with the expansion, within SUMMED_KEPT (see scoreTerm).
   */
  summed?: Hits;
}

/** Query terms up to this many per query: each idea's matched terms are bits of a 32-bit mask. */
export const MAX_QUERY_TERMS = 31;

/** MiniSearch's `maxDistance` for a term: a share of its length, at most maxFuzzy. */
export const maxDistanceOf = (term: string, fuzzy: number, maxFuzzy: number) => (fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy);

/** Expanded terms of one index, and how many summed postings they hold. */
interface Expansions {
  terms: Map<string, ExpandedTerm>;
  summed: number;
}
const expansions = new WeakMap<PostingsSource, Expansions>();
/** Expanded terms kept per index: typing and deleting letters asks for the same ones again. */
const EXPANSIONS_KEPT = 2000;
/** Summed postings kept per index, at most (12 bytes each): about 6 MB. */
const SUMMED_KEPT = 500_000;

/** Forgets the index's expanded terms, so that a profile can time first keystrokes again (bench/profile-keystrokes.ts). */
export function forgetExpansions(postings: PostingsSource): void {
  expansions.delete(postings);
}

function expansionsOf(postings: PostingsSource): Expansions {
  let cache = expansions.get(postings);
  if (!cache) expansions.set(postings, (cache = { terms: new Map(), summed: 0 }));
  return cache;
}

/** expandTerm, remembered per index. */
export function expandTermCached(plan: Extract<QueryPlan, { kind: 'term' }>, postings: PostingsSource, weights: MatchWeights): ExpandedTerm {
  const cache = expansionsOf(postings);
  const key = `${plan.fields}:${plan.prefix ? 'p' : ''}:${plan.fuzzy === false ? '' : plan.fuzzy}:${plan.term}`;
  let expanded = cache.terms.get(key);
  if (!expanded) {
    if (cache.terms.size >= EXPANSIONS_KEPT) {
      cache.terms.clear();
      cache.summed = 0;
    }
    cache.terms.set(key, (expanded = expandTerm(plan, postings, weights)));
  }
  return expanded;
}

/**
 * The terms a query term matches, with MiniSearch's weights: 1 for itself, prefix weight ×
 * len / (len + 0.3 × extra letters) for longer terms it starts, fuzzy weight × len / (len +
 * distance) for terms within its typo budget (a term both prefixed and near counts as prefixed).
 */
export function expandTerm(plan: Extract<QueryPlan, { kind: 'term' }>, postings: PostingsSource, weights: MatchWeights): ExpandedTerm {
  const fields = weights.fieldSets.get(plan.fields)!;
  const derived: Derived[] = [{ term: plan.term, weight: 1, postings: postings.postings(plan.term, fields, plan.fields) }];
  const get = (t: number) => postings.postingsOf(t, fields, plan.fields);
  const dictionary = plan.prefix || plan.fuzzy ? postings.dictionary : undefined;
  let prefixed: [number, number] = [0, 0];
  if (plan.prefix && dictionary) {
    prefixed = dictionary.withPrefix(plan.term);
    for (let t = prefixed[0]; t < prefixed[1]; t++) {
      const term = dictionary.terms[t]!;
      const distance = term.length - plan.term.length;
      if (distance === 0) continue;
      derived.push({ term, weight: (weights.prefix * term.length) / (term.length + 0.3 * distance), postings: get(t) });
    }
  }
  if (plan.fuzzy && dictionary) {
    const maxDistance = maxDistanceOf(plan.term, plan.fuzzy, weights.maxFuzzy);
    if (maxDistance > 0) {
      for (const { term: t, distance } of dictionary.near(plan.term, maxDistance)) {
        if (t >= prefixed[0] && t < prefixed[1]) continue;
        const term = dictionary.terms[t]!;
        derived.push({ term, weight: (weights.fuzzy * term.length) / (term.length + distance), postings: get(t) });
      }
    }
  }
  return { source: plan.term, derived: derived.filter((d) => d.postings.docs.length > 0) };
}

/** Scratch space for summing many postings at once, sized to the index. */
class Accumulator {
  readonly scores: Float64Array;
  readonly seen: Uint8Array;
  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.seen = new Uint8Array(size);
  }
}

const accumulators = new WeakMap<PostingsSource, Accumulator>();

/** One query term's matches: the sum of its derived terms' weighted postings. */
function scoreTerm(expanded: ExpandedTerm, bit: number, size: number, postings: PostingsSource): Scored {
  const { derived } = expanded;
  if (derived.length === 1) {
    const { docs, scores } = derived[0]!.postings;
    const weight = derived[0]!.weight;
    const weighted = arena.float64(docs.length);
    for (let i = 0; i < docs.length; i++) weighted[i] = weight * scores[i]!;
    return { docs, scores: weighted, sources: arena.uint32(docs.length).fill(bit) };
  }
  let summed = expanded.summed;
  if (!summed) {
    summed = sumDerived(derived, size, postings);
    const cache = expansionsOf(postings);
    if (cache.summed + summed.docs.length <= SUMMED_KEPT) {
      cache.summed += summed.docs.length;
      expanded.summed = summed;
    }
  }
  // Read only, like the cached postings of a single term: runPlan copies what it answers.
  return { docs: summed.docs, scores: summed.scores, sources: arena.uint32(summed.docs.length).fill(bit) };
}

/** The derived terms' postings, weighted and summed by idea. */
function sumDerived(derived: Derived[], size: number, postings: PostingsSource): Hits {
  let acc = accumulators.get(postings);
  if (!acc) accumulators.set(postings, (acc = new Accumulator(size)));
  const { scores: sum, seen } = acc;
  const touched: number[] = [];
  for (const { weight, postings: p } of derived) {
    const { docs, scores } = p;
    for (let i = 0; i < docs.length; i++) {
      const position = docs[i]!;
      if (!seen[position]) {
        seen[position] = 1;
        sum[position] = 0;
        touched.push(position);
      }
      sum[position]! += weight * scores[i]!;
    }
  }
  const docs = new Uint32Array(touched.length);
  if (touched.length * 32 > size) {
    // Many ideas (a short prefix): reading the marks in order is quicker than sorting the positions.
    for (let position = 0, n = 0; n < docs.length; position++) if (seen[position]) docs[n++] = position;
  } else {
    docs.set(touched);
    docs.sort();
  }
  const scores = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    scores[i] = sum[docs[i]!]!;
    seen[docs[i]!] = 0;
  }
  return { docs, scores };
}

/** Ideas in both, scores added. */
function intersect(a: Scored, b: Scored): Scored {
  const size = Math.min(a.docs.length, b.docs.length);
  const docs = arena.uint32(size);
  const scores = arena.float64(size);
  const sources = arena.uint32(size);
  let n = 0;
  for (let i = 0, j = 0; i < a.docs.length && j < b.docs.length;) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      docs[n] = x;
      scores[n] = a.scores[i]! + b.scores[j]!;
      sources[n++] = a.sources[i++]! | b.sources[j++]!;
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n), sources: sources.subarray(0, n) };
}

/** Ideas in either, scores added where in both. */
function unite(a: Scored, b: Scored): Scored {
  const size = a.docs.length + b.docs.length;
  const docs = arena.uint32(size);
  const scores = arena.float64(size);
  const sources = arena.uint32(size);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const x = i < a.docs.length ? a.docs[i]! : Infinity;
    const y = j < b.docs.length ? b.docs[j]! : Infinity;
    if (x < y) {
      docs[n] = x;
      scores[n] = a.scores[i]!;
      sources[n++] = a.sources[i++]!;
    } else if (y < x) {
      docs[n] = y;
      scores[n] = b.scores[j]!;
      sources[n++] = b.sources[j++]!;
    } else {
      docs[n] = x;
      scores[n] = a.scores[i]! + b.scores[j]!;
      sources[n++] = a.sources[i++]! | b.sources[j++]!;
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n), sources: sources.subarray(0, n) };
}

/** A query plan, ready to run: every term expanded, every distinct query term given a bit. */
export interface PreparedQuery {
  plan: QueryPlan;
  expanded: Map<Extract<QueryPlan, { kind: 'term' }>, ExpandedTerm>;
  bits: Map<string, number>;
}

/** Expands the plan's terms; undefined when it has more distinct query terms than MAX_QUERY_TERMS. */
export function prepareQuery(plan: QueryPlan, postings: PostingsSource, weights: MatchWeights): PreparedQuery | undefined {
  const prepared: PreparedQuery = { plan, expanded: new Map(), bits: new Map() };
  expandAll(plan, prepared, postings, weights);
  return prepared.bits.size > MAX_QUERY_TERMS ? undefined : prepared;
}

function expandAll(node: QueryPlan, prepared: PreparedQuery, postings: PostingsSource, weights: MatchWeights): void {
  if (node.kind !== 'term') {
    for (const child of node.plans) expandAll(child, prepared, postings, weights);
    return;
  }
  if (!prepared.bits.has(node.term)) prepared.bits.set(node.term, 1 << prepared.bits.size);
  prepared.expanded.set(node, expandTermCached(node, postings, weights));
}

/**
 * Runs a prepared plan. Each idea's score is, as in MiniSearch, the sum over its matches times the
 * number of distinct query terms it matched. The answer's arrays are its own: the worker hands
 * them to the page as transferables, which detaches them.
 */
export function runPlan(prepared: PreparedQuery, postings: PostingsSource): Hits {
  arena.reset();
  const result = runNode(prepared.plan, prepared, postings);
  const docs = result.docs.slice();
  const scores = new Float64Array(docs.length);
  for (let i = 0; i < scores.length; i++) scores[i] = result.scores[i]! * bitCount(result.sources[i]!);
  return { docs, scores };
}

function runNode(node: QueryPlan, prepared: PreparedQuery, postings: PostingsSource): Scored {
  if (node.kind === 'term') return scoreTerm(prepared.expanded.get(node)!, prepared.bits.get(node.term)!, postings.ideaCount, postings);
  let result = runNode(node.plans[0]!, prepared, postings);
  for (let i = 1; i < node.plans.length; i++) {
    const next = runNode(node.plans[i]!, prepared, postings);
    result = node.kind === 'and' ? intersect(result, next) : unite(result, next);
  }
  return result;
}

export function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The index terms through which these ideas (positions) matched the query, for highlighting: a
 * term counts for an idea when the idea has it and matched every part of the query above it, as
 * in MiniSearch's `terms` (with "machine learning" typed, an idea found through the synonym "ML"
 * does not count its lone "machine"). A multi-word term counts as its words.
 */
export function termsMatching(prepared: PreparedQuery, ideas: readonly number[], size: number): string[] {
  const marked = markedScratch.zeroed(size);
  for (const position of ideas) marked[position] = 1;
  // Unless some AND sits under an OR ("machine learning" or "ML"), an idea that has a derived term
  // matched its query term and, being a hit, every AND above it: a term counts if any idea has it.
  if (!andUnderOr(prepared.plan, false)) return termsOfMarked(prepared, marked, sortedScratch.copyOf(ideas).sort());
  const found: MatchedBy = { derived: new Map(), nodes: new Map() };
  const all = collectMatches(prepared.plan, prepared, marked, found);
  const terms = new Set<string>();
  reportTerms(prepared.plan, all, prepared, found, terms);
  return wordsOf(terms);
}

const markedScratch = new Scratch((length) => new Uint8Array(length));
const sortedScratch = new Scratch((length) => new Uint32Array(length));

/** The terms as words: a multi-word term ("machine learning") counts as its words. */
function wordsOf(terms: Set<string>): string[] {
  const words: string[] = [];
  for (const term of terms) {
    if (term.includes(' ')) words.push(...term.split(' '));
    else words.push(term);
  }
  return words;
}

function andUnderOr(node: QueryPlan, underOr: boolean): boolean {
  if (node.kind === 'term') return false;
  if (node.kind === 'and' && underOr) return true;
  return node.plans.some((child) => andUnderOr(child, underOr || node.kind === 'or'));
}

function termsOfMarked(prepared: PreparedQuery, marked: Uint8Array, sortedIdeas: Uint32Array): string[] {
  const terms = new Set<string>();
  for (const { derived } of prepared.expanded.values()) {
    for (const { term, postings } of derived) {
      if (terms.has(term)) continue;
      if (hasAny(postings.docs, marked, sortedIdeas)) terms.add(term);
    }
  }
  return wordsOf(terms);
}

/**
 * Whether a posting list (ascending) holds one of the ideas. The ideas are the hundred or so best
 * hits and a short prefix's terms can number hundreds, most of them in none of those ideas: a long
 * list is searched for each idea instead of read to its end.
 */
export function hasAny(docs: Uint32Array, marked: Uint8Array, sortedIdeas: Uint32Array): boolean {
  if (docs.length <= 16 * sortedIdeas.length) {
    for (let i = 0; i < docs.length; i++) if (marked[docs[i]!]) return true;
    return false;
  }
  let low = 0;
  for (let k = 0; k < sortedIdeas.length; k++) {
    const idea = sortedIdeas[k]!;
    let high = docs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (docs[mid]! < idea) low = mid + 1;
      else high = mid;
    }
    if (low === docs.length) return false;
    if (docs[low] === idea) return true;
  }
  return false;
}

/** Which of the marked ideas each derived term, and each node of the plan, matches. */
interface MatchedBy {
  derived: Map<Derived, Set<number>>;
  nodes: Map<QueryPlan, Set<number>>;
}

/** Bottom-up: the marked ideas each node matches. */
function collectMatches(node: QueryPlan, prepared: PreparedQuery, marked: Uint8Array, found: MatchedBy): Set<number> {
  let matched: Set<number>;
  if (node.kind === 'term') {
    matched = new Set();
    for (const derived of prepared.expanded.get(node)!.derived) {
      const hit = new Set<number>();
      const { docs } = derived.postings;
      for (let i = 0; i < docs.length; i++) if (marked[docs[i]!]) hit.add(docs[i]!);
      found.derived.set(derived, hit);
      for (const position of hit) matched.add(position);
    }
  } else {
    const parts = node.plans.map((child) => collectMatches(child, prepared, marked, found));
    matched = node.kind === 'or' ? new Set(parts.flatMap((part) => [...part])) : parts.reduce((a, b) => new Set([...a].filter((p) => b.has(p))));
  }
  found.nodes.set(node, matched);
  return matched;
}

/** Top-down: an idea counts below a node only if it matched that node and every node above. */
function reportTerms(node: QueryPlan, allowed: Set<number>, prepared: PreparedQuery, found: MatchedBy, terms: Set<string>): void {
  const here = new Set([...allowed].filter((p) => found.nodes.get(node)!.has(p)));
  if (here.size === 0) return;
  if (node.kind !== 'term') {
    for (const child of node.plans) reportTerms(child, here, prepared, found, terms);
    return;
  }
  for (const derived of prepared.expanded.get(node)!.derived) {
    if ([...found.derived.get(derived)!].some((p) => here.has(p))) terms.add(derived.term);
  }
}
