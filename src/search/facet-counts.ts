import { type FacetTable, RECENCY_FACETS } from './facet-values.ts';
import { FACET_KEYS, type FacetKey, type SearchState } from './url-state.ts';

export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
  /** Selected in the URL but not a value of this index (an old or mistyped link). */
  unknown: boolean;
}

export type FacetCounts = Record<FacetKey, FacetCount[]>;

/**
 * Filters ideas (by position) on the selected facet values and counts every facet the
 * InstantSearch "disjunctive" way: OR within a facet, AND across facets, and each facet's counts
 * ignore its own selection, so they say what ticking one more value would give now.
 */
export function filterAndCount(
  positions: ArrayLike<number>,
  state: Pick<SearchState, FacetKey>,
  table: FacetTable,
): { matches: number[]; counts: FacetCounts } {
  const active = FACET_KEYS.filter((key) => state[key].length > 0);
  const marks = {} as Record<FacetKey, Uint8Array>;
  const tallies = {} as Record<FacetKey, Uint32Array>;
  for (const key of FACET_KEYS) {
    marks[key] = new Uint8Array(table.values[key].length);
    tallies[key] = new Uint32Array(table.values[key].length);
    for (const value of state[key]) {
      const n = table.numbers[key].get(value);
      if (n !== undefined) marks[key][n] = 1;
    }
  }
  const passes = (key: FacetKey, position: number) => {
    const { offsets, flat } = table;
    const mark = marks[key];
    for (let i = offsets[key][position]!, end = offsets[key][position + 1]!; i < end; i++) if (mark[flat[key][i]!]) return true;
    return false;
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

  const matches: number[] = [];
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
    if (failures > 1) continue;
    if (failures === 0) {
      matches.push(position);
      for (const key of FACET_KEYS) tally(key, position);
    } else {
      // An idea failing only facet F still counts toward F's values: that is the disjunctive rule.
      tally(failed!, position);
    }
  }

  return { matches, counts: countsFrom(tallies, marks, state, table) };
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
    const present: number[] = [];
    for (let n = 0; n < counted.length; n++) if (counted[n]! > 0 || mark[n]) present.push(n);
    // Selected values come first, alphabetically, whatever their counts: ticking a box or typing
    // must never make a selected value jump or sink out of sight (InstantSearch's isRefined rule).
    // Recency facets keep one fixed order, so a selected year or term stays where it is anyway.
    if (RECENCY_FACETS.has(key)) present.sort((a, b) => alphabetical[a]! - alphabetical[b]!);
    else present.sort((a, b) => mark[b]! - mark[a]! || (mark[a] ? 0 : counted[b]! - counted[a]!) || alphabetical[a]! - alphabetical[b]!);
    const list: FacetCount[] = present.map((n) => ({ value: table.values[key][n]!, count: counted[n]!, selected: mark[n] === 1, unknown: false }));
    const unknown = [...new Set(state[key])].filter((value) => !table.numbers[key].has(value));
    const firstUnselected = list.findIndex((v) => !v.selected);
    list.splice(firstUnselected === -1 ? list.length : firstUnselected, 0, ...unknown.map((value) => ({ value, count: 0, selected: true, unknown: true })));
    counts[key] = list;
  }
  return counts;
}
