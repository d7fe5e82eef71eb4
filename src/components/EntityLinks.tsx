import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { IdeaCard, Mentor } from '../model/idea-index.ts';
import { mentorLabel } from '../model/mentor-key.ts';
import { mentorPageSlug, projectPageSlug } from '../model/page-slugs.ts';
import { encodeState } from '../search/url-state.ts';

const LINK = 'hover:underline focus-visible:underline';

/** The project's page (`/projects/<slug>`): its ideas over all terms, skills and mentors. */
export function ProjectLink({ idea, className = '', children }: { idea: Pick<IdeaCard, 'project' | 'projectSlug'>; className?: string; children?: ReactNode }) {
  return (
    <Link to="/projects/$slug" params={{ slug: projectPageSlug(idea) }} className={`${LINK} ${className}`}>
      {children ?? idea.project}
    </Link>
  );
}

/** The mentor's page (`/mentors/<slug>`): every idea they offered, LFX and GSoC. */
export function MentorLink({ mentor, className = '', children }: { mentor: Mentor; className?: string; children?: ReactNode }) {
  return (
    <Link to="/mentors/$slug" params={{ slug: mentorPageSlug(mentor) }} className={`${LINK} ${className}`}>
      {children ?? mentorLabel(mentor)}
    </Link>
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

/** Ideas asking for this skill: the search filtered by it. */
export function SkillLink({ skill, className = '', children }: { skill: string; className?: string; children?: ReactNode }) {
  return (
    <Link to="/" search={encodeState({ skills: [skill] })} className={`${LINK} ${className}`}>
      {children ?? skill}
    </Link>
  );
}
