import type { AppIndex } from '../model/app-data.ts';
import type { Term } from '../model/idea-index.ts';
import type { FacetKey } from '../search/url-state.ts';

export const FACET_TITLES: Record<FacetKey, string> = {
  skills: 'Skills',
  mentors: 'Mentors',
  projects: 'Project',
  programs: 'Program',
  years: 'Year',
  terms: 'Term',
  status: 'Status',
  maturity: 'Project maturity',
  size: 'Project size',
  difficulty: 'Difficulty',
  needs: 'Application needs',
};

const FIXED_LABELS: Partial<Record<FacetKey, Record<string, string>>> = {
  status: { accepted: 'Accepted', proposed: 'Proposed' },
  maturity: { sandbox: 'Sandbox', incubating: 'Incubating', graduated: 'Graduated', archived: 'Archived' },
  size: { '90': '90 hours (small)', '175': '175 hours (medium)', '350': '350 hours (large)' },
  needs: {
    resume: 'Résumé',
    'cover-letter': 'Cover letter',
    'coding-challenge': 'Coding challenge',
    'school-enrollment': 'Proof of school enrollment',
    'participation-permission': 'Permission to participate',
    custom: 'Project-specific requirement',
    'course-certificate': 'Course certificate',
  },
};

/** "LFX 2026 Term 3 (Sep–Nov)", "GSoC 2024": program, year and term in one label. */
export function termLabel(term: Pick<Term, 'program' | 'label'>): string {
  return term.program === 'LFX Mentorship' ? `LFX ${term.label}` : term.label;
}

/**
 * Program and term in words, as an idea page heads them: "LFX Mentorship, 2024 Term 2 (Jun–Aug)",
 * and "Google Summer of Code 2024" (its term, "GSoC 2024", would name the program twice).
 */
export function programAndTerm(idea: { program: string; year: number; term: string }): string {
  return idea.program === 'Google Summer of Code' ? `${idea.program} ${idea.year}` : `${idea.program}, ${idea.term}`;
}

/** Display text of facet values; mentors show name and @handle, terms their program and label. */
export function facetLabeler(index: Pick<AppIndex, 'facets' | 'terms'>): (facet: FacetKey, value: string) => string {
  const mentors = new Map(index.facets.mentors.map((m) => [m.value, m]));
  const terms = new Map(index.terms.map((t) => [t.key, t]));
  return (facet, value) => {
    if (facet === 'terms') {
      const term = terms.get(value);
      return term ? termLabel(term) : value;
    }
    const fixed = FIXED_LABELS[facet]?.[value];
    if (fixed) return fixed;
    if (facet !== 'mentors') return value;
    const mentor = mentors.get(value);
    if (!mentor) return value.replace(/^name:/, '');
    return mentor.name && mentor.github ? `${mentor.name} @${mentor.github}` : (mentor.name ?? `@${mentor.github}`);
  };
}

/**
 * The facets the panel offers, from the values the ideas have (`values`: each facet's distinct
 * values, as the search engine's facet table holds them). Program, year, term and status only help
 * when the ideas have more than one; facets the data only partly has (maturity, size, difficulty,
 * needs) show once any idea has a value.
 */
export function visibleFacets(values: Readonly<Record<FacetKey, readonly string[]>>): FacetKey[] {
  const facets: FacetKey[] = [];
  if (values.terms.length > 1) facets.push('terms');
  facets.push('skills', 'mentors', 'projects');
  if (values.status.length > 1) facets.push('status');
  for (const facet of ['maturity', 'size', 'difficulty', 'needs'] as const) if (values[facet].length > 0) facets.push(facet);
  if (values.programs.length > 1) facets.push('programs');
  if (values.years.length > 1) facets.push('years');
  return facets;
}
