import type { IdeaIndex } from '../model/idea-index.ts';
import type { FacetKey } from '../search/url-state.ts';

export const FACET_TITLES: Record<FacetKey, string> = { skills: 'Skills', mentors: 'Mentors', projects: 'Project', programs: 'Program', years: 'Year' };

/** Display text of facet values; mentors show name and @handle. */
export function facetLabeler(index: IdeaIndex): (facet: FacetKey, value: string) => string {
  const mentors = new Map(index.facets.mentors.map((m) => [m.value, m]));
  return (facet, value) => {
    if (facet !== 'mentors') return value;
    const mentor = mentors.get(value);
    if (!mentor) return value.replace(/^name:/, '');
    return mentor.name && mentor.github ? `${mentor.name} @${mentor.github}` : (mentor.name ?? `@${mentor.github}`);
  };
}

/** Program and year facets only help when the index spans more than one. */
export function visibleFacets(index: IdeaIndex): FacetKey[] {
  const facets: FacetKey[] = ['skills', 'mentors', 'projects'];
  if (index.facets.programs.length > 1) facets.push('programs');
  if (index.facets.years.length > 1) facets.push('years');
  return facets;
}
