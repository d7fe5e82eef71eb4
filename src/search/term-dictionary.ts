import { firstNotBefore } from './first-not-before.ts';

/**
 * The index's terms, ready for the two look-ups a keystroke needs: terms that start with what is
 * being typed (prefix search) and terms within a few typos of a word (fuzzy search). MiniSearch
 * answers both by walking its radix tree, which costs 0.4–3 ms for a fuzzy word of 8+ letters
 * over the whole corpus: more than a whole keystroke may take. Here prefixes are a binary search
 * in the sorted terms, and fuzzy candidates come from the letter pairs they share with the word
 * (a q-gram filter), checked with the same Levenshtein distance MiniSearch uses.
 */

/** Start and end of a term, so that its first and last letters count as pairs too. */
const EDGE = '\u0001';

/** A term index and its Levenshtein distance from the word looked up. */
export interface NearTerm {
  term: number;
  distance: number;
}

/** A TermDictionary as plain data and typed arrays, to be sent from the worker to the page. */
export interface DictionaryData {
  /** Sorted. */
  terms: string[];
  /** Each pair number's two UTF-16 code units, as one number. */
  pairCodes: Uint32Array;
  pairStart: Uint32Array;
  pairTerms: Uint32Array;
}

export class TermDictionary {
  /** Every term, sorted by UTF-16 code units (the order of `<`). */
  readonly terms: readonly string[];
  /** Letter pairs (two UTF-16 code units as one number) → pair number. */
  private readonly pairNumbers = new Map<number, number>();
  /**
   * Terms having each pair, as a compressed sparse row: pair p's terms are
   * pairTerms[pairStart[p]…pairStart[p+1]), shortest first, so that a look-up reads only the terms
   * of a length within its typo budget.
   */
  private readonly pairStart: Uint32Array;
  private readonly pairTerms: Uint32Array;
  /** Reused per look-up: pairs shared by each term, and the terms counted so far. */
  private readonly shared: Uint16Array;
  private readonly touched: Uint32Array;

  /** From the index's terms; or, with `data`, as another thread built it (see toData). */
  constructor(terms: Iterable<string>, data?: Omit<DictionaryData, 'terms'>) {
    if (data) {
      // Already sorted and paired: the page takes over what the worker built, with no work that
      // grows with the terms beyond numbering the pairs.
      this.terms = terms as readonly string[];
      data.pairCodes.forEach((code, p) => this.pairNumbers.set(code, p));
      this.pairStart = data.pairStart;
      this.pairTerms = data.pairTerms;
    } else {
      this.terms = [...terms].sort();
      const termPairs: number[][] = this.terms.map((term) => this.pairsOf(term, true).known);
      const sizes: number[] = new Array<number>(this.pairNumbers.size).fill(0);
      for (const pairs of termPairs) for (const p of pairs) sizes[p]!++;
      this.pairStart = new Uint32Array(sizes.length + 1);
      for (let p = 0; p < sizes.length; p++) this.pairStart[p + 1] = this.pairStart[p]! + sizes[p]!;
      this.pairTerms = new Uint32Array(this.pairStart[sizes.length]!);
      const fill = this.pairStart.slice(0, sizes.length);
      for (const t of byLength(this.terms)) for (const p of termPairs[t]!) this.pairTerms[fill[p]!++] = t;
    }
    this.shared = new Uint16Array(this.terms.length);
    this.touched = new Uint32Array(this.terms.length);
  }

  /**
   * What another thread needs to rebuild this dictionary without sorting or pairing. The typed
   * arrays are copies: they are transferred, and this dictionary goes on answering here.
   */
  toData(): DictionaryData {
    const pairCodes = new Uint32Array(this.pairNumbers.size);
    for (const [code, p] of this.pairNumbers) pairCodes[p] = code;
    return { terms: [...this.terms], pairCodes, pairStart: this.pairStart.slice(), pairTerms: this.pairTerms.slice() };
  }

  static fromData(data: DictionaryData): TermDictionary {
    return new TermDictionary(data.terms, data);
  }

  /**
   * A term's letter pairs (edges included): how many distinct ones, and the numbers of those some
   * term has. `add` numbers pairs seen for the first time (while building).
   */
  private pairsOf(term: string, add: boolean): { distinct: number; known: number[] } {
    const padded = `${EDGE}${term}${EDGE}`;
    const codes = new Set<number>();
    for (let i = 0; i + 1 < padded.length; i++) codes.add(padded.charCodeAt(i) * 65536 + padded.charCodeAt(i + 1));
    const known: number[] = [];
    for (const code of codes) {
      let p = this.pairNumbers.get(code);
      if (p === undefined && add) this.pairNumbers.set(code, (p = this.pairNumbers.size));
      if (p !== undefined) known.push(p);
    }
    return { distinct: codes.size, known };
  }

  /** The number (index) of `term`, or undefined when the index does not have it. */
  numberOf(term: string): number | undefined {
    const at = firstNotBefore(this.terms, term);
    return this.terms[at] === term ? at : undefined;
  }

  /** Indexes of the terms that start with `prefix`, as a range [from, to). */
  withPrefix(prefix: string): [number, number] {
    const { terms } = this;
    const lo = firstNotBefore(terms, prefix);
    let end = lo;
    while (end < terms.length && terms[end]!.startsWith(prefix)) end++;
    return [lo, end];
  }

  /**
   * Terms other than `word` itself within `maxDistance` edits (insertions, deletions,
   * substitutions) of it. Each edit changes at most two letter pairs of the word, so a term
   * within k edits shares at least (the word's distinct pairs − 2k) of them; only terms that do,
   * and whose length is close enough, get their distance computed.
   */
  near(word: string, maxDistance: number): NearTerm[] {
    const { distinct, known: pairs } = this.pairsOf(word, false);
    const needed = distinct - 2 * maxDistance;
    if (needed <= 0) return this.nearByScan(word, maxDistance);
    const { shared, touched, pairStart, pairTerms, terms } = this;
    let count = 0;
    for (const p of pairs) {
      // Only the terms of a length within the budget: each list is shortest first.
      const end = this.firstLonger(pairStart[p]!, pairStart[p + 1]!, word.length + maxDistance);
      for (let i = this.firstLonger(pairStart[p]!, end, word.length - maxDistance - 1); i < end; i++) {
        const t = pairTerms[i]!;
        if (shared[t]!++ === 0) touched[count++] = t;
      }
    }
    const found: NearTerm[] = [];
    for (let i = 0; i < count; i++) {
      const t = touched[i]!;
      if (shared[t]! >= needed && terms[t] !== word) {
        const distance = levenshtein(word, terms[t]!, maxDistance);
        if (distance <= maxDistance) found.push({ term: t, distance });
      }
      shared[t] = 0;
    }
    return found;
  }

  /** The first place in pairTerms[from…to) (shortest first) holding a term longer than `length`. */
  private firstLonger(from: number, to: number, length: number): number {
    const { pairTerms, terms } = this;
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[pairTerms[mid]!]!.length <= length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every term of a close length, checked one by one: for words too short for the pair filter. */
  private nearByScan(word: string, maxDistance: number): NearTerm[] {
    const found: NearTerm[] = [];
    this.terms.forEach((term, t) => {
      if (Math.abs(term.length - word.length) > maxDistance || term === word) return;
      const distance = levenshtein(word, term, maxDistance);
      if (distance <= maxDistance) found.push({ term: t, distance });
    });
    return found;
  }
}

/** Term numbers shortest first, in order within a length (a counting sort: linear). */
function byLength(terms: readonly string[]): Uint32Array {
  let longest = 0;
  for (const term of terms) longest = Math.max(longest, term.length);
  const start = new Uint32Array(longest + 2);
  for (const term of terms) start[term.length + 1]!++;
  for (let length = 1; length <= longest + 1; length++) start[length]! += start[length - 1]!;
  const order = new Uint32Array(terms.length);
  terms.forEach((term, t) => (order[start[term.length]!++] = t));
  return order;
}

let previousRow = new Uint8Array(64);
let currentRow = new Uint8Array(64);

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
export function levenshtein(a: string, b: string, max: number): number {
  const n = b.length;
  if (previousRow.length <= n) {
    previousRow = new Uint8Array(2 * (n + 1));
    currentRow = new Uint8Array(2 * (n + 1));
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, 255);
  for (let i = 1; i <= a.length; i++) {
    current[0] = Math.min(i, 255);
    let rowMin = current[0]!;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[n]!, max + 1);
}
