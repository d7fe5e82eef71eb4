import type { Idea } from '../model/idea-index.ts';
import { mentorKey } from '../model/mentor-key.ts';
import { FACET_KEYS, type FacetKey } from './url-state.ts';

/** The values an idea has for each facet, as they appear in the URL. */
export function facetValuesOf(idea: Idea, facet: FacetKey): string[] {
  switch (facet) {
    case 'skills':
      return idea.skills;
    case 'mentors':
      return idea.mentors.map(mentorKey);
    case 'projects':
      return [idea.project];
    case 'programs':
      return [idea.program];
    case 'years':
      return [String(idea.year)];
  }
}

/**
 * Every facet value numbered once per index, and every idea's values as those numbers, so that
 * counting on a keystroke is typed-array increments rather than string-keyed map updates.
 */
export interface FacetTable {
  values: Record<FacetKey, string[]>;
  numbers: Record<FacetKey, ReadonlyMap<string, number>>;
  ofIdea: ReadonlyMap<Idea, Readonly<Record<FacetKey, Uint32Array>>>;
  /** Alphabetical position of each value, to break count ties without comparing strings. */
  alphabetical: Record<FacetKey, Uint32Array>;
}

export function facetTable(ideas: Idea[]): FacetTable {
  const values = Object.fromEntries(FACET_KEYS.map((key) => [key, [] as string[]])) as Record<FacetKey, string[]>;
  const numbers = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  const numberOf = (key: FacetKey, value: string) => {
    let n = numbers[key].get(value);
    if (n === undefined) {
      n = values[key].push(value) - 1;
      numbers[key].set(value, n);
    }
    return n;
  };
  const ofIdea = new Map(
    ideas.map((idea) => [
      idea,
      Object.fromEntries(FACET_KEYS.map((key) => [key, Uint32Array.from(new Set(facetValuesOf(idea, key)), (v) => numberOf(key, v))])),
    ]),
  ) as Map<Idea, Record<FacetKey, Uint32Array>>;
  const alphabetical = Object.fromEntries(
    FACET_KEYS.map((key) => {
      const rank = new Uint32Array(values[key].length);
      values[key]
        .map((value, n) => ({ key: value.toLowerCase(), n }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.n - b.n))
        .forEach(({ n }, position) => (rank[n] = position));
      return [key, rank];
    }),
  ) as Record<FacetKey, Uint32Array>;
  return { values, numbers, ofIdea, alphabetical };
}
