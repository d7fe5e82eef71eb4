import type { Idea } from '../model/idea-index.ts';
import type { FacetTable } from './facet-values.ts';
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
 * Filters ideas by the selected facet values and counts every facet the InstantSearch
 * "disjunctive" way: OR within a facet, AND across facets, and each facet's counts ignore its
 * own selection, so they say what ticking one more value would give now.
 */
function tally(values: Uint32Array, counts: Uint32Array) {
  for (let i = 0; i < values.length; i++) counts[values[i]!]!++;
}

export function filterAndCount(ideas: Idea[], state: Pick<SearchState, FacetKey>, table: FacetTable): { matches: Idea[]; counts: FacetCounts } {
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
  const matches: Idea[] = [];
  const passes = (values: Uint32Array, mark: Uint8Array) => {
    for (let i = 0; i < values.length; i++) if (mark[values[i]!]) return true;
    return false;
  };

  for (const idea of ideas) {
    const own = table.ofIdea.get(idea);
    if (!own) continue;
    let failed: FacetKey | undefined;
    let failures = 0;
    for (const key of active) {
      if (!passes(own[key], marks[key])) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      matches.push(idea);
      for (const key of FACET_KEYS) tally(own[key], tallies[key]);
    } else {
      // An idea failing only facet F still counts toward F's values: that is the disjunctive rule.
      tally(own[failed!], tallies[failed!]);
    }
  }

  const counts = {} as FacetCounts;
  for (const key of FACET_KEYS) {
    const counted = tallies[key];
    const alphabetical = table.alphabetical[key];
    const present: number[] = [];
    for (let n = 0; n < counted.length; n++) if (counted[n]! > 0 || marks[key][n]) present.push(n);
    present.sort((a, b) => counted[b]! - counted[a]! || alphabetical[a]! - alphabetical[b]!);
    const list: FacetCount[] = present.map((n) => ({ value: table.values[key][n]!, count: counted[n]!, selected: marks[key][n] === 1, unknown: false }));
    for (const value of new Set(state[key])) {
      if (!table.numbers[key].has(value)) list.push({ value, count: 0, selected: true, unknown: true });
    }
    counts[key] = list;
  }
  return { matches, counts };
}
