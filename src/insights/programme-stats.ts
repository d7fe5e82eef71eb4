import type { AppIndex } from '../model/app-data.ts';
import type { FacetValue } from '../model/idea-index.ts';
import { foldText } from '../search/fold-text.ts';
import { type ProjectEntry, projectDirectory } from './project-summary.ts';
import { type InsightSource, newestTermFirst, ranked, tally, termCount, type TermCount, termsByKey } from './shared.ts';

/** Ideas of each term, oldest first. */
export function ideasPerTerm(index: Pick<AppIndex, 'ideas' | 'terms'>): TermCount[] {
  const counts = tally(index.ideas, (idea) => [idea.termKey]);
  return [...termsByKey(index).values()]
    .filter((term) => counts.has(term.key))
    .sort((a, b) => newestTermFirst(b, a))
    .map((term) => termCount(term, counts.get(term.key)!));
}

export interface YearCount {
  year: number;
  /** Every program of the index, 0 where it had no ideas that year, so stacked bars line up. */
  byProgram: Record<string, number>;
  total: number;
}

/** Ideas of each year by program, oldest first; a year without ideas between two with is there with 0. */
export function ideasPerYear(index: Pick<AppIndex, 'ideas'>): YearCount[] {
  if (index.ideas.length === 0) return [];
  const programs = [...new Set(index.ideas.map((idea) => idea.program))].sort();
  const years = index.ideas.map((idea) => idea.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const rows = new Map<number, YearCount>();
  for (let year = first; year <= last; year++) rows.set(year, { year, byProgram: Object.fromEntries(programs.map((p) => [p, 0])), total: 0 });
  for (const idea of index.ideas) {
    const row = rows.get(idea.year)!;
    row.byProgram[idea.program]!++;
    row.total++;
  }
  return [...rows.values()];
}

/** The `n` skills most ideas ask for; ties alphabetical. */
export function topSkills(index: Pick<AppIndex, 'ideas'>, n: number): FacetValue[] {
  return ranked(
    tally(index.ideas, (idea) => idea.skills),
    n,
  );
}

export interface SkillShare {
  skill: string;
  /** Ideas of the year that ask for it. */
  count: number;
  /** `count` over the year's ideas, 0..1; 0 for a year without ideas. */
  share: number;
}

/**
 * For each year (oldest first), how many of its ideas ask for each of `skills`, and what share of
 * the year's ideas that is: "Go vs Rust vs Python per year" compares shares, as the number of ideas
 * per year varies several-fold. Skills match case- and accent-insensitively; the result keeps the
 * given spelling and order.
 */
export function skillShareByYear(index: Pick<AppIndex, 'ideas'>, skills: string[]): { year: number; total: number; skills: SkillShare[] }[] {
  const wanted = skills.map(foldText);
  return ideasPerYear(index).map(({ year, total }) => {
    const ideas = index.ideas.filter((idea) => idea.year === year);
    const has = ideas.map((idea) => new Set(idea.skills.map(foldText)));
    return {
      year,
      total,
      skills: skills.map((skill, i) => {
        const count = has.filter((set) => set.has(wanted[i]!)).length;
        return { skill, count, share: total > 0 ? count / total : 0 };
      }),
    };
  });
}

/** The `n` projects with the most ideas; ties by name. */
export function topProjects(index: InsightSource, n: number): ProjectEntry[] {
  return projectDirectory(index).slice(0, n);
}
