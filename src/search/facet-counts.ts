import type { Idea } from '../model/idea-index.ts';
import { facetValuesOf } from './facet-values.ts';
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
export function filterAndCount(
  ideas: Idea[],
  state: Pick<SearchState, FacetKey>,
  known: Record<FacetKey, ReadonlySet<string>>,
): { matches: Idea[]; counts: FacetCounts } {
  const active = FACET_KEYS.filter((key) => state[key].length > 0);
  const selected = Object.fromEntries(FACET_KEYS.map((key) => [key, new Set(state[key])])) as Record<FacetKey, Set<string>>;
  const tallies = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  const matches: Idea[] = [];

  for (const idea of ideas) {
    let failed: FacetKey | undefined;
    let failures = 0;
    for (const key of active) {
      if (!facetValuesOf(idea, key).some((value) => selected[key].has(value))) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) matches.push(idea);
    // An idea failing only facet F still counts toward F's values: that is the disjunctive rule.
    for (const key of failures === 0 ? FACET_KEYS : [failed!]) {
      const tally = tallies[key];
      for (const value of new Set(facetValuesOf(idea, key))) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }

  const counts = Object.fromEntries(
    FACET_KEYS.map((key) => {
      const list: FacetCount[] = [...tallies[key]].map(([value, count]) => ({ value, count, selected: selected[key].has(value), unknown: false }));
      for (const value of selected[key]) {
        if (!tallies[key].has(value)) list.push({ value, count: 0, selected: true, unknown: !known[key].has(value) });
      }
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return [key, list];
    }),
  ) as FacetCounts;
  return { matches, counts };
}
