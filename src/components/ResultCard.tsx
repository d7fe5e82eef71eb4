import { Link } from '@tanstack/react-router';
import type { Idea } from '../model/idea-index.ts';
import { mentorLabel } from '../model/mentor-key.ts';
import { snippet } from '../search/highlight.ts';
import { BookmarkButton } from './BookmarkButton.tsx';
import { Highlighted } from './Highlighted.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TermStatusBadge } from './TermStatusBadge.tsx';

interface Props {
  idea: Idea;
  terms: string[];
  selectedSkills: ReadonlySet<string>;
  onOpen: () => void;
}

export function ResultCard({ idea, terms, selectedSkills, onOpen }: Props) {
  return (
    <article className="rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600">
      <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600 dark:text-slate-400">
        <span className="font-medium text-slate-800 dark:text-slate-200">
          <Highlighted text={idea.project} terms={terms} />
        </span>
        {idea.group && <span>› {idea.group}</span>}
        <span aria-hidden="true">·</span>
        <span>
          {idea.program === 'LFX Mentorship' ? 'LFX ' : ''}
          {idea.term}
        </span>
        <StatusBadge status={idea.status} />
        <TermStatusBadge termKey={idea.termKey} />
      </div>
      <div className="mt-1 flex items-start justify-between gap-3">
        <h2 className="text-lg font-semibold leading-snug">
          <Link
            to="/ideas/$ideaId"
            params={{ ideaId: idea.id }}
            data-result-link=""
            onClick={onOpen}
            className="text-blue-800 hover:underline dark:text-blue-300"
          >
            <Highlighted text={idea.title} terms={terms} />
          </Link>
        </h2>
        <BookmarkButton idea={idea} />
      </div>
      {idea.description.text && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <Highlighted text={snippet(idea.description.text, terms)} terms={terms} />
        </p>
      )}
      {idea.skills.length > 0 && (
        <ul aria-label="Skills" className="mt-3 flex flex-wrap gap-1.5">
          {idea.skills.map((skill) => (
            <li
              key={skill}
              className={`rounded-full px-2 py-0.5 text-xs ${selectedSkills.has(skill) ? 'bg-blue-700 text-white dark:bg-blue-400 dark:text-slate-950' : 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200'}`}
            >
              {skill}
            </li>
          ))}
        </ul>
      )}
      {idea.mentors.length > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium">Mentors:</span> <Highlighted text={idea.mentors.map(mentorLabel).join(', ')} terms={terms} />
        </p>
      )}
    </article>
  );
}
