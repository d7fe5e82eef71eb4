import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useDocumentTitle } from '../components/document-title.ts';
import { MentorLink, MentorLinks, ProjectLink } from '../components/EntityLinks.tsx';
import { termLabel } from '../components/facet-labels.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TermStatusBadge } from '../components/TermStatusBadge.tsx';
import type { IdeaCard, Term } from '../model/idea-index.ts';
import { mentorSummary } from '../insights/mentor-summary.ts';
import { mentorPageSlug } from '../model/page-slugs.ts';
import { NotFoundPage } from './not-found.tsx';
import { encodeState } from '../search/url-state.ts';

/** `/mentors/<slug>`: every idea a person has mentored, LFX and GSoC, and who they mentored with. */
export function MentorPage() {
  const { slug } = useParams({ from: '/mentors/$slug' });
  const { index } = useIdeaIndex();
  const summary = useMemo(() => mentorSummary(index, slug), [index, slug]);
  const display = summary ? (summary.name ?? `@${summary.github ?? slug}`) : '';
  useDocumentTitle(summary ? `${display} — mentor` : 'Mentor not found');
  const byTerm = useMemo(() => {
    const terms = new Map(index.terms.map((t) => [t.key, t]));
    const groups: { term: Term | undefined; key: string; ideas: IdeaCard[] }[] = [];
    for (const idea of summary?.ideas ?? []) {
      const last = groups.at(-1);
      if (last?.key === idea.termKey) last.ideas.push(idea);
      else groups.push({ key: idea.termKey, term: terms.get(idea.termKey), ideas: [idea] });
    }
    return groups;
  }, [index, summary]);
  if (!summary) {
    return (
      <NotFoundPage title="Mentor not found">
        No idea lists a mentor <code className="break-all rounded bg-slate-100 px-1 dark:bg-slate-800">{slug.slice(0, 200)}</code>.
      </NotFoundPage>
    );
  }
  const { github, ideas, byProgram, coMentors, projects, terms } = summary;
  const mentorKey = github ? github.toLowerCase() : null;
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <header>
        <h1 className="text-3xl font-bold">{display}</h1>
        <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {github && (
            <a href={`https://github.com/${github}`} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
              @{github} on GitHub
            </a>
          )}
          <span>
            {ideas.length === 1 ? '1 idea' : `${ideas.length} ideas`} in {terms === 1 ? '1 term' : `${terms} terms`}:{' '}
            {byProgram.map((p) => `${p.count} ${p.program}`).join(', ')}
          </span>
        </p>
        {mentorKey && (
          <p className="mt-3">
            <Link
              to="/"
              search={encodeState({ mentors: [mentorKey] })}
              className="inline-block rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600"
            >
              Search and filter their ideas
            </Link>
          </p>
        )}
      </header>
      <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="ideas-heading" className="min-w-0">
          <h2 id="ideas-heading" className="text-xl font-semibold">
            Ideas they mentor
          </h2>
          {byTerm.map(({ key, term, ideas: termIdeas }) => (
            <section key={key} aria-label={term ? termLabel(term) : key} className="mt-5">
              <h3 className="flex flex-wrap items-center gap-2 border-b border-slate-200 pb-1 font-semibold dark:border-slate-800">
                {term ? termLabel(term) : termIdeas[0]!.term} <TermStatusBadge termKey={key} />
              </h3>
              <ul className="mt-2 space-y-2">
                {termIdeas.map((idea) => (
                  <li key={idea.id}>
                    <Link to="/ideas/$ideaId" params={{ ideaId: idea.id }} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                      {idea.title}
                    </Link>{' '}
                    <StatusBadge status={idea.status} />
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      <ProjectLink idea={idea} className="font-medium text-blue-700 dark:text-blue-300" />
                      {otherMentors(idea, slug).length > 0 && (
                        <>
                          {' '}
                          · with <MentorLinks mentors={otherMentors(idea, slug)} className="text-blue-700 underline dark:text-blue-300" />
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
        <div className="space-y-6">
          <section aria-labelledby="projects-heading">
            <h2 id="projects-heading" className="text-lg font-semibold">
              Projects
            </h2>
            <ul className="mt-2 space-y-0.5 text-sm">
              {projects.map((p) => (
                <li key={p.slug}>
                  <Link to="/projects/$slug" params={{ slug: p.slug }} className="text-blue-700 underline dark:text-blue-300">
                    {p.name}
                  </Link>{' '}
                  <span className="text-slate-600 dark:text-slate-400">· {p.count === 1 ? '1 idea' : `${p.count} ideas`}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="comentors-heading">
            <h2 id="comentors-heading" className="text-lg font-semibold">
              Co-mentors <span className="font-normal text-slate-600 dark:text-slate-400">({coMentors.length})</span>
            </h2>
            {coMentors.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">They mentored alone.</p>
            ) : (
              <ul className="mt-2 max-h-72 space-y-0.5 overflow-y-auto text-sm">
                {coMentors.map((m) => (
                  <li key={m.slug}>
                    <MentorLink mentor={m} className="text-blue-700 underline dark:text-blue-300" />{' '}
                    <span className="text-slate-600 dark:text-slate-400">· {m.count === 1 ? '1 idea together' : `${m.count} ideas together`}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

const otherMentors = (idea: IdeaCard, slug: string) => idea.mentors.filter((m) => mentorPageSlug(m) !== slug);
