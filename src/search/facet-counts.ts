import { type FacetTable, NO_VALUE, perFacet, RECENCY_FACETS } from './facet-values.ts';
import { Scratch } from './scratch.ts';
import { FACET_KEYS, type FacetKey, isExclusion, type SearchState, tokenValue } from './url-state.ts';

export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
  /** Excluded: ideas with this value are left out (`-value` in the URL). */
  excluded?: boolean;
  /** Selected in the URL but not a value of this index (an old or mistyped link). */
  unknown: boolean;
}

/** Values listed before "Show more": the first this many, plus any refined value further down. */
export const COLLAPSED_VALUES = 8;

/**
 * One facet's values with their counts. A facet can have thousands of values (mentors) and the
 * counts change on every keystroke, but the panel lists a handful until "Show more" or a filter
 * asks for the rest: so each keystroke picks those few (`head`) without sorting the others, and
 * the whole ordered list is built only when asked for.
 */
export interface FacetValues {
  /**
   * The collapsed list: the first COLLAPSED_VALUES values of `all()`, and any refined (selected,
   * excluded or unknown) value after them, in the same order.
   */
  head: FacetCount[];
  /** How many values `all()` has. */
  size: number;
  /** Every value with a count or a mark, in display order (built on first call, then kept). */
  all(): FacetCount[];
}

export type FacetCounts = Record<FacetKey, FacetValues>;

/**
 * Filters ideas (by position) on the selected facet values and counts every facet the
 * InstantSearch "disjunctive" way: OR within a facet, AND across facets, and each facet's counts
 * ignore its own selection, so they say what ticking one more value would give now. An excluded
 * value (`-value`) removes the ideas that have it; a facet's exclusions, like its selections, are
 * ignored by its own counts.
 *
 * With nothing selected, the matches (`positions` itself) are kept to count the next keystroke
 * from: `positions` must not be changed afterwards (nor transferred to another thread).
 */
export function filterAndCount(positions: Uint32Array, state: Pick<SearchState, FacetKey>, table: FacetTable): { matches: Uint32Array; counts: FacetCounts } {
  const active = FACET_KEYS.filter((key) => state[key].length > 0);
  // marks: 1 selected, 2 excluded, 0 neither.
  // Built like the table's own records (same keys, same order), so that the code reading them sees
  // one object shape whichever it gets: a second shape makes V8 recompile it mid-typing.
  const zeros = unmarked(table);
  const marks = perFacet((key) => (state[key].length > 0 ? new Uint8Array(table.values[key].length) : zeros[key]));
  const includes = perFacet((key) => state[key].some((token) => !isExclusion(token)));
  const { all, tallies } = talliesFor(table);
  for (const key of FACET_KEYS) {
    for (const token of state[key]) {
      const n = table.numbers[key].get(tokenValue(token));
      if (n !== undefined) marks[key][n] = isExclusion(token) ? 2 : 1;
    }
  }
  const ideaCount = table.offsets.skills.length - 1;
  if (active.length === 0 && positions.length === ideaCount) {
    // Every idea is a candidate and nothing is selected (the landing view, and any query that
    // matches everything): the counts are the index-wide totals, with no idea to visit.
    return { matches: positions, counts: countsFrom(table.totals, marks, state, table) };
  }

  // With nothing selected every candidate matches (a query alone): no facet to test.
  let matches = positions;
  if (active.length > 0) {
    const passing = new Uint32Array(positions.length);
    let passed = 0;
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k]!;
      let failed: FacetKey | undefined;
      let failures = 0;
      for (const key of active) {
        if (!passes(table, marks[key], includes[key], key, position)) {
          failed = key;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) passing[passed++] = position;
      // An idea failing only facet F still counts toward F's values: that is the disjunctive rule.
      else if (failures === 1) tally(table, tallies[failed!], failed!, position);
    }
    matches = passing.subarray(0, passed);
  }
  const previous = active.length === 0 ? lastUnfiltered.get(table) : undefined;
  const changed = previous && difference(previous.matches, matches, matches.length / 2);
  if (previous && changed) {
    // Typing on in a word mostly keeps the same ideas ("kubern", "kuberne": 642 and 642): the last
    // keystroke's counts, plus the ideas that came, less those that went.
    all.set(previous.all);
    addAllValues(table, all, tallies, changed.added, 1);
    addAllValues(table, all, tallies, changed.removed, -1);
  } else if (active.length === 0 && matches.length * 2 > ideaCount) {
    // Most ideas match (a prefix most ideas share, "pro"): the index-wide totals less the ideas that
    // do not match are fewer ideas to visit than the matches (for "pro", 326 instead of 995).
    const others = nonMatching(matches, ideaCount);
    for (const key of FACET_KEYS) tallies[key].set(table.totals[key]);
    addAllValues(table, all, tallies, others, -1);
  } else addAllValues(table, all, tallies, matches, 1);
  // Read only, by the next keystroke: this answer owns both.
  if (active.length === 0) lastUnfiltered.set(table, { matches, all });

  return { matches, counts: countsFrom(tallies, marks, state, table) };
}

/** The last keystroke with nothing selected, per table: its matches and every facet's counts. */
const lastUnfiltered = new WeakMap<FacetTable, { matches: Uint32Array; all: Uint32Array }>();
const addedScratch = new Scratch((length) => new Uint32Array(length));
const removedScratch = new Scratch((length) => new Uint32Array(length));

/**
 * The positions in `next` and not in `previous` (added), and the reverse (removed), by merging
 * the two ascending lists; null when they differ by more than about `limit` positions (counting
 * the matches anew is then as quick). Lists out of order (partial matches) only make the two
 * bigger, never wrong: each position of either list is paired with an equal one of the other or
 * lands in one of them. Valid until the next keystroke (Scratch).
 */
function difference(previous: Uint32Array, next: Uint32Array, limit: number): { added: Uint32Array; removed: Uint32Array } | null {
  const added = addedScratch.any(next.length);
  const removed = removedScratch.any(previous.length);
  let a = 0;
  let r = 0;
  let i = 0;
  let j = 0;
  while (i < previous.length || j < next.length) {
    if (a + r > limit) return null;
    const x = i < previous.length ? previous[i]! : Infinity;
    const y = j < next.length ? next[j]! : Infinity;
    if (x < y) {
      removed[r++] = x;
      i++;
    } else if (y < x) {
      added[a++] = y;
      j++;
    } else {
      i++;
      j++;
    }
  }
  return { added: added.subarray(0, a), removed: removed.subarray(0, r) };
}

const jointScratch = new Scratch((length) => new Uint32Array(length));
/** Read in the loop below as a constant of this module: an imported binding can be a getter call (tsx, in the benchmark). */
const NONE = NO_VALUE;

/**
 * Adds `delta` to the count of each value of each facet of each idea in `positions` (`all`: every
 * facet's counts, laid out as talliesFor does): one pass over the ideas for the joint facets'
 * combinations and every other facet's values (table.merged), then the combinations' counts.
 */
function addAllValues(table: FacetTable, all: Uint32Array, tallies: Record<FacetKey, Uint32Array>, positions: Uint32Array, delta: 1 | -1): void {
  const { joint } = table;
  const { offsets, flat } = table.merged;
  if (!joint) {
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k]!;
      for (let i = offsets[position]!, end = offsets[position + 1]!; i < end; i++) all[flat[i]!]! += delta;
    }
    return;
  }
  const combinations = jointScratch.zeroed(joint.size);
  const { ofIdea } = joint;
  for (let k = 0; k < positions.length; k++) {
    const position = positions[k]!;
    combinations[ofIdea[position]!]!++;
    for (let i = offsets[position]!, end = offsets[position + 1]!; i < end; i++) all[flat[i]!]! += delta;
  }
  for (let j = 0; j < joint.keys.length; j++) {
    const counts = tallies[joint.keys[j]!];
    const values = joint.values[j]!;
    for (let c = 0; c < joint.size; c++) {
      const n = combinations[c]!;
      if (n > 0 && values[c] !== NONE) counts[values[c]!]! += delta * n;
    }
  }
}

/**
 * A zero count for every value of every facet, in one typed array: these outlive the keystroke
 * (a facet's full list is built from them when asked for), and one array costs a backing store
 * where one per facet cost eleven.
 */
function talliesFor(table: FacetTable): { all: Uint32Array; tallies: Record<FacetKey, Uint32Array> } {
  let size = 0;
  for (const key of FACET_KEYS) size += table.values[key].length;
  const all = new Uint32Array(size);
  let start = 0;
  return { all, tallies: perFacet((key) => all.subarray(start, (start += table.values[key].length))) };
}

const matchedScratch = new Scratch((length) => new Uint8Array(length));
const othersScratch = new Scratch((length) => new Uint32Array(length));

/**
 * The positions of the index (0 … ideaCount - 1) that are not in `matches`, in order. A typed
 * array like the matches, so that addAllValues sees one kind of array (another kind makes V8
 * recompile it); valid until the next keystroke (a Scratch).
 */
function nonMatching(matches: Uint32Array, ideaCount: number): Uint32Array {
  const matched = matchedScratch.zeroed(ideaCount);
  for (let k = 0; k < matches.length; k++) matched[matches[k]!] = 1;
  const others = othersScratch.any(ideaCount - matches.length);
  for (let position = 0, n = 0; position < ideaCount; position++) if (matched[position] === 0) others[n++] = position;
  return others;
}

const noMarks = new WeakMap<FacetTable, Record<FacetKey, Uint8Array>>();
/** Marks of facets with nothing selected: all zero, shared by every keystroke (never written). */
function unmarked(table: FacetTable): Record<FacetKey, Uint8Array> {
  let zeros = noMarks.get(table);
  if (!zeros) noMarks.set(table, (zeros = perFacet((key) => new Uint8Array(table.values[key].length))));
  return zeros;
}

/** Whether the idea at `position` passes this facet's selection (`mark`; `includes`: some value is selected). */
function passes(table: FacetTable, mark: Uint8Array, includes: boolean, key: FacetKey, position: number): boolean {
  const offsets = table.offsets[key];
  const flat = table.flat[key];
  let included = !includes;
  for (let i = offsets[position]!, end = offsets[position + 1]!; i < end; i++) {
    const m = mark[flat[i]!];
    if (m === 2) return false;
    if (m === 1) included = true;
  }
  return included;
}

function tally(table: FacetTable, counts: Uint32Array, key: FacetKey, position: number): void {
  const flat = table.flat[key];
  const offsets = table.offsets[key];
  for (let i = offsets[position]!, end = offsets[position + 1]!; i < end; i++) counts[flat[i]!]!++;
}

/**
 * Values with a count or a mark, refined ones first (alphabetically), then by count, ties
 * alphabetically. Runs for every facet on every keystroke, over up to thousands of values
 * (mentors): each value becomes one number that sorts the same way, and a typed array sorts
 * numbers natively, several times faster than a comparator.
 */
function byRefinedThenCount(counted: Uint32Array, mark: Uint8Array, alphabetical: Uint32Array, byRank: Uint32Array): Uint32Array {
  const size = counted.length;
  let most = 0;
  let present = 0;
  for (let n = 0; n < size; n++) {
    if (counted[n]! > most) most = counted[n]!;
    if (counted[n]! > 0 || mark[n]) present++;
  }
  const keys = new Float64Array(present);
  for (let n = 0, k = 0; n < size; n++) {
    // Refined: before every count (group 0); others by count, most first (groups 1…).
    if (mark[n]) keys[k++] = alphabetical[n]!;
    else if (counted[n]! > 0) keys[k++] = (most - counted[n]! + 1) * size + alphabetical[n]!;
  }
  keys.sort();
  const order = new Uint32Array(present);
  for (let k = 0; k < present; k++) order[k] = byRank[keys[k]! % size]!;
  return order;
}

/** Values with a count or a mark, in the index's own order (newest first for years and terms). */
function inFixedOrder(counted: Uint32Array, mark: Uint8Array, byRank: Uint32Array): Uint32Array {
  const present: number[] = [];
  for (let rank = 0; rank < byRank.length; rank++) {
    const n = byRank[rank]!;
    if (counted[n]! > 0 || mark[n]) present.push(n);
  }
  return Uint32Array.from(present);
}

function countsFrom(
  tallies: Record<FacetKey, Uint32Array>,
  marks: Record<FacetKey, Uint8Array>,
  state: Pick<SearchState, FacetKey>,
  table: FacetTable,
): FacetCounts {
  const counts = {} as FacetCounts;
  for (const key of FACET_KEYS) counts[key] = new CountedValues(table, key, tallies[key], marks[key], state[key]);
  return counts;
}

/** FacetValues from one keystroke's tallies: the head now, the rest on demand. */
class CountedValues implements FacetValues {
  readonly head: FacetCount[];
  readonly size: number;
  private list?: FacetCount[];
  private readonly unknown: FacetCount[];

  constructor(
    private readonly table: FacetTable,
    private readonly key: FacetKey,
    private readonly counted: Uint32Array,
    private readonly mark: Uint8Array,
    tokens: readonly string[],
  ) {
    this.unknown = tokens.length > 0 ? unknownValues(tokens, table.numbers[key]) : [];
    const { head, present } = RECENCY_FACETS.has(key) ? this.recencyHead() : this.countHead();
    this.head = head.filter((v, i) => i < COLLAPSED_VALUES || v.selected || v.excluded);
    this.size = this.unknown.length + present;
  }

  all(): FacetCount[] {
    if (this.list) return this.list;
    const { table, key, counted, mark } = this;
    // Selected values come first, alphabetically, whatever their counts: ticking a box or typing
    // must never make a selected value jump or sink out of sight (InstantSearch's isRefined rule).
    // Recency facets keep one fixed order, so a selected year or term stays where it is anyway.
    const present = RECENCY_FACETS.has(key)
      ? inFixedOrder(counted, mark, table.byRank[key])
      : byRefinedThenCount(counted, mark, table.alphabetical[key], table.byRank[key]);
    const list: FacetCount[] = new Array<FacetCount>(present.length);
    for (let i = 0; i < present.length; i++) list[i] = this.item(present[i]!);
    addUnknown(list, this.unknown);
    return (this.list = list);
  }

  private item(n: number): FacetCount {
    const mark = this.mark[n];
    const value: FacetCount = { value: this.table.values[this.key][n]!, count: this.counted[n]!, selected: mark === 1, unknown: false };
    if (mark === 2) value.excluded = true;
    return value;
  }

  /** Years and terms, in their fixed order: the first few, and refined ones further down. */
  private recencyHead(): Head {
    const { counted, mark, unknown } = this;
    const byRank = this.table.byRank[this.key];
    const head: FacetCount[] = [];
    let present = 0;
    // Unknown values go before the first unrefined one (see addUnknown).
    let unknownAdded = unknown.length === 0;
    for (let rank = 0; rank < byRank.length; rank++) {
      const n = byRank[rank]!;
      if (counted[n] === 0 && !mark[n]) continue;
      present++;
      if (!unknownAdded && !mark[n]) {
        head.push(...unknown);
        unknownAdded = true;
      }
      if (head.length < COLLAPSED_VALUES || mark[n]) head.push(this.item(n));
    }
    if (!unknownAdded) head.push(...unknown);
    return { head, present };
  }

  /**
   * Refined values (alphabetically), unknown ones, then the most frequent few, in one pass over
   * the values: the best so far are kept in a small sorted array, the others are never sorted.
   */
  private countHead(): Head {
    const { counted, mark } = this;
    const alphabetical = this.table.alphabetical[this.key];
    const refined: number[] = [];
    const best: number[] = [];
    let present = 0;
    for (let n = 0; n < counted.length; n++) {
      if (mark[n]) {
        refined.push(n);
        present++;
      } else if (counted[n]! > 0) {
        present++;
        // Better: more ideas, then earlier alphabetically.
        let at = best.length;
        while (at > 0 && (counted[n]! > counted[best[at - 1]!]! || (counted[n] === counted[best[at - 1]!] && alphabetical[n]! < alphabetical[best[at - 1]!]!)))
          at--;
        if (at < COLLAPSED_VALUES) {
          // Shifted in place: `splice` makes an array of what it removes on every call.
          if (best.length < COLLAPSED_VALUES) best.push(n);
          for (let i = best.length - 1; i > at; i--) best[i] = best[i - 1]!;
          best[at] = n;
        }
      }
    }
    refined.sort((a, b) => alphabetical[a]! - alphabetical[b]!);
    // Pushed one by one, not spread: spreading arrays of differing element kinds (an empty
    // `[]` beside a list of objects) made V8 throw this function's optimized code away on almost
    // every keystroke (945 times in 750 keystrokes of the benchmark).
    const head: FacetCount[] = [];
    for (const n of refined) head.push(this.item(n));
    for (const value of this.unknown) head.push(value);
    for (const n of best) head.push(this.item(n));
    return { head, present };
  }
}

/** A facet's collapsed list before trimming, and how many of its values have a count or a mark. */
interface Head {
  head: FacetCount[];
  present: number;
}

/** Values in the URL that the index does not have (an old or mistyped link). */
function unknownValues(tokens: readonly string[], numbers: ReadonlyMap<string, number>): FacetCount[] {
  return [...new Set(tokens)]
    .filter((token) => !numbers.has(tokenValue(token)))
    .map((token) => ({
      value: tokenValue(token),
      count: 0,
      selected: !isExclusion(token),
      ...(isExclusion(token) ? { excluded: true } : {}),
      unknown: true,
    }));
}

/** Unknown values go after the refined ones, before the first unrefined one. */
function addUnknown(list: FacetCount[], unknown: FacetCount[]) {
  if (unknown.length === 0) return;
  const firstUnrefined = list.findIndex((v) => !v.selected && !v.excluded);
  list.splice(firstUnrefined === -1 ? list.length : firstUnrefined, 0, ...unknown);
}
