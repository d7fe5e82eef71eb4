import type { IdeaCard } from '../model/idea-index.ts';
import { mentorKey } from '../model/mentor-key.ts';
import { FACET_KEYS, type FacetKey } from './url-state.ts';

/** The values an idea has for each facet, as they appear in the URL. */
export function facetValuesOf(idea: IdeaCard, facet: FacetKey): string[] {
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
    case 'terms':
      return [idea.termKey];
    case 'status':
      return [idea.status];
    case 'maturity':
      return idea.projectMaturity ? [idea.projectMaturity] : [];
    case 'size':
      return (idea.sizeHours ?? []).map(String);
    case 'difficulty':
      return idea.difficultyLevel ? [idea.difficultyLevel] : [];
    case 'needs':
      return applicationNeeds(idea);
  }
}

/** What an application asks for, as stable values: `resume`, `cover-letter`, `coding-challenge`, `course-certificate`, … */
export function applicationNeeds(idea: IdeaCard): string[] {
  const p = idea.prerequisites;
  if (!p) return [];
  return [
    ...(p.resume ? ['resume'] : []),
    ...(p.coverLetter ? ['cover-letter'] : []),
    ...(p.codingChallenge ? ['coding-challenge'] : []),
    ...(p.schoolEnrollment ? ['school-enrollment'] : []),
    ...(p.participationPermission ? ['participation-permission'] : []),
    ...(p.custom.length > 0 ? ['custom'] : []),
    ...((p.courses ?? []).length > 0 ? ['course-certificate'] : []),
  ];
}

/**
 * Years and terms read newest first, whatever their counts (an applicant looks for the current
 * term, not the biggest one); other facets rank by count.
 */
export const RECENCY_FACETS: ReadonlySet<FacetKey> = new Set(['years', 'terms']);
const recencyOf = (idea: IdeaCard, facet: FacetKey) => (facet === 'terms' ? idea.termOrder : idea.year);

/**
 * Every facet value numbered once per index, and every idea's values as those numbers (idea at
 * position p has `flat[offsets[p]] … flat[offsets[p+1]-1]`), so counting on a keystroke is
 * typed-array work. Plain data: a worker can build it and transfer the buffers.
 */
export interface FacetTableData {
  values: Record<FacetKey, string[]>;
  offsets: Record<FacetKey, Uint32Array>;
  flat: Record<FacetKey, Uint32Array>;
  /**
   * Position of each value in display order before counts: alphabetical (to break count ties
   * without comparing strings), or newest first for the recency facets.
   */
  alphabetical: Record<FacetKey, Uint32Array>;
  /** Ideas per value over the whole index: the counts of the unfiltered view, ready at load. */
  totals: Record<FacetKey, Uint32Array>;
}

export interface FacetTable extends FacetTableData {
  numbers: Record<FacetKey, ReadonlyMap<string, number>>;
  /** The value at each position of `alphabetical` (its inverse). */
  byRank: Record<FacetKey, Uint32Array>;
  /** Single-valued facets counted together (see JointFacets); null when fewer than two are. */
  joint: JointFacets | null;
  /** Every other facet's values of each idea in one list (see MergedValues). */
  merged: MergedValues;
}

/**
 * The values of the facets outside `joint`, each idea's in one list, numbered across facets the
 * way a keystroke lays its counts out (every facet's values in turn, in FACET_KEYS order): a
 * keystroke counts every facet in one pass over its ideas, not one pass per facet (for a thousand
 * ideas, a third of the time: the loop over ideas, not the additions, was what cost).
 */
export interface MergedValues {
  /** Idea at position p has `flat[offsets[p]] … flat[offsets[p+1]-1]`. */
  offsets: Uint32Array;
  flat: Uint32Array;
}

/**
 * Single-valued facets with few values, counted in one pass instead of one each: each idea's
 * combination of their values (its program, year, term, status…) is numbered, a keystroke counts
 * the combinations of its matches, and each facet's counts are read off the combinations that
 * occur. The index has a few hundred combinations and a keystroke over a thousand matches, and
 * one facet (the term) mostly decides the others (program, year).
 */
export interface JointFacets {
  keys: FacetKey[];
  /** The combination of each idea position. */
  ofIdea: Uint32Array;
  /** `values[k][c]`: the value of facet `keys[k]` in combination `c` (or NO_VALUE). */
  values: Uint32Array[];
  /** How many combinations. */
  size: number;
}

/** Combinations are numbered through a table of every possible one: it stays this small. */
const JOINT_SPACE = 1 << 16;

function jointFacets(single: Record<FacetKey, Uint32Array | null>, values: Record<FacetKey, string[]>, ideaCount: number): JointFacets | null {
  // Fewest values first, as many as the table of possible combinations allows.
  const candidates = FACET_KEYS.filter((key) => single[key]).sort((a, b) => values[a].length - values[b].length);
  const keys: FacetKey[] = [];
  let space = 1;
  for (const key of candidates) {
    // One more possible value: none (NO_VALUE).
    if (space * (values[key].length + 1) > JOINT_SPACE) break;
    space *= values[key].length + 1;
    keys.push(key);
  }
  if (keys.length < 2) return null;
  const numberOf = new Int32Array(space).fill(-1);
  const ofIdea = new Uint32Array(ideaCount);
  const codes: number[] = [];
  for (let position = 0; position < ideaCount; position++) {
    let code = 0;
    for (const key of keys) {
      const value = single[key]![position]!;
      code = code * (values[key].length + 1) + (value === NO_VALUE ? 0 : value + 1);
    }
    if (numberOf[code] === -1) numberOf[code] = codes.push(code) - 1;
    ofIdea[position] = numberOf[code]!;
  }
  const jointValues = keys.map(() => new Uint32Array(codes.length));
  codes.forEach((code, c) => {
    for (let k = keys.length - 1; k >= 0; k--) {
      const base = values[keys[k]!]!.length + 1;
      const digit = code % base;
      jointValues[k]![c] = digit === 0 ? NO_VALUE : digit - 1;
      code = (code - digit) / base;
    }
  });
  return { keys, ofIdea, values: jointValues, size: codes.length };
}

function mergedValues(data: FacetTableData, joint: JointFacets | null, ideaCount: number): MergedValues {
  const keys: { key: FacetKey; start: number }[] = [];
  let start = 0;
  for (const key of FACET_KEYS) {
    if (!joint?.keys.includes(key)) keys.push({ key, start });
    start += data.values[key].length;
  }
  const offsets = new Uint32Array(ideaCount + 1);
  const flat: number[] = [];
  for (let position = 0; position < ideaCount; position++) {
    offsets[position] = flat.length;
    for (const { key, start } of keys) {
      const own = data.offsets[key];
      for (let i = own[position]!; i < own[position + 1]!; i++) flat.push(start + data.flat[key][i]!);
    }
  }
  offsets[ideaCount] = flat.length;
  return { offsets, flat: Uint32Array.from(flat) };
}

/** An idea without a value of a single-valued facet (see singleValues and JointFacets). */
export const NO_VALUE = 0xffffffff;

/**
 * For a facet where no idea has more than one value (project, term, status…): each idea's value,
 * or NO_VALUE; null otherwise. What the joint facets are made from.
 */
function singleValues(offsets: Uint32Array, flat: Uint32Array): Uint32Array | null {
  const ideas = offsets.length - 1;
  for (let p = 0; p < ideas; p++) if (offsets[p + 1]! - offsets[p]! > 1) return null;
  const single = new Uint32Array(ideas);
  for (let p = 0; p < ideas; p++) single[p] = offsets[p + 1] === offsets[p] ? NO_VALUE : flat[offsets[p]!]!;
  return single;
}

/** A record with one entry per facet, in FACET_KEYS order (a keystroke makes a few: a plain loop). */
export function perFacet<T>(make: (key: FacetKey) => T): Record<FacetKey, T> {
  const record = {} as Record<FacetKey, T>;
  for (const key of FACET_KEYS) record[key] = make(key);
  return record;
}

export function facetTableData(ideas: IdeaCard[]): FacetTableData {
  const build = (key: FacetKey) => {
    const values: string[] = [];
    const numbers = new Map<string, number>();
    const offsets = new Uint32Array(ideas.length + 1);
    const flat: number[] = [];
    const recency: number[] = [];
    ideas.forEach((idea, position) => {
      offsets[position] = flat.length;
      for (const value of new Set(facetValuesOf(idea, key))) {
        let n = numbers.get(value);
        if (n === undefined) {
          n = values.push(value) - 1;
          numbers.set(value, n);
          recency[n] = recencyOf(idea, key);
        }
        flat.push(n);
      }
    });
    offsets[ideas.length] = flat.length;
    const totals = new Uint32Array(values.length);
    for (const n of flat) totals[n]!++;
    const alphabetical = new Uint32Array(values.length);
    values
      .map((value, n) => ({ sortKey: value.toLowerCase(), n }))
      .sort((a, b) =>
        RECENCY_FACETS.has(key) && recency[a.n] !== recency[b.n]
          ? recency[b.n]! - recency[a.n]!
          : a.sortKey < b.sortKey
            ? -1
            : a.sortKey > b.sortKey
              ? 1
              : a.n - b.n,
      )
      .forEach(({ n }, rank) => (alphabetical[n] = rank));
    return { values, offsets, flat: Uint32Array.from(flat), alphabetical, totals };
  };
  const built = perFacet(build);
  return {
    values: perFacet((key) => built[key].values),
    offsets: perFacet((key) => built[key].offsets),
    flat: perFacet((key) => built[key].flat),
    alphabetical: perFacet((key) => built[key].alphabetical),
    totals: perFacet((key) => built[key].totals),
  };
}

export function facetTableFrom(data: FacetTableData): FacetTable {
  const single = perFacet((key) => singleValues(data.offsets[key], data.flat[key]));
  const ideaCount = data.offsets.skills.length - 1;
  const joint = jointFacets(single, data.values, ideaCount);
  return {
    ...data,
    numbers: perFacet((key) => new Map(data.values[key].map((value, n) => [value, n]))),
    byRank: perFacet((key) => {
      const byRank = new Uint32Array(data.alphabetical[key].length);
      data.alphabetical[key].forEach((rank, n) => (byRank[rank] = n));
      return byRank;
    }),
    joint,
    merged: mergedValues(data, joint, ideaCount),
  };
}

export function facetTable(ideas: IdeaCard[]): FacetTable {
  return facetTableFrom(facetTableData(ideas));
}

/** The buffers to transfer when posting facet data from a worker. */
export function facetBuffers(data: FacetTableData): ArrayBuffer[] {
  return FACET_KEYS.flatMap(
    (key) => [data.offsets[key].buffer, data.flat[key].buffer, data.alphabetical[key].buffer, data.totals[key].buffer] as ArrayBuffer[],
  );
}
