import type { Idea } from '../model/idea-index.ts';
import { mentorKey } from '../model/mentor-key.ts';
import type { FacetKey } from './url-state.ts';

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
