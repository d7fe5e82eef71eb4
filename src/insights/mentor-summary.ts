import type { IdeaCard } from '../model/idea-index.ts';
import { projectPageSlug } from '../model/page-slugs.ts';
import { compareText, type InsightSource, mentorDisplay, mentorsOf, type PersonCount, projectNames, rankPeople, ranked, tally } from './shared.ts';

/** What `/mentors/<slug>` shows; `slug` is `mentorPageSlug` of the person. */
export interface MentorSummary {
  slug: string;
  /** The name and handle spelling they are most often listed with. */
  name?: string;
  github?: string;
  /** Every idea they mentor, newest term first. */
  ideas: IdeaCard[];
  /** Most ideas first. */
  byProgram: { program: string; count: number }[];
  /** People who mentor at least one of these ideas with them, most shared ideas first. */
  coMentors: PersonCount[];
  /** Most ideas first. */
  projects: { name: string; slug: string; count: number }[];
  /** How many distinct terms they mentored in. */
  terms: number;
}

export function mentorSummary(index: InsightSource, slug: string): MentorSummary | null {
  const ideas = index.ideas
    .filter((idea) => mentorsOf(idea).has(slug))
    .sort((a, b) => b.termOrder - a.termOrder || compareText(a.termKey, b.termKey) || compareText(a.title, b.title));
  if (ideas.length === 0) return null;
  const display = mentorDisplay(index.ideas);
  const names = projectNames(index);
  const coMentors = tally(ideas, (idea) => [...mentorsOf(idea).keys()].filter((other) => other !== slug));
  return {
    slug,
    ...display.get(slug),
    ideas,
    byProgram: ranked(tally(ideas, (idea) => [idea.program])).map(({ value, count }) => ({ program: value, count })),
    coMentors: rankPeople(coMentors, display),
    projects: [...tally(ideas, (idea) => [projectPageSlug(idea)])]
      .map(([project, count]) => ({ name: names.get(project)!, slug: project, count }))
      .sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
    terms: new Set(ideas.map((idea) => idea.termKey)).size,
  };
}
