import type { FacetValue, Idea, IndexFacets, MentorFacetValue } from './idea-index.ts';
import { compareNames } from './compare-names.ts';
import { mentorKey } from './mentor-key.ts';

function countValues(values: string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareNames(a.value, b.value));
}

/** Whole-index facet values with counts, so the app can list them before any search runs (the app computes them from the cards). */
export function indexFacets(ideas: readonly Pick<Idea, 'mentors' | 'skills' | 'project' | 'program' | 'year'>[]): IndexFacets {
  const mentors = new Map<string, MentorFacetValue>();
  for (const idea of ideas) {
    for (const mentor of idea.mentors) {
      const key = mentorKey(mentor);
      // Name and handle only: a role belongs to one idea, not to the person.
      const entry = mentors.get(key) ?? {
        value: key,
        count: 0,
        ...(mentor.name ? { name: mentor.name } : {}),
        ...(mentor.github ? { github: mentor.github } : {}),
      };
      entry.count++;
      mentors.set(key, entry);
    }
  }
  return {
    skills: countValues(ideas.flatMap((i) => i.skills)),
    mentors: [...mentors.values()].sort((a, b) => b.count - a.count || compareNames(a.value, b.value)),
    projects: countValues(ideas.map((i) => i.project)),
    programs: countValues(ideas.map((i) => i.program)),
    years: countValues(ideas.map((i) => String(i.year))),
  };
}
