import { type FacetTable, RECENCY_FACETS } from './facet-values.ts';
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

export type FacetCounts = Record<FacetKey, FacetCount[]>;

/**
 * Filters ideas (by position) on the selected facet values and counts every facet the
 * InstantSearch "disjunctive" way: OR within a facet, AND across facets, and each facet's counts
 * ignore its own selection, so they say what ticking one more value would give now. An excluded
 * value (`-value`) removes the ideas that have it; a facet's exclusions, like its selections, are
 * ignored by its own counts.
 */
export function filterAndCount(
  positions: ArrayLike<number>,
  state: Pick<SearchState, FacetKey>,
  table: FacetTable,
): { matches: number[]; counts: FacetCounts } {
  const active = FACET_KEYS.filter((key) => state[key].length > 0);
  // marks: 1 selected, 2 excluded, 0 neither.
  const marks = {} as Record<FacetKey, Uint8Array>;
  const includes = {} as Record<FacetKey, boolean>;
  const tallies = {} as Record<FacetKey, Uint32Array>;
  for (const key of FACET_KEYS) {
    marks[key] = new Uint8Array(table.values[key].length);
    tallies[key] = new Uint32Array(table.values[key].length);
    includes[key] = state[key].some((token) => !isExclusion(token));
    for (const token of state[key]) {
      const n = table.numbers[key].get(tokenValue(token));
      if (n !== undefined) marks[key][n] = isExclusion(token) ? 2 : 1;
    }
  }
  const passes = (key: FacetKey, position: number) => {
    const { offsets, flat } = table;
    const mark = marks[key];
    let included = !includes[key];
    for (let i = offsets[key][position]!, end = offsets[key][position + 1]!; i < end; i++) {
      const m = mark[flat[key][i]!];
      if (m === 2) return false;
      if (m === 1) included = true;
    }
    return included;
  };
  const tally = (key: FacetKey, position: number) => {
    const flat = table.flat[key];
    const counts = tallies[key];
    for (let i = table.offsets[key][position]!, end = table.offsets[key][position + 1]!; i < end; i++) counts[flat[i]!]!++;
  };

  const ideaCount = table.offsets.skills.length - 1;
  if (active.length === 0 && positions.length === ideaCount) {
    // Every idea is a candidate and nothing is selected (the landing view, and any query that
    // matches everything): the counts are the index-wide totals, with no idea to visit.
    return { matches: Array.from(positions), counts: countsFrom(table.totals, marks, state, table) };
  }

  // With nothing selected every candidate matches (a query alone): no facet to test.
  const matches: number[] = active.length === 0 ? Array.from(positions) : [];
  if (active.length > 0) {
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k]!;
      let failed: FacetKey | undefined;
      let failures = 0;
      for (const key of active) {
        if (!passes(key, position)) {
          failed = key;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) matches.push(position);
      // An idea failing only facet F still counts toward F's values: that is the disjunctive rule.
      else if (failures === 1) tally(failed!, position);
    }
  }
  // Every facet's values of every match, one facet at a time: tight loops over typed arrays.
  for (const key of FACET_KEYS) {
    const offsets = table.offsets[key];
    const flat = table.flat[key];
    const counts = tallies[key];
    for (const position of matches) for (let i = offsets[position]!, end = offsets[position + 1]!; i < end; i++) counts[flat[i]!]!++;
  }

  return { matches, counts: countsFrom(tallies, marks, state, table) };
}

/**
 * Values with a count or a mark, refined ones first (alphabetically), then by count, ties
 * alphabetically. Runs for every facet on every keystroke, over up to thousands of values
 * (mentors): each value becomes one number that sorts the same way, and a typed array sorts
 * numbers natively, several times faster than a comparator.
 */
function byRefinedThenCount(counted: Uint32Array, mark: Uint8Array, alphabetical: Uint32Array): number[] {
  const size = counted.length;
  const valueAt = new Uint32Array(size);
  for (let n = 0; n < size; n++) valueAt[alphabetical[n]!] = n;
  let most = 0;
  for (let n = 0; n < size; n++) if (counted[n]! > most) most = counted[n]!;
  const keys: number[] = [];
  for (let n = 0; n < size; n++) {
    // Refined: before every count (group 0); others by count, most first (groups 1…).
    if (mark[n]) keys.push(alphabetical[n]!);
    else if (counted[n]! > 0) keys.push((most - counted[n]! + 1) * size + alphabetical[n]!);
  }
  return Array.from(Float64Array.from(keys).sort(), (k) => valueAt[k % size]!);
}

/** Values with a count or a mark, in the index's own order (newest first for years and terms). */
function inFixedOrder(counted: Uint32Array, mark: Uint8Array, alphabetical: Uint32Array): number[] {
  const present: number[] = [];
  for (let n = 0; n < counted.length; n++) if (counted[n]! > 0 || mark[n]) present.push(n);
  return present.sort((a, b) => alphabetical[a]! - alphabetical[b]!);
}

function countsFrom(
  tallies: Record<FacetKey, Uint32Array>,
  marks: Record<FacetKey, Uint8Array>,
  state: Pick<SearchState, FacetKey>,
  table: FacetTable,
): FacetCounts {
  const counts = {} as FacetCounts;
  for (const key of FACET_KEYS) {
    const counted = tallies[key];
    const mark = marks[key];
    const alphabetical = table.alphabetical[key];
    // Selected values come first, alphabetically, whatever their counts: ticking a box or typing
    // must never make a selected value jump or sink out of sight (InstantSearch's isRefined rule).
    // Recency facets keep one fixed order, so a selected year or term stays where it is anyway.
    const present = RECENCY_FACETS.has(key) ? inFixedOrder(counted, mark, alphabetical) : byRefinedThenCount(counted, mark, alphabetical);
    const list: FacetCount[] = present.map((n) => ({
      value: table.values[key][n]!,
      count: counted[n]!,
      selected: mark[n] === 1,
      ...(mark[n] === 2 ? { excluded: true } : {}),
      unknown: false,
    }));
    const unknown = [...new Set(state[key])].filter((token) => !table.numbers[key].has(tokenValue(token)));
    const firstUnrefined = list.findIndex((v) => !v.selected && !v.excluded);
    list.splice(
      firstUnrefined === -1 ? list.length : firstUnrefined,
      0,
      ...unknown.map((token) => ({
        value: tokenValue(token),
        count: 0,
        selected: !isExclusion(token),
        ...(isExclusion(token) ? { excluded: true } : {}),
        unknown: true,
      })),
    );
    counts[key] = list;
  }
  return counts;
}
