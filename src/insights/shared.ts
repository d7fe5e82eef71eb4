import type { AppIndex } from '../model/app-data.ts';
import type { FacetValue, IdeaCard, Mentor, Term } from '../model/idea-index.ts';
import { termLabel } from '../components/facet-labels.ts';
import { mentorLabel } from '../model/mentor-key.ts';
import { mentorPageSlug, projectPageSlug } from '../model/page-slugs.ts';
import { foldText } from '../search/fold-text.ts';

/** What the aggregations read: an index, or a test's hand-built part of one. */
export type InsightSource = Pick<AppIndex, 'ideas' | 'terms' | 'projects'>;

/** One term's bar in a chart. */
export interface TermCount {
  termKey: string;
  /** "LFX 2026 Term 3 (Sep–Nov)", "GSoC 2024": the program is in the label, as bars of both programs share an axis. */
  label: string;
  program: string;
  year: number;
  order: number;
  count: number;
}

/** A mentor as pages list them: `slug` is their `/mentors/<slug>`. */
export interface PersonCount {
  slug: string;
  name?: string;
  github?: string;
  count: number;
}

export const compareText = (a: string, b: string) => {
  const [x, y] = [foldText(a), foldText(b)];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/** The index's own order of terms (see the ingest's termsOf): newest first, equal orders by key. */
export const newestTermFirst = (a: Term, b: Term) => b.order - a.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every term by key. An idea whose term the list lacks (a hand-made or older index) still gets
 * one, from its own fields, so no idea drops out of a count.
 */
/** No file lists a term known only from its ideas. */
const NO_SOURCE = { file: '', line: 0 };

export function termsByKey(source: Pick<AppIndex, 'ideas' | 'terms'>): Map<string, Term> {
  const terms = new Map(source.terms.map((term) => [term.key, term]));
  for (const idea of source.ideas) {
    if (!terms.has(idea.termKey))
      terms.set(idea.termKey, { key: idea.termKey, program: idea.program, year: idea.year, label: idea.term, order: idea.termOrder, source: NO_SOURCE });
  }
  return terms;
}

export const termCount = (term: Term, count: number): TermCount => ({
  termKey: term.key,
  label: termLabel(term),
  program: term.program,
  year: term.year,
  order: term.order,
  count,
});

/** Counts values, each once per item (`valuesOf` may repeat one). */
export function tally<T>(items: Iterable<T>, valuesOf: (item: T) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Most frequent first; ties alphabetical, so the order never depends on the index's order. */
export function ranked(counts: Map<string, number>, limit = Infinity): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareText(a.value, b.value))
    .slice(0, limit);
}

/** The most frequent value, ties alphabetical; undefined for none. */
export const mostFrequent = (values: Iterable<string>): string | undefined => ranked(tally(values, (v) => [v]))[0]?.value;

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const mentorsByIdea = new WeakMap<IdeaCard, Map<string, Mentor>>();

/** An idea's mentors by page slug, each person once (a handle listed twice, or in two spellings). */
export function mentorsOf(idea: IdeaCard): Map<string, Mentor> {
  // Cached: a mentor page or the co-mentor counts look at every idea's mentors, and slugs cost a Unicode normalisation each.
  let mentors = mentorsByIdea.get(idea);
  if (mentors) return mentors;
  mentors = new Map();
  for (const mentor of idea.mentors) if (!mentors.has(mentorPageSlug(mentor))) mentors.set(mentorPageSlug(mentor), mentor);
  mentorsByIdea.set(idea, mentors);
  return mentors;
}

type Display = Map<string, { name?: string; github?: string }>;
const displayCache = new WeakMap<readonly IdeaCard[], { length: number; display: Display }>();

/**
 * How to show each mentor: the name and handle spelling they are most often listed with, over the
 * whole index, so a person reads the same on every page whichever idea spelled them differently.
 */
export function mentorDisplay(ideas: readonly IdeaCard[]): Display {
  // Cached per list (and its length, as the loader fills its list in place): every mentor and project page needs it.
  const cached = displayCache.get(ideas);
  if (cached?.length === ideas.length) return cached.display;
  const names = new Map<string, string[]>();
  const handles = new Map<string, string[]>();
  for (const idea of ideas) {
    for (const mentor of idea.mentors) {
      const slug = mentorPageSlug(mentor);
      const name = mentor.name?.trim();
      if (name) pushTo(names, slug, name);
      if (mentor.github) pushTo(handles, slug, mentor.github);
    }
  }
  const display: Display = new Map();
  for (const slug of new Set([...names.keys(), ...handles.keys()])) {
    const name = mostFrequent(names.get(slug) ?? []);
    const github = mostFrequent(handles.get(slug) ?? []);
    display.set(slug, { ...(name ? { name } : {}), ...(github ? { github } : {}) });
  }
  displayCache.set(ideas, { length: ideas.length, display });
  return display;
}

/** People with counts, most first; ties by how they are shown. */
export function rankPeople(counts: Map<string, number>, display: Display): PersonCount[] {
  const label = (slug: string) => {
    const shown = display.get(slug);
    return shown?.name || shown?.github ? mentorLabel(shown) : slug;
  };
  return [...counts]
    .map(([slug, count]) => ({ slug, ...display.get(slug), count }))
    .sort((a, b) => b.count - a.count || compareText(label(a.slug), label(b.slug)));
}

/** Each project page's display name: the landscape name, else the spelling most ideas use. */
export function projectNames(source: InsightSource): Map<string, string> {
  const spellings = new Map<string, string[]>();
  for (const idea of source.ideas) {
    pushTo(spellings, projectPageSlug(idea), idea.project);
  }
  const landscape = new Map(source.projects.map((p) => [p.slug, p.name]));
  return new Map([...spellings].map(([slug, names]) => [slug, landscape.get(slug) ?? mostFrequent(names)!]));
}
