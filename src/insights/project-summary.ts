import type { FacetValue, IdeaCard, ProjectInfo, ProjectMaturity, Term } from '../model/idea-index.ts';
import { projectPageSlug } from '../model/page-slugs.ts';
import {
  compareText,
  type InsightSource,
  mentorDisplay,
  mentorsOf,
  newestTermFirst,
  type PersonCount,
  projectNames,
  pushTo,
  rankPeople,
  ranked,
  tally,
  termCount,
  type TermCount,
  termsByKey,
} from './shared.ts';

/** What `/projects/<slug>` shows. */
export interface ProjectSummary {
  name: string;
  slug: string;
  /** Landscape data (maturity, homepage, repository), for CNCF projects. */
  info?: ProjectInfo;
  ideaCount: number;
  /** Newest term first; ideas by title. */
  byTerm: { term: Term; ideas: IdeaCard[] }[];
  /**
   * Oldest first, for a chart: the terms with ideas, and the terms of the same program between
   * the project's first and last in it with a count of 0, so a pause shows as a gap.
   */
  perTerm: TermCount[];
  /** The 12 skills most of its ideas ask for; ties alphabetical. */
  topSkills: FacetValue[];
  /** Everyone who mentored one of its ideas, most ideas first. */
  mentors: PersonCount[];
  programs: string[];
  firstTerm: Term;
  lastTerm: Term;
}

const TOP_SKILLS = 12;

export function projectSummary(index: InsightSource, slug: string): ProjectSummary | null {
  const ideas = index.ideas.filter((idea) => projectPageSlug(idea) === slug);
  if (ideas.length === 0) return null;
  const terms = termsByKey(index);

  const byTermKey = new Map<string, IdeaCard[]>();
  for (const idea of ideas) pushTo(byTermKey, idea.termKey, idea);
  const byTerm = [...byTermKey]
    .map(([key, list]) => ({ term: terms.get(key)!, ideas: list.sort((a, b) => compareText(a.title, b.title)) }))
    .sort((a, b) => newestTermFirst(a.term, b.term));

  const perTerm = [...terms.values()]
    .filter((term) => {
      const own = byTerm.filter((entry) => entry.term.program === term.program);
      return own.length > 0 && term.order >= own.at(-1)!.term.order && term.order <= own[0]!.term.order;
    })
    .sort((a, b) => newestTermFirst(b, a))
    .map((term) => termCount(term, byTermKey.get(term.key)?.length ?? 0));

  const display = mentorDisplay(index.ideas);
  const info = index.projects.find((project) => project.slug === slug);
  return {
    name: projectNames({ ...index, ideas }).get(slug)!,
    slug,
    ...(info ? { info } : {}),
    ideaCount: ideas.length,
    byTerm,
    perTerm,
    topSkills: ranked(
      tally(ideas, (idea) => idea.skills),
      TOP_SKILLS,
    ),
    mentors: rankPeople(
      tally(ideas, (idea) => mentorsOf(idea).keys()),
      display,
    ),
    programs: ranked(tally(ideas, (idea) => [idea.program])).map((p) => p.value),
    firstTerm: byTerm.at(-1)!.term,
    lastTerm: byTerm[0]!.term,
  };
}

/** A line of the projects index. */
export interface ProjectEntry {
  slug: string;
  name: string;
  /** Ideas. */
  count: number;
  maturity?: ProjectMaturity;
}

/** Every project with ideas, most ideas first; ties by name. */
export function projectDirectory(index: InsightSource): ProjectEntry[] {
  const names = projectNames(index);
  const maturity = new Map(index.projects.map((p) => [p.slug, p.maturity]));
  return [...tally(index.ideas, (idea) => [projectPageSlug(idea)])]
    .map(([slug, count]) => {
      const level = maturity.get(slug);
      return { slug, name: names.get(slug)!, count, ...(level ? { maturity: level } : {}) };
    })
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
}
