import type { ReactNode } from 'react';
import type { IdeaCard, Mentor } from '../model/idea-index.ts';
import { mentorLabel } from '../model/mentor-key.ts';
import { mentorPageSlug, projectPageSlug } from '../model/page-slugs.ts';
import { encodeState, stringifySearch } from '../search/url-state.ts';
import { PlainLink } from './PlainLink.tsx';

const LINK = 'hover:underline focus-visible:underline';

/** The project's page (`/projects/<slug>`): its ideas over all terms, skills and mentors. */
export function ProjectLink({ idea, className = '', children }: { idea: Pick<IdeaCard, 'project' | 'projectSlug'>; className?: string; children?: ReactNode }) {
  return (
    <PlainLink to={`/projects/${encodeURIComponent(projectPageSlug(idea))}`} className={`${LINK} ${className}`}>
      {children ?? idea.project}
    </PlainLink>
  );
}

/** The mentor's page (`/mentors/<slug>`): every idea they offered, LFX and GSoC. */
export function MentorLink({ mentor, className = '', children }: { mentor: Mentor; className?: string; children?: ReactNode }) {
  return (
    <PlainLink to={`/mentors/${encodeURIComponent(mentorPageSlug(mentor))}`} className={`${LINK} ${className}`}>
      {children ?? mentorLabel(mentor)}
    </PlainLink>
  );
}

/** Mentors as a comma-separated run of links to their pages; `label` renders a name (e.g. highlighted). */
export function MentorLinks({ mentors, className, label }: { mentors: readonly Mentor[]; className?: string; label?: (mentor: Mentor) => ReactNode }) {
  return mentors.map((mentor, i) => (
    <span key={`${mentor.github ?? ''}${mentor.name ?? ''}`}>
      {i > 0 && ', '}
      <MentorLink mentor={mentor} className={className}>
        {label?.(mentor)}
      </MentorLink>
    </span>
  ));
}

/** Skill → its search's address: built once per skill, not on every render of every card. */
const skillPaths = new Map<string, string>();
const skillPath = (skill: string) => {
  let path = skillPaths.get(skill);
  if (path === undefined) skillPaths.set(skill, (path = `/${stringifySearch(encodeState({ skills: [skill] }))}`));
  return path;
};

/**
 * Ideas asking for this skill: the search filtered by it. `nofollow`: a filtered search is not a
 * page for search engines to crawl (one per skill and combination), and names like "Go" read as
 * generic link text to them.
 */
export function SkillLink({ skill, className = '', children }: { skill: string; className?: string; children?: ReactNode }) {
  return (
    <PlainLink to={skillPath(skill)} rel="nofollow" className={`${LINK} ${className}`}>
      {children ?? skill}
    </PlainLink>
  );
}
